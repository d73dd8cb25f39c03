"""Qt log lines a machine without a sound card or a window manager prints, which pytest-qt
would otherwise turn into failures: the audio backend finding no server or device, and the
offscreen platform on showing a dialog. Every test under tests/ui ignores them
(``pytest_runtest_setup`` in tests/ui/conftest.py); any other Qt warning still fails a test."""

from __future__ import annotations

import pytest

MACHINE_NOISE = (
    r"Couldn't (load|resolve) pipewire",
    r"pa_context_connect\(\) failed",
    r"PulseAudioService",
    r"No audio device detected",
    r"does not support propagateSizeHints",
)


def ignore_machine_noise(item: pytest.Item) -> None:
    """One ``qt_log_ignore`` mark on ``item``: the machine's noise and whatever the test, its
    class or its module ignore besides. pytest-qt reads the closest mark only, so a test's own
    mark would otherwise replace the shared patterns rather than add to them."""
    own = [pattern for mark in item.iter_markers("qt_log_ignore") for pattern in mark.args]
    merged = tuple(dict.fromkeys((*MACHINE_NOISE, *own)))
    item.add_marker(pytest.mark.qt_log_ignore(*merged), append=False)
