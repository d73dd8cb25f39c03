"""The interview's answer editor."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from simulator.core.transcript import MAX_ANSWER_CHARS


class AnswerBox(QPlainTextEdit):
    """The answer editor; Ctrl+Enter belongs to the window's shortcut, not a new line."""

    typing_started = Signal()  # a key typed while the box waits for the answer to begin
    # characters past MAX_ANSWER_CHARS that were not kept (a huge paste): scoring them would
    # take minutes and gigabytes
    trimmed = Signal(int)

    waiting = False  # the question is being read or the countdown runs: typing starts the answer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(self._keep_within_limit)

    def _keep_within_limit(self) -> None:
        extra = self.document().characterCount() - 1 - MAX_ANSWER_CHARS  # (its last newline)
        if extra <= 0:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(MAX_ANSWER_CHARS)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self.moveCursor(QTextCursor.MoveOperation.End)
        self.trimmed.emit(extra)

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
