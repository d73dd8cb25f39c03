"""A damaged database whose table SQLite can no longer reach keeps its rows: they are read from
the file's leaf pages. Before, a bad root page of the answers table (one 4 kB page) lost every
answer ("1 row(s) could not be read"), and a file whose first bytes were overwritten lost
everything, although every row was still on its pages."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from simulator.core import db_health, db_pages
from simulator.core.storage import Storage

LONG = "Overfitting is memorizing noise in the training set, not the signal. " * 400  # 28 kB


def _history(path: Path, sessions: int = 12) -> list[tuple[int, str]]:
    s = Storage(path)
    answers = []
    for n in range(sessions):
        sid = s.create_session({"name": f"plan {n}", "question_ids": ["q"]})
        text = LONG if n == 3 else f"answer {n}: validation error grows " * 20
        aid = s.add_answer(sid, "q", 0, "typed", text)
        answers.append((aid, text))
    s.set_note(answers[0][0], "ask about early stopping")
    s.set_rating(answers[1][0], 3)
    s.close()
    return answers


def _root_page(path: Path, table: str) -> int:
    db = sqlite3.connect(path)
    try:
        page: int = db.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()[0]
        return page
    finally:
        db.close()


def _damage(path: Path, offset: int, size: int = 4096) -> None:
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(b"\xde\xad" * (size // 2))


def _stored(path: Path) -> tuple[list[tuple[int, str]], str, dict[int, int], list[str]]:
    s = Storage(path)
    try:
        notices = s.take_notices()
        rows = [(a.id, a.text) for r in s.sessions() for a in s.answers(r.id)]
        first = min(i for i, _ in rows)
        return sorted(rows), s.note(first), s.ratings(), notices
    finally:
        s.close()


def test_a_bad_root_page_of_the_answers_loses_no_answer(tmp_path):
    path = tmp_path / "sessions.sqlite3"
    answers = _history(path)
    _damage(path, (_root_page(path, "answers") - 1) * 4096)

    rows, note, ratings, notices = _stored(path)

    assert rows == sorted(answers)  # the 28 kB answer too, through its overflow pages
    assert note == "ask about early stopping"
    assert ratings == {answers[1][0]: 3}
    assert len(notices) == 1
    assert "12 sessions, 12 answers" in notices[0]
    assert "12 of them read straight from the file's pages" in notices[0]
    assert "could not be read" not in notices[0]


def test_a_file_whose_header_was_overwritten_keeps_its_rows(tmp_path):
    path = tmp_path / "sessions.sqlite3"
    answers = _history(path)
    _damage(path, 0, 200)

    rows, note, _, notices = _stored(path)

    assert rows == sorted(answers)
    assert note == "ask about early stopping"
    assert "nothing was recovered" not in notices[0]


def test_rows_only_in_the_write_ahead_log_are_read_too(tmp_path):
    path = tmp_path / "sessions.sqlite3"
    answers = _history(path, sessions=2)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA wal_autocheckpoint=0")
    db.execute(
        "INSERT INTO answers (session_id, question_id, position, mode, text, created_at) "
        "VALUES (1, 'q', 1, 'typed', 'said after the last checkpoint', 1.0)"
    )
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):  # as a crash leaves them, with the log not yet copied back
        shutil.copy(f"{path}{suffix}", f"{crashed / path.name}{suffix}")
    db.close()
    _damage(crashed / path.name, 0, 200)

    rows, _, _, _ = _stored(crashed / path.name)

    assert [t for _, t in rows] == [t for _, t in answers] + ["said after the last checkpoint"]


def test_rows_of_deleted_sessions_are_not_read_back(tmp_path):
    path = tmp_path / "sessions.sqlite3"
    answers = _history(path, sessions=40)
    s = Storage(path)
    assert s.sessions()[0].id == 40  # the newest, kept
    for record in s.sessions()[1:]:
        s.delete_session(record.id)
    s.close()

    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA freelist_count").fetchone()[0] > 5  # their pages are free
        columns = db_pages.columns_of(db, "answers")
    finally:
        db.close()
    found = [db_pages.fits(r, columns) for r in db_pages.records(path)]
    assert [row[0] for row in found if row] == [answers[-1][0]]


def test_answers_whose_session_row_was_lost_are_shown_in_a_recovered_session(tmp_path):
    path = tmp_path / "sessions.sqlite3"
    answers = _history(path)
    _damage(path, (_root_page(path, "sessions") - 1) * 4096)  # every session row is on it

    s = Storage(path)
    try:
        notice = s.take_notices()[0]
        sessions = s.sessions()
        shown = sorted((a.id, a.text) for r in sessions for a in s.answers(r.id))
    finally:
        s.close()
    assert shown == sorted(answers)  # before: none shown (their sessions were gone)
    assert {r.plan.name for r in sessions} == {db_health.RECOVERED_PLAN}
    assert {r.status for r in sessions} == {"aborted"}
    assert all(r.plan.question_ids == ("q",) for r in sessions)
    assert "12 sessions, 12 answers" in notice


def test_a_damaged_byte_inside_an_answer_reads_as_a_replacement_character(tmp_path):
    path = tmp_path / "sessions.sqlite3"
    answers = _history(path, sessions=3)
    data = bytearray(path.read_bytes())
    at = data.index(b"answer 1: validation")
    data[at + 3] = 0xFF  # no longer UTF-8; SQLite's page check does not look inside text
    path.write_bytes(bytes(data))

    s = Storage(path)
    try:
        texts = {a.id: a.text for r in s.sessions() for a in s.answers(r.id)}
    finally:
        s.close()
    assert texts[answers[1][0]].startswith("ans\ufffder 1: validation")  # was OperationalError
    assert texts[answers[0][0]] == answers[0][1]


def test_an_index_that_no_longer_matches_its_table_is_found_and_rebuilt(tmp_path):
    # SQLite's quick check looks at each page, not at whether an index matches its table:
    # a stale index page made a question's attempts vanish (0 of 6), or reads fail later
    def make(path: Path, question: str) -> None:
        s = Storage(path)
        for n in range(6):
            sid = s.create_session({"name": "p", "question_ids": [question]}, started_at=1e3 + n)
            s.add_answer(sid, question, 0, "typed", f"text {n}")
        s.close()

    mine, other = tmp_path / "a" / "sessions.sqlite3", tmp_path / "b" / "sessions.sqlite3"
    make(mine, "tech.aa")
    make(other, "tech.bb")
    at = (_root_page(mine, "answers_by_question") - 1) * 4096
    data = bytearray(mine.read_bytes())
    data[at : at + 4096] = other.read_bytes()[at : at + 4096]  # a page written elsewhere
    mine.write_bytes(bytes(data))

    s = Storage(mine)
    try:
        notices = s.take_notices()
        attempts = s.attempts("tech.aa")
    finally:
        s.close()
    assert [a.text for a in attempts] == [f"text {n}" for n in range(6)]
    assert "missing from index answers_by_question" in notices[0]


def test_a_record_claiming_a_huge_value_is_damage_not_a_failure_to_open(tmp_path, monkeypatch):
    # found by random bytes written into a database: SQLite's integrity check itself stopped on
    # "string or blob too big" (a record's length field), and the app could not open its data
    path = tmp_path / "sessions.sqlite3"
    _history(path, sessions=2)
    real_connect = sqlite3.connect

    class Checked:
        def __init__(self, db: sqlite3.Connection) -> None:
            self._db = db

        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            return getattr(self._db, name)

        def __setattr__(self, name: str, value: object) -> None:
            if name == "_db":
                object.__setattr__(self, name, value)
            else:
                setattr(self._db, name, value)

        def execute(self, sql: str, *args):  # type: ignore[no-untyped-def]
            if sql.startswith("PRAGMA integrity_check"):
                raise sqlite3.DataError("string or blob too big")
            return self._db.execute(sql, *args)

    def connect(target, *args, **kwargs):  # type: ignore[no-untyped-def]
        db = real_connect(target, *args, **kwargs)
        return Checked(db) if str(target).endswith("?mode=ro") else db

    monkeypatch.setattr(db_health.sqlite3, "connect", connect)
    reason = db_health.check(path, db_health.expected_schema(_migrations()), _version())
    assert reason == "a record is damaged: string or blob too big"


def _migrations():  # type: ignore[no-untyped-def]
    from simulator.core.storage_schema import apply_migrations

    return apply_migrations


def _version() -> int:
    from simulator.core.storage_schema import SCHEMA_VERSION

    return SCHEMA_VERSION


def test_rows_deleted_after_the_last_checkpoint_are_not_read_back(tmp_path):
    # the free list is read from the newest page 1, which is in the log, not in the main file
    path = tmp_path / "sessions.sqlite3"
    answers = _history(path, sessions=40)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA wal_autocheckpoint=0")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("DELETE FROM sessions WHERE id < 40")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(f"{path}{suffix}", f"{crashed / path.name}{suffix}")
    columns = db_pages.columns_of(db, "answers")
    db.close()

    found = [db_pages.fits(r, columns) for r in db_pages.records(crashed / path.name)]
    assert [row[0] for row in found if row] == [answers[-1][0]]


def test_answers_under_a_damaged_column_name_are_kept_not_said_recovered_and_dropped(tmp_path):
    # the schema's text names 'mode' otherwise: the rows were copied without it, a required
    # column, which INSERT OR IGNORE skipped silently; "12 answers were recovered", none kept
    path = tmp_path / "sessions.sqlite3"
    answers = _history(path)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("ALTER TABLE answers RENAME COLUMN mode TO mXde")
    db.close()

    rows, _, _, notices = _stored(path)

    assert "table answers lacks column mode" in notices[0]
    assert rows == sorted(answers)
