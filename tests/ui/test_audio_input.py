"""AudioInput, the Qt microphone adapter, against a real (virtual) PulseAudio microphone.

Qt connects to one audio server per process, for good, the first time audio is used. So the
tests that need a particular server live in ``audio_input_child.py`` (a name pytest does not
collect) and run in a child pytest process that picks the server first:
``test_with_a_virtual_microphone`` (records rendered speech and real human recordings,
transcribes them, blocks the GUI thread while recording, loses the device, has it unplugged while
another input exists) and ``test_without_an_audio_server`` (no server at all). The tests of one
virtual microphone share one child: each child starts Python, Qt, a PulseAudio server and the
speech model again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

CHILD_TESTS = Path(__file__).with_name("audio_input_child.py")


@pytest.mark.slow
def test_with_a_virtual_microphone(run_child_pytest) -> None:  # type: ignore[no-untyped-def]
    run_child_pytest(CHILD_TESTS, "vmic or realvoice", {}, expected=11)


def test_without_an_audio_server(run_child_pytest, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    no_server = {"PULSE_SERVER": f"unix:{tmp_path}/no-such-socket"}
    run_child_pytest(CHILD_TESTS, "noserver", no_server, expected=1)


def test_an_unknown_device_is_a_clear_error_not_a_crash(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.audio_input import AudioInput

    mic = AudioInput()
    mic.set_device("Headset That Is Not Here")
    with qtbot.waitSignal(mic.start_failed, timeout=2000) as blocker:
        assert mic.start(tmp_path / "a.wav") is False
    assert "Headset That Is Not Here" in blocker.args[0]
    assert not mic.is_recording and mic.stop() is None
    assert not (tmp_path / "a.wav").exists()


def test_a_spoken_interview_learns_at_its_start_that_the_chosen_microphone_is_gone(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Walkthrough 9: the missing microphone was found only once the first answer was due."""
    from simulator.ui.tasks import TaskManager
    from simulator.ui.voice import VoiceAnswers

    tasks = TaskManager()
    try:
        voice = VoiceAnswers(tasks, device="Headset That Is Not Here")
        problem = voice.input_problem()
        assert problem is not None and "Headset That Is Not Here" in problem
    finally:
        tasks.shutdown()
