"""The scorecard's save under another program's lock, in the real window (attack60b, issue 8).

A ``sqlite3`` shell held ``BEGIN EXCLUSIVE`` on the session database as the interview ended:
the page said only "The interview could not be saved" (no file, no reason), and once the lock
was let go it still waited for Ctrl+E. Now the notice names the database and the other
program, and the scorecard opens by itself once the wrap-up is saved."""

from __future__ import annotations

import subprocess
import sys

from simulator.core.interview import State
from simulator.core.plan import Plan
from simulator.core.session import engine
from tests.ui.stand_ins import begin_answering, wait_state
from tests.ui.waits import HANG_MS

HOLD = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
db.execute("BEGIN EXCLUSIVE")
print("held", flush=True)
sys.stdin.readline()
db.close()
"""


def test_a_wrap_up_under_a_lock_names_it_and_opens_the_scorecard_once_let_go(  # type: ignore[no-untyped-def]
    qtbot, window, monkeypatch
) -> None:
    monkeypatch.setattr(engine, "RETRY_UNSAVED_EVERY_S", 0.5)  # the test need not wait 10 s
    window.services.settings.follow_ups = False
    c, page = window.controller, window.interview
    window.start_interview(Plan(counts={"technical": 1}), False)
    begin_answering(qtbot, window)
    c.submit("Overfitting memorizes the noise in the training data.")
    wait_state(qtbot, window, State.REVIEWING, HANG_MS)
    qtbot.waitUntil(lambda: not c.busy(), timeout=HANG_MS)
    db = window.services.storage.path
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdin is not None
    try:
        assert holder.stdout.readline().strip() == "held"
        c.next_question()  # the wrap-up: waits for the lock, then fails
        qtbot.waitUntil(lambda: c.wrap_up_failed, timeout=HANG_MS)
        said = page.notice.text()
        assert str(db) in said and "another program" in said, said
        assert "answers are on the disk" in said, said
        assert window.stack.currentWidget() is window.interview
    finally:
        holder.stdin.close()  # the other program lets go
        holder.wait(timeout=30)
        holder.stdout.close()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    (session,) = window.services.storage.sessions()
    assert session.status == "finished"
