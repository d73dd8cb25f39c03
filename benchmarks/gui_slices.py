"""What the GUI thread itself spends its CPU on, per state: each call Qt makes into Python.

A stall's length on a shared machine is mostly waiting for a CPU; what the app can shorten is
the GUI thread's own work. ``GuiSlices`` (``sys.setprofile`` on the GUI thread only) times
every outermost Python call of the app there (a slot, a timer, an event handler: a frame whose
caller is no Python frame, or the benchmark's own event loop) in the thread's own CPU time (``time.thread_time``, which no other process's load
moves) and in wall time, and keeps per state the total and the largest calls by name. Calls of
the benchmark's own code are left out (its heartbeat, its waits).

Used by ``voice_interview.py --gui-slices``.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

_OWN = str(Path(__file__).resolve().parent)  # the benchmarks' own callbacks: not the app's


@dataclass
class _Tally:
    calls: int = 0
    cpu_ms: float = 0.0
    worst_cpu_ms: float = 0.0
    worst_wall_ms: float = 0.0


@dataclass
class GuiSlices:
    """Outermost Python calls on the GUI thread, timed in its CPU and wall time, by state."""

    phase: Callable[[], str]
    by_state: dict[str, dict[str, _Tally]] = field(default_factory=lambda: defaultdict(dict))
    total_cpu_ms: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    slow: list[tuple[float, float, str, str]] = field(default_factory=list)  # cpu, wall, ...
    _open: dict[int, tuple[float, float]] = field(default_factory=dict)
    # per open outer call: its largest call one level in (CPU ms, name) so far
    _biggest: dict[int, tuple[float, str]] = field(default_factory=dict)
    _inner_open: dict[int, float] = field(default_factory=dict)
    _thread: int = 0

    def install(self) -> None:
        """Call on the GUI thread (``sys.setprofile`` is per thread)."""
        self._thread = threading.get_ident()
        sys.setprofile(self._profile)

    def remove(self) -> None:
        sys.setprofile(None)

    def _profile(self, frame: FrameType, event: str, _arg: Any) -> None:
        if event not in ("call", "return"):
            return
        caller = frame.f_back
        if caller is not None and not caller.f_code.co_filename.startswith(_OWN):
            if id(caller) in self._open:  # one level in: the outer call's largest part
                self._inner(frame, event)
            return  # called by the app's own Python: inside an outer call
        key = id(frame)
        if event == "call":
            self._open[key] = (time.thread_time(), time.perf_counter())
            self._biggest[key] = (0.0, "")
            return
        began = self._open.pop(key, None)
        biggest = self._biggest.pop(key, (0.0, ""))
        if began is None:
            return
        cpu_ms = (time.thread_time() - began[0]) * 1000
        wall_ms = (time.perf_counter() - began[1]) * 1000
        code = frame.f_code
        if code.co_filename.startswith(_OWN):
            return
        name = _name(frame)
        if biggest[1] and biggest[0] >= 0.5 * cpu_ms:
            name += f" > {biggest[1]}"
        state = self.phase()
        tally = self.by_state[state].setdefault(name, _Tally())
        tally.calls += 1
        tally.cpu_ms += cpu_ms
        tally.worst_cpu_ms = max(tally.worst_cpu_ms, cpu_ms)
        tally.worst_wall_ms = max(tally.worst_wall_ms, wall_ms)
        self.total_cpu_ms[state] += cpu_ms
        if cpu_ms >= 20.0:
            self.slow.append((cpu_ms, wall_ms, state, name))

    def _inner(self, frame: FrameType, event: str) -> None:
        key = id(frame)
        if event == "call":
            self._inner_open[key] = time.thread_time()
            return
        began = self._inner_open.pop(key, None)
        outer = id(frame.f_back)
        if began is None or outer not in self._biggest:
            return
        cpu_ms = (time.thread_time() - began) * 1000
        if cpu_ms > self._biggest[outer][0]:
            self._biggest[outer] = (cpu_ms, _name(frame))

    def report(self, top: int = 5) -> str:
        lines = ["GUI thread's own CPU per state (outermost Python calls; ms):"]
        for state, calls in self.by_state.items():
            biggest = sorted(calls.items(), key=lambda kv: -kv[1].worst_cpu_ms)[:top]
            listed = "; ".join(
                f"{name} x{t.calls} max {t.worst_cpu_ms:.1f} (wall {t.worst_wall_ms:.1f}) "
                f"sum {t.cpu_ms:.0f}"
                for name, t in biggest
            )
            lines.append(f"  {state}: {self.total_cpu_ms[state]:.0f} ms in all; {listed}")
        if self.slow:
            lines.append("calls of >= 20 ms of GUI CPU (cpu / wall ms, state, call):")
            for cpu, wall, state, name in sorted(self.slow, reverse=True)[:15]:
                lines.append(f"  {cpu:6.1f} / {wall:6.1f}  {state}: {name}")
        return "\n".join(lines)


def _name(frame: FrameType) -> str:
    code = frame.f_code
    return f"{Path(code.co_filename).stem}.{code.co_qualname}:{code.co_firstlineno}"
