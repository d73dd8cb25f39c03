"""Where a late GUI heartbeat's time went, for the stall benchmarks (Linux ``/proc`` counters).

``StallSplit`` splits each late heartbeat of the GUI thread into running (work on the GUI
thread), runnable but waiting for a CPU, and asleep (the GIL, a lock or a blocking call: the
timer was due, so the event loop would not sleep), and names its main cause; a garbage
collection overlapping it is named too. ``ThreadLedger`` says which threads of the process
used the CPU in each state, at which priority: the competition the GUI thread waited behind.
"""

from __future__ import annotations

import bisect
import os
import subprocess
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

CAUSES = ("CPU wait", "asleep (GIL/lock/call)", "GUI work")


def load_average() -> str:
    try:
        with open("/proc/loadavg", encoding="ascii") as f:
            return " ".join(f.read().split()[:3])
    except OSError:
        return "?"


_open_files: dict[str, int] = {}
_open_lock = threading.Lock()


def read_proc(path: str) -> bytes:
    """A small ``/proc`` file's text, read with one ``pread`` of a descriptor kept open.

    The benchmark's own sampling must not hold the GIL: py-spy (``record --gil``) over a voice
    interview found its samplers holding it ~4 s of 213 s (opening ``/proc/self/status`` and
    reading it line by line 200 times a second, ``schedstat`` at every heartbeat), each time a
    chance for a sampler to be preempted with the GIL and hold the window with it. One
    ``pread`` of a kept descriptor releases the GIL for its system call and does little Python
    around it (``/proc`` files are generated again when read from offset 0)."""
    fd = _open_files.get(path)
    if fd is None:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        with _open_lock:
            kept = _open_files.setdefault(path, fd)
        if kept != fd:
            os.close(fd)
            fd = kept
    return os.pread(fd, 4096, 0)


def stolen_ms() -> float:
    """CPU time the host took from this virtual machine's CPUs since boot, summed over them, in
    ms (``steal`` in ``/proc/stat``'s first line); 0 where not known."""
    try:
        fields = read_proc("/proc/stat").split(b"\n", 1)[0].split()
        return int(fields[8]) * 1000 / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


class StealLog:
    """The host's steal over time (sampled with the benchmark's memory, every 10 ms): a stall
    in which every thread of the process waited for a CPU, the window's session weight raised,
    may be time in which the host did not run this machine at all, which no change of the app
    can shorten. Resolution: the kernel's tick (10 ms)."""

    def __init__(self) -> None:
        self._at: list[float] = []
        self._ms: list[float] = []

    def sample(self) -> None:
        ms = stolen_ms()
        self._at.append(time.perf_counter())
        self._ms.append(ms)

    def during(self, start: float, end: float) -> float | None:
        """ms stolen between the last sample before ``start`` and the first after ``end``
        (None without samples around both)."""
        first = bisect.bisect_right(self._at, start) - 1
        last = bisect.bisect_left(self._at, end)
        if first < 0 or last >= len(self._at):
            return None
        return self._ms[last] - self._ms[first]

    def total(self) -> float:
        """ms stolen from the first sample to the last."""
        return self._ms[-1] - self._ms[0] if self._ms else 0.0


STEAL = StealLog()


def _schedstat(tid: int) -> tuple[float, float]:
    """(ms on a CPU, ms runnable waiting for one) of thread ``tid`` since it started."""
    try:
        on_cpu, waiting, _ = read_proc(f"/proc/self/task/{tid}/schedstat").split()
    except (OSError, ValueError):
        return (0.0, 0.0)
    return int(on_cpu) / 1e6, int(waiting) / 1e6


@dataclass
class Split:
    ran_ms: float
    waited_ms: float
    asleep_ms: float
    gc_ms: float = 0.0  # of a garbage collection overlapping the stall

    @property
    def cause(self) -> str:
        parts = dict(zip(CAUSES, (self.waited_ms, self.asleep_ms, self.ran_ms), strict=True))
        cause = max(parts, key=lambda k: parts[k])
        return f"{cause} + gc {self.gc_ms:.0f} ms" if self.gc_ms else cause


