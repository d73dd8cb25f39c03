"""A microphone unplugged mid-answer while another input exists: the recording goes on from
the other one (PulseAudio moves it; ``speech.audio_server`` finds out, the real server in
``audio_input_child.py``) and the interview page says which went away and which records now."""

from __future__ import annotations

from simulator.core.plan import Plan

SWITCHED = "Microphone 'USB Headset' was disconnected. Recording goes on from 'Built-in Mic'."


def test_the_page_names_the_microphone_gone_and_the_one_recording_now(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.start_interview(Plan(counts={"technical": 1}), False)
    page = window.interview
    notices: list[str] = []
    window.controller.notice_posted.connect(notices.append)
    mic = window.voice_answers._microphone()  # the AudioInput the answers record from
    mic.device_changed.emit(SWITCHED)  # as its capture thread reports it
    assert notices == [SWITCHED]
    assert not page.notice.isHidden() and SWITCHED in page.notice.text()
