"""Typing on "Next question" starts the next answer with what was typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton

from simulator.ui.widgets.answer_box import AnswerBox


class TypingOnNext(QObject):
    """A letter typed on "Next question" (where the keyboard is once an answer is saved)
    starts the next question's answer with that letter: it was lost, and the space after the
    first word pressed the button. Only when ``may_start()`` says so (the page: typed answers,
    not on the last question, where a stray key would end the interview), never with Ctrl or
    Alt (Alt+1..4 rate the answer)."""

    def __init__(
        self,
        next_button: QPushButton,
        answer: AnswerBox,
        may_start: Callable[[], bool],
        start_next: Callable[[], None],
    ) -> None:
        super().__init__(next_button)
        self._button, self._answer = next_button, answer
        self._may_start, self._start_next = may_start, start_next
        next_button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            watched is self._button
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self._may_start()
            and event.text().strip()
            and event.text().isprintable()
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            self._start_next()  # the next question: the box waits for its answer
            if self._answer.waiting:
                copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
                QCoreApplication.sendEvent(self._answer, copy)  # starts it, letter included
            return True
        return super().eventFilter(watched, event)
