"""A combo box whose current text is shortened to fit, keeping its last part ("  ·  26/100"):
Qt cuts the text at the edge, mid-word, and the score at its end was the part lost."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QToolTip

from simulator.ui.widgets.common import plain_tip

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

    def shown_tip(self) -> str:
        """What hovering the box shows: the current choice's text whole when the box cuts it,
        then what the choice's own tooltip says of it (a plan's description)."""
        text = self.currentText()
        about = self.itemData(self.currentIndex(), Qt.ItemDataRole.ToolTipRole)
        lines = [text] if self.shown_text() != text else []
        if isinstance(about, str) and about:
            lines.append(about)
        return "\n".join(lines) or self.toolTip()

    def event(self, event: QEvent) -> bool:
        """A hovered box says what its cut text and its choice are (the open list, Alt+Down,
        shows every choice whole)."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.shown_tip()
            if tip:
                QToolTip.showText(event.globalPos(), plain_tip(tip), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

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
