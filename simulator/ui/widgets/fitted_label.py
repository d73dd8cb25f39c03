"""A word-wrapped label that asks for the height its text takes at the width it has.

A word-wrapped QLabel's size hint is its text wrapped at a narrow guess of a width (about a
third of the text's length in characters): Home's microphone line, two lines at the 408 px
of its column at 960 x 640, asked for six, and once the topic list above it asked for no more
than its least height (walk62), the form gave the line those six lines' room, its text
floating in the middle of it. This label's hint is its height at its present width, as the
layout will show it, and is asked again when a new width changes it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

# The width a label not yet laid out is measured at (a QWidget's own before its first layout)
_FIRST_WIDTH = 640


class FittedLabel(QLabel):
    """A plain-text, word-wrapped label sized by its text at its present width."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setIndent(0)
        self._hint_height = -1

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        width = self.width() if self.testAttribute(Qt.WidgetAttribute.WA_Resized) else 0
        self._hint_height = self.heightForWidth(width if width > 1 else _FIRST_WIDTH)
        return QSize(super().sizeHint().width(), self._hint_height)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self.heightForWidth(event.size().width()) != self._hint_height:
            self.updateGeometry()  # wrapped to more lines or fewer: ask again
