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
