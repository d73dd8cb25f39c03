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


def test_the_notice_that_answers_are_only_in_memory_goes_once_they_are_saved(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Seen in a real window on a full tmpfs: the answers were saved once the disk had room,
    and the notice above the answer still said they were kept in memory until the next
    question. Another notice in its place is left alone."""
    from simulator.core.interview import State
    from simulator.core.session import events as ev
    from simulator.ui.pages.interview import InterviewPage
    from simulator.ui.pages.interview_texts import SAVED_AGAIN

    failure = (
        "Could not save to /x/sessions.sqlite3: the disk is full. Your answers are kept in memory."
    )
    page = InterviewPage()
    qtbot.addWidget(page)
    page.render_event(ev.StateChanged(State.PREPARING, State.ANSWERING))
    page.show_notice(failure)  # as the window shows a failure
    page.render_event(ev.Failed(failure))
    page.render_event(ev.SavedAgain())
    assert page.notices.label.text() == SAVED_AGAIN

    page.show_notice(failure)
    page.render_event(ev.Failed(failure))
    page.show_notice("Answer ended after 4 seconds of silence.")
    page.render_event(ev.SavedAgain())
    assert page.notices.label.text() == "Answer ended after 4 seconds of silence."
