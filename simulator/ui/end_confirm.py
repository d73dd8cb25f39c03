"""Ending an interview with questions still to come: ask first, with going on as the
keyboard's default.

Ctrl+E on question 4 of 6 ended the interview at once: the questions not yet asked were gone
for good (an ended interview is not offered to resume), after one stray press (E sits beside
R and W) (walkthrough 35). It also asks on the last question when ending would leave it out
of a scorecard with other answers (walkthrough 53); with nothing left out, or nothing to score
at all, it ends at once.
Enter or Esc in the question keeps going; only Alt+E (or Tab to End) ends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from simulator.ui.held import interview_held
from simulator.ui.modal import keyboard_back, stay_or_leave
from simulator.ui.widgets.common import counted

if TYPE_CHECKING:
    from simulator.ui.main_window import MainWindow


def end_allowed(window: MainWindow, unsent_text: str = "") -> bool:
    """True when ending needs no asking (``ending_asks``), or the person chose to end anyway. The box counts
    what the scorecard will leave out, the question on screen included when it has no answer
    yet, and says an answer under way is kept only when there is one (ux36: "5 questions not
    asked yet" in the introduction of 6, and "the answer under way is kept" with none)."""
    controller = window.existing_controller
    interview = controller.interview if controller is not None else None
    if controller is None or interview is None:
        return True
    if not controller.ending_asks(unsent_text):  # the core decides (its docstring says when)
        return True
    left_out, under_way = controller.kept_if_ended(unsent_text)
    box = QMessageBox(window)
    box.setObjectName("endEarlyBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("End the interview now?")
    verb = "has" if left_out == 1 else "have"
    box.setText(f"End the interview now? {counted(left_out, 'question')} {verb} no answer yet.")
    box.setInformativeText(
        "Questions with no answer are left out of the scorecard and the overall, and an "
        "ended interview cannot be resumed."
        + (" The answer under way is kept and scored." if under_way else "")
    )
    _, end = stay_or_leave(box, ("&Keep going", "endStay"), ("&End interview", "endLeave"))
    with keyboard_back(window), interview_held(window):
        box.exec()
    return box.clickedButton() is end
