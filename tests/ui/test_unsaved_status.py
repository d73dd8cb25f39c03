"""The interview's status on a full disk: "Answer saved" only when it is (it said so while the
notice above the answer said the disk was full and the answer was only in memory)."""

from __future__ import annotations


def test_the_status_never_says_saved_while_a_save_is_failing(qtbot) -> None:  # type: ignore[no-untyped-def]
    from simulator.core.interview import State
    from simulator.core.session import events as ev
    from simulator.ui.pages.interview import InterviewPage

    page = InterviewPage()
    qtbot.addWidget(page)
    page.render_event(ev.Failed("Could not save: the disk is full."))
    page.render_event(ev.StateChanged(State.ANSWERING, State.REVIEWING))
    assert "not saved" in page.status.text()
    page.render_event(ev.SavedAgain())
    assert page.status.text() == "Answer saved"
