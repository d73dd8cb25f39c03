"""Cold start of the app to its first painted window, against a bare PySide6 window in the same run.

Each run is a fresh interpreter (a cold start), timed from process launch until the window has
been painted once; bare and app runs alternate. Prints the median of several runs of each and
their ratio (goal: <= 2.5x).

    .venv/bin/python benchmarks/startup.py [--runs N] [--data-dir DIR]

``--data-dir``: start on that data folder (use a copy: the app may write to it) instead of an
empty one, e.g. one with an 857 MB session database, whose integrity check (1.1-1.9 s) the
window waited for before round 47 (hard47: now it runs on the database lane once shown).

Bytecode: PySide6's modules are compiled when installed, the app's are compiled on first import
unless PYTHONDONTWRITEBYTECODE is set (some machines set it for every process: `make`'s shell
here). Without caches each app start compiled ~250 modules again and the bare window none: the
ratio measured that (10.3x against 6.8x with caches, round 64, load 5-6). Each run here starts
with the caches written (as an installed app, or any second start); ``--no-bytecode`` measures
a start that compiles every module. Also printed: each side's CPU time to the paint (all its
threads), steadier than wall time on a shared machine, and which modules the app had imported
that it loads after its first paint (``FIRST_USE``: the scorer and the question models, on a
worker; round 64: 640 modules at the paint before, 309 after).

Round 64 (stall64; 2 cores shared by six people, load 10-15 throughout): main 82b61f79 ->
after the scorer, the scorecard's and export's modules, the question models and the score
types left the first paint (ca447479), three runs of 5 each, interleaved with main: first
paint 3158 / 2854 / 3353 -> 1512 / 1578 / 1545 ms (bare 433-578 ms), ratio 7.30 / 5.36 / 6.17
-> 3.22 / 2.73 / 3.38x, CPU ratio 6.09 / 6.45 / 5.64 -> 3.11 / 3.23 / 3.19x; --no-bytecode
7.90 -> 4.16x. Still over 2.5x: what is left is ~120 modules of the window's own (about 1 ms
each to load and run, PySide6's check of each included), PySide6 making the Python enums of
each Qt class first used (308 at the paint, ~50 ms of CPU: the bare window uses few), Home
and the interview page built, and, on the offscreen platform's 800 x 800 screen, the pages
put in a scroll area (the window's smallest size is 960 x 640: ``window_geometry``).

Round 65 (stall65; load 6-8, two runs of 7 each interleaved with main f8d36b04, bytecode
caches): what was left, by open_window's steps (CPU, median of 7): the pages moved whole four
times more into the small screen's scroll area (each move styles every widget again for the
theme's sheet: place_on_screen 28-31 ms) and once more into the window than they need, the
icon's files read (11-12 ms), the interview page's modules and widgets (~35 ms) built before
the paint. Now: the pages move once (9-14 ms), the icon is set after the paint, the interview
page is built in idle time after it (a9faf57d, 4906ade6). Ratio 3.62 / 2.99x -> 2.19 / 2.56x,
CPU 3.10 / 3.00 -> 2.58 / 2.58x (app 316 / 305 -> 273 / 272 ms of CPU, bare 102-106 ms);
--no-bytecode (5 runs) 4.29 -> 3.63x, CPU 4.12 -> 3.54x; modules at the paint 307 -> 292 (the
app's 117 -> 102). Still over 2.5x in CPU. What is left is PySide6's own work for what any real
window uses: the Qt namespace's ~110 Python enums made at its first use (~24 ms of CPU, Qt.Key
alone a third; the bare window never touches Qt), QStyle's (~9 ms), and the first C++-made
widget handed to Python (a viewport, a findChildren) making the Python type of every QWidget
class to find its own (~12 ms, once); then ~100 modules of the app's own (Home, storage,
settings, the menus) at about 1 ms each.

Round 66 (stall66; load 9-12, nothing of the start changed: the meaning signal's tokenizer,
read in Python now, loads after the paint with the bank). Bytecode caches, 7 runs each, main
0fa5299f then after: ratio 2.69 -> 2.96x, CPU 2.77 -> 2.81x (app 314 -> 318 ms of CPU, bare 113
ms both); an earlier run of after at load 12: 2.94x, CPU 2.75x (327 / 119 ms). --no-bytecode (5
runs, load 10.6): 3.40x, CPU 3.81x (453 / 119 ms). Round 65's 2.58x CPU was at load 6-8; at
this load both sides' CPU per start runs higher, the bare window's too (102-106 -> 113-119 ms).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1200, 780); w.show()
app.processEvents(); w.grab()
print("painted", time.time(), time.process_time())
"""

