"""The interview's answer editor."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit


class AnswerBox(QPlainTextEdit):
    """The answer editor; Ctrl+Enter belongs to the window's shortcut, not a new line."""

    typing_started = Signal()  # a key typed while the box waits for the answer to begin

    waiting = False  # the question is being read or the countdown runs: typing starts the answer

    def keyPressEvent(self, e: QKeyEvent) -> None:
        # Without this, keys typed a moment before the answer began were silently dropped.
        if self.waiting and self.isReadOnly() and e.text().isprintable() and e.text():
            self.typing_started.emit()
        super().keyPressEvent(e)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent):
            ctrl = e.modifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                e.ignore()
                return False
        return super().event(e)
