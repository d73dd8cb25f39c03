"""The Interview page's two meters: the answer's clock (elapsed time of the limit, a bar that
turns amber near the limit and red over it) and the microphone's level."""

from __future__ import annotations

from simulator.core.rounding import clock_text
from simulator.ui.style import BAD, WARN
from simulator.ui.widgets.common import label, name
from simulator.ui.widgets.meter_bar import MeterBar

OVER_TIME = "  — over time, wrap up"  # said only while the answer is open


class AnswerClock:
    """The clock's label and bar (the page lays them out in one row)."""

    def __init__(self) -> None:
        self.label = label("", "hint", wrap=False)
        name(self.label, "clockLabel", "Elapsed time and limit")
        self.bar = MeterBar()
        name(self.bar, "timeBar", "Time used")
        self.bar.setTextVisible(False)
        self.bar.setRange(0, 1000)
        keep_room = self.bar.sizePolicy()
        keep_room.setRetainSizeWhenHidden(True)  # hidden in the introduction: nothing jumps
        self.bar.setSizePolicy(keep_room)
        # Shown with its clock only: a spoken interview resumed on its wrap-up (no question
        # shown) had an empty bar with no words at the page's foot, read as the microphone's
        # level, listening while nothing recorded (round 50)
        self.bar.hide()
        self._level = ""
        self._timed = ""

    def clear(self) -> None:
        """Nothing is timed (the introduction): an empty bar with no clock meant nothing."""
        self.label.setText("")
        self.bar.setValue(0)
        self.bar.hide()

    def show(self, elapsed: float, limit: int, earlier: float = 0.0) -> None:
        """``elapsed`` of the question's ``limit``; ``earlier``: the part of it its answer used,
        when a follow-up is answered (the two share the limit, as the scorecard adds them)."""
        self.label.setText(f"{clock_text(elapsed)} of {clock_text(limit)}")
        self.bar.show()
        if earlier:
            self.label.setText(
                f"{self.label.text()} (first answer {clock_text(earlier)} + follow-up)"
            )
        fraction = elapsed / limit if limit else 0.0
        self.bar.setValue(min(1000, int(fraction * 1000)))
        level = "over" if fraction >= 1 else "warn" if fraction >= 0.8 else ""
        if level != self._level:
            # A per-widget style sheet, not a property + re-polish: the first re-polish cost
            # the GUI thread 300 ms (PySide builds QStyle's enums on first use).
            self._level = level
            color = {"over": BAD, "warn": WARN}.get(level)
            self.bar.setStyleSheet(
                f"QProgressBar::chunk {{ background: {color}; }}" if color else ""
            )
        self._timed = self.label.text()
        if fraction >= 1:
            self.label.setText(self._timed + OVER_TIME)

    def answer_closed(self) -> None:
        """The answer is no longer open (ended at the limit, submitted, skipped): "wrap up"
        stood beside "Time is up: your answer was ended at the limit" (round 60's spoken
        walkthrough); the time it took stays."""
        if self.label.text().endswith(OVER_TIME):
            self.label.setText(self._timed)


class MicrophoneLevel:
    """The microphone's level while a spoken answer is recorded (the page lays it out)."""

    def __init__(self) -> None:
        self.bar = MeterBar()
        name(self.bar, "levelMeter", "Microphone level")
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setFormat("")
        self.bar.hide()
        self.label = label("Microphone", "hint", wrap=False)
        self.label.hide()

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (as a widget's)
        self.bar.setVisible(visible)
        self.label.setVisible(visible)

    def show_for(self, spoken: bool, listening: bool, keep_room: bool) -> None:
        """Shown while the microphone listens to an answer (paused in one too): an empty meter
        stayed under the answer after it ended, through the feedback, the next question's
        reading and its thinking time (walkthrough 48), as if the microphone were still open.
        Hidden, its row keeps its room in a spoken interview (``keep_room``), so the box does
        not jump as each answer starts and ends; a typed interview has no row, nor has the
        feedback under an answer (it takes the page's room anyway)."""
        for widget in (self.bar, self.label):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(keep_room)
            widget.setSizePolicy(policy)
        shown = spoken and listening
        if not shown:
            self.set_level(0.0)  # the next answer's meter starts from silence
        self.setVisible(shown)

    def set_level(self, level: float) -> None:
        self.bar.setValue(int(level * 100))
