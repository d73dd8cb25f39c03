"""The live STAR timer: four segments sized by their target shares, filling as time passes.

Each part's name and times are written under its segment: on one line when every part's fits,
else on two (name, then times), so a narrow part (Task, in the smallest window) never writes
over the next one. A typed story, once scored, has a line more: each part's share of its words
("30% of words"), as the score read them; its times stay those measured while it was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from simulator.core.rounding import clock_text, whole_seconds
from simulator.core.star import STAR_PARTS, TARGET_SHARES, PhaseTime
from simulator.ui.style import ACCENT, BAD, WARN

NAMES = {part: part.capitalize() for part in STAR_PARTS}
COLORS = {"ok": ACCENT, "warn": WARN, "over": BAD}
GAP, BAR_H, TEXT_TOP = 6.0, 12.0, 18.0  # between parts; the bar's height; where labels start
# The current part's outline: 2 px wide, drawn 1 px outside its bar, so it reaches 2 px beyond
# it. The bars keep that much room at both ends: filling the widget from edge to edge, the
# outline of Result (and of Situation) lost its outer side and rounded corners.
OUTLINE = 2.0
SAMPLE = "0:00 / 0:00"  # a part's times as the widest they usually are


class StarTimerWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hint_height = -1  # the height of the last size hint given to a layout
        self.setObjectName("starTimer")
        self.setAccessibleName("STAR timer")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)  # two lines of labels when the parts are narrow
        self.setSizePolicy(policy)
        self._phases: list[PhaseTime] = []
        self.setToolTip(
            "Time per part of your story against its target share. Ctrl+1 Situation, "
            "Ctrl+2 Task, Ctrl+3 Action, Ctrl+4 Result mark where you are; spoken answers "
            "are followed automatically."
        )

    def set_phases(self, phases: list[PhaseTime]) -> None:
        self._phases = phases
        if self.heightForWidth(self.width()) != self._hint_height:
            self.updateGeometry()  # a longer time ("10:00") needs the second line
        current = next((p for p in phases if p.current), None)
        if current is not None:
            self.setAccessibleDescription(
                f"Now: {NAMES[current.phase]}, {_shown(current)} of "
                f"{whole_seconds(current.target_s)} s"
            )
        elif self._typed():
            self.setAccessibleDescription(
                "As typed: "
                + ", ".join(
                    f"{NAMES[p.phase]} {p.typed_percent or 0}% of the words" for p in phases
                )
            )
        self.update()

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)  # the current part's label is bold: measured as the widest
        return font

    def _widths(self, width: float) -> dict[str, float]:
        mids = {k: sum(v) / 2 for k, v in TARGET_SHARES.items()}
        total = sum(mids.values())
        room = width - GAP * (len(mids) - 1) - 2 * OUTLINE
        return {p: room * mids[p] / total for p in NAMES}

    def _two_lines(self, width: float) -> bool:
        """True when some part's one-line label ("Situation  0:02 / 0:29") is wider than its
        segment."""
        fm = QFontMetrics(self._bold())
        times = {p.phase: _times(p) for p in self._phases}
        return any(
            fm.horizontalAdvance(f"{NAMES[phase]}  {times.get(phase, SAMPLE)}") > w
            for phase, w in self._widths(width).items()
        )

    def _typed(self) -> bool:
        """The phases carry a typed story's shares of words (a line more under each part)."""
        return any(p.typed_percent is not None for p in self._phases)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        lines = (2 if self._two_lines(width) else 1) + (1 if self._typed() else 0)
        return max(46, int(TEXT_TOP + lines * QFontMetrics(self._bold()).height() + 4))

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def sizeHint(self) -> QSize:  # noqa: N802
        # at its present width: a layout holds a Fixed widget to its hint's height
        self._hint_height = self.heightForWidth(self.width() if self.width() > 1 else 400)
        return QSize(400, self._hint_height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, self.heightForWidth(max(self.width(), 1)))

    def bars(self) -> list[QRectF]:
        """Each part's bar, left to right."""
        widths = self._widths(self.width())
        out, x = [], OUTLINE
        for phase in self._phases:
            w = widths[phase.phase]
            out.append(QRectF(x, 2, w, BAR_H))
            x += w + GAP
        return out

    def outlines(self) -> list[QRectF]:
        """Where each part's outline reaches when it is the current one (its pen included)."""
        half = OUTLINE / 2
        return [b.adjusted(-1 - half, -1 - half, 1 + half, 1 + half) for b in self.bars()]

    def labels(self) -> list[tuple[QRectF, list[str]]]:
        """Each part's label as drawn: its rectangle under the segment and its lines."""
        if not self._phases:
            return []
        two = self._two_lines(self.width())
        fm = QFontMetrics(self._bold())
        out = []
        for phase, bar in zip(self._phases, self.bars(), strict=True):
            name, times = NAMES[phase.phase], _times(phase)
            lines = [name, times] if two else [f"{name}  {times}"]
            w = bar.width()
            lines = [fm.elidedText(line, Qt.TextElideMode.ElideRight, int(w)) for line in lines]
            if phase.typed_percent is not None:
                share = f"{phase.typed_percent}%"
                long = f"{share} of words"
                # painted bold only as the part being told, which a scored story has not
                plain = fm if phase.current else QFontMetrics(self.font())
                lines.append(long if plain.horizontalAdvance(long) <= w else share)
            out.append((QRectF(bar.left(), TEXT_TOP, w, fm.height() * len(lines)), lines))
        return out

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.heightForWidth(event.size().width()) != self._hint_height:
            self.updateGeometry()  # one line or two: the height changes

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._phases:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        track = pal.color(QPalette.ColorRole.Mid)
        for phase, bar, (where, lines) in zip(
            self._phases, self.bars(), self.labels(), strict=True
        ):
            x, w = bar.left(), bar.width()
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(track)
            p.drawRoundedRect(bar, 4, 4)
            fill = min(1.0, phase.elapsed_s / phase.target_s) if phase.target_s else 0.0
            if fill > 0:
                p.setBrush(QColor(COLORS[phase.status]))
                p.drawRoundedRect(QRectF(x, 2, w * fill, BAR_H), 4, 4)
            if phase.current:
                p.setPen(QPen(QColor(ACCENT), OUTLINE))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(bar.adjusted(-1, -1, 1, 1), 5, 5)
            font = p.font()
            font.setBold(phase.current)
            p.setFont(font)
            p.setPen(QColor(COLORS[phase.status]) if phase.status != "ok" else text)
            p.drawText(
                where, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, "\n".join(lines)
            )
        p.end()


def _shown(phase: PhaseTime) -> int:
    """The part's whole seconds as the timer gave them (adding up to the answer's clock)."""
    return phase.shown_s if phase.shown_s is not None else whole_seconds(phase.elapsed_s)


def _times(phase: PhaseTime) -> str:
    return f"{clock_text(_shown(phase))} / {clock_text(phase.target_s)}"
