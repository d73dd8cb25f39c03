"""A status line whose height never follows its text, so the page under it stays put.

Home's bank line read "Loading the question bank…" (one line), then the bank's size (three
lines at 960 px): everything under it moved down 34 px as the bank arrived (walkthroughs 60
and 61). A word-wrapped QLabel asks its layout for the height its text needs, so each new text
moved the page. This label asks for ``lines`` lines whatever it says (its size hint) and can be
squeezed to one (its minimum): a low screen (1024 x 600) still fits the page without scrolling,
where a fixed height of two lines made it scroll (test_walkthrough28). It shows as many whole
lines as it was given; a text longer than that ends in "…", whole in its tooltip and its
accessible description.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QShowEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from simulator.ui.widgets.common import plain_tip

# A line's width the label asks for: its width is the column's; this only keeps the column
# from being narrowed for it (the hint of a word-wrapped QLabel follows its text).
_HINT_CHARS = 30


class ReservedLinesLabel(QLabel):
    """A plain-text, word-wrapped label that asks for ``lines`` lines of height and shows as
    many whole lines of its text as it is given. ``set_text`` instead of ``setText``."""

    def __init__(self, text: str, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self.full = text
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # no height-for-width: the layout asks the hints below, never how tall the text is
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._fit()

    def set_text(self, text: str) -> None:
        self.full = text
        self._fit()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return False

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._size(self.lines)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._size(1)

    def _size(self, lines: int) -> QSize:
        metrics = self.fontMetrics()
        margins = self.contentsMargins()  # a style sheet's padding and border are in them
        # the pixel a QLabel adds under its text, as it does for its own height
        height = lines * metrics.lineSpacing() + 1 + margins.top() + margins.bottom()
        width = metrics.averageCharWidth() * (_HINT_CHARS if lines > 1 else 1)
        extra = 2 * self.margin()
        return QSize(width + margins.left() + margins.right() + extra, height + extra)

    def lines_shown(self) -> int:
        """The whole lines the label's present height holds (one at the least)."""
        room = self.contentsRect().height() - 2 * self.margin()
        return max(1, room // max(1, self.fontMetrics().lineSpacing()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().changeEvent(event)  # a style sheet's font: the lines' height changes
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        # cut only once laid out and shown: a hidden label's size is no column's width
        width = self.contentsRect().width() - 2 * self.margin() if self.isVisible() else 0
        shown = elided_lines(self.full, self.font(), width, self.lines_shown())
        if shown != self.text():
            super().setText(shown)
        tip = plain_tip(self.full) if shown != self.full else ""
        if tip != self.toolTip():
            self.setToolTip(tip)
        self.setAccessibleDescription(self.full)


def elided_lines(text: str, font: QFont, width: int, lines: int) -> str:
    """``text`` as at most ``lines`` wrapped lines ``width`` px wide: its last line cut with
    "…" when more would follow. The whole text where no width is known yet."""
    if width <= 0 or not text:
        return text
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    starts: list[int] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    if len(starts) <= lines:
        return text
    last = starts[lines - 1]
    tail = QFontMetrics(font).elidedText(text[last:], Qt.TextElideMode.ElideRight, width)
    return text[:last] + tail
