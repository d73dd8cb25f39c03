"""Make the README's screenshots from the real window: Home, Interview and Scorecard.

Runs the app offscreen with a throwaway data dir, answers two questions by typing, and saves
each page as a PNG in resources/screenshots/.

    .venv/bin/python packaging/screenshot.py [--theme light|dark] [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

ANSWERS = [
    "I would split the data by time, never randomly, so every validation fold lies after its "
    "training window. I use rolling-origin or expanding-window backtests, compute lag features only "
    "from the past, and compare against a seasonal naive baseline.",
    "Last spring our fraud model's precision dropped and two teammates disagreed about the fix. My "
    "task was to get us to a decision within a week. I met each of them one on one, listened to "
    "their reasons, and proposed a two-day experiment comparing both ideas. As a result we shipped "
    "the retrained model, precision recovered by 12 percent, and we now agree on experiments first.",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--theme", default="light", choices=["light", "dark"])
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parent.parent / "resources" / "screenshots",
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["ML_INTERVIEW_DATA_DIR"] = tempfile.mkdtemp(prefix="ml-interview-shot-")

    from PySide6.QtCore import QCoreApplication, QElapsedTimer
    from PySide6.QtWidgets import QApplication

    from simulator.app import build_services
    from simulator.core.interview import State
    from simulator.ui.main_window import MainWindow
    from simulator.ui.style import apply_theme

    app = QApplication([])
    services = build_services(with_speaker=False)
    services.settings.follow_ups = False
    apply_theme(app, args.theme)
    window = MainWindow(services)
    window.resize(1280, 800)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.theme == "light" else "-dark"

    def wait_for(condition, ms: int = 15000) -> None:  # type: ignore[no-untyped-def]
        timer = QElapsedTimer()
        timer.start()
        while not condition():
            if timer.elapsed() > ms:
                raise TimeoutError("the window did not reach the expected state")
            QCoreApplication.processEvents()

    def save(name: str) -> None:
        QCoreApplication.processEvents()
        path = args.out / f"{name}{suffix}.png"
        window.grab().save(str(path))
        print(path)

    wait_for(lambda: window.services.bank is not None and window.home.history.count() > 0)
    save("home")
    bank = services.bank
    assert bank is not None
    questions = [bank.get("tech.time-series-validation"), bank.get("beh.resolve-conflict")]
    window.stack.setCurrentWidget(window.interview)
    from simulator.core.session.plan import SessionPlan

    plan = {"name": "Quick practice", "question_ids": [q.id for q in questions]}
    window.controller.start(SessionPlan.from_dict(plan, spoken=False, voice=False), questions)
    for i, answer in enumerate(ANSWERS):
        wait_for(lambda: window.controller.state is State.PREPARING)
        window.controller.begin_answer()
        window.interview.answer.setPlainText(answer)
        if i == 0:
            save("interview")
        window.controller.submit(answer)
        wait_for(lambda: window.controller.state is State.REVIEWING)
        wait_for(lambda: window.interview.feedback.isVisible())
        window.controller.next_question()
    wait_for(
        lambda: window._scorecard is not None and window.stack.currentWidget() is window.scorecard
    )
    save("scorecard")
    window.shutdown()


if __name__ == "__main__":
    main()
