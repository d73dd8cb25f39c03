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
from PySide6.QtGui import QPainter, QPaintEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QPlainTextEdit,
    QTextBrowser,
    QTextEdit,
    QWidget,
)


def cut_line_margin(view: QTextEdit, room: int, scrolled: int) -> int:
    """The blank room under the last whole line of ``view`` scrolled by ``scrolled`` px with
    ``room`` px to show it in (0: nothing is cut, or no line above the cut one fits whole).

    A cut line with no whole line above it stays: half a line reads better than a blank box.
    The document's first line starts at its margin, below the top edge, and is not such a
    line (a box one line high showed its margin only, lines58).

    Once the document's last line shows, the room is what ends the scroll range at the line
    start that shows it (``end_start``): with none, the range ended wherever the document's
    height put it, mid-line, and the line at the top edge, cut, was left blank: a box with room
    for four lines showed three at the end (walk59)."""
    doc = view.document()
    height = doc.size().height()
    if height <= room:
        return 0
    last = end_start(view, room)
    if last is not None and scrolled >= last:
        return max(0, math.ceil(last + room - height))
    bottom = scrolled + room
    whole_above = False  # a line above the one being looked at shows whole
    for y, line_height in _lines(view):
        if y + line_height > bottom:
            return max(0, bottom - math.floor(y)) if whole_above else 0
        whole_above = whole_above or y >= scrolled
    return 0


def line_starts(view: QTextEdit) -> list[int]:
    """The scroll position that puts each line of ``view`` at its top edge, px: the first
    line's is the top (its margin above it)."""
    return [0] + [math.floor(y) for y, _height in list(_lines(view))[1:]]


def end_start(view: QTextEdit, room: int) -> int | None:
    """The first line start (``line_starts``) from which the document's last line shows whole
    in ``room`` px (None: no line start does, the room is lower than a line)."""
    lines = list(_lines(view))
    if not lines:
        return None
    end = lines[-1][0] + lines[-1][1]
    return min(
        (s for s in line_starts(view) if s + room >= end and s <= lines[-1][0] + 1), default=None
    )


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


def scroll_to_show(view: QTextEdit | QPlainTextEdit, start: int, end: int) -> None:
    """Scroll ``view`` so the characters ``start`` to ``end`` (a word being said) show, about a
    third of the way down when it must scroll at all, with a line's start at its top edge.

    Scrolled by any number of px (the word put a third of the way down), the line at the top
    edge was cut and left blank (``blank_top_cut``): Review's replay showed 3 lines of a box
    with room for 4 (walk59). Past the line that shows the document's end at the bottom, a
    scroll only adds blank room, so it stops there. A ``QPlainTextEdit`` (a follow-up's box)
    scrolls by lines, not px: the word's line is worked out in lines (the px sum sent it dozens
    of lines down, off its word)."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    first = view.cursorRect(cursor)
    cursor.setPosition(end)
    last = view.cursorRect(cursor)
    shown = view.viewport().height()
    if first.top() >= 0 and last.bottom() <= shown:
        return  # in view already
    bar = view.verticalScrollBar()
    if isinstance(view, QPlainTextEdit):
        line = _line_number(view, start)
        per_box = max(1, shown // max(1, view.fontMetrics().lineSpacing()))
        bar.setValue(max(0, line - per_box // 3))
        return
    scrolled = bar.value()
    top, bottom = scrolled + first.top(), scrolled + last.bottom() + 1
    room = shown + view.viewportMargins().bottom()  # (the blank room under the whole lines)
    # past the line start that shows the document's end, a scroll only adds blank room
    last_start = end_start(view, room)
    starts = [s for s in line_starts(view) if last_start is None or s <= last_start]
    showing = [s for s in starts if s <= top and s + room >= bottom] or [
        max((s for s in starts if s <= top), default=0)  # a box lower than the word's line
    ]
    wanted = top - shown / 3
    target = max((s for s in showing if s <= wanted), default=min(showing))
    # The bar's range follows the blank room under the last whole line (``whole_lines``), and
    # that room changes as it scrolls: a position past the old range is taken on a second try.
    for _ in range(2):
        bar.setValue(target)
        if bar.value() == target:
            break


def _line_number(view: QPlainTextEdit, position: int) -> int:
    """The laid-out line of ``view``'s document (wrapped lines counted) that holds ``position``."""
    doc = view.document()
    block = doc.findBlock(position)
    before = 0
    other = doc.begin()
    while other.isValid() and other != block:
        before += max(1, other.layout().lineCount())
        other = other.next()
    line = block.layout().lineForTextPosition(position - block.position())
    return before + (line.lineNumber() if line.isValid() else 0)


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


def _margin_filler(view: QAbstractScrollArea) -> QWidget:
    """A widget to cover ``view``'s bottom viewport margin (``_cover_margin``). That room is
    the view's own, outside its viewport, painted in the view's background, not its text's: the
    F1 list showed a grey band under its last whole line, Home's greyed topic list a white
    one under its grey rows (walk59). The filler takes the viewport's colours."""
    filler = QWidget(view)
    filler.setAutoFillBackground(True)
    filler.setBackgroundRole(view.viewport().backgroundRole())
    filler.hide()
    return filler


def _cover_margin(filler: QWidget, view: QAbstractScrollArea) -> None:
    port = view.viewport().geometry()
    margin = view.viewportMargins().bottom()
    filler.setGeometry(port.left(), port.bottom() + 1, port.width(), margin)
    filler.setVisible(margin > 0)


class _WholeLines(QObject):
    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self._view = view
        self._filler = _margin_filler(view)
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
        _cover_margin(self._filler, view)


class WholeRows(QObject):
    """Keeps a list view showing whole rows (``whole_rows``); ``update`` after its rows change."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._filler = _margin_filler(view)
        view.installEventFilter(self)  # a theme or font change: rows of another height
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.update()
        return False

    def update(self) -> None:
        view = self._view
        margins = view.viewportMargins()
        room = view.viewport().height() + margins.bottom()
        # the first row shown (a hidden one has no height)
        heights = (view.sizeHintForRow(r) for r in range(min(view.model().rowCount(), 500)))
        row = next((h for h in heights if h > 0), 0)
        # (a box lower than one row keeps it, cut: half a row reads better than a blank box)
        margin = room % row if row > 0 and room >= row else 0
        if margin != margins.bottom():
            view.setViewportMargins(margins.left(), margins.top(), margins.right(), margin)
        _cover_margin(self._filler, view)


def whole_rows(view: QAbstractItemView) -> WholeRows:
    """``view`` (a list whose rows are all one height, scrolled a row at a time) shows whole
    rows at any height: the room under the last whole row is left blank. Home's topic list
    showed its last row cut in half at 960 x 640 (walk59). Call ``update`` on what it returns
    once the rows change."""
    return WholeRows(view)


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