APP = """
import sys, time
from simulator.app import open_window
w = open_window()
from PySide6.QtWidgets import QApplication
QApplication.processEvents(); w.grab()
print("painted", time.time(), time.process_time())
first_use = [m for m in sys.argv[1].split(",") if m in sys.modules]
print("first use:", ",".join(first_use) or "none")
heavy = [m for m in ("faster_whisper", "ctranslate2", "speech_recognition", "onnxruntime", "piper") if m in sys.modules]
print("heavy:", ",".join(heavy) or "none")
w.shutdown()
"""


# Loaded on first use, after the first paint (on a worker, with the bank): none at the paint.
FIRST_USE = (
    "pydantic",
    "simulator.core.questions_models",
    "simulator.core.scoring.content",
    "simulator.core.scorecard.answer",
    "simulator.core.export.render",
    "snowballstemmer",
    "rapidfuzz",
)


CHECKOUT = Path(__file__).resolve().parent.parent


def time_once(code: str, env: dict[str, str], cwd: Path = CHECKOUT) -> tuple[float, float, str]:
    """Wall time from launch to the moment the child reports its first paint (not its
    shutdown), the child's CPU time by then, and what it printed. ``cwd``: where the app's
    package is imported from."""
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, ",".join(FIRST_USE)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=cwd,
    )
    assert "painted" in out.stdout, out.stderr
    painted, cpu = out.stdout.split("painted", 1)[1].split()[:2]
    return float(painted) - start, float(cpu), out.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data-dir", help="a data folder to start on (a copy): default empty")
    parser.add_argument(
        "--no-bytecode",
        action="store_true",
        help="every start compiles the app's modules (PYTHONDONTWRITEBYTECODE, no caches used)",
    )
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["ML_INTERVIEW_DATA_DIR"] = args.data_dir or tempfile.mkdtemp(prefix="ml-interview-bench-")
    app_from = CHECKOUT
    if args.no_bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        app_from = uncompiled_copy()
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # the first runs below write the caches
    time_once(BARE, env)  # warm the disk cache for both: we compare start-up work, not disk reads
    time_once(APP, env, app_from)
    # Interleaved, so a change in the machine's load (it is shared) weighs on both alike: run
    # one after the other, a busy spell during the app's runs alone moved the ratio by 2x.
    bare, app_runs = [], []
    for _ in range(args.runs):
        bare.append(time_once(BARE, env))
        app_runs.append(time_once(APP, env, app_from))
    last = app_runs[-1][2]
    heavy = last.split("heavy:")[-1].strip()
    first_use = last.split("first use:")[-1].split("\n")[0].strip()
    b, a = (statistics.median(t for t, _, _ in runs) for runs in (bare, app_runs))
    bc, ac = (statistics.median(c for _, c, _ in runs) for runs in (bare, app_runs))
    print(f"bytecode caches: {'not used' if args.no_bytecode else 'used'}")
    print(
        f"bare PySide6 window: median {b * 1000:.0f} ms ({bc * 1000:.0f} ms CPU) over {args.runs} runs"
    )
    print(
        f"ML Interview Simulator: median {a * 1000:.0f} ms ({ac * 1000:.0f} ms CPU) over {args.runs} runs"
    )
    print(f"ratio: {a / b:.2f}x (goal <= 2.5x); CPU {ac / bc:.2f}x")
    print(f"modules of first use imported before the first paint: {first_use}")
    print(f"heavy speech modules imported at start-up: {heavy}")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    if args.data_dir:
        print(check_time(args.data_dir))


def uncompiled_copy() -> Path:
    """The app's package copied without its bytecode caches (PySide6 keeps its own, as
    installed), beside the checkout's questions and resources."""
    import shutil

    folder = Path(tempfile.mkdtemp(prefix="ml-interview-no-pyc-"))
    shutil.copytree(
        CHECKOUT / "simulator", folder / "simulator", ignore=shutil.ignore_patterns("__pycache__")
    )
    for shipped in ("questions", "resources"):
        (folder / shipped).symlink_to(CHECKOUT / shipped)
    return folder


def check_time(data_dir: str) -> str:
    """The session database's integrity check, timed alone: the window waited for it before
    it could show until round 47; now it runs on the database lane once the window is up."""
    from pathlib import Path

    from simulator.core import db_health
    from simulator.core.storage_schema import SCHEMA_VERSION, apply_migrations

    path = Path(data_dir) / "sessions.sqlite3"
    if not path.is_file():
        return "no session database in that folder"
    schema = db_health.expected_schema(apply_migrations)
    start = time.perf_counter()
    db_health.check(path, schema, SCHEMA_VERSION)
    took = time.perf_counter() - start
    later = db_health.opening_writes_nothing(path, SCHEMA_VERSION)
    return (
        f"integrity check of the session database ({path.stat().st_size / 1e6:,.0f} MB): "
        f"{took * 1000:.0f} ms, "
        + ("on the database lane after the window shows" if later else "before the window shows")
        + " (round 47, load 12-15, 857 MB: first paint 5556 -> 2585 ms)"
    )


if __name__ == "__main__":
    main()
