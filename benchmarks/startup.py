"""Cold start of the app to its first painted window, against a bare PySide6 window in the same run.

Each run is a fresh interpreter (a cold start), timed from process launch until the window has
been painted once; bare and app runs alternate. Prints the median of several runs of each and
their ratio (goal: <= 2.5x).

    .venv/bin/python benchmarks/startup.py [--runs N]
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
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["ML_INTERVIEW_DATA_DIR"] = tempfile.mkdtemp(prefix="ml-interview-bench-")
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


if __name__ == "__main__":
    main()
