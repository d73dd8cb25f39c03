"""A session resumed on a follow-up shows the page it left: the first answer's words and its
line ("First answer: N/100 ..."), and both answers once the follow-up is answered.

Walkthrough 51 (typed, 960 x 640): quit while typing a follow-up's answer, resumed with Ctrl+R.
The follow-up came back with the draft, but the line "First answer: 4/100 · covered 2 of 4 key
points ..." under it was gone, and once the follow-up was answered the box held only its words,
where an interview never stopped shows "Your answer" and "Follow-up: ..." both."""

from __future__ import annotations

from simulator.core.interview import State
from simulator.core.plan import Plan
from tests.ui.stand_ins import begin_answering
from tests.ui.waits import HANG_MS

FIRST = "Overfitting is when it memorizes noise in the data."
SECOND = "I watch the validation error on a held-out set."


def _state(qtbot, window, state: State) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.controller.state is state, timeout=HANG_MS)


def test_a_resumed_follow_up_shows_the_first_answer_and_its_line_r51(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.main_window import MainWindow

    window.start_interview(Plan(counts={"technical": 1, "case": 1}), False)
    begin_answering(qtbot, window)
    qtbot.keyClicks(window.interview.answer, FIRST)
    window.interview.next_button.click()
    _state(qtbot, window, State.FOLLOW_UP)
    line = window.interview.feedback
    qtbot.waitUntil(lambda: line.isVisible(), timeout=HANG_MS)
    before = line.text()
    assert "First answer:" in before
    sid = window.controller.session_id
    window.shutdown()  # as if the app had been killed while the follow-up was answered

    again = MainWindow(services)
    qtbot.addWidget(again)
    again.show()
    try:
        again.resume_session(sid)
        _state(qtbot, again, State.FOLLOW_UP)
        page = again.interview
        assert "detect it in practice" in page.follow_up.text()
        qtbot.waitUntil(lambda: page.feedback.isVisible(), timeout=20000)
        assert page.feedback.text() == before
        assert not page.answer_feedback.rating.isVisible()  # it rates the whole question, later
        assert page.answer.toPlainText() == ""  # the box is the follow-up's
        qtbot.keyClicks(page.answer, SECOND)
        page.next_button.click()
        _state(qtbot, again, State.REVIEWING)
        qtbot.waitUntil(lambda: "with the follow-up" in page.feedback.text(), timeout=HANG_MS)
        shown = page.answer.toPlainText()
        assert FIRST in shown and SECOND in shown and "Follow-up:" in shown
    finally:
        again.shutdown()
