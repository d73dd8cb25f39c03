"""A read-only text view that never shows a line cut in half at its bottom edge.

A view scrolls by pixels, and its height is rarely a whole number of lines: the line under its
bottom edge showed its top half (Progress's "Weakest topics" at 960 x 640, walk58), which reads
as a drawing fault rather than as "scroll for more". Whatever the scroll position, the room
under the last line that fits whole is left blank (a bottom viewport margin), so the view
shows whole lines and the scroll bar reaches the rest. What shows of a line scrolled past the
top edge (a sliver of its descenders, polish58) is left blank too (``blank_top_cut``, from the
view's ``paintEvent``).

``WholeLinesBrowser`` does both for a plain text pane. A view that must stay another class
(Review's transcript, a ``QTextEdit`` whose words light up and take clicks: a
``QTextBrowser`` would take its mouse and keys for links) calls ``whole_lines`` and
``blank_top_cut`` itself: one logic for every pane (lines58).
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget


def cut_line_margin(view: QTextEdit, room: int, scrolled: int) -> int:
    """The blank room under the last whole line of ``view`` scrolled by ``scrolled`` px with
    ``room`` px to show it in (0: nothing is cut, or no line above the cut one fits whole).

    A cut line with no whole line above it stays: half a line reads better than a blank box.
    The document's first line starts at its margin, below the top edge, and is not such a
    line (a box one line high showed its margin only, lines58)."""
    doc = view.document()
    if doc.size().height() <= room:
        return 0
    bottom = scrolled + room
    whole_above = False  # a line above the one being looked at shows whole
    for y, height in _lines(view):
        if y + height > bottom:
            return max(0, bottom - math.floor(y)) if whole_above else 0
        whole_above = whole_above or y >= scrolled
    return 0


def top_cut(view: QTextEdit) -> int:
    """How many px at the top of ``view`` show part of a line scrolled past its top edge."""
    scrolled = view.verticalScrollBar().value()
    if scrolled <= 0:
        return 0
    for y, height in _lines(view):
        if y >= scrolled:
            return 0  # the first line shown starts at or below the top edge
        if y + height > scrolled:
            return math.ceil(y + height - scrolled)
    return 0


def _lines(view: QTextEdit) -> Iterator[tuple[float, float]]:
    """Each laid-out line of ``view``'s document, top to bottom: its top and its height, px."""
    doc = view.document()
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        for i in range(lines.lineCount()):
            line = lines.lineAt(i)
            yield top + line.y(), line.height()
        block = block.next()


class _WholeLines(QObject):
    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self._view = view
        view.viewport().installEventFilter(self)
        view.verticalScrollBar().valueChanged.connect(self.update)
        view.document().documentLayout().documentSizeChanged.connect(self.update)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            self.update()
        return False

    def update(self) -> None:
        view = self._view
        margins = view.viewportMargins()
        room = view.viewport().height() + margins.bottom()
        margin = cut_line_margin(view, room, view.verticalScrollBar().value())
        if margin != margins.bottom():
            view.setViewportMargins(margins.left(), margins.top(), margins.right(), margin)


def whole_lines(view: QTextEdit) -> None:
    """``view`` shows whole lines at every size and scroll position (see the module's note).
    Call again after ``setDocument``: the view follows the document it had."""
    _WholeLines(view)


def blank_top_cut(view: QTextEdit) -> None:
    """Paint over what shows of a line scrolled past the top edge of ``view``, in the viewport's
    background: call it at the end of the view's ``paintEvent``."""
    cut = top_cut(view)
    if cut:
        port = view.viewport()
        painter = QPainter(port)
        painter.fillRect(0, 0, port.width(), cut, port.palette().color(port.backgroundRole()))
        painter.end()


class WholeLinesBrowser(QTextBrowser):
    """A text browser that shows whole lines at both edges, however it is scrolled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        whole_lines(self)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        blank_top_cut(self)
