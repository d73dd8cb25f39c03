"""How long the GUI thread is held when a spoken answer's microphone opens and stops.

Records N short takes from a private virtual microphone (``simulator.speech.virtualmic``) with the
blocking ``AudioInput.start/stop`` (what the interview used before) and with ``open/close`` (what
it uses now), and prints the time each call held the calling (GUI) thread: best, median, worst;
and, for ``open/close``, the longest the GUI thread then spent handling the recording's events
until ``recording_stopped`` (``events``: it waited there for the capture thread to end, hang44).

    python benchmarks/mic_blocking.py [--takes 10]

Goal: opening and stopping never hold the GUI thread for more than a few milliseconds.

Round 44 (hang44), 5 takes at load 13: open 0.5 / close 0.2 / events 0.1 ms median (before
0.5 / 0.1 / 0.2), events worst 0.4 ms (before 0.6). A working device ends its thread at once, so
the wait removed from the events shows only with a device slow to stop, which this virtual
microphone is not (tests/ui/test_mic_device_never_answers_hang44.py has one that never stops).
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
        held: dict[str, list[float]] = {
            "start": [],
            "stop": [],
            "open": [],
            "close": [],
            "events": [],
        }
        longest = [0.0]
        deliver = mic._deliver

        def timed_deliver(capture) -> None:  # type: ignore[no-untyped-def]
            t0 = time.perf_counter()  # the capture thread's events, handled on this thread
            deliver(capture)
            longest[0] = max(longest[0], time.perf_counter() - t0)

        mic._deliver = timed_deliver  # type: ignore[method-assign]

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

            longest[0] = 0.0
            t0 = time.perf_counter()
            mic.open(folder / f"async{take}.wav")
            held["open"].append(time.perf_counter() - t0)
            got.clear()
            spin(lambda: sum(got) > 8000)
            t0 = time.perf_counter()
            mic.close()
            held["close"].append(time.perf_counter() - t0)
            spin(lambda: not mic.is_recording)
            held["events"].append(longest[0])
        print(f"GUI thread held, {args.takes} takes from a virtual microphone:")
        for name in ("start", "stop", "open", "close", "events"):
            kind = "blocking" if name in ("start", "stop") else "non-blocking"
            print(f"  {name:6s} ({kind:12s}) {_ms(held[name])}")


if __name__ == "__main__":
    main()
