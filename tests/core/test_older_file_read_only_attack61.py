"""An older version's session database opened without writing (attack run 61, issue 8).

Seen with a real schema-1 file (the app's first schema) on a full 2 MB tmpfs: the app opened it
read-only, as it should, but could not bring it up to date, and 'ml-interview due' said 'the
session database ... could not be read: no such table: self_ratings; run the command again (a
damaged file is then set aside and what still reads is saved)': nothing was damaged, and running
it again changed nothing. Review's notes, Progress's figures and Review's earlier transcripts
read tables of later schemas the same way. Here the file is held by a real second process (the
other way a run is read-only), and every reader that needs a later table is asked."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from simulator.core import storage as storage_module
from simulator.core.storage import Storage
from simulator.core.storage_schema import MIGRATIONS, SCHEMA_VERSION, statements
from tests.locked_database import held_locked

QUESTION = "tech.overfitting"


@pytest.fixture(autouse=True)
def _short_lock_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storage_module, "LOCK_WAIT", 0.2)


def _first_schema_file(path: Path) -> None:
    db = sqlite3.connect(path, isolation_level=None)
    for statement in statements(MIGRATIONS[0]):
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")
    plan = json.dumps({"name": "Full loop", "question_ids": [QUESTION]})
    db.execute(
        "INSERT INTO sessions (id, started_at, ended_at, status, plan_json) "
        "VALUES (1, 1700000000, 1700000600, 'finished', ?)",
        (plan,),
    )
    db.execute(
        "INSERT INTO answers (session_id, question_id, position, mode, text, created_at) "
        "VALUES (1, ?, 0, 'typed', 'Overfitting is learning the noise.', 1700000001)",
        (QUESTION,),
    )
    db.close()


def test_an_older_file_read_without_writing_reads_whole_attack61(tmp_path: Path) -> None:
    path = tmp_path / "sessions.sqlite3"
    _first_schema_file(path)
    with held_locked(path) as holder:
        storage = Storage(path, if_locked="read-only", lock_wait=0.2)
        try:
            assert storage.read_only
            assert storage.ratings() == {}  # (no such table: self_ratings)
            assert storage.notes(1) == {}  # (answer_notes)
            assert storage.transcript_revisions(1) == {}  # (transcript_history)
            sessions, answers = storage.progress_rows()  # (progress_facts)
            assert [a.question_id for a in answers] == [QUESTION]
            assert [s.id for s in storage.sessions()] == [1]
            holder.release()
            assert storage.reopen_writable(lock_wait=1.0)  # brought up to date now
            assert storage.schema_version == SCHEMA_VERSION
            assert [s.id for s in storage.sessions()] == [1]
        finally:
            storage.close()
    db = sqlite3.connect(path)
    assert db.execute("SELECT count(*) FROM answers").fetchone()[0] == 1
    db.close()
