"""An interview that could not be saved says which key leaves it.

Walkthrough 51 (a full disk, a 2 MB tmpfs data folder, keyboard only): the page said "Ctrl+E
tries to save again. Home leaves the interview." and the notice "...or go Home to leave it",
with no Home button on the page and no key named: Ctrl+H (Interview > Home) is the one."""

from __future__ import annotations

from simulator.core.interview import State


def test_the_unsaved_wrap_up_names_the_key_that_leaves_r51(window) -> None:  # type: ignore[no-untyped-def]
    from simulator.core.session import events as ev

    page = window.interview
    page.render_event(ev.StateChanged(State.REVIEWING, State.WRAP_UP))
    page.render_event(ev.Notice("The interview could not be saved.", "unsaved"))
    assert "Ctrl+H" in page.hint.text() and "Ctrl+E" in page.hint.text()


def test_the_unsaved_notice_names_it_too_r51() -> None:
    from simulator.core.session import state

    text = getattr(state, "UNSAVED_TEXT", "")
    assert "Ctrl+H" in text and "Ctrl+E" in text and "go Home" not in text
