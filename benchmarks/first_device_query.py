"""How long Qt's first audio-device query holds the GUI thread: cold, as a spoken session's
start made it (the microphone check), and after the window's idle-time warm-up has mapped Qt
Multimedia on a worker (``simulator.ui.warm_up``), as the window now makes it.

Each run is a fresh process (Qt sets its multimedia up once per process) against a private
PulseAudio virtual microphone, so the query is real. Prints, for each way, the wall time the GUI
thread was held and the CPU time it used in that call (the rest: waiting for a CPU or the sound
server), best / median / worst, and the load average.

    .venv/bin/python benchmarks/first_device_query.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.stall_probe import load_average  # noqa: E402
from simulator.speech.virtualmic import VirtualMic  # noqa: E402

CHILD = """
import sys, threading, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from simulator.ui import warm_up
if sys.argv[1] == "warmed":
    worker = threading.Thread(target=warm_up.map_multimedia)
    worker.start()
    worker.join()
from PySide6.QtMultimedia import QMediaDevices
wall, cpu = time.perf_counter(), time.thread_time()
QMediaDevices.defaultAudioInput()
QMediaDevices.audioInputs()
QMediaDevices.audioOutputs()
print((time.perf_counter() - wall) * 1000, (time.thread_time() - cpu) * 1000)
"""
WAYS = {"cold": "cold (in a session's start, before)", "warmed": "after the warm-up (now)"}


def one_query(way: str, env: dict[str, str]) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, way],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout.split()
    return float(out[-2]), float(out[-1])


def spread(values: list[float]) -> str:
    values = sorted(values)
    return f"{values[0]:5.1f} / {statistics.median(values):5.1f} / {values[-1]:5.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per way")
    args = parser.parse_args()
    mic = VirtualMic(Path(tempfile.mkdtemp(prefix="bench-first-query-"))).start()
    env = dict(
        mic.env,
        QT_QPA_PLATFORM="offscreen",
        QT_AUDIO_BACKEND="pulseaudio",
        PYTHONPATH=str(REPO),
    )
    results: dict[str, list[tuple[float, float]]] = {way: [] for way in WAYS}
    load_before = load_average()
    try:
        for _ in range(args.runs):  # alternated, so both ways see the same load
            for way in WAYS:
                results[way].append(one_query(way, env))
    finally:
        mic.stop()
    print(f"load average (1, 5, 15 min): {load_before} at the start, {load_average()} at the end")
    print(f"Qt's first audio-device query on the GUI thread, {args.runs} fresh processes each,")
    print("best / median / worst ms:")
    for way, label in WAYS.items():
        walls = [wall for wall, _cpu in results[way]]
        cpus = [cpu for _wall, cpu in results[way]]
        print(f"  {label:<38} held {spread(walls)}   its CPU {spread(cpus)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
