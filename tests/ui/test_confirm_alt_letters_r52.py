"""The questions asked before something is lost (Delete this session?, Replace your history?,
Import this archive?, Discard the interrupted interview?) had buttons with no Alt letter:
walkthrough 52 (keyboard only, 1280 x 800, dark) met "Replace your history?" with "Replace" and
"Cancel" and Alt+R did nothing, where every other question in the app takes its buttons' Alt
letters. Each now has one, and Enter or Esc still cancels."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QPushButton

TITLES = [
    "Delete this session?",
    "Replace your history?",
    "Import this archive?",
    "Discard the interrupted interview?",
]


@pytest.mark.parametrize("title", TITLES)
def test_each_button_of_a_question_before_a_loss_has_an_alt_letter_r52(  # type: ignore[no-untyped-def]
    window, monkeypatch, title
) -> None:
    seen: dict[str, str] = {}

    def answer(box: QMessageBox) -> int:
        for button in box.findChildren(QPushButton):
            seen[button.text().replace("&", "")] = QKeySequence.mnemonic(button.text()).toString()
        box.defaultButton().click()  # Enter
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert window.past.confirm(title, "What is lost.") is False  # Enter keeps it
    go = title.split()[0]
    assert seen == {"Cancel": "Alt+C", go: f"Alt+{go[0]}"}, seen


def test_the_go_ahead_button_goes_ahead_and_enter_or_esc_cancels_r52(  # type: ignore[no-untyped-def]
    window, monkeypatch
) -> None:
    def go_ahead(box: QMessageBox) -> int:
        cancel = box.findChild(QPushButton, "confirmCancel")
        assert box.defaultButton() is cancel and box.escapeButton() is cancel
        box.findChild(QPushButton, "confirmGo").click()  # Alt+D
        return 0

    monkeypatch.setattr(QMessageBox, "exec", go_ahead)
    assert window.past.confirm("Delete this session?", "What is lost.") is True
