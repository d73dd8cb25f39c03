"""A ring showing a 0-100 score: the arc's length is the score, its colour good/fair/poor."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from simulator.core.scorecard.score_text import shown_score
from simulator.ui.style import ink, score_color, score_text_color


class ScoreGauge(QWidget):
    def __init__(self, parent: QWidget | None = None, diameter: int = 116) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self._color: str | None = None  # the score's own colour unless told otherwise
        self._diameter = diameter
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self._diameter, self._diameter)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def value(self) -> int | None:
        return self._value

    def setValue(self, value: int | None, color: str | None = None) -> None:  # noqa: N802
        """``color``: one of the score colours (``core.tables``) instead of the value's own, as
        a scorecard's overall of off-question stories is at best amber (reads like Qt's own
        setters)."""
        self._value = None if value is None else max(0, min(100, int(value)))
        self._color = color
        described = "no score" if self._value is None else f"{self._value} out of 100"
        self.setAccessibleDescription(described)
        self.setToolTip(f"Overall score: {described}")
        self.update()

    def color(self) -> str:
        """The ring's colour (a score colour of ``core.tables``)."""
        return self._color or score_color(self._value)

    def text(self) -> str:
        """The number shown, as text ("–" when there is none), like a QLabel's."""
        return shown_score(self._value)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        side = min(self.width(), self.height())
        thickness = max(6.0, side * 0.09)
        rect = QRectF(
            (self.width() - side) / 2 + thickness / 2,
            (self.height() - side) / 2 + thickness / 2,
            side - thickness,
            side - thickness,
        )
        track = QColor(pal.color(QPalette.ColorRole.Mid))
        track.setAlpha(110)
        pen = QPen(track, thickness)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(pen)
        p.drawEllipse(rect)
        if self._value:
            pen = QPen(QColor(self.color()), thickness)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            p.drawArc(rect, 90 * 16, -int(self._value / 100 * 360 * 16))
        font = QFont(self.font())
        font.setPixelSize(int(side * 0.32))
        font.setWeight(QFont.Weight.Bold)
        p.setFont(font)
        colour = (
            pal.color(QPalette.ColorRole.PlaceholderText)
            if self._value is None
            else QColor(ink(self._color) if self._color else score_text_color(self._value))
        )
        p.setPen(colour)
        number = rect.adjusted(0, -side * 0.06, 0, -side * 0.06)
        p.drawText(number, Qt.AlignmentFlag.AlignCenter, self.text())
        small = QFont(self.font())
        small.setPixelSize(max(10, int(side * 0.11)))
        p.setFont(small)
        p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        below = QRectF(rect.left(), rect.center().y() + side * 0.13, rect.width(), side * 0.16)
        p.drawText(below, Qt.AlignmentFlag.AlignCenter, "of 100")
        p.end()
