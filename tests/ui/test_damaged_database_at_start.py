"""A damaged session database found when the app starts (issue 8, left by the last round: the
salvage was tested through ``Storage`` only, never through the app's own start). Through the
app's start-up, the file is set aside, every answer is read back from its pages, Home says so,
and the log says so too: before, the log (what a person sends when asking for help) said
nothing of it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from simulator.core.storage import Storage
from tests.ui.waits import HANG_MS

REPO = Path(__file__).resolve().parents[2]
SESSIONS = 30


def _damaged_history(data: Path) -> None:
    """30 sessions of one answer each, then the answers table's root page overwritten: SQLite
    itself can no longer reach a single answer."""
    path = data / "sessions.sqlite3"
    storage = Storage(path)
    for n in range(SESSIONS):
        sid = storage.create_session({"name": f"plan {n}", "question_ids": ["tech.overfitting"]})
        storage.add_answer(sid, "tech.overfitting", 0, "typed", f"answer {n}: noise " * 20)
    storage.close()
    db = sqlite3.connect(path)
    (root,) = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'answers'").fetchone()
    db.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * 4096)
        f.write(b"\xde\xad" * 2048)


def _answers(data: Path) -> list[str]:
    storage = Storage(data / "sessions.sqlite3")
    try:
        assert not storage.take_notices()  # the salvaged file is whole
        return [a.text for s in storage.sessions() for a in s.answers]
    finally:
        storage.close()


def test_the_window_opened_on_a_damaged_database_shows_every_answer_and_says_so(
    qtbot, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    from simulator.app import open_window

    data_dir.mkdir(parents=True)
    _damaged_history(data_dir)
    window = open_window()  # as run_gui does, with the window's own services
    qtbot.addWidget(window)
    try:
        notice = window.home.storage_notice
        qtbot.waitUntil(notice.isVisible, timeout=HANG_MS)
        assert "damaged" in notice.text() and f"{SESSIONS} answers" in notice.text()
        stored = window.services.storage.sessions()
        assert sum(len(s.answers) for s in stored) == SESSIONS
    finally:
        window.shutdown()
        window.services.storage.close()
    assert list(data_dir.glob("sessions.sqlite3.damaged-*"))  # the damaged file is kept aside


def test_the_app_started_on_a_damaged_database_salvages_it_and_logs_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    _damaged_history(data)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-m", "simulator", "--data-dir", str(data)],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    logs = data / "logs"
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and "damaged" not in _log_text(logs):
            assert child.poll() is None, child.communicate()[0]
            time.sleep(0.2)
        time.sleep(1.0)
        child.send_signal(signal.SIGTERM)  # (before its handler is set, the default ends it)
        code = child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        output = child.communicate()[0]
    assert code in (0, -signal.SIGTERM), (code, output)
    log = _log_text(logs)
    assert "session database" in log and "was damaged" in log and f"{SESSIONS} answers" in log
    assert len(_answers(data)) == SESSIONS
    assert list(data.glob("sessions.sqlite3.damaged-*"))


def _log_text(logs: Path) -> str:
    if not logs.is_dir():
        return ""
    return "".join(p.read_text(errors="replace") for p in logs.glob("*.log*"))
