"""A database error while a command reads (SQLite's "malformed" once past the start-up check,
an I/O error) is one line naming the database and exit status 1; it was a traceback."""

from __future__ import annotations

import sqlite3

from simulator.cli import main
from simulator.core.storage import Storage


def test_a_database_failing_mid_command_is_one_line(tmp_path, monkeypatch, capsys):
    s = Storage(tmp_path / "sessions.sqlite3")
    s.create_session({"name": "x", "question_ids": ["q"]})
    s.close()

    def malformed(self, limit=None, **_how):  # type: ignore[no-untyped-def]
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(Storage, "sessions", malformed)
    monkeypatch.setattr(Storage, "listed_summaries", malformed)  # what history reads
    assert main(["--data-dir", str(tmp_path), "history"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"the session database {tmp_path / 'sessions.sqlite3'} could not be read" in err
    assert "malformed" in err
