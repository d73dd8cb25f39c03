"""A session database damaged while the app has it open (attack run 48: random bytes over its
pages mid-interview, in the real window). Every save after it failed with SQLite's 'database
disk image is malformed', raised raw out of the database lane (a traceback in the log per
try); the interview page said the answers would be 'saved with the next answer as soon as
saving works again', which never came: only a restart kept the damaged file aside and
recovered what read. A write that finds the file damaged now does what opening it does: the
file is kept aside as it is, what reads is recovered into a fresh one, the person is told,
and the write goes on there."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from simulator.core.storage import Storage, StorageError

PAGE = 4096


def history(path: Path) -> int:
    """A database of one earlier session with 30 long answers, closed (no -wal left)."""
    storage = Storage(path)
    sid = storage.create_session({"name": "earlier", "question_ids": ["tech.a"]})
    for _ in range(30):
        storage.add_answer(sid, "tech.a", 0, "typed", "an earlier answer " * 40)
    storage.close()  # (folded into the file: no -wal left)
    return sid


def _damage_pages(path: Path) -> None:
    """Every page but the first two: the file still opens, its tables do not read."""
    pages = path.stat().st_size // PAGE
    with path.open("r+b") as f:
        f.seek(2 * PAGE)
        f.write(b"\xff" * PAGE * (pages - 2))


def _kept_aside(folder: Path) -> list[Path]:
    return sorted(folder.glob("sessions.sqlite3.damaged-*"))


def test_an_answer_saved_after_damage_is_saved_hard48(tmp_path: Path) -> None:
    path = tmp_path / "sessions.sqlite3"
    history(path)
    storage = Storage(path)
    sid = storage.create_session({"name": "today", "question_ids": ["tech.a"]})
    _damage_pages(path)
    answer = storage.add_answer(sid, "tech.a", 0, "typed", "my answer, typed today")
    assert [a.text for a in storage.answers(sid)] == ["my answer, typed today"]
    assert storage.answer(answer).text == "my answer, typed today"
    (aside,) = _kept_aside(tmp_path)  # the damaged file, as it was
    notices = storage.take_notices()
    assert any("was damaged" in n and aside.name in n for n in notices), notices
    assert not storage.read_only
    storage.close()
    again = Storage(path)  # sound now: nothing more kept aside, the answer is there
    assert [a.text for a in again.answers(sid)] == ["my answer, typed today"]
    assert _kept_aside(tmp_path) == [aside]
    again.close()


def test_a_transaction_after_damage_is_said_and_can_be_tried_again_hard48(
    tmp_path: Path,
) -> None:
    path = tmp_path / "sessions.sqlite3"
    history(path)
    storage = Storage(path)
    sid = storage.create_session({"name": "today", "question_ids": ["tech.a"]})
    answer = storage.add_answer(sid, "tech.a", 0, "typed", "my answer")
    _damage_pages(path)
    heard = [(answer, "my answer, heard again", {"text": "my answer, heard again"})]
    with pytest.raises(StorageError, match="found damaged.*try again") as caught:
        storage.save_rescore(sid, [], heard, None, why="test")  # a transaction of its own
    assert caught.value.kind == "repaired"
    assert len(_kept_aside(tmp_path)) == 1
    assert any("was damaged" in n for n in storage.take_notices())
    storage.save_rescore(sid, [], heard, None, why="test")  # tried again: in the fresh file
    assert storage.answer(answer).text == "my answer, heard again"
    assert len(storage.transcript_revisions(sid)[answer]) == 1
    storage.close()


def test_no_room_to_salvage_is_said_not_raised_raw_hard48(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from simulator.core import db_health

    path = tmp_path / "sessions.sqlite3"
    history(path)
    storage = Storage(path)
    sid = storage.create_session({"name": "today", "question_ids": ["tech.a"]})
    _damage_pages(path)

    def no_room(*args: object, **kwargs: object) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(db_health, "salvage", no_room)
    with pytest.raises(StorageError, match="is full"):
        storage.add_answer(sid, "tech.a", 0, "typed", "my answer")
    assert storage.read_only
    (notice,) = storage.take_notices()
    assert "is damaged" in notice and "Free some space" in notice
    with pytest.raises(StorageError, match="is full"):  # said again, never a raw DatabaseError
        storage.add_answer(sid, "tech.a", 0, "typed", "my answer")
    storage.close()


def test_a_write_that_fails_otherwise_is_not_salvaged_hard48(tmp_path: Path) -> None:
    path = tmp_path / "sessions.sqlite3"
    storage = Storage(path)
    with pytest.raises(sqlite3.IntegrityError):  # a bug's error, not a damaged file
        storage.add_answer(999, "tech.a", 0, "typed", "no such session")
    assert _kept_aside(tmp_path) == []
    storage.close()
