"""The longest the bank's reload (F5: ``services.load_warm_bank`` on the database lane) holds the
GIL in one go, with 0, 8 and 16 packs a person added: the window can run no Python meanwhile.

``reload_stall.py`` measures the window's stall itself, which on a shared machine is mostly
waiting for a CPU; this counts the reading thread's own CPU time in each single step the
interpreter cannot switch out of (one call into C with no Python inside it, one pass of the
garbage collector, one ``json.loads``), so its figures do not move with the machine's load and
show what grows with the packs. Each count runs in its own process on a fresh data folder:
one load fills the pack cache, then each run reloads as F5 does (a warm cache).

    .venv/bin/python benchmarks/reload_gil_holds.py [--packs 0 8 16] [--runs 2]

Round 41 (perf41, 2026-12-04), longest hold per reload (two each): with the pack cache read in
one ``json.loads`` and the bank's objects left young (a collector pause without a freeze),
0 packs 7.2 / 20.3 ms (collections), 8 packs 26.7 / 44.5 ms (the young collection walking what
the load built; ``json.loads`` of the 2.7 MB cache 14-41 ms), 16 packs 54.4 / 73.0 ms. With the
cache read one pack a line and the load's objects frozen at its end: 1.3 / 1.3, 2.3 / 1.5,
2.9 / 2.2 ms (decoding and splitting the whole file; one pack's ``json.loads`` 1.0-1.6 ms).

Round 42 (perf42, 2026-12-04; load 13-16). Start: 0 packs 1.1 / 1.2, 8 packs 1.8 / 1.7, 16 packs
3.3 / 2.7 ms; a run later at the same code 1.8 / 1.3, 2.1 / 1.3, 15.0 / 10.6 ms, the longest
``bytes.decode`` and ``bytes.join`` of the whole 4.7 MB cache: single steps that grow with the
packs. The cache is now split into lines as it is read (64 KB at a time, ``small_files.
read_small_lines``) and each line decoded alone: 1.7 / 0.8, 1.6 / 2.9 (a ``Pattern.search``),
1.6 / 1.0 ms, the longest one pack's ``json.loads`` whatever the number of packs.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packs", type=int, nargs="*", default=[0, 8, 16])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the child of one count
    args = parser.parse_args()
    if args.one is not None:
        measure(args.one, args.runs)
        return 0
    for count in args.packs:
        command = [sys.executable, __file__, "--one", str(count), "--runs", str(args.runs)]
        subprocess.run(command, check=True)
    return 0


def add_packs(folder: Path, count: int) -> None:
    """Packs as a person adds them: the shipped applied pack, every question under new ids."""
    shipped = (ROOT / "questions" / "technical_applied.yaml").read_text("utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(1, count + 1):
        text = re.sub(r"(?m)^  - id: ", f"  - id: added{number}.", shipped)
        (folder / f"added{number}.yaml").write_text(text, encoding="utf-8")


def measure(count: int, runs: int) -> None:
    os.environ["ML_INTERVIEW_DATA_DIR"] = tempfile.mkdtemp(prefix="bench-gil-holds-")
    from simulator import paths
    from simulator.services import load_warm_bank

    add_packs(paths.user_packs_dir(), count)
    load_warm_bank()  # the start: fills the pack cache
    gc.freeze()  # as the window does with what the start built
    holds: list[tuple[float, str]] = []
    reader: list[threading.Thread] = []
    started: dict[str, float] = {}

    def collection(phase: str, info: dict[str, Any]) -> None:
        if threading.current_thread() not in reader:
            return
        if phase == "start":
            started["gc"] = time.thread_time()
        else:
            took = time.thread_time() - started.pop("gc", time.thread_time())
            holds.append((took * 1000, f"collection of generation {info['generation']}"))

    real_loads = json.loads

    def timed_loads(text: str | bytes, **kwargs: Any) -> Any:
        start = time.thread_time()
        try:
            return real_loads(text, **kwargs)
        finally:
            took = time.thread_time() - start
            holds.append((took * 1000, f"json.loads of {len(text) // 1024} KB"))

    calls: list[list[Any]] = []  # [CPU time at the call, what, whether Python ran inside]

    def profile(frame: FrameType, event: str, arg: object) -> None:
        if event == "c_call":
            calls.append([time.thread_time(), arg, False])
        elif event in ("c_return", "c_exception") and calls:
            start, what, python_inside = calls.pop()
            if not python_inside:  # the interpreter could switch threads inside otherwise
                took = time.thread_time() - start
                holds.append((took * 1000, getattr(what, "__qualname__", str(what))))
        elif event == "call":
            for call in calls:
                call[2] = True

    def reload() -> None:
        sys.setprofile(profile)
        try:
            load_warm_bank()
        finally:
            sys.setprofile(None)

    gc.callbacks.append(collection)
    json.loads = timed_loads  # type: ignore[assignment]  # the one call of the pack cache's text
    size = paths.bank_cache_file().stat().st_size
    for run in range(1, runs + 1):
        holds.clear()
        thread = threading.Thread(target=reload, name="reload")
        reader[:] = [thread]
        thread.start()
        thread.join()
        top = ", ".join(f"{ms:.1f} ms {what}" for ms, what in sorted(holds, reverse=True)[:3])
        print(
            f"{count:3} packs added (cache {size / 1e6:.1f} MB), reload {run}: longest holds {top}",
            flush=True,
        )


if __name__ == "__main__":
    raise SystemExit(main())
