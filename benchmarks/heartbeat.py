"""The GUI thread's longest stall while a page opens, for the page benchmarks
(long_answer_pages.py, review_long_transcript.py): a 20 ms ``QTimer`` on the GUI thread beats;
the longest gap between beats (or since the last one, if one is still late) is the stall.

At a load of 12-30 on two cores most of a stall is the GUI thread waiting for a CPU, which no
change in the app removes: each gap is also split by the thread's own ``schedstat`` into the
time it ran (the app's work on the GUI thread, the figure a change moves), waited for a CPU,
and slept (the GIL or a lock held by another thread). ``longest_run`` is the most CPU the GUI
thread used between two beats: the longest single slice of GUI work."""

from __future__ import annotations

import threading
import time
from typing import Any

from benchmarks.stall_probe import _schedstat


class Heartbeat:
    def __init__(self, window: Any) -> None:  # (a MainWindow: its database lane is waited for)
        from PySide6.QtCore import QTimer

        self._window = window
        self._tid = threading.get_native_id()
        self._last = time.perf_counter()
        self._last_sched = _schedstat(self._tid)
        self._gaps = [0.0]
        self._splits: list[tuple[float, float]] = [(0.0, 0.0)]  # (ran, waited) ms per gap
        self._timer = QTimer()
        self._timer.timeout.connect(self._beat)
        self._timer.start(20)

    def _beat(self) -> None:
        now, sched = time.perf_counter(), _schedstat(self._tid)
        self._gaps.append(now - self._last)
        self._splits.append((sched[0] - self._last_sched[0], sched[1] - self._last_sched[1]))
        self._last, self._last_sched = now, sched

    def reset(self) -> None:
        """Count from now."""
        self._gaps = [0.0]
        self._splits = [(0.0, 0.0)]
        self._last = time.perf_counter()
        self._last_sched = _schedstat(self._tid)

    def worst(self) -> float:
        """The longest gap since ``reset``, in seconds (one still going counts too)."""
        return max(*self._gaps, time.perf_counter() - self._last)

    def worst_split(self) -> str:
        """The longest gap since ``reset`` split: ran / waited for a CPU / asleep, ms."""
        index = max(range(len(self._gaps)), key=self._gaps.__getitem__)
        gap_ms, (ran, waited) = self._gaps[index] * 1000, self._splits[index]
        return f"ran {ran:.0f} / waited {waited:.0f} / asleep {max(0.0, gap_ms - ran - waited):.0f}"

    def longest_run(self) -> float:
        """The most CPU time, ms, the GUI thread used between two beats since ``reset``."""
        return max(ran for ran, _ in self._splits)

    def settle(self, seconds: float) -> None:
        """Run the event loop for ``seconds``, and on until the database lane is idle."""
        from PySide6.QtCore import QCoreApplication

        end = time.perf_counter() + seconds
        while time.perf_counter() < end or self._window._db.pending():
            QCoreApplication.processEvents()
            time.sleep(0.005)

    def stop(self) -> None:
        self._timer.stop()