class StallSplit:
    """Splits the GUI thread's late heartbeats (``tick`` wraps ``Heartbeat.tick``)."""

    def __init__(self, beat: object, gc_spans: list[tuple[float, float, str]]) -> None:
        self._beat = beat
        self._tid = threading.get_native_id()  # made on the GUI thread
        self._last: tuple[float, float] | None = None
        self._gc_spans = gc_spans
        self.splits: dict[int, Split] = {}  # id(stall) -> split

    def start(self) -> None:
        """The counters' baseline: call when the heartbeat's first gap starts."""
        self._last = _schedstat(self._tid)

    def tick(self) -> None:
        stalls = self._beat.stalls  # type: ignore[attr-defined]
        before = len(stalls)
        self._beat.tick()  # type: ignore[attr-defined]
        now = _schedstat(self._tid)
        if self._last is not None and len(stalls) > before:
            stall = stalls[-1]
            ran, waited = now[0] - self._last[0], now[1] - self._last[1]
            start = stall.at - stall.ms / 1000
            gc_ms = sum(
                1000 * (min(e, stall.at) - max(s, start))
                for s, e, what in self._gc_spans
                if what.startswith("gc") and s < stall.at and e > start
            )
            self.splits[id(stall)] = Split(ran, waited, max(0.0, stall.ms - ran - waited), gc_ms)
        self._last = now

    def of(self, stall: object) -> str:
        split = self.splits.get(id(stall))
        if split is None:
            return "no split"
        gc = f", gc {split.gc_ms:.0f} ms" if split.gc_ms else ""
        return (
            f"{split.cause}: ran {split.ran_ms:.0f} ms, waited for a CPU {split.waited_ms:.0f}"
            f" ms, asleep {split.asleep_ms:.0f} ms{gc}"
        )

    def summary(self, stalls: list[object]) -> str:
        """Totals over the late heartbeats: which of the three the GUI thread's lost time was."""
        splits = [self.splits[id(s)] for s in stalls if id(s) in self.splits]
        if not splits:
            return "no split"
        ran = sum(s.ran_ms for s in splits)
        waited = sum(s.waited_ms for s in splits)
        asleep = sum(s.asleep_ms for s in splits)
        gc = sum(s.gc_ms for s in splits)
        total = ran + waited + asleep or 1.0
        causes: dict[str, int] = defaultdict(int)
        for s in splits:
            causes[s.cause.split(" + ")[0]] += 1
        return (
            f"in them the GUI thread ran {ran:.0f} ms ({ran / total:.0%}), waited for a CPU "
            f"{waited:.0f} ms ({waited / total:.0%}), slept (GIL, lock or blocking call) "
            f"{asleep:.0f} ms ({asleep / total:.0%}); garbage collection overlapped {gc:.0f} ms; "
            "main cause: " + ", ".join(f"{k} x{n}" for k, n in causes.items())
        )

    def most_ran(self, stalls: list[object]) -> dict[str, float]:
        """Per state: the most CPU the GUI thread itself ran in one late heartbeat (its own
        work, Qt's native part included, which no other process's load lengthens)."""
        most: dict[str, float] = {}
        for stall in stalls:
            split = self.splits.get(id(stall))
            if split is not None:
                phase = stall.phase  # type: ignore[attr-defined]
                most[phase] = max(most.get(phase, 0.0), split.ran_ms)
        return most

    def by_state(self, stalls: list[object]) -> dict[str, str]:
        """Per state: the worst stall's split."""
        worst: dict[str, object] = {}
        for stall in stalls:
            phase = stall.phase  # type: ignore[attr-defined]
            if phase not in worst or stall.ms > worst[phase].ms:  # type: ignore[attr-defined]
                worst[phase] = stall
        return {phase: self.of(stall) for phase, stall in worst.items()}


def _thread_label(tid: int, names: dict[int, str]) -> str:
    try:
        with open(f"/proc/self/task/{tid}/comm", encoding="ascii") as f:
            comm = f.read().strip()
    except OSError:
        comm = "?"
    return names.get(tid, f"{comm} (native)")


def _priority(tid: int) -> str:
    try:
        policy = os.sched_getscheduler(tid)
        nice = os.getpriority(os.PRIO_PROCESS, tid)
    except OSError:
        return "gone"
    if policy == getattr(os, "SCHED_IDLE", -1):
        return "SCHED_IDLE"
    return f"nice {nice}" + ("" if policy == os.SCHED_OTHER else f" policy {policy}")


class ThreadLedger:
    """CPU time (and time waiting for a CPU) per thread of this process, per state."""

    def __init__(self) -> None:
        self._at: dict[int, tuple[float, float]] = {}
        self._phase = ""
        self.used: dict[str, dict[tuple[int, str], list[float]]] = defaultdict(dict)
        self._labels: dict[int, tuple[str, str]] = {}

    def enter(self, phase: str) -> None:
        self._close()
        self._phase = phase

    def _close(self) -> None:
        names = {t.native_id: t.name for t in threading.enumerate() if t.native_id}
        try:
            tids = [int(t) for t in os.listdir("/proc/self/task")]
        except OSError:
            return
        for tid in tids:
            now = _schedstat(tid)
            label = (_thread_label(tid, names), _priority(tid))
            self._labels[tid] = label
            before = self._at.get(tid, (0.0, 0.0) if self._at else now)
            self._at[tid] = now
            if self._phase:
                cell = self.used[self._phase].setdefault((tid, label[0]), [0.0, 0.0])
                cell[0] += now[0] - before[0]
                cell[1] += now[1] - before[1]

    def finish(self) -> None:
        self._close()
        self._phase = ""

    def report(self, top: int = 5) -> str:
        lines = []
        for phase, threads in self.used.items():
            busiest = sorted(threads.items(), key=lambda kv: -kv[1][0])[:top]
            cells = [
                f"{label} [{self._labels.get(tid, ('', '?'))[1]}] {cpu:.0f} ms cpu"
                f" ({wait:.0f} ms waiting)"
                for (tid, label), (cpu, wait) in busiest
                if cpu >= 1
            ]
            lines.append(f"  {phase:<13} " + "; ".join(cells))
        return "\n".join(lines)


@contextmanager
def busy_cores(count: int) -> Iterator[None]:
    """``count`` processes spinning at the window's priority while measuring: the load of a
    person's browser or build beside the app (each takes a whole core when it can). Each in a
    session of its own, as a program started apart from the app is: Linux shares the CPU
    between sessions first (autogroups), so spinners in the app's own session (the first
    measurements of stop 19) took a share of the app's part rather than their own."""
    spinners = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"], start_new_session=True)
        for _ in range(count)
    ]
    try:
        yield
    finally:
        for spinner in spinners:
            spinner.kill()
            spinner.wait()
