"""A theme change repaints the window without freezing it.

The application's style sheet is the same text in every theme (``style``): its colours come
from the palette. A new palette alone changes nothing drawn by the sheet, though: Qt reads the
palette when it polishes a widget, so each widget has to be polished again. Setting the sheet
again did that for every widget in one go, the hidden pages and dialogs too: 243-397 ms of
the GUI thread's time on a quiet machine (round 62), a window that froze for as long. Here the
widgets on screen are polished again at once (a few ms); the hidden ones a slice at a time in
the turns that follow, and any of them shown before its turn is polished as it is shown, so
nothing is ever seen in the old theme's colours. A widget Qt has not polished yet is left
alone: it takes the theme of the day when it is first shown (as a dialog opened later does).
"""

from __future__ import annotations

import time
from collections import deque

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

SLICE_S = 0.012  # the hidden widgets' share of one turn: well under the 50 ms a turn may take


class Restyler(QObject):
    """Polishes every widget again for a new palette: those on screen now, the rest by slices."""

    def __init__(self) -> None:
        super().__init__()
        self._pending: deque[QWidget] = deque()
        self._waiting: set[QWidget] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next_slice)

    def restyle(self, app: QApplication) -> None:
        self._forget()
        shown: list[QWidget] = []
        for top in app.topLevelWidgets():
            # parents before their children: a child's palette starts from its parent's
            for widget in [top, *top.findChildren(QWidget)]:
                if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
                    continue  # polished when first shown, in the palette of that day
                if widget.isVisible():
                    shown.append(widget)
                else:
                    self._pending.append(widget)
        for widget in shown:
            _polish_again(widget)
        for widget in self._pending:
            widget.installEventFilter(self)  # shown before its turn: polished as it shows
        self._waiting = set(self._pending)
        if self._pending:
            self._timer.start()

    def pending(self) -> int:
        """Widgets still to polish (0 once the theme is everywhere)."""
        return len(self._waiting)

    def finish(self) -> None:
        """Every widget polished now (a test that reads hidden widgets at once)."""
        while self._pending:
            self._take(self._pending.popleft())
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched in self._waiting:
            assert isinstance(watched, QWidget)
            self._take(watched)
        return False

    def _next_slice(self) -> None:
        until = time.perf_counter() + SLICE_S
        while self._pending and time.perf_counter() < until:
            self._take(self._pending.popleft())
        if self._pending:
            self._timer.start()

    def _take(self, widget: QWidget) -> None:
        if widget not in self._waiting:
            return  # shown, and polished then, before its turn
        self._waiting.discard(widget)
        if shiboken6.isValid(widget):
            widget.removeEventFilter(self)
            _polish_again(widget)

    def _forget(self) -> None:
        """A new theme before the last one reached every widget: start again from all."""
        self._timer.stop()
        for widget in self._waiting:
            if shiboken6.isValid(widget):
                widget.removeEventFilter(self)
        self._pending.clear()
        self._waiting = set()


class _SameFonts(QObject):
    """Holds back the font changes Qt sends while it polishes a widget again. The sheet's
    polish gives a widget back its font from before the sheet, then the sheet's: two font
    changes for a font that ends as it was (the sheet and the application's font are the
    same in every theme), and a list laid out all its rows again for each (History with 300
    sessions: 35-50 ms in one turn). A font that did change is announced afterwards."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.FontChange


_same_fonts: _SameFonts | None = None


def _polish_again(widget: QWidget) -> None:
    global _same_fonts
    if _same_fonts is None or not shiboken6.isValid(_same_fonts):
        _same_fonts = _SameFonts()
    app = QApplication.instance()
    assert app is not None
    before = widget.font()
    app.installEventFilter(_same_fonts)
    try:
        # polish alone: the style sheet's polish drops the widget's rules and palette and
        # makes them again from the new palette (unpolish first: one more font change)
        widget.style().polish(widget)
    finally:
        app.removeEventFilter(_same_fonts)
    if widget.font() != before:  # its rules changed since its last polish (a property)
        for changed in (widget, *widget.findChildren(QWidget)):
            QApplication.sendEvent(changed, QEvent(QEvent.Type.FontChange))
    widget.update()


_restyler: Restyler | None = None


def restyler() -> Restyler:
    global _restyler
    if _restyler is None or not shiboken6.isValid(_restyler):
        _restyler = Restyler()
    return _restyler
