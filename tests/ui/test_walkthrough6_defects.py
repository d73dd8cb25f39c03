"""Defects met in the sixth keyboard-only walkthrough of the real window (offscreen here)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from simulator.core.interview import State
from simulator.core.plan import Plan


def test_answer_ended_is_not_shown_over_the_follow_up(window) -> None:  # type: ignore[no-untyped-def]
    """"Answer ended after 4 seconds of silence" stayed on the page while the follow-up was
    read and its answer recorded, as if that answer had ended too."""
    from simulator.core.session import events as ev

    page = window.interview
    page.render_event(ev.Notice("No audio output device was found.", "session"))
    page.render_event(ev.Notice("Answer ended after 4 seconds of silence.", "answer"))
    page.render_event(ev.StateChanged(State.TRANSCRIBING, State.REVIEWING))
    assert page.notice.text() == "Answer ended after 4 seconds of silence."
    page.render_event(ev.StateChanged(State.REVIEWING, State.ASKING_FOLLOW_UP))
    assert page.notice.text() == "No audio output device was found."


def test_home_choices_of_an_interview_are_there_after_a_restart(qtbot, window, data_dir) -> None:  # type: ignore[no-untyped-def]
    """Speaking and "Read questions aloud" chosen on Home were not saved: after a restart
    Home was back to Typing, and Ctrl+Enter started a typed interview."""
    from simulator.settings import Settings

    window.home.voice.setChecked(True)
    window.start_interview(Plan(counts={"technical": 1}), True)
    qtbot.waitUntil(lambda: (data_dir / "settings.json").exists(), timeout=5000)
    saved = Settings.load(data_dir / "settings.json")
    assert saved.voice_enabled and saved.answer_mode == "typed"
    window.controller.end("")
