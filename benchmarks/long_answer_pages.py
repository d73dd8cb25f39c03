"""The window's longest stall while a 300,000-character answer without a space (a pasted blob, a
key held down) opens on the scorecard, review and attempts pages.

Before ``breakable`` (core.export.render) the window froze 12-23 s on each; the goal is under
2 s (it was a test's assertion until round 27, where it failed on loaded machines: a speed goal
belongs here; tests/ui/test_long_runs_stay_quick.py checks, without a clock, what keeps the
pages quick). A 20 ms ``QTimer`` heartbeat on the GUI thread gives the longest gap per page; the
process's CPU time beside it tells work from waiting for a CPU on a loaded machine.

Measured 2026-12-02 (round 27, load average 15-17 from other people's work on 2 cores), four
runs: worst stall 0.9-3.0 s (scorecard 0.2-0.7, review 0.9-1.5, attempts up to 3.0 s), while
the process itself used only 160-280 ms of CPU per page: the rest was waiting for a CPU. On a
loaded machine the 2 s goal is missed by waiting alone, which is why it cannot be a test.

    .venv/bin/python benchmarks/long_answer_pages.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOAL_S = 2.0
QUESTION = "tech.overfitting"


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from benchmarks.heartbeat import Heartbeat
    from simulator.app import build_services
    from simulator.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    services = build_services(
        Path(tempfile.mkdtemp(prefix="bench-long-answer-")), with_speaker=False
    )
    storage = services.storage
    sid = storage.create_session({"name": "long answer", "question_ids": [QUESTION]})
    answer = storage.add_answer(sid, QUESTION, 0, "typed", "W" * 300_000)
    storage.finish_session(sid, None)
    window = MainWindow(services)
    window.show()
    heart = Heartbeat(window)
    heart.settle(1.0)
    worst_all = 0.0
    for page, opens in (
        ("scorecard", lambda: window.open_scorecard(sid)),
        ("review", lambda: window.past.open_review(sid, answer)),
        ("attempts", lambda: window.past.open_attempts(QUESTION)),
    ):
        heart.reset()
        cpu = time.process_time()
        opens()
        heart.settle(1.0)
        worst = heart.worst()
        worst_all = max(worst_all, worst)
        cpu = time.process_time() - cpu
        print(
            f"{page:<10} longest stall {worst * 1000:6.0f} ms   "
            f"(the process's CPU time meanwhile: {cpu * 1000:.0f} ms)"
        )
    heart.stop()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    verdict = "meets" if worst_all < GOAL_S else "MISSES"
    print(f"worst {worst_all * 1000:.0f} ms ({verdict} the {GOAL_S:.0f} s goal; load {load:.1f})")
    window.shutdown()
    storage.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
