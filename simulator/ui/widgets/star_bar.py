"""How a behavioral answer's time (or words) split across Situation, Task, Action and Result.

One row per part: the share as a filled bar, the target band marked on the same track, and the
figures as text. Colours: green on target, amber a little off, red far off or missing. Where the
row is too narrow for its target and verdict ("target 15%-20%, too short") beside the bar, they go
on a second line under it, whole, rather than cut at the edge.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from simulator.core.scorecard.model import StarPartView
from simulator.ui.style import focus_color, is_dark

ROW_HEIGHT = 24
SCALE = 0.8  # the track's full width is 80 % of the answer: no part should be near 100 %


TRACK_MIN = 60.0


@dataclass(frozen=True)
class Row:
    """Where one part's texts and bar are drawn."""

    part: StarPartView
    label_rect: QRectF
    bar: QRectF
    figures: QRectF  # the percentage
    rest: str  # "target 15%-20%, too short", whole or elided to its room
    rest_rect: QRectF


# Keys that move through a read-only text, not between widgets.
_SCROLL_KEYS = frozenset(
    (
        Qt.Key.Key_PageDown,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_Down,
        Qt.Key.Key_Up,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_Space,
    )
)


class StarBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hint_height = -1  # the height of the last size hint given to a layout
        self._parts: list[StarPartView] = []
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)  # narrow: each row takes a second line
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so screen readers announce it
        self._scrolls: QWidget | None = None

    def scroll_with_keys(self, view: QWidget) -> None:
        """The keys that scroll ``view`` (the explanation under the bars) scroll it from here
        too: Tab from the table stops on the bars, and Page Down and Ctrl+End did nothing
        there, above four visible lines in the smallest window (walkthrough 35)."""
        self._scrolls = view

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if self._scrolls is not None and event.key() in _SCROLL_KEYS:
            QApplication.sendEvent(self._scrolls, event)
            return
        super().keyPressEvent(event)

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

    def _widths(self, short: bool = False) -> tuple[float, float, float]:
        fm = QFontMetrics(self.font())
        label_w = fm.horizontalAdvance("Situation") + 12
        percent_w = fm.horizontalAdvance("100% ") + 4
        # sized for the texts drawn (a fixed sample was shorter: "too short" lost its "t")
        rest_w = max((fm.horizontalAdvance(_rest(part, short)) for part in self._parts), default=0)
        return label_w, percent_w, rest_w

    def _fits_beside(self, width: int, short: bool) -> bool:
        label_w, percent_w, rest_w = self._widths(short)
        return label_w + TRACK_MIN + 10 + percent_w + rest_w + 8 + 3 <= width

    def _mode(self, width: int) -> str:
        """ "full": "target 15%-20%, too short" beside the bar; "short": "aim 15%-20%, too
        short" beside it (a narrow detail, the smallest window); "two": under the bar."""
        if self._fits_beside(width, short=False):
            return "full"
        return "short" if self._fits_beside(width, short=True) else "two"

    def _two_lines(self, width: int) -> bool:
        return self._mode(width) == "two"

    def _row_height(self, width: int) -> int:
        return ROW_HEIGHT + (self.fontMetrics().height() if self._two_lines(width) else 0)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self._row_height(width) * max(1, len(self._parts)) + 4

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        # at its present width: a layout holds a Fixed widget to its hint's height
        self._hint_height = self.heightForWidth(self.width() if self.width() > 1 else 420)
        return QSize(420, self._hint_height)

    def compact_width(self) -> int:
        """The narrowest width at which a usual row ("aim 15%-20%, on target") is whole on one
        line: what the scorecard keeps for its detail."""
        fm = QFontMetrics(self.font())
        label_w, percent_w, _ = self._widths()
        sample = fm.horizontalAdvance("aim 15%-20%, on target")
        return int(label_w + TRACK_MIN + 10 + percent_w + sample + 8 + 3) + 1

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        least = self.compact_width()
        return QSize(least, self.heightForWidth(max(self.width(), least)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.heightForWidth(event.size().width()) != self._hint_height:
            self.updateGeometry()  # one line per part or two: the height changes

    def rows(self) -> list[Row]:
        """Each part's row as drawn at the present width."""
        fm = QFontMetrics(self.font())
        width = self.width()
        mode = self._mode(width)
        two, short = mode == "two", mode == "short"
        label_w, percent_w, rest_w = self._widths(short)
        row_h = self._row_height(width)
        if two:  # the percentage beside the bar, the rest under it
            track_w = max(TRACK_MIN, width - label_w - 10 - percent_w - 3)
        else:
            track_w = max(TRACK_MIN, width - label_w - (percent_w + rest_w + 8) - 10)
        out = []
        for row, part in enumerate(self._parts):
            y = 2 + row * row_h
            bar = QRectF(label_w, y + 6, track_w, ROW_HEIGHT - 12)
            figures = QRectF(bar.right() + 10, y, percent_w, ROW_HEIGHT)
            if two:
                rest = QRectF(label_w, y + ROW_HEIGHT - 2, 0, fm.height())
            else:
                rest = QRectF(figures.right(), y, 0, ROW_HEIGHT)
            rest.setRight(width - 3)  # never past the edge: elided if too narrow even so
            whole = _rest(part, short)
            shown = fm.elidedText(whole, Qt.TextElideMode.ElideRight, int(rest.width()))
            out.append(Row(part, QRectF(0, y, label_w, ROW_HEIGHT), bar, figures, shown, rest))
        return out

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        track = QColor(pal.color(QPalette.ColorRole.Mid))
        track.setAlpha(90)
        for row in self.rows():
            part, bar = row.part, row.bar
            p.setPen(text)
            p.drawText(
                row.label_rect,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                part.name.capitalize(),
            )
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(track)
            p.drawRoundedRect(bar, 3, 3)
            share = min(part.share, SCALE) / SCALE
            if share > 0:
                p.setBrush(QColor(part.color))
                p.drawRoundedRect(
                    QRectF(bar.left(), bar.top(), bar.width() * share, bar.height()), 3, 3
                )
            # The target band is a zone of the track, as the exports draw it: tinted, its
            # edges marked, no taller than the track. Outlined and taller, it read as a
            # slider's handle, something to drag (walkthrough 43).
            lo, hi = part.lo / SCALE, part.hi / SCALE
            band = QRectF(bar.left() + bar.width() * lo, bar.top(), bar.width() * (hi - lo), 0)
            band.setBottom(bar.bottom())
            zone, edge = QColor(text), QColor(text)
            zone.setAlpha(40)
            edge.setAlpha(150)
            p.setBrush(zone)
            p.drawRect(band)
            p.setPen(QPen(edge, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            p.drawLine(band.topLeft(), band.bottomLeft())
            p.drawLine(band.topRight(), band.bottomRight())
            p.setPen(text)
            shown = f"{part.percent}%"
            left = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
            p.drawText(row.figures, left, shown)
            p.setPen(muted)
            p.drawText(row.rest_rect, left, row.rest)
        if self.hasFocus():  # Tab reaches it: where the keyboard is must show
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor(focus_color(is_dark())), 2))
            p.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
        p.end()


def _rest(part: StarPartView, short: bool = False) -> str:
    return f"{'aim' if short else 'target'} {part.target}, {part.verdict}"
