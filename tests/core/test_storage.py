"""Sessions and answers in a real SQLite file: WAL, schema version, migrations, commits per answer."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from simulator.core.storage import SCHEMA_VERSION, Storage, StorageError
from tests.scores import answer_score, session_score


def test_schema_version_and_wal(tmp_path: Path) -> None:
    s = Storage(tmp_path / "db.sqlite3")
    assert s.schema_version == SCHEMA_VERSION
    mode = sqlite3.connect(tmp_path / "db.sqlite3").execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_each_answer_is_visible_to_another_connection_at_once(tmp_path: Path) -> None:
    s = Storage(tmp_path / "db.sqlite3")
    sid = s.create_session({"question_ids": ["tech.a", "tech.b"]})
    s.add_answer(sid, "tech.a", 0, "typed", "first answer", score=answer_score(70))
    other = sqlite3.connect(tmp_path / "db.sqlite3")  # as if the app had crashed now
    assert other.execute("SELECT text, overall FROM answers").fetchall() == [("first answer", 70)]
    assert s.unfinished_session() is not None and s.unfinished_session().id == sid  # type: ignore[union-attr]


def test_finish_and_read_back(tmp_path: Path) -> None:
    s = Storage(tmp_path / "db.sqlite3")
    sid = s.create_session({"name": "Full loop"})
    s.add_answer(sid, "beh.x", 1, "typed", "b", transcript={"text": "b", "words": []})
    s.add_answer(sid, "tech.y", 0, "skipped", "")
    s.finish_session(sid, session_score(55))
    record = s.session(sid)
    assert record.status == "finished" and record.score == session_score(55)
    assert [a.question_id for a in record.answers] == ["tech.y", "beh.x"]  # by position
    assert s.unfinished_session() is None
    assert s.attempts("beh.x")[0].transcript == {"text": "b", "words": []}
    with pytest.raises(KeyError, match="no session 99"):
        s.session(99)


def test_migrates_an_old_file(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    # A database file at version 0 with none of its tables yet (one holding another program's
    # tables is refused: test_foreign_database_attack30.py).
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE made (x)")
    db.execute("DROP TABLE made")
    db.commit()
    db.close()
    s = Storage(path)  # version 0 -> current
    assert s.schema_version == SCHEMA_VERSION


def test_newer_schema_is_refused_with_the_path(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.close()
    with pytest.raises(StorageError, match=str(path)):
        Storage(path)


def test_not_a_database_is_kept_aside_and_replaced(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    s = Storage(path)
    (notice,) = s.take_notices()
    assert str(path) in notice and "damaged" in notice and s.sessions() == []
    (backup,) = tmp_path.glob("db.sqlite3.damaged-*")
    assert backup.read_bytes() == b"this is not sqlite" * 100


def test_a_failed_write_names_the_file_and_keeps_earlier_answers(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    s = Storage(path)
    sid = s.create_session({})
    s.add_answer(sid, "tech.a", 0, "typed", "kept")
    blocker = sqlite3.connect(path, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")  # another writer holds the file, like a full or locked disk
    s._db.execute("PRAGMA busy_timeout = 0")
    with pytest.raises(StorageError, match=str(path)):
        s.add_answer(sid, "tech.b", 1, "typed", "lost?")
    blocker.rollback()
    assert [a.text for a in s.answers(sid)] == ["kept"]
