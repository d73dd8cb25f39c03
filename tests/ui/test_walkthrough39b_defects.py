"""Walkthrough 39, second look (keyboard only, through the real window, offscreen here): an
interview ended with nothing answered showed an empty scorecard offering Export, from Home and
from "Practise again" alike, for a session History never lists; after a follow-up was answered
the page showed only the follow-up's words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from simulator.core.interview import State
from simulator.core.plan import Plan
from tests.ui.stand_ins import CTRL, DETECT, PARTIAL, begin_answering, type_to_follow_up
from tests.ui.typed_session import open_stored_scorecard
from tests.ui.waits import HANG_MS

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
OVERFIT = {
    "tech.overfit": "Overfitting memorises noise in the training data; regularization helps."
}


def _pages_shown(window) -> list[object]:  # type: ignore[no-untyped-def]
    shown: list[object] = []
    window.stack.currentChanged.connect(lambda i: shown.append(window.stack.widget(i)))
    return shown


def _nothing_to_score_said(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Once the interview has left its page (for a scorecard, before), the page it went back
    to says so (in the status line until walkthrough 40)."""
    from simulator.ui.page_notice import PageNotice

    def said() -> list[str]:
        page = window.stack.currentWidget()
        return [n.text.text() for n in page.findChildren(PageNotice) if n.isVisible()]

    qtbot.waitUntil(lambda: window.stack.currentWidget() is not window.interview, timeout=HANG_MS)
    # (the page can be switched to a moment before the notice is put on it)
    qtbot.waitUntil(lambda: bool(said()), timeout=HANG_MS)
    assert any("nothing answered: there is nothing to score" in s for s in said()), said()


def test_ended_from_home_with_nothing_answered_goes_home(
    qtbot, window, services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+E in the first question's answer, nothing typed, End chosen in the box: Home
    again with the keyboard there, "nothing to score" said; no scorecard, nothing in History."""
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: box.findChild(QPushButton, "endLeave").click()
    )
    window.services.settings.follow_ups = False
    window.start_interview(Plan(counts={"technical": 1, "case": 1}), False)
    begin_answering(qtbot, window)
    shown = _pages_shown(window)
    qtbot.keyClick(window.interview.answer, Qt.Key.Key_E, CTRL)
    _nothing_to_score_said(qtbot, window)
    assert window.stack.currentWidget() is window.home
    assert window.home.isAncestorOf(QApplication.focusWidget())  # the keyboard is on Home
    assert window._scorecard is None or window._scorecard not in shown
    assert services.storage.history_rows() == []
    window.start_interview(Plan(counts={"technical": 1}), False)  # and it starts again
    begin_answering(qtbot, window)


def test_practise_again_from_review_ended_unanswered_goes_back_to_review(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    sid, _card = open_stored_scorecard(qtbot, window, services, OVERFIT)
    window.past.open_review(sid)
    review = window.past.review
    qtbot.waitUntil(lambda: window.stack.currentWidget() is review, timeout=HANG_MS)
    review.transcript.setFocus()
    qtbot.keyClick(review.transcript, Qt.Key.Key_P, CTRL_SHIFT)
    begin_answering(qtbot, window, HANG_MS)
    shown = _pages_shown(window)
    qtbot.keyClick(window.interview.answer, Qt.Key.Key_E, CTRL)  # its only question: no box
    _nothing_to_score_said(qtbot, window)
    assert window.stack.currentWidget() is review
    assert review.transcript.hasFocus()  # where Ctrl+Shift+P was pressed: press it again
    assert window.scorecard not in shown
    assert [r.id for r in services.storage.history_rows()] == [sid]
    qtbot.keyClick(review.transcript, Qt.Key.Key_P, CTRL_SHIFT)
    begin_answering(qtbot, window, HANG_MS)


def test_practise_again_from_the_scorecard_ended_unanswered_goes_back_to_it(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    sid, page = open_stored_scorecard(qtbot, window, services, OVERFIT)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_P, CTRL_SHIFT)
    begin_answering(qtbot, window, HANG_MS)
    qtbot.keyClick(window.interview.answer, Qt.Key.Key_E, CTRL)
    _nothing_to_score_said(qtbot, window)
    assert window.stack.currentWidget() is page
    assert page.scorecard is not None and page.scorecard.session_id == sid  # not an empty one
    assert page.export_button.isEnabled() and page.table.hasFocus()
    assert window.controller.state is State.SCORECARD


def test_after_a_follow_up_both_answers_show_labelled(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """After a follow-up, "Answer saved" shows the main answer, then the follow-up's, each under
    the scorecard's label for it."""
    page = type_to_follow_up(qtbot, window)
    prompt = page.follow_up.text().removeprefix("Follow-up: ")
    assert prompt and not page.follow_up.isHidden()
    qtbot.keyClicks(page.answer, DETECT)
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: window.controller.state is State.REVIEWING, timeout=HANG_MS)
    shown = page.answer.toPlainText()
    expected = f"Your answer\n{PARTIAL}\n\nFollow-up: {prompt}\n{DETECT}"  # the scorecard's labels
    assert shown == expected, shown
    qtbot.waitUntil(lambda: "with the follow-up" in page.feedback.text(), timeout=HANG_MS)
    assert page.answer.toPlainText() == expected  # the score landing keeps both
