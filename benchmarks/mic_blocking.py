"""How long the GUI thread is held when a spoken answer's microphone opens and stops.

Records N short takes from a private virtual microphone (``simulator.speech.virtualmic``) with the
blocking ``AudioInput.start/stop`` (what the interview used before) and with ``open/close`` (what
it uses now), and prints the time each call held the calling (GUI) thread: best, median, worst.

    python benchmarks/mic_blocking.py [--takes 10]

Goal: opening and stopping never hold the GUI thread for more than a few milliseconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from simulator.speech.virtualmic import VirtualMic  # noqa: E402


def _ms(values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    return f"best {ms[0]:6.1f} ms  median {statistics.median(ms):6.1f} ms  worst {ms[-1]:6.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--takes", type=int, default=10)
    args = parser.parse_args()
    with VirtualMic() as vmic:
        os.environ["PULSE_SERVER"] = vmic.server  # before Qt's audio first connects
        from PySide6.QtCore import QCoreApplication

        from simulator.ui.audio_input import AudioInput

        app = QCoreApplication([])
        mic = AudioInput()
        folder = Path(tempfile.mkdtemp(prefix="mic-blocking-"))
        held: dict[str, list[float]] = {"start": [], "stop": [], "open": [], "close": []}

        def spin(condition, seconds: float = 10.0) -> None:  # type: ignore[no-untyped-def]
            deadline = time.monotonic() + seconds
            while not condition():
                if time.monotonic() > deadline:
                    raise SystemExit("timed out: no audio from the virtual microphone")
                app.processEvents()
                time.sleep(0.002)

        got: list[int] = []
        mic.audio_captured.connect(lambda pcm: got.append(len(pcm)))
        for take in range(args.takes):
            t0 = time.perf_counter()
            mic.start(folder / f"blocking{take}.wav")
            held["start"].append(time.perf_counter() - t0)
            got.clear()
            spin(lambda: sum(got) > 8000)
            t0 = time.perf_counter()
            mic.stop()
            held["stop"].append(time.perf_counter() - t0)

            t0 = time.perf_counter()
            mic.open(folder / f"async{take}.wav")
            held["open"].append(time.perf_counter() - t0)
            got.clear()
            spin(lambda: sum(got) > 8000)
            t0 = time.perf_counter()
            mic.close()
            held["close"].append(time.perf_counter() - t0)
            spin(lambda: not mic.is_recording)
        print(f"GUI thread held, {args.takes} takes from a virtual microphone:")
        for name in ("start", "stop", "open", "close"):
            kind = "blocking" if name in ("start", "stop") else "non-blocking"
            print(f"  {name:5s} ({kind:12s}) {_ms(held[name])}")


if __name__ == "__main__":
    main()
