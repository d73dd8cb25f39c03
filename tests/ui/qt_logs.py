"""Qt log lines a machine without a sound card or a window manager prints, which pytest-qt
would otherwise turn into failures: the audio backend finding no server or device, and the
offscreen platform on showing a dialog."""

from __future__ import annotations

import pytest

NO_SOUND_CARD = pytest.mark.qt_log_ignore(
    r"Couldn't (load|resolve) pipewire",
    r"pa_context_connect\(\) failed",
    r"PulseAudioService",
    r"No audio device detected",
    r"does not support propagateSizeHints",
)
