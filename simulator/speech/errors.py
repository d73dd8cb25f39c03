"""Errors of the speech engines, in a module of their own so that every speech module can raise
them without importing another (no import cycles: ``asr`` uses ``models``, never the reverse)."""

from __future__ import annotations


class TranscriptionError(Exception):
    """Transcription could not run (engine missing, network refused, recogniser failed)."""


class ModelUnavailableError(TranscriptionError):
    """The requested speech model is not on this computer and cannot be fetched."""


class TranscriptionCancelled(TranscriptionError):
    """The app closed while a recording was being transcribed again: the decode stopped
    between two pieces, and what it had heard is thrown away (the quick transcript stays)."""

    kind = "cancelled"  # logged in one line, with no stack (ui.tasks)


class SpeechUnavailable(RuntimeError):
    """No TTS engine could be started, or the voice cannot render (closed, stopped); the
    message says why and how to fix it."""
