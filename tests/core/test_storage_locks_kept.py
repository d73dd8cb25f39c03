"""Another program reading the session database while the app has it open (``ml-interview
history`` or ``export latest`` beside the window) must not cost the app its later writes.

Walked by voice: a finished interview came back as "interrupted" on the next start, its
scorecard gone from Past sessions. The app read the file's header with ``open()``/``close()``
before every write, and closing any descriptor of a file drops all of the process's POSIX
locks on it (SQLite's among them); the next program to close the database then found itself
its last user, checkpointed and deleted the write-ahead log the app was still writing into."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from simulator.core.storage import Storage

READ = (
    "import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); "
    "db.execute('SELECT count(*) FROM sessions').fetchall(); db.close()"
)


def test_a_write_after_another_program_read_the_database_survives_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "sessions.sqlite3"
    first = Storage(path)
    first.create_session({"name": "Full loop"})
    first.close()  # an earlier day's sessions, checkpointed into the file
    storage = Storage(path)
    session = storage.create_session({"name": "Quick practice"})
    subprocess.run([sys.executable, "-c", READ, str(path)], check=True, timeout=60)
    storage.finish_session(session, None)
    assert Path(f"{path}-wal").exists()  # the log the app writes into is still on disk
    # the app is killed here: nothing is closed or checkpointed
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        (status,) = db.execute("SELECT status FROM sessions WHERE id = ?", (session,)).fetchone()
    finally:
        db.close()
    assert status == "finished"
    storage.close()
