"""The GUI thread's longest stall while a page opens, for the page benchmarks
(long_answer_pages.py, review_long_transcript.py): a 20 ms ``QTimer`` on the GUI thread beats;
the longest gap between beats (or since the last one, if one is still late) is the stall."""

from __future__ import annotations

import time
from typing import Any


class Heartbeat:
    def __init__(self, window: Any) -> None:  # (a MainWindow: its database lane is waited for)
        from PySide6.QtCore import QTimer

        self._window = window
        self._last = time.perf_counter()
        self._gaps = [0.0]
        self._timer = QTimer()
        self._timer.timeout.connect(self._beat)
        self._timer.start(20)

    def _beat(self) -> None:
        now = time.perf_counter()
        self._gaps.append(now - self._last)
        self._last = now

    def reset(self) -> None:
        """Count from now."""
        self._gaps = [0.0]
        self._last = time.perf_counter()

    def worst(self) -> float:
        """The longest gap since ``reset``, in seconds (one still going counts too)."""
        return max(*self._gaps, time.perf_counter() - self._last)

    def settle(self, seconds: float) -> None:
        """Run the event loop for ``seconds``, and on until the database lane is idle."""
        from PySide6.QtCore import QCoreApplication

        end = time.perf_counter() + seconds
        while time.perf_counter() < end or self._window._db.pending():
            QCoreApplication.processEvents()
            time.sleep(0.005)

    def stop(self) -> None:
        self._timer.stop()
