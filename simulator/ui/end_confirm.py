"""Ending an interview with questions still to come: ask first, with going on as the
keyboard's default.

Ctrl+E on question 4 of 6 ended the interview at once: the questions not yet asked were gone
for good (an ended interview is not offered to resume), after one stray press (E sits beside
R and W) (walkthrough 35). On the last question it ends at once, as before. Enter or Esc in
the question keeps going; only Alt+E (or Tab to End) ends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from simulator.ui.held import interview_held
from simulator.ui.modal import keyboard_back, stay_or_leave
from simulator.ui.widgets.common import counted

if TYPE_CHECKING:
    from simulator.ui.main_window import MainWindow


def end_allowed(window: MainWindow) -> bool:
    """True when no question is left to ask, or the person chose to end anyway."""
    controller = window.existing_controller
    interview = controller.interview if controller is not None else None
    if interview is None:
        return True
    number, total = interview.position
    left = total - number
    if left <= 0:
        return True
    box = QMessageBox(window)
    box.setObjectName("endEarlyBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("End the interview now?")
    box.setText(f"End the interview now? {counted(left, 'question')} not asked yet.")
    box.setInformativeText(
        "Questions not asked are left out of the scorecard and the overall, and an ended "
        "interview cannot be resumed. The answer under way is kept and scored."
    )
    _, end = stay_or_leave(box, ("&Keep going", "endStay"), ("&End interview", "endLeave"))
    with keyboard_back(window), interview_held(window):
        box.exec()
    return box.clickedButton() is end
