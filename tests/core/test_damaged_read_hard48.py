"""A read that finds the open session database damaged (attack run 48, real window: random
bytes over its pages while Home showed, then Review answers): the status bar said SQLite's
'database disk image is malformed' alone, naming no file and no way out but a restart, and
every later read said it again. Such a read now does what opening does: the file is kept aside
as it is, what reads is recovered into a fresh file, the person is told, and the read runs
again there. A run that cannot salvage says which file is damaged and why it cannot be
repaired now."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from simulator.core.storage import Storage, StorageError

PAGE = 4096


def _history(path: Path) -> tuple[int, int]:
    storage = Storage(path)
    sid = storage.create_session({"name": "earlier", "question_ids": ["tech.a"]})
    for _ in range(30):
        answer = storage.add_answer(sid, "tech.a", 0, "typed", "an earlier answer " * 40)
    storage.set_note(answer, "look again")
    storage.close()  # (folded into the file: no -wal left)
    return sid, answer


def _damage_pages(path: Path) -> None:
    """Every page but the first (the schema): the file still opens, its tables do not read."""
    pages = path.stat().st_size // PAGE
    with path.open("r+b") as f:
        f.seek(PAGE)
        f.write(b"\xff" * PAGE * (pages - 1))


def damaged_open(folder: Path) -> tuple[Storage, int, int]:
    """A history opened, then damaged under the open storage: (it, the session, an answer)."""
    path = folder / "sessions.sqlite3"
    sid, answer = _history(path)
    storage = Storage(path)
    _damage_pages(path)
    return storage, sid, answer


def _kept_aside(folder: Path) -> list[Path]:
    return sorted(folder.glob("sessions.sqlite3.damaged-*"))


@pytest.mark.parametrize(
    "read",
    [
        lambda s, sid, answer: s.sessions(),
        lambda s, sid, answer: s.answers(sid),
        lambda s, sid, answer: s.notes(sid),
        lambda s, sid, answer: s.history_rows(),
        lambda s, sid, answer: s.session_count(),
        lambda s, sid, answer: list(s.listed_summaries()),
        lambda s, sid, answer: list(s.each_listed_session()),
    ],
    ids=["sessions", "answers", "notes", "history", "count", "listed", "each"],
)
def test_a_read_after_damage_salvages_and_reads_hard48(tmp_path: Path, read: object) -> None:
    storage, sid, answer = damaged_open(tmp_path)
    read(storage, sid, answer)  # type: ignore[operator]  # no DatabaseError
    (aside,) = _kept_aside(tmp_path)
    notices = storage.take_notices()
    assert any("was damaged" in n and aside.name in n for n in notices), notices
    assert not storage.read_only
    new = storage.create_session({"name": "today", "question_ids": ["tech.a"]})
    storage.add_answer(new, "tech.a", 0, "typed", "saved after")
    assert [a.text for a in storage.answers(new)] == ["saved after"]
    storage.close()


def test_a_read_only_run_names_the_damaged_file_hard48(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from simulator.core import db_health

    storage, sid, _ = damaged_open(tmp_path)
    path = storage.path

    def no_room(*args: object, **kwargs: object) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(db_health, "salvage", no_room)
    with pytest.raises(StorageError, match=f"cannot read the session database {path}: it is "):
        storage.answers(sid)
    assert storage.read_only
    storage.close()


def test_other_read_failures_pass_as_they_are_hard48(tmp_path: Path) -> None:
    storage = Storage(tmp_path / "sessions.sqlite3")
    with pytest.raises(KeyError):
        storage.session(42)
    storage._db.close()  # a closed connection is a bug's error, not a damaged file
    with pytest.raises(sqlite3.ProgrammingError):
        storage.sessions()
    assert _kept_aside(tmp_path) == []
