"""The typed answer kept on disk as it is written: a moment after each pause in typing."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from simulator.ui.widgets.answer_box import AnswerBox

DRAFT_DELAY_MS = 1500  # after a pause in typing, the unsent answer is kept on disk


class DraftKeeper(QObject):
    """Emits ``due`` with the answer's text a moment after each pause in typing (not on every
    key), and at once on ``flush`` (pause, quit, a typed sentence's end). Nothing while the box
    is read-only."""

    due = Signal(str)

    def __init__(self, answer: AnswerBox, parent: QObject) -> None:
        super().__init__(parent)
        self._answer = answer
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self._due)

    def typed(self) -> None:
        if not self._answer.isReadOnly():
            self._timer.start()

    def flush(self) -> None:
        """Keep now the words typed since the last pause in typing."""
        if self._timer.isActive():
            self._timer.stop()
            self._due()

    def _due(self) -> None:
        if not self._answer.isReadOnly():
            self.due.emit(self._answer.toPlainText())
