"""A live piece whose decode jumped over its context is decoded again on its own (issue 8,
voice61).

Round 61's spoken walkthrough: the second sentence of a story, "My task was to ship the new
feature pipeline within six weeks ...", was shown in the caption, then stood in the live
transcript (and on the paused page) as "The new feature pipeline within six weeks ...": decoded
with the 3.7 s said before it as context, Whisper gave no word to that context and went on five
words into the piece (replayed from the recording, every time; the context starting 0.1 s
earlier or later gave the whole sentence)."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.core.transcript import Word
from simulator.speech import asr, silero
from simulator.speech.asr import WhisperTranscriber
from simulator.speech.audiofile import SAMPLE_RATE

SAID = ["my", "task", "was", "to", "ship", "the", "new", "feature"]


def _whisper(
    monkeypatch: pytest.MonkeyPatch, *, jumps: bool
) -> tuple[WhisperTranscriber, list[float]]:
    """A transcriber whose decoder hears ``SAID`` from 4.0 s of what it is given, one word per
    0.3 s, and the context's words before (``jumps``: with 2 s or more before the piece, none
    of the context's words and not the piece's first five either)."""
    decoded: list[float] = []  # seconds of audio of each decode

    def listen(samples: np.ndarray) -> tuple[list[tuple[float, float]], silero.SpeechMap]:
        seconds = samples.size / SAMPLE_RATE
        frames = int(np.ceil(seconds * SAMPLE_RATE / silero.VAD_FRAME))
        return [(0.0, seconds)], silero.SpeechMap(np.ones(frames, np.float32))

    def decode(chunk: silero.Chunk, samples: np.ndarray, *args: object, **kw: object) -> list[Word]:
        seconds = samples.size / SAMPLE_RATE
        offset = float(args[3])  # type: ignore[arg-type]
        decoded.append(seconds)
        piece_at = max(0.0, seconds - 0.3 * len(SAID))
        words = [Word("before", t, t + 0.25) for t in np.arange(0.0, piece_at - 0.3, 0.3)]
        words += [
            Word(w, piece_at + 0.3 * i, piece_at + 0.3 * i + 0.25) for i, w in enumerate(SAID)
        ]
        if jumps and piece_at >= 2.0:
            words = words[len(words) - 3 :]  # "the new feature", stamped from the piece's start
        return [Word(w.word, w.start + offset, w.end + offset) for w in words]

    whisper = WhisperTranscriber()
    monkeypatch.setattr(asr.silero, "listen", listen)
    monkeypatch.setattr(asr, "foreground", lambda samples, speech, snr_db: None)
    monkeypatch.setattr(asr, "sure_of_a_word", lambda chunk, samples, speech: True)
    monkeypatch.setattr(whisper, "_decode", decode)
    monkeypatch.setattr(whisper, "_make_way", lambda: None)
    return whisper, decoded


def _piece(whisper: WhisperTranscriber, context_s: float) -> list[str]:
    samples = np.zeros(int((context_s + 0.3 * len(SAID)) * SAMPLE_RATE), np.float32)
    return [
        w.word for w in whisper.transcribe_array(samples, context_s=context_s, snr_db=30.0).words
    ]


def test_a_piece_whose_decode_jumped_over_its_context_keeps_its_first_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    whisper, decoded = _whisper(monkeypatch, jumps=True)
    assert _piece(whisper, context_s=3.7) == SAID  # was ["the", "new", "feature"]
    assert len(decoded) == 2  # decoded again, on its own


def test_a_piece_that_heard_its_context_is_decoded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    whisper, decoded = _whisper(monkeypatch, jumps=False)
    assert _piece(whisper, context_s=3.7) == SAID
    assert len(decoded) == 1


def test_a_guess_with_its_second_of_context_is_never_decoded_twice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A caption guess's context (1 s) is too short to tell a jump from a quiet second."""
    whisper, decoded = _whisper(monkeypatch, jumps=False)

    def silent_context(
        chunk: silero.Chunk, samples: np.ndarray, *args: object, **kw: object
    ) -> list[Word]:
        decoded.append(samples.size / SAMPLE_RATE)
        return [Word("new", 1.2, 1.4)]

    monkeypatch.setattr(whisper, "_decode", silent_context)
    samples = np.zeros(int(3.0 * SAMPLE_RATE), np.float32)
    words = whisper.transcribe_array(samples, context_s=1.0, fast=True, snr_db=30.0).words
    assert [w.word for w in words] == ["new"] and len(decoded) == 1
