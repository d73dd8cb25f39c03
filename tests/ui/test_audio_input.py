"""AudioInput, the Qt microphone adapter, against a real (virtual) PulseAudio microphone.

Qt connects to one audio server per process, for good, the first time audio is used. So the
tests that need a particular server run in a child pytest process that starts it first:
``test_with_a_virtual_microphone`` (records rendered speech, transcribes it, loses the device)
and ``test_without_an_audio_server`` (no server at all). The ``child_*`` tests are skipped in the
parent process and run there.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import soundfile

CHILD_ENV = "ML_INTERVIEW_AUDIO_CHILD"
CHILD = os.environ.get(CHILD_ENV)
ANSWER_TEXT = (
    "In my last project I trained a gradient boosted model to predict customer churn. "
    "I started by cleaning the data and building features from the purchase history. "
    "Then I tuned the learning rate and the depth of the trees with cross validation, "
    "and I checked the results on a held out test set."
)
# Qt's audio plugin probes for PipeWire, and complains when a PulseAudio server is unreachable.
pytestmark = pytest.mark.qt_log_ignore(
    r"Couldn't (load|resolve) pipewire", r"pa_context_connect\(\) failed", r"PulseAudioService"
)
in_child = pytest.mark.skipif(CHILD is None, reason="runs in its own process (see module doc)")


def _run_child(mode: str, env_extra: dict[str, str], tmp_path: Path) -> None:
    env = dict(os.environ, **env_extra)
    env[CHILD_ENV] = mode
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
            f"child_{mode}",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "skipped" not in result.stdout.split("\n")[-2]


@pytest.mark.slow
@pytest.mark.skipif(CHILD is not None, reason="parent only")
def test_with_a_virtual_microphone(tmp_path: Path) -> None:
    _run_child("vmic", {}, tmp_path)


@pytest.mark.skipif(CHILD is not None, reason="parent only")
def test_without_an_audio_server(tmp_path: Path) -> None:
    _run_child("noserver", {"PULSE_SERVER": f"unix:{tmp_path}/no-such-socket"}, tmp_path)


def test_an_unknown_device_is_a_clear_error_not_a_crash(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.audio_input import AudioInput

    mic = AudioInput()
    mic.set_device("Headset That Is Not Here")
    with qtbot.waitSignal(mic.start_failed, timeout=2000) as blocker:
        assert mic.start(tmp_path / "a.wav") is False
    assert "Headset That Is Not Here" in blocker.args[0]
    assert not mic.is_recording and mic.stop() is None
    assert not (tmp_path / "a.wav").exists()


# -- run inside the child process ------------------------------------------------------------


def _speech_conftest():  # type: ignore[no-untyped-def]
    """tests/speech/conftest.py (its WER measure), loaded under a name of its own."""
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "speech" / "conftest.py"
    spec = importlib.util.spec_from_file_location("speech_conftest", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def vmic() -> Iterator[object]:
    from simulator.speech.virtualmic import VirtualMic

    mic = VirtualMic().start()
    os.environ["PULSE_SERVER"] = mic.server  # before Qt's audio first connects
    try:
        yield mic
    finally:
        mic.stop()


@in_child
def test_child_noserver_no_microphone(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.audio_input import NO_MICROPHONE, AudioInput, list_input_devices

    assert list_input_devices() == []
    mic = AudioInput()
    with qtbot.waitSignal(mic.start_failed, timeout=2000) as blocker:
        assert mic.start(tmp_path / "a.wav") is False
    assert blocker.args == [NO_MICROPHONE]
    assert not mic.is_recording


@in_child
def test_child_vmic_records_speech_that_whisper_understands(qtbot, vmic, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from simulator.speech.asr import get_whisper, transcribe_file
    from simulator.speech.streaming import StreamingSession
    from simulator.ui.audio_input import AudioInput, list_input_devices

    word_error_rate = _speech_conftest().word_error_rate

    assert "VirtualMic" in list_input_devices()
    answer = tmp_path / "answer.wav"
    subprocess.run(
        ["espeak-ng", "-v", "en-us", "-s", "160", "-w", str(answer), ANSWER_TEXT], check=True
    )
    mic = AudioInput(end_silence_s=3.0)
    mic.set_device("VirtualMic")
    levels: list[float] = []
    mic.level_changed.connect(levels.append)
    session = StreamingSession(get_whisper(None))
    mic.audio_captured.connect(session.feed)
    path = tmp_path / "rec" / "take1.wav"
    with qtbot.waitSignal(mic.audio_captured, timeout=10_000):
        assert mic.start(path)
    assert mic.device_description == "VirtualMic"
    with qtbot.waitSignal(mic.speech_detected, timeout=5000):
        player = vmic.play(answer, wait=False)  # type: ignore[attr-defined]
    with qtbot.waitSignal(mic.silence_detected, timeout=30_000) as silence:
        pass
    player.wait(timeout=5)
    assert silence.args[0] >= 3.0
    with qtbot.waitSignal(mic.recording_stopped, timeout=2000) as stopped:
        assert mic.stop() == path
    assert stopped.args[0] == str(path)
    assert stopped.args[1] == pytest.approx(soundfile.info(str(path)).duration, abs=0.01)
    assert max(levels) > 0.5 and levels[-1] == 0.0
    started = time.perf_counter()
    streamed = session.finish()
    finish_s = time.perf_counter() - started
    from_file = transcribe_file(path)
    print(f"\nWER file {word_error_rate(ANSWER_TEXT, from_file.text):.3f}: {from_file.text}")
    print(
        f"WER streamed {word_error_rate(ANSWER_TEXT, streamed.text):.3f} (finish {finish_s:.2f} s)"
    )
    assert word_error_rate(ANSWER_TEXT, from_file.text) <= 0.10, from_file.text
    assert word_error_rate(ANSWER_TEXT, streamed.text) <= 0.15, streamed.text
    assert finish_s < 1.0


@in_child
def test_child_vmic_device_lost_keeps_the_recording(qtbot, vmic, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Last in the module: it kills the audio server the other child tests use."""
    from simulator.ui.audio_input import AudioInput

    mic = AudioInput()
    path = tmp_path / "lost.wav"
    with qtbot.waitSignal(mic.audio_captured, timeout=10_000):
        assert mic.start(path)
    qtbot.wait(1000)
    os.kill(vmic.pid, signal.SIGKILL)  # type: ignore[attr-defined]
    lost: list[str] = []
    mic.device_lost.connect(lost.append)
    with qtbot.waitSignal(mic.recording_stopped, timeout=10_000):
        pass
    (lost_message,) = lost
    assert "VirtualMic" in lost_message and str(path) in lost_message
    assert not mic.is_recording
    duration = soundfile.info(str(path)).duration
    assert duration >= 0.5
