"""Does stopping a playing recording ever freeze the GUI thread?

Plays a 3-second WAV with the Review page's player and stops it 0.8-1.6 s in, N times, on one
CPU core (where the race shows most), and prints how long each stop took to land and whether
any never did. ``--direct`` calls ``QMediaPlayer.stop()`` from Python instead of through the
event loop (simulator/ui/media.py), which is how the player worked before: that run is expected
to hang now and then (measured: 1 of ~105 stops), and is stopped by a watchdog.

    python benchmarks/player_stop.py [--stops 200] [--direct]

Goal: no stop ever hangs; each lands within a few milliseconds.
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import statistics
import sys
import tempfile
import time
import wave
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HANG_S = 20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stops", type=int, default=200)
    parser.add_argument("--direct", action="store_true", help="stop() from Python, as before")
    args = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    from PySide6.QtMultimedia import QMediaPlayer
    from PySide6.QtWidgets import QApplication

    from simulator.ui.review_player import ReviewPlayer

    app = QApplication([])
    wav = Path(tempfile.mkdtemp(prefix="player-stop-")) / "quiet.wav"
    with wave.open(str(wav), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(b"\0\0" * 16000 * 3)

    def spin(seconds: float, until: object = None) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end and not (callable(until) and until()):
            app.processEvents()
            time.sleep(0.002)

    landed: list[float] = []
    for i in range(args.stops):
        player = ReviewPlayer()
        player.load(wav)
        player.toggle()
        spin(0.8 + (i % 9) * 0.1)
        # The watchdog: a stop that never returns prints every thread's stack and ends the run.
        faulthandler.dump_traceback_later(HANG_S, exit=True)
        start = time.monotonic()
        if args.direct:
            player.media.stop()
        else:
            player.stop()
        spin(
            HANG_S,
            lambda p=player: p.media.playbackState() == QMediaPlayer.PlaybackState.StoppedState,
        )
        faulthandler.cancel_dump_traceback_later()
        landed.append(time.monotonic() - start)
        player.deleteLater()
        del player
        spin(0.01)
    ms = sorted(v * 1000 for v in landed)
    print(f"{len(ms)} stops on one core, none hung: landed in best {ms[0]:.1f} ms, "
          f"median {statistics.median(ms):.1f} ms, worst {ms[-1]:.1f} ms")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
