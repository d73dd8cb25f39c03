"""Work that waits for a window's first paint: the window shows first, then what it loads.

Timed from the window's construction instead, such work ran before the paint whenever the
window took longer than its delay to build (on a busy machine: the review scheduler was imported
before the first paint in 4 of 5 start-ups under load)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """``after(ms, fn)``: ``fn`` runs ``ms`` after the window's first paint (after now once it
    has painted). A window not shown by then never paints: its work runs ``ms`` after it was
    asked for, as a window that is built but not shown (tests, tools) still needs it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._waiting: list[tuple[int, Callable[[], None]]] = []
        self.painted = False
        window.installEventFilter(self)

    def after(self, ms: int, fn: Callable[[], None]) -> None:
        if self.painted:
            QTimer.singleShot(ms, self, fn)
            return
        entry = (ms, fn)
        self._waiting.append(entry)
        QTimer.singleShot(ms, self, lambda: self._unshown(entry))

    def _unshown(self, entry: tuple[int, Callable[[], None]]) -> None:
        if entry in self._waiting and not self._window.isVisible():
            self._waiting.remove(entry)
            entry[1]()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._window and event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            self._window.removeEventFilter(self)
            waiting, self._waiting = self._waiting, []
            for ms, fn in waiting:
                QTimer.singleShot(ms, self, fn)
        return False
