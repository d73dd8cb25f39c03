"""AudioInput, the Qt microphone adapter, against a real (virtual) PulseAudio microphone.

Qt connects to one audio server per process, for good, the first time audio is used. So the
tests that need a particular server live in ``audio_input_child.py`` (a name pytest does not
collect) and run in a child pytest process that picks the server first:
``test_with_a_virtual_microphone`` (records rendered speech, transcribes it, blocks the GUI thread
while recording, loses the device) and ``test_without_an_audio_server`` (no server at all).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

CHILD_TESTS = Path(__file__).with_name("audio_input_child.py")
# Qt's audio plugin probes for PipeWire, and complains when a PulseAudio server is unreachable.
pytestmark = pytest.mark.qt_log_ignore(
    r"Couldn't (load|resolve) pipewire", r"pa_context_connect\(\) failed", r"PulseAudioService"
)


def _run_child(mode: str, env_extra: dict[str, str], tmp_path: Path, expected: int) -> None:
    env = dict(os.environ, **env_extra)
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
            str(CHILD_TESTS),
            "-k",
            mode,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    output = result.stdout[-4000:] + result.stderr[-2000:]
    assert result.returncode == 0, output
    summary = result.stdout.strip().splitlines()[-1]
    assert re.search(rf"\b{expected} passed\b", summary), output
    assert not re.search(r"skipped|xfail|error", summary), output


@pytest.mark.slow
def test_with_a_virtual_microphone(tmp_path: Path) -> None:
    _run_child("vmic", {}, tmp_path, expected=5)


def test_without_an_audio_server(tmp_path: Path) -> None:
    _run_child(
        "noserver", {"PULSE_SERVER": f"unix:{tmp_path}/no-such-socket"}, tmp_path, expected=1
    )


def test_an_unknown_device_is_a_clear_error_not_a_crash(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.audio_input import AudioInput

    mic = AudioInput()
    mic.set_device("Headset That Is Not Here")
    with qtbot.waitSignal(mic.start_failed, timeout=2000) as blocker:
        assert mic.start(tmp_path / "a.wav") is False
    assert "Headset That Is Not Here" in blocker.args[0]
    assert not mic.is_recording and mic.stop() is None
    assert not (tmp_path / "a.wav").exists()
