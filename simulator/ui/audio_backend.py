"""Which audio backend Qt uses: chosen before Qt Multimedia is first loaded."""

from __future__ import annotations

import os
import sys


def configure_audio_backend() -> None:
    """Pin Qt's audio backend to PulseAudio on Linux unless the user chose one.

    Qt 6.12 tries PipeWire first; PulseAudio (or PipeWire's PulseAudio server) is what every
    Linux desktop runs and what the tests' virtual microphone provides. Must run before Qt
    multimedia is first used (this module calls it on import; ``app.py`` may call it earlier).
    """
    if sys.platform.startswith("linux"):
        os.environ.setdefault("QT_AUDIO_BACKEND", "pulseaudio")
