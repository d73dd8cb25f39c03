"""A progress bar whose new value is painted with the window's next frame, not at once.

``QProgressBar.setValue`` repaints the bar synchronously (``QWidget::repaint``: the bar and the
part of the page behind it painted and flushed to the screen inside the call) whenever the
value moves by a pixel. The interview page's meters move all the time: the microphone's level
with every block of audio read (20-50 a second) and the answer's clock every second, so the
window's thread painted and flushed the bar dozens of times a second on top of its own frames
(``benchmarks/voice_interview.py``: a briefing stall's GUI thread was inside the clock bar's
``setValue``). Here the value is stored with updates off (so that repaint does nothing) and
updates are turned back on, which schedules one ordinary ``update()``: Qt paints the bar with
whatever else changed, at most once a frame."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar


class MeterBar(QProgressBar):
    """``QProgressBar`` painted in the next frame after ``setValue``."""

    def setValue(self, value: int) -> None:  # noqa: N802 (Qt's name)
        if value == self.value():
            return
        if not self.updatesEnabled():  # a parent holds updates off: nothing to schedule
            super().setValue(value)
            return
        self.setUpdatesEnabled(False)
        try:
            super().setValue(value)
        finally:
            self.setUpdatesEnabled(True)  # schedules update(): painted with the next frame
