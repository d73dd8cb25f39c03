"""A combo box whose current text is shortened to fit, keeping its last part ("  ·  26/100"):
Qt cuts the text at the edge, mid-word, and the score at its end was the part lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter

SEPARATOR = "  ·  "


class ElidedComboBox(QComboBox):
    def shown_text(self) -> str:
        """The current text as painted: whole if it fits, else its head ends in "…" and its
        last part (after the last separator) stays."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        return fitted(self.currentText(), field.width() - 4, self)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


def fitted(text: str, width: int, widget: QComboBox) -> str:
    metrics = widget.fontMetrics()
    if metrics.horizontalAdvance(text) <= width:
        return text
    head, sep, tail = text.rpartition(SEPARATOR)
    if not sep:
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    tail = sep + tail
    room = width - metrics.horizontalAdvance(tail)
    return metrics.elidedText(head, Qt.TextElideMode.ElideRight, max(room, 0)) + tail
