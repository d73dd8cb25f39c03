"""A read-only text view that never shows a line cut in half at its bottom edge.

A view scrolls by pixels, and its height is rarely a whole number of lines: the line under its
bottom edge showed its top half (Progress's "Weakest topics" at 960 x 640, walk58), which reads
as a drawing fault rather than as "scroll for more". Whatever the scroll position, the room
under the last line that fits whole is left blank (a bottom viewport margin), so the view
shows whole lines and the scroll bar reaches the rest.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTextEdit


def cut_line_margin(view: QTextEdit, room: int, scrolled: int) -> int:
    """The blank room under the last whole line of ``view`` scrolled by ``scrolled`` px with
    ``room`` px to show it in (0: nothing is cut, or no line above the cut one fits whole)."""
    doc = view.document()
    if doc.size().height() <= room:
        return 0
    layout = doc.documentLayout()
    bottom = scrolled + room
    block = doc.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        for i in range(lines.lineCount()):
            line = lines.lineAt(i)
            y = top + line.y()
            if y + line.height() > bottom:
                return max(0, bottom - math.floor(y)) if y > scrolled else 0
        block = block.next()
    return 0


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
