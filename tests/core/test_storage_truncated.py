"""The session database cut short while the app runs (another program truncated it, a sync tool
wrote an empty file over it in place): the next write or close notices it and rebuilds the file
from what the open connection still holds, and says so. Before, writes went on into the
write-ahead log beside an empty file, and the next start found an empty database: every
session gone, without a word."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from simulator.core.storage import Storage


def _live(path: Path, answers: int = 40) -> tuple[Storage, int]:
    """A session written by this run, every commit checkpointed into the main file (as
    SQLite does by itself once the write-ahead log grows)."""
    s = Storage(path)
    s._db.execute("PRAGMA wal_autocheckpoint=1")
    sid = s.create_session({"name": "live"})
    for i in range(answers):
        s.add_answer(sid, "tech.a", i, "typed", f"answer {i} " * 40)
    return s, sid


@pytest.mark.parametrize("keep", [0.0, 0.5])
def test_a_file_cut_short_under_the_app_is_rebuilt_at_the_next_write(
    tmp_path: Path, keep: float
) -> None:
    path = tmp_path / "sessions.sqlite3"
    s, sid = _live(path)
    os.truncate(path, int(path.stat().st_size * keep))
    s.add_answer(sid, "tech.b", 99, "typed", "after the cut")
    (notice,) = s.take_notices()
    assert str(path) in notice and "cut short" in notice and "rebuilt" in notice, notice
    s.close()
    fresh = Storage(path)
    assert not fresh.take_notices()
    texts = [a.text for a in fresh.session(sid).answers]
    assert len(texts) == 41 and texts[-1] == "after the cut"


def test_a_file_cut_short_before_the_app_closes_is_rebuilt_at_close(tmp_path: Path) -> None:
    path = tmp_path / "sessions.sqlite3"
    s, sid = _live(path)
    os.truncate(path, 0)
    s.close()
    assert len(Storage(path).session(sid).answers) == 40


def test_what_the_app_never_read_is_said_lost_and_saving_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "sessions.sqlite3"
    earlier, _ = _live(path)
    earlier.close()
    s = Storage(path)  # a new run: Home has listed the sessions, no answer was read
    assert [r.plan.name for r in s.sessions()] == ["live"]
    os.truncate(path, 0)
    sid = s.create_session({"name": "today"})
    s.add_answer(sid, "tech.a", 0, "typed", "saved after the cut")
    (notice,) = s.take_notices()
    assert "cut short" in notice and "Only part of it" in notice and "lost" in notice, notice
    s.close()
    assert Storage(path).session(sid).answers[0].text == "saved after the cut"


def test_a_file_overwritten_in_place_is_said_overwritten_and_rebuilt(tmp_path: Path) -> None:
    """Random bytes written over the file (same size, same inode) were called "cut short"."""
    path = tmp_path / "sessions.sqlite3"
    s, sid = _live(path)
    with open(path, "r+b") as f:
        f.write(os.urandom(path.stat().st_size))
    s.add_answer(sid, "tech.b", 99, "typed", "after the overwrite")
    (notice,) = s.take_notices()
    assert "overwritten" in notice and "cut short" not in notice and "rebuilt" in notice, notice
    s.close()
    assert len(Storage(path).session(sid).answers) == 41
