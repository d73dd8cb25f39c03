"""Keys that cannot act at this moment of the interview say why, instead of doing nothing (or
something else): Ctrl+Enter while paused or transcribing, and typing while paused."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

TYPING_PAUSED = "Paused: what you type now is not kept. Press Ctrl+P (Resume) to go on."
TYPING_GAP_S = 1.5  # a space this soon after a letter is part of the typing, not "Resume"


class KeysNotNow(QObject):
    """While the main button is disabled its Ctrl+Enter is not matched, so the key reached
    whatever had the keyboard: Resume, when paused, which then resumed. A shortcut of its own,
    enabled only then, says why instead. While paused, letters typed on Resume say that they
    are not kept, and a space among them no longer presses Resume."""

    def __init__(self, page: QWidget, pause_button: QPushButton, say: Callable[[str], None]):
        super().__init__(page)
        self._say = say
        self._why = ""
        self._paused = False
        self._typed_at = float("-inf")
        self._pause_button = pause_button
        self._ctrl_enter = QShortcut(QKeySequence("Ctrl+Return"), page)
        self._ctrl_enter.setContext(Qt.ShortcutContext.WindowShortcut)
        self._ctrl_enter.setEnabled(False)
        self._ctrl_enter.activated.connect(lambda: self._say(self._why) if self._why else None)
        pause_button.installEventFilter(self)

    def update(self, primary_enabled: bool, why: str, paused: bool) -> None:
        """``why``: what Ctrl+Enter says while the main button is disabled."""
        self._why = why
        self._paused = paused
        self._ctrl_enter.setEnabled(not primary_enabled)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            self._paused
            and watched is self._pause_button
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.text().isprintable()
            and event.text()
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            now = time.monotonic()
            if event.text().strip():
                self._typed_at = now
                self._say(TYPING_PAUSED)
                return True
            if now - self._typed_at < TYPING_GAP_S:  # a space between typed words
                self._typed_at = now
                return True
        return super().eventFilter(watched, event)
