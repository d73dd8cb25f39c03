"""Typing on "Next question" (where the keyboard is once an answer is saved) is not kept, and
says so."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton

from simulator.ui.pages.interview_not_now import TYPING_GAP_S

TYPING_SAVED = (
    "Answer saved: what you type now is not kept. Press Ctrl+Enter for the next question, "
    "then type its answer."
)
TYPING_SAVED_LAST = "Answer saved: what you type now is not kept. Ctrl+Enter opens the scorecard."


class TypingOnNext(QObject):
    """Letters typed on the button once an answer is saved are not taken, and the page says
    why; a space among them does not press the button. They used to start the next
    question's answer before that question was on screen: the rest of a sentence typed after
    an early Ctrl+Enter was stored as the next question's answer, its reading and thinking
    time skipped (walkthrough 30). Before that (walkthrough 8) the letters went nowhere and
    the space after the first word pressed the button. Never with Ctrl or Alt (Alt+1..4 rate
    the answer)."""

    def __init__(
        self,
        next_button: QPushButton,
        applies: Callable[[], bool],
        say: Callable[[str], None],
        last: Callable[[], bool],
    ) -> None:
        super().__init__(next_button)
        self._button = next_button
        self._applies, self._say, self._last = applies, say, last
        self._typed_at = float("-inf")
        next_button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            watched is self._button
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self._applies()
            and event.text()
            and event.text().isprintable()
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            now = time.monotonic()
            if event.text().strip():
                self._typed_at = now
                self._say(TYPING_SAVED_LAST if self._last() else TYPING_SAVED)
                return True
            if now - self._typed_at < TYPING_GAP_S:  # a space between typed words
                self._typed_at = now
                return True
        return super().eventFilter(watched, event)
