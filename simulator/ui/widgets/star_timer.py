"""The live STAR timer: four segments sized by their target shares, filling as time passes."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from simulator.core.star import TARGET_SHARES, PhaseTime
from simulator.ui.style import ACCENT, BAD, WARN

NAMES = {"situation": "Situation", "task": "Task", "action": "Action", "result": "Result"}
COLORS = {"ok": ACCENT, "warn": WARN, "over": BAD}


class StarTimerWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("starTimer")
        self.setAccessibleName("STAR timer")
        self.setMinimumHeight(46)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._phases: list[PhaseTime] = []
        self.setToolTip(
            "Time per part of your story against its target share. Ctrl+1 Situation, "
            "Ctrl+2 Task, Ctrl+3 Action, Ctrl+4 Result mark where you are; spoken answers "
            "are followed automatically."
        )

    def set_phases(self, phases: list[PhaseTime]) -> None:
        self._phases = phases
        current = next((p for p in phases if p.current), None)
        if current is not None:
            self.setAccessibleDescription(
                f"Now: {NAMES[current.phase]}, {current.elapsed_s:.0f} of {current.target_s:.0f} s"
            )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._phases:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        track = pal.color(QPalette.ColorRole.Mid)
        mids = {k: sum(v) / 2 for k, v in TARGET_SHARES.items()}
        total = sum(mids.values())
        gap, bar_h = 6.0, 12.0
        width = self.width() - gap * (len(self._phases) - 1)
        x = 0.0
        for phase in self._phases:
            w = width * mids[phase.phase] / total
            bar = QRectF(x, 2, w, bar_h)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(track)
            p.drawRoundedRect(bar, 4, 4)
            fill = min(1.0, phase.elapsed_s / phase.target_s) if phase.target_s else 0.0
            if fill > 0:
                p.setBrush(QColor(COLORS[phase.status]))
                p.drawRoundedRect(QRectF(x, 2, w * fill, bar_h), 4, 4)
            if phase.current:
                p.setPen(QPen(QColor(ACCENT), 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(bar.adjusted(-1, -1, 1, 1), 5, 5)
            font = p.font()
            font.setBold(phase.current)
            p.setFont(font)
            p.setPen(QColor(COLORS[phase.status]) if phase.status != "ok" else text)
            e, t = int(phase.elapsed_s), int(phase.target_s)
            label = f"{NAMES[phase.phase]}  {e // 60}:{e % 60:02d} / {t // 60}:{t % 60:02d}"
            p.drawText(QRectF(x, bar_h + 6, w, 22), Qt.AlignmentFlag.AlignLeft, label)
            x += w + gap
        p.end()
