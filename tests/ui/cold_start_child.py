"""A cold start of the window with the Review page's player made while Qt's audio devices are
first asked; run by test_audio_devices_cold_start.py, one fresh process per start.

Qt sets up its multimedia integration once per process, so the race exists only in a process
where nothing has used Qt Multimedia yet. Qt's first device query, made on a worker, deadlocked
with a QMediaPlayer made on the GUI thread meanwhile (stop 20: the Review page opened on a first
start). Here, from a random 0-40 ms after the window starts its idle-time warm-up (so that the
worker, at times, is first into Qt's set-up), every turn of the event loop makes another
``ReviewPlayer`` (what the Review page makes) until the session's controller exists, then a spoken session starts (its microphone check asks Qt for the default input).
Prints one line of figures and exits 0; a deadlock never returns (the parent's timeout).

    python tests/ui/cold_start_child.py DATA_DIR
"""

from __future__ import annotations

import os
import random
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_AUDIO_BACKEND", "pulseaudio")

PACK = REPO / "tests" / "data" / "mini_pack.yaml"
BURST_LIMIT_S = 20.0  # players made for at most this long (the warm-up ends well before)


def main(data_dir: Path) -> int:
    os.environ["ML_INTERVIEW_DATA_DIR"] = str(data_dir)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])

    from simulator.core.questions import load_packs
    from simulator.core.session import SessionPlan
    from simulator.core.storage import Storage
    from simulator.services import Services
    from simulator.settings import Settings
    from simulator.ui.main_window import MainWindow
    from simulator.ui.review_player import ReviewPlayer

    bank = load_packs([PACK])
    storage = Storage(data_dir / "sessions.sqlite3")
    settings = Settings(voice_enabled=False, follow_ups=False, answer_mode="spoken")
    services = Services(bank=bank, storage=storage, settings=settings, speaker=None)
    players: list[ReviewPlayer] = []
    outcome: list[str] = []
    burst = QTimer()
    burst.setInterval(0)

    def warm_up_then_race(window: MainWindow) -> None:
        load_session_core(window)  # the idle-time warm-up starts here, on workers
        QTimer.singleShot(random.randint(0, 40), burst.start)  # the worker first, at times

    def make_a_player() -> None:
        players.append(ReviewPlayer(window))  # as the Review page does, on the GUI thread
        if window.existing_controller is not None or time.monotonic() > deadline:
            burst.stop()
            start_spoken_session()

    def start_spoken_session() -> None:
        window.controller.notice_posted.connect(outcome.append)
        question = bank.get("tech.overfit")
        window.controller.start(SessionPlan("Cold start", spoken=True, voice=False), [question])
        QTimer.singleShot(200, app.quit)

    load_session_core = MainWindow._load_session_core
    MainWindow._load_session_core = warm_up_then_race  # type: ignore[method-assign]
    burst.timeout.connect(make_a_player)
    deadline = time.monotonic() + BURST_LIMIT_S
    window = MainWindow(services)
    window.show()
    app.exec()
    made = window.existing_controller is not None
    window.shutdown()
    storage.close()
    names = sorted(t.name for t in threading.enumerate())
    print(f"players={len(players)} controller={made} notices={len(outcome)} threads={names}")
    return 0 if made and players else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
