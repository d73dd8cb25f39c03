"""The typed answer kept on disk as it is written: a moment after each pause in typing, and at
once when the box loses the keyboard (another app, a dialog, the window left: attack run 56).

A crash or kill while the person types loses at most the words typed in the last pause's
delay (1.5 s): a typed sentence's end, Pause, Quit and SIGTERM keep the draft at once, and so
does the focus leaving the box, where the words typed before switching away, then a crash
while away, were lost. Keeping every key press would write the file up to ten times a second."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from simulator.ui.widgets.answer_box import AnswerBox

DRAFT_DELAY_MS = 1500  # after a pause in typing, the unsent answer is kept on disk


class DraftKeeper(QObject):
    """Emits ``due`` with the answer's text a moment after each pause in typing (not on every
    key), and at once on ``flush`` (pause, quit, a typed sentence's end) and when the box loses
    the keyboard. Nothing while the box is read-only."""

    due = Signal(str)

    def __init__(self, answer: AnswerBox, parent: QObject) -> None:
        super().__init__(parent)
        self._answer = answer
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self._due)
        answer.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False

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
