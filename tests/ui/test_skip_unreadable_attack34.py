"""Ctrl+K over a pasted run of letters with no space (attack run 34): the question asked
"What you have typed (1 words so far) is not scored"; it names the run, and one word reads as
"1 word"."""

from __future__ import annotations


def test_skip_names_a_long_run_and_counts_one_word(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox, QPushButton

    from simulator.core.interview import State
    from simulator.core.plan import Plan
    from tests.ui.stand_ins import begin_answering

    asked: list[str] = []

    def answer(box: QMessageBox) -> None:
        asked.append(box.text())
        box.findChild(QPushButton, "skipStay").click()

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.services.settings.follow_ups = False
    page = window.interview
    window.start_interview(Plan(counts={"technical": 1}), False)
    begin_answering(qtbot, window)
    page.answer.setPlainText("ab" * 2_500)
    qtbot.keyClick(page.answer, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    page.answer.setPlainText("Overfitting")
    qtbot.keyClick(page.answer, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert asked == [
        "Skip this question? What you have typed (one run of 5,000 letters with no space, too "
        "long to be a word) is not scored.",
        "Skip this question? What you have typed (1 word so far) is not scored.",
    ]
    assert window.controller.state is State.ANSWERING
