"""The question Ctrl+K asks with an answer typed ("Skip the follow-up? What you have typed ...")
offered "&Keep answering" and "S&kip": both on Alt+K, which Qt reads as ambiguous and then
presses neither (walkthrough 47, in a real window: the underlined k did nothing). Alt+K skips
now, as on the page's Skip button, and Alt+A keeps answering; a question built with one letter
on both buttons is refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QPushButton

from simulator.core.plan import Plan
from simulator.ui.modal import stay_or_leave
from tests.ui.stand_ins import begin_answering


def test_each_button_of_the_skip_question_has_its_own_alt_letter(  # type: ignore[no-untyped-def]
    qtbot, window, monkeypatch
) -> None:
    letters: dict[str, str] = {}

    def answer(box: QMessageBox) -> None:
        for name in ("skipStay", "skipLeave"):
            button = box.findChild(QPushButton, name)
            letters[name] = QKeySequence.mnemonic(button.text()).toString()
        box.findChild(QPushButton, "skipStay").click()

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.services.settings.follow_ups = False
    page = window.interview
    window.start_interview(Plan(counts={"technical": 2}), False)
    begin_answering(qtbot, window)
    qtbot.keyClicks(page.answer, "Overfitting memorizes noise in the training data")
    qtbot.keyClick(page.answer, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    page_skip = QKeySequence.mnemonic(page.skip_button.text()).toString()
    assert letters == {"skipStay": "Alt+A", "skipLeave": page_skip}, letters
    assert page_skip == "Alt+K"


def test_a_question_with_one_alt_letter_on_both_buttons_is_refused(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = QMessageBox()
    qtbot.addWidget(box)
    with pytest.raises(ValueError, match="same Alt letter"):
        stay_or_leave(box, ("&Keep answering", "stay"), ("S&kip", "leave"))
