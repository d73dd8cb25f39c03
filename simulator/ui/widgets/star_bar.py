"""How a behavioral answer's time (or words) split across Situation, Task, Action and Result.

One row per part: the share as a filled bar, the target band outlined on the same track, and the
figures as text. Colours: green on target, amber a little off, red far off or missing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from simulator.core.scorecard.model import StarPartView
from simulator.ui.style import focus_color, is_dark

ROW_HEIGHT = 24
SCALE = 0.8  # the track's full width is 80 % of the answer: no part should be near 100 %


class StarBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parts: list[StarPartView] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so screen readers announce it

    def set_parts(self, parts: Sequence[StarPartView]) -> None:
        """``parts``: the STAR parts of an answer of the scorecard view model."""
        self._parts = list(parts)
        self.setAccessibleDescription(self.summary())
        self.setToolTip(self.summary())
        self.updateGeometry()
        self.update()

    def summary(self) -> str:
        return "; ".join(
            f"{p.name} {p.percent}% (target {p.target}, {p.verdict})" for p in self._parts
        )

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(420, ROW_HEIGHT * max(1, len(self._parts)) + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(280, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = QFontMetrics(self.font())
        label_w = fm.horizontalAdvance("Situation") + 12
        percent_w = fm.horizontalAdvance("100% ") + 4
        # sized for the texts drawn (a fixed sample was shorter: "too short" lost its "t")
        rest_w = max((fm.horizontalAdvance(_rest(part)) for part in self._parts), default=0)
        figures_w = percent_w + rest_w + 8
        track_w = max(60.0, self.width() - label_w - figures_w - 10)
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        track = QColor(pal.color(QPalette.ColorRole.Mid))
        track.setAlpha(90)
        for row, part in enumerate(self._parts):
            y = 2 + row * ROW_HEIGHT
            p.setPen(text)
            p.drawText(
                QRectF(0, y, label_w, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                part.name.capitalize(),
            )
            bar = QRectF(label_w, y + 6, track_w, ROW_HEIGHT - 12)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(track)
            p.drawRoundedRect(bar, 3, 3)
            share = min(part.share, SCALE) / SCALE
            if share > 0:
                p.setBrush(QColor(part.color))
                p.drawRoundedRect(
                    QRectF(bar.left(), bar.top(), bar.width() * share, bar.height()), 3, 3
                )
            lo, hi = part.lo / SCALE, part.hi / SCALE
            band = QRectF(
                bar.left() + bar.width() * lo, y + 3, bar.width() * (hi - lo), ROW_HEIGHT - 6
            )
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(text, 1.5))
            p.drawRect(band)
            p.setPen(text)
            figures = QRectF(bar.right() + 10, y, figures_w, ROW_HEIGHT)
            shown = f"{part.percent}%"
            p.drawText(figures, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)
            p.setPen(muted)
            rest = QRectF(figures.left() + percent_w, y, 0, ROW_HEIGHT)
            rest.setRight(self.width() - 3)  # never past the edge: elided if too narrow
            p.drawText(
                rest,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                fm.elidedText(_rest(part), Qt.TextElideMode.ElideRight, int(rest.width())),
            )
        if self.hasFocus():  # Tab reaches it: where the keyboard is must show
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor(focus_color(is_dark())), 2))
            p.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
        p.end()


def _rest(part: StarPartView) -> str:
    return f"target {part.target}, {part.verdict}"
