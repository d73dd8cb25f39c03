"""Cold start of the app to its first painted window, against a bare PySide6 window in the same run.

Each run is a fresh interpreter (a cold start), timed from process launch until the window has
been painted once; bare and app runs alternate. Prints the median of several runs of each and
their ratio (goal: <= 2.5x).

    .venv/bin/python benchmarks/startup.py [--runs N] [--data-dir DIR]

``--data-dir``: start on that data folder (use a copy: the app may write to it) instead of an
empty one, e.g. one with an 857 MB session database, whose integrity check (1.1-1.9 s) the
window waited for before round 47 (hard47: now it runs on the database lane once shown).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1200, 780); w.show()
app.processEvents(); w.grab()
print("painted", time.time())
"""

APP = """
import sys, time
from simulator.app import open_window
w = open_window()
from PySide6.QtWidgets import QApplication
QApplication.processEvents(); w.grab()
print("painted", time.time())
heavy = [m for m in ("faster_whisper", "ctranslate2", "speech_recognition", "onnxruntime", "piper") if m in sys.modules]
print("heavy:", ",".join(heavy) or "none")
w.shutdown()
"""


def time_once(code: str, env: dict[str, str]) -> tuple[float, str]:
    # Timed from launch to the moment the child reports its first paint (not its shutdown).
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert "painted" in out.stdout, out.stderr
    painted = float(out.stdout.split("painted", 1)[1].split()[0])
    return painted - start, out.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data-dir", help="a data folder to start on (a copy): default empty")
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["ML_INTERVIEW_DATA_DIR"] = args.data_dir or tempfile.mkdtemp(prefix="ml-interview-bench-")
    time_once(BARE, env)  # warm the disk cache for both: we compare start-up work, not disk reads
    time_once(APP, env)
    # Interleaved, so a change in the machine's load (it is shared) weighs on both alike: run
    # one after the other, a busy spell during the app's runs alone moved the ratio by 2x.
    bare, app_runs = [], []
    for _ in range(args.runs):
        bare.append(time_once(BARE, env)[0])
        app_runs.append(time_once(APP, env))
    app_times = [t for t, _ in app_runs]
    heavy = app_runs[-1][1].split("heavy:")[-1].strip()
    b, a = statistics.median(bare), statistics.median(app_times)
    print(f"bare PySide6 window: median {b * 1000:.0f} ms over {args.runs} runs")
    print(f"ML Interview Simulator: median {a * 1000:.0f} ms over {args.runs} runs")
    print(f"ratio: {a / b:.2f}x (goal <= 2.5x)")
    print(f"heavy speech modules imported at start-up: {heavy}")
    if args.data_dir:
        print(check_time(args.data_dir))


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
