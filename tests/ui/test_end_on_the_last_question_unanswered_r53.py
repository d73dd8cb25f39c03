"""Ctrl+E on the last question, before any answer to it (walkthrough 53, a Custom plan of 2 in
a real X window, the first answered: Ctrl+E in question 2's thinking time): the interview ended
at once and the question was left out of the scorecard for good ("1 question not answered
before the end is not counted"; an ended interview is not offered to resume), after one stray
press. The box asked only with questions still to come. It asks too when ending would leave the
last question out of a scorecard with other answers (the core's ``ending_asks``); with its
answer given or under way it ends at once, as before, and so does a single question practised
again and ended unanswered (nothing to score: back where it was started)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from simulator.core.interview import State
from simulator.core.plan import Plan
from tests.ui.stand_ins import CTRL, begin_answering
from tests.ui.waits import HANG_MS


def test_ending_on_the_last_question_with_no_answer_asks_first_r53(  # type: ignore[no-untyped-def]
    qtbot, window, monkeypatch
) -> None:
    asked: list[str] = []
    choice = ["endStay"]

    def answer(box: QMessageBox) -> None:
        asked.append(box.text())
        box.findChild(QPushButton, choice[0]).click()

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.services.settings.follow_ups = False
    page = window.interview
    window.start_interview(Plan(counts={"technical": 1, "case": 1}), False)
    begin_answering(qtbot, window)
    qtbot.keyClicks(page.answer, "Overfitting memorizes noise in the training data.")
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: window.controller.state is State.REVIEWING, timeout=HANG_MS)
    window.controller.next_question()  # on to the last question
    begin_answering(qtbot, window)
    assert window.controller.interview.position == (2, 2)
    qtbot.keyClick(page.answer, Qt.Key.Key_E, CTRL)
    assert asked == ["End the interview now? 1 question has no answer yet."], asked
    assert window.controller.state is State.ANSWERING  # kept going
    qtbot.keyClicks(page.answer, "Regularization limits the weights.")
    qtbot.keyClick(page.answer, Qt.Key.Key_E, CTRL)  # its answer under way is kept: no box
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    assert len(asked) == 1, asked
