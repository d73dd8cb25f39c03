"""The session database's integrity check ran as the file opened: 1.1-1.9 s for an 857 MB file,
before the window could show. When opening writes nothing (the file is at this schema and in
WAL mode already), the window leaves it for its database lane (``check_later``); a write waits
for it, so a damaged file is still found, kept aside as it was and salvaged before anything is
written to it."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from simulator.core import db_health
from simulator.core.storage import Storage
from simulator.core.storage_schema import SCHEMA_VERSION
from tests.scores import session_score

PAGE = 4096


def _history(path: Path, sessions: int = 40) -> None:
    storage = Storage(path)
    for n in range(sessions):
        sid = storage.create_session({"name": f"s{n}"}, started_at=1000.0 + n)
        storage.add_answer(sid, "tech.a", 0, "typed", "an answer " * 60)
        storage.finish_session(sid, session_score(47))
    storage.close()  # (folded into the file: no -wal left)


def _checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    seen: list[Path] = []
    real = db_health.check

    def counted(path: Path, *args: object, **kwargs: object) -> str | None:
        seen.append(path)
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(db_health, "check", counted)
    return seen


def _damage_a_page(path: Path) -> str:
    """Random bytes over a page of answers (not the first: the file still opens)."""
    pages = path.stat().st_size // PAGE
    with path.open("r+b") as f:
        f.seek((pages - 3) * PAGE)
        f.write(os.urandom(PAGE))
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_sound_file_is_checked_after_opening_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "sessions.sqlite3"
    _history(path)
    assert db_health.opening_writes_nothing(path, SCHEMA_VERSION)
    seen = _checks(monkeypatch)
    storage = Storage(path, check_later=True, upkeep_later=True)
    assert seen == [] and len(storage.sessions()) == 40  # reads go on unchecked
    assert storage.check_deferred() is False and seen == [path]
    storage.create_session({"name": "new"})
    assert seen == [path]  # once
    storage.close()
    Storage(path).close()  # a command: checked as it opens
    assert seen == [path, path]


def test_the_first_write_checks_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "sessions.sqlite3"
    _history(path)
    seen = _checks(monkeypatch)
    storage = Storage(path, check_later=True, upkeep_later=True)
    storage.create_session({"name": "new"})  # the window's lane never got to it
    assert seen == [path]
    storage.close()


def test_a_damaged_file_is_kept_as_it_was_and_salvaged_before_a_write(
    tmp_path: Path,
) -> None:
    path = tmp_path / "sessions.sqlite3"
    _history(path)
    before = _damage_a_page(path)
    storage = Storage(path, check_later=True, upkeep_later=True)
    assert storage.take_notices() == []  # opened unchecked
    sid = storage.create_session({"name": "after the damage"})
    notices = storage.take_notices()
    assert len(notices) == 1 and "was damaged" in notices[0] and str(path) in notices[0]
    kept = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1 and hashlib.sha256(kept[0].read_bytes()).hexdigest() == before
    sessions = storage.sessions()
    assert "after the damage" in {s.plan.name for s in sessions}
    assert len(sessions) > 30  # what still reads, and the new one
    storage.close()
    again = sqlite3.connect(path)
    assert again.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert again.execute("SELECT plan_json FROM sessions WHERE id = ?", (sid,)).fetchone()
    again.close()


def test_a_damaged_file_never_checked_is_left_as_it_was_by_the_close(tmp_path: Path) -> None:
    path = tmp_path / "sessions.sqlite3"
    _history(path)
    before = _damage_a_page(path)
    storage = Storage(path, check_later=True, upkeep_later=True)
    assert storage.session_count() == 40
    storage.close()  # quit before the lane checked it: nothing written to it
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    opened = Storage(path)  # the next start finds it
    assert any("was damaged" in n for n in opened.take_notices())
    opened.close()


def test_a_file_to_migrate_is_checked_as_it_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "sessions.sqlite3"
    _history(path, 2)
    db = sqlite3.connect(path)
    db.execute("DROP TABLE upkeep")  # (schema 7 made it)
    db.execute("PRAGMA user_version = 6")
    db.commit()
    db.close()
    seen = _checks(monkeypatch)
    Storage(
        path, check_later=True, upkeep_later=True
    ).close()  # the migration writes: checked first
    assert seen == [path]
