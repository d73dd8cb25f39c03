"""The answer as a strip: waveform, STAR segments, long pauses, a pace line and the playhead.

Click or drag to seek; with focus, Home and End go to the start and the end. Everything is drawn
from data computed once (``core.review``), so repainting for the playhead is cheap.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from simulator.core.review import AnswerReview
from simulator.core.scoring.delivery import PACE_GOOD
from simulator.core.tables import STAR_COLORS
from simulator.ui.style import ACCENT, BAD, GOOD
from simulator.ui.widgets.common import counted

PACE_MAX = 240.0  # words per minute at the top of the strip
BAND_H = 10  # the STAR band under the waveform


class TimelineStrip(QWidget):
    seek_requested = Signal(float)  # seconds

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self._review: AnswerReview | None = None
        self._peaks: list[float] = []
        self._duration = 0.0
        self._position = 0.0
        self._drawn_x = 0.0  # where the playhead line was last painted
        self._cache: QPixmap | None = None
        self._cache_key: object = None

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        # the STAR band's room only when there are STAR segments to draw in it
        return QSize(600, 92 if self.has_star_band else 92 - BAND_H - 4)

    @property
    def has_star_band(self) -> bool:
        """Whether the STAR band is drawn: only for a recording with STAR segments. An empty
        grey band was drawn under a follow-up's recording, which has none of its own, and
        under a technical answer (polish57)."""
        return self._review is not None and bool(self._review.star)

    def show_review(self, review: AnswerReview, duration_s: float | None) -> None:
        had_band = self.has_star_band
        self._review = review
        if self.has_star_band != had_band:
            self.updateGeometry()  # the strip's height follows its band (sizeHint)
        self._peaks = []
        self._duration = float(duration_s or review.duration_s or 0.0)
        self._position = 0.0
        parts = [f"{self._duration:.0f} s"]
        if review.pauses:
            parts.append(counted(len(review.pauses), "long pause"))
        if review.star:
            parts.append("STAR segments: " + ", ".join(s.label for s in review.star))
        if review.pace:
            parts.append(
                f"pace {min(p for _t, p in review.pace):.0f}-{max(p for _t, p in review.pace):.0f} wpm"
            )
        self.setAccessibleDescription("; ".join(parts))
        self._invalidate()

    def set_peaks(self, peaks: list[float]) -> None:
        self._peaks = peaks
        self._invalidate()

    def set_duration(self, seconds: float) -> None:
        if seconds > 0 and abs(seconds - self._duration) > 1e-3:
            self._duration = seconds
            self._invalidate()

    def set_position(self, seconds: float) -> None:
        # Measured from where the playhead was last drawn, not from the last position told:
        # the player tells it many times a second, each step under half a pixel, and the
        # line stood still at the start of a 44 s answer until a seek.
        old = self._drawn_x
        self._position = seconds
        new = self._x(seconds)
        if abs(new - old) >= 0.5:  # repaint only the two columns the playhead left and entered
            self._drawn_x = new
            self.update(int(min(old, new)) - 2, 0, int(abs(new - old)) + 5, self.height())

    # --- geometry ------------------------------------------------------------------------
    def _plot(self) -> QRectF:
        band = BAND_H + 4 if self.has_star_band else 0
        return QRectF(self.rect()).adjusted(6, 6, -6, -6 - band)

    def _x(self, seconds: float) -> float:
        plot = self._plot()
        if self._duration <= 0:
            return plot.left()
        return plot.left() + plot.width() * max(0.0, min(1.0, seconds / self._duration))

    def _seconds(self, x: float) -> float:
        plot = self._plot()
        share = (x - plot.left()) / max(1.0, plot.width())
        return max(0.0, min(1.0, share)) * self._duration

    # --- painting ------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        # Everything but the playhead is drawn once into a pixmap (per size, data and palette):
        # the playhead moves ~60 times a second and a full redraw cost ~7 ms each.
        key = (self.size(), self.devicePixelRatioF(), self.palette().cacheKey())
        if self._cache is None or self._cache_key != key:
            self._cache = self._render_static()
            self._cache_key = key
        p = QPainter(self)
        p.drawPixmap(0, 0, self._cache)
        if self._review is not None and self._duration > 0:
            x = self._drawn_x = self._x(self._position)
            p.setPen(QPen(QColor(ACCENT), 2))
            p.drawLine(QPointF(x, 2), QPointF(x, self.height() - 2))
        if self.hasFocus():
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(QPen(QColor(ACCENT), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)
        p.end()

    def _render_static(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        p.setBrush(pal.color(QPalette.ColorRole.Base))
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        plot = self._plot()
        review = self._review
        if review is None or self._duration <= 0:
            p.end()
            return pixmap
        self._paint_waveform(p, plot, pal)
        for pause in review.pauses:
            x0, x1 = self._x(pause.start), self._x(pause.start + pause.duration_s)
            p.fillRect(QRectF(x0, plot.top(), max(2.0, x1 - x0), plot.height()), _alpha(BAD, 50))
            p.setPen(QPen(QColor(BAD), 1, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x0, plot.top()), QPointF(x0, plot.bottom()))
        if self.has_star_band:
            band = QRectF(plot.left(), plot.bottom() + 4, plot.width(), BAND_H)
            p.fillRect(band, _alpha(pal.color(QPalette.ColorRole.Mid).name(), 90))
            for span in review.star:
                x0, x1 = self._x(span.start), self._x(span.end)
                p.fillRect(
                    QRectF(x0, band.top(), max(1.0, x1 - x0), band.height()),
                    QColor(STAR_COLORS[span.label]),
                )
        self._paint_pace(p, plot)
        p.end()
        return pixmap

    def _invalidate(self) -> None:
        self._cache = None
        self.update()

    def _paint_waveform(self, p: QPainter, plot: QRectF, pal: QPalette) -> None:
        peaks = self._peaks
        if not peaks:
            return
        color = QColor(pal.color(QPalette.ColorRole.Text))
        color.setAlpha(70)
        mid = plot.center().y()
        # One bar per pixel column at most, drawn in one call: a rectangle per peak with
        # antialiasing took ~100 ms for a 3-minute answer.
        columns = max(1, int(plot.width()))
        per = max(1, len(peaks) // columns) if len(peaks) > columns else 1
        merged = [max(peaks[i : i + per]) for i in range(0, len(peaks), per)]
        step = plot.width() / len(merged)
        half = plot.height() / 2
        lines = [
            QLineF(x, mid - max(0.5, v * half), x, mid + max(0.5, v * half))
            for i, v in enumerate(merged)
            for x in (plot.left() + (i + 0.5) * step,)
        ]
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(QPen(color, max(1.0, step * 0.7)))
        p.drawLines(lines)
        p.restore()

    def _paint_pace(self, p: QPainter, plot: QRectF) -> None:
        assert self._review is not None
        pace = self._review.pace
        if len(pace) < 2:
            return

        def y(wpm: float) -> float:
            return plot.bottom() - plot.height() * min(wpm, PACE_MAX) / PACE_MAX

        lo, hi = PACE_GOOD
        p.fillRect(QRectF(plot.left(), y(hi), plot.width(), y(lo) - y(hi)), _alpha(GOOD, 28))
        path = QPainterPath(QPointF(self._x(pace[0][0]), y(pace[0][1])))
        for t, wpm in pace[1:]:
            path.lineTo(QPointF(self._x(t), y(wpm)))
        p.setPen(QPen(QColor(ACCENT), 1.6))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)

    # --- input ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton and self._duration > 0:
            self.seek_requested.emit(self._seconds(event.position().x()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.buttons() & Qt.MouseButton.LeftButton and self._duration > 0:
            self.seek_requested.emit(self._seconds(event.position().x()))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Home:
            self.seek_requested.emit(0.0)
        elif event.key() == Qt.Key.Key_End and self._duration > 0:
            self.seek_requested.emit(self._duration)
        else:
            super().keyPressEvent(event)


def _alpha(color: str, alpha: int) -> QColor:
    c = QColor(color)
    c.setAlpha(alpha)
    return c
