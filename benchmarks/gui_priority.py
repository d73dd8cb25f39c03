"""Which CPU-priority policy keeps a GUI thread's wake-ups on time beside the app's work?

A stand-in for the window's thread (a 5 ms sleep, then 0.5 ms of work, as the stall benchmarks'
heartbeat) runs beside a stand-in for the app's background work: a native thread computing
without the GIL (numpy's matrix product, one BLAS thread: Whisper's decoder) and a Python thread
holding the GIL 3 ms every 20 ms (the speech lane between native steps). ``--busy N`` programs
spin meanwhile, each in a session of its own, as a browser or a build beside the app. The
policies are switched every second in turn, in one process, so every policy sees the same load
from other people's work (separate runs of ``gui_stall.py`` minutes apart differ more by the
machine's load than by any policy). Prints, per policy, how late the heartbeat woke.

Policies: ``app`` (the app's: the native worker at nice 5, ``speech.cpu``), ``nice10`` and
``nice19`` (the native worker lower), ``batch`` and ``idle`` (the native worker SCHED_BATCH at
nice 5, or SCHED_IDLE), ``slice`` (the app's, and the GUI thread asks for a 0.1 ms scheduler slice:
Linux 6.12+'s ``sched_attr.sched_runtime`` for a normal thread, an earlier deadline each wake-up).

Measured (nice59, 2026-12-06, 2 shared cores, ``--busy 2``), heartbeat lateness median / p95 /
p99 / max ms, and wake-ups more than 50 ms late:
- load 15, 150 s (an earlier version: no batch, idle): app 10.9 / 28.4 / 35.0 / 57, 3; slice
  10.4 / 26.3 / 34.7 / 55, 2; nice10 10.8 / 27.2 / 38.8 / 78, 6; nice19 10.8 / 28.0 / 36.0 /
  262, 5.
- load 27-31, 120 s, two runs: app 10.5 / 70.3 / 120 / 172, 78 and 12.9 / 57.4 / 104 / 162, 64;
  slice 6.4 / 39.9 / 67.0 / 126, 29 and 7.9 / 40.1 / 74.6 / 208, 28; nice10 11.0 / 56.1 / 96.4
  / 122, 70 and 11.4 / 60.7 / 98.4 / 659, 66; nice19 11.0 / 57.8 / 83.4 / 205, 63 and 11.1 /
  51.8 / 99.1 / 755, 44; batch 9.5 / 64.7 / 120 / 182, 85 and 12.3 / 67.7 / 138 / 264, 72; idle
  4.9 / 55.4 / 188 / 638, 64 and 10.6 / 58.4 / 114 / 3936, 59.
Lowering the app's own work more does little: the GUI thread's wait is mostly for other
programs (Linux shares the CPU between sessions, autogroups, before nice counts within one).
The short slice halves the late wake-ups at load 30 and is what the app does
(``speech.cpu.favour_this_thread``, from the task manager); at load 15 it is within the noise.
In the real window (``gui_stall.py``, its docstring's round 59) it cut the late heartbeats' CPU
wait by 10-20 % in two alternated pairs at load 24-30, and left every worst stall far over 50 ms.

    .venv/bin/python benchmarks/gui_priority.py [--seconds 150] [--busy 2]
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["OPENBLAS_NUM_THREADS"] = "1"  # as the app has it (simulator/__init__)

import numpy as np  # noqa: E402

from benchmarks.stall_probe import busy_cores, load_average  # noqa: E402
from simulator.speech.cpu import set_thread_slice  # noqa: E402

POLICIES = ("app", "slice", "nice10", "nice19", "batch", "idle")
HEARTBEAT_S = 0.005
WORK_S = 0.0005
SLICE_NS = 100_000


def set_worker(tid: int, policy: str) -> None:
    """The native worker's priority under ``policy`` (this benchmark runs as root or with
    CAP_SYS_NICE to raise it back between blocks; without, the order of POLICIES still lowers
    it step by step, and the figures say so)."""
    nice = {"nice10": 10, "nice19": 19}.get(policy, 5)
    sched = {"batch": os.SCHED_BATCH, "idle": os.SCHED_IDLE}.get(policy, os.SCHED_OTHER)
    try:
        os.sched_setscheduler(tid, sched, os.sched_param(0))
        os.setpriority(os.PRIO_PROCESS, tid, nice)
    except PermissionError:
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=150.0)
    parser.add_argument("--busy", type=int, default=2, help="spinning programs meanwhile")
    args = parser.parse_args()
    stop = threading.Event()
    worker: list[int] = []

    def native() -> None:
        worker.append(threading.get_native_id())
        x = np.random.rand(200, 200)
        while not stop.is_set():
            x @ x  # noqa: B018 (lets the GIL go)

    def python_lane() -> None:
        while not stop.is_set():
            until = time.thread_time() + 0.003
            while time.thread_time() < until:
                pass
            time.sleep(0.02)

    threads = [threading.Thread(target=f, daemon=True) for f in (native, python_lane)]
    for thread in threads:
        thread.start()
    late: dict[str, list[float]] = {policy: [] for policy in POLICIES}
    with busy_cores(args.busy):
        time.sleep(0.5)
        print(f"load average at the start: {load_average()}")
        end = time.monotonic() + args.seconds
        turn = 0
        while time.monotonic() < end:
            policy = POLICIES[turn % len(POLICIES)]
            turn += 1
            set_thread_slice(SLICE_NS if policy == "slice" else 0)
            set_worker(worker[0], policy)
            block = time.monotonic() + 1.0
            while time.monotonic() < block:
                started = time.monotonic()
                time.sleep(HEARTBEAT_S)
                woke = time.monotonic()
                until = time.thread_time() + WORK_S
                while time.thread_time() < until:
                    pass
                late[policy].append((woke - started - HEARTBEAT_S) * 1000)
        print(f"load average at the end: {load_average()}")
    stop.set()
    print("policy   beats  median    p95    p99     max  >25 ms  >50 ms")
    for policy, values in late.items():
        values.sort()
        n = len(values)
        if not n:
            continue
        q = [values[min(n - 1, int(n * f))] for f in (0.5, 0.95, 0.99)]
        over = [sum(v > limit for v in values) for limit in (25, 50)]
        print(
            f"{policy:8} {n:5d} {q[0]:7.1f} {q[1]:6.1f} {q[2]:6.1f} {values[-1]:7.1f}"
            f" {over[0]:7d} {over[1]:7d}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
