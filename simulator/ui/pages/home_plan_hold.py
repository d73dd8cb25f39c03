"""Home's plan held still while Start waits for the questions to load.

Start pressed while the packs load starts the plan once they have (walkthrough 24). Meanwhile a
person who thinks the interview has begun types their answer, and the keys went to the plan's
boxes: a letter in the plan list picked the plan of that letter ("F…": Full loop for the System
design asked for, ux32), Space ticked boxes, the arrows moved the count. The plan that started
was not the one asked for. While a start waits, keys that would change the plan are not taken;
Tab, Enter, Esc and every Ctrl or Alt key (shortcuts, the underlined letters) still work."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

_PASSED = {
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Escape,
}
_SHORTCUT = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class PlanHold(QObject):
    def __init__(self, plan_box: QWidget, waiting: Callable[[], bool]) -> None:
        super().__init__(plan_box)
        self._waiting = waiting
        for widget in (plan_box, *plan_box.findChildren(QWidget)):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.KeyPress or not self._waiting():
            return False
        if not isinstance(event, QKeyEvent) or event.modifiers() & _SHORTCUT:
            return False
        return Qt.Key(event.key()) not in _PASSED
