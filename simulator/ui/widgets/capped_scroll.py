"""A label shown whole while it is short, and scrolled once it would take too much of the window.

A pack's prompt may be 2,000 characters long. Shown in a plain word-wrapped label it took the
whole interview page (the answer box shrank to three lines and the question's end was cut off
below the card) and crushed the Scorecard's explanation to two lines."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QMoveEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QWidget


class CappedScroll(QScrollArea):
    """``label`` at its full height up to ``share`` of the window's height, scrolled beyond
    (and then reachable by Tab, so the arrow keys scroll it). ``room``, if given, is a height
    it may always take, however small the share (the room its row has anyway beside a taller
    neighbour). ``overflowed`` tells whether part of the text is scrolled out of sight."""

    overflowed = Signal(bool)

    def __init__(
        self,
        label: QLabel,
        share: float,
        parent: QWidget | None = None,
        *,
        room: Callable[[], int] | None = None,
    ) -> None:
        super().__init__(parent)
        self._label, self._share, self._room = label, share, room
        self._overflows = False
        self._window: QWidget | None = None
        self.setWidget(label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # the card's colour shows through (no white box behind the text in the dark theme)
        self.viewport().setAutoFillBackground(False)
        label.setAutoFillBackground(False)
        self.setObjectName(f"{label.objectName()}Scroll")
        self.setAccessibleName(label.accessibleName() or "Text")
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            watched is self._label and kind in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange)
        ) or (
            watched is self._window and kind == QEvent.Type.Resize  # a new cap
        ):
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self._window:
            if self._window is not None:
                self._window.removeEventFilter(self)
            self._window = window
            window.installEventFilter(self)

    def set_text(self, text: str) -> None:
        self._label.setText(text)
        self.verticalScrollBar().setValue(0)
        self.updateGeometry()
        self._check_overflow()

    def _cap(self) -> int:
        cap = max(60, int(self.window().height() * self._share))
        if self._room is not None:
            cap = max(cap, self._room())
        # Whole lines: a cap in the middle of a line showed its top half, which reads as a
        # drawing fault rather than as "scroll for more" (the Scorecard's tips).
        line = math.ceil(QFontMetricsF(self._label.font()).lineSpacing())  # as lines are laid
        margins = self._label.contentsMargins()
        extra = margins.top() + margins.bottom()
        if line > 0 and cap > line + extra:
            cap -= (cap - extra) % line
        return cap

    def _full_height(self) -> int:
        width = self.viewport().width() if self.isVisible() else self.width()
        label = self._label
        if width > 0 and label.hasHeightForWidth():
            return int(label.heightForWidth(width))
        return int(label.sizeHint().height())

    def sizeHint(self) -> QSize:
        height = min(self._full_height(), self._cap())
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._check_overflow()
        self.updateGeometry()

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        if self._room is not None:  # moved down or up: its room beside the neighbour changed
            self.updateGeometry()

    def _check_overflow(self) -> None:
        overflows = self._full_height() > self.viewport().height() + 1
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus if overflows else Qt.FocusPolicy.NoFocus)
        if overflows != self._overflows:
            self._overflows = overflows
            self.overflowed.emit(overflows)


def short_text(text: str, limit: int = 160) -> str:
    """``text`` cut at the last space before ``limit`` characters, with "…" (for a table
    cell, whose row would otherwise grow as tall as a 2,000-character prompt)."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip() + "…"
