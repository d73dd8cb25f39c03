"""The machine's Qt noise (no sound card, the offscreen platform) is ignored once for every
test under tests/ui (tests/ui/conftest.py), not by a mark copied into each file; a Qt warning
nobody expected still fails the test that caused it. Checked in a child pytest run, where a
failing test is the expected outcome."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = "UI_QT_LOG_NOISE_CHILD"


@pytest.mark.in_child(CHILD)
def test_child_the_machines_noise_is_ignored_without_a_mark() -> None:
    from PySide6.QtCore import qWarning

    qWarning("No audio device detected")
    qWarning("PulseAudioService: pa_context_connect() failed")
    qWarning("QXcbWindow: this platform plugin does not support propagateSizeHints()")


@pytest.mark.in_child(CHILD)
@pytest.mark.qt_log_ignore(r"a warning this test expects")
def test_child_a_tests_own_mark_adds_to_the_shared_patterns() -> None:
    from PySide6.QtCore import qWarning

    qWarning("a warning this test expects")
    qWarning("No audio device detected")


@pytest.mark.in_child(CHILD)
def test_child_a_new_warning_fails() -> None:
    from PySide6.QtCore import qWarning

    qWarning("a warning nobody expected")


def test_noise_is_ignored_and_a_new_warning_still_fails(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--basetemp",
            str(tmp_path / "child"),
            __file__,
            "-k",
            "child",
        ],
        env=dict(os.environ, **{CHILD: "1"}),
        capture_output=True,
        text=True,
        timeout=240,
    )
    output = result.stdout[-4000:] + result.stderr[-2000:]
    summary = result.stdout.strip().splitlines()[-1]
    assert re.search(r"\b1 failed, 2 passed\b", summary), output
    assert "FAILED" in output and "test_child_a_new_warning_fails" in output, output
    assert "a warning nobody expected" in output, output
