"""Schema 6's re-rounding of stored session means ran as the file opened, all at once: 6.6 s at
18,000 sessions on the thread that opened it, before the window could show (round 45's Left).
It is now left for after opening (``Storage.upkeep``), a batch of sessions per transaction: a
crash keeps every batch done and leaves the file whole, and the next start goes on from there."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from simulator.core import storage_schema
from simulator.core.storage import Storage
from simulator.core.storage_means import STEP
from tests.core.test_storage_means_rerounded import _old_file

REPO = Path(__file__).resolve().parents[2]
SESSIONS = 7


def _stored(path: Path) -> list[int]:
    db = sqlite3.connect(path)
    try:
        rows = db.execute("SELECT score_json FROM sessions ORDER BY id").fetchall()
        return [int(r[0].split('"overall": ')[1].split(",")[0]) for r in rows]
    finally:
        db.close()


def _old(tmp_path: Path) -> Path:
    path = tmp_path / "sessions.sqlite3"
    _old_file(path, [[(14, "technical"), (15, "technical")]] * SESSIONS)  # 14.5: stored 14
    return path


def test_opening_leaves_the_work_for_later_and_batches_do_it(tmp_path: Path) -> None:
    path = _old(tmp_path)
    storage = Storage(path, upkeep_later=True)
    try:
        assert storage.schema_version == storage_schema.SCHEMA_VERSION
        assert _stored(path) == [14] * SESSIONS  # nothing re-read as it opened
        assert storage.upkeep_left() == (0, SESSIONS)
        seen = []
        while storage.upkeep(batch=3):
            seen.append(storage.upkeep_left())
        # with schema 10's step (the answers' off-question column, ui67) one pass of the
        # sessions, only going forward: it said each step's pass, from 0 twice (ui67b)
        assert seen == [(1, SESSIONS), (3, SESSIONS), (3, SESSIONS), (5, SESSIONS), (6, SESSIONS)]
        assert storage.upkeep_left() is None and not storage.upkeep()
        assert _stored(path) == [15] * SESSIONS
        assert storage.take_notices() == []
    finally:
        storage.close()


def test_a_failure_mid_batch_keeps_the_batches_done_and_the_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _old(tmp_path)
    storage = Storage(path, upkeep_later=True)
    assert storage.upkeep(batch=3)
    real, notice, found_again = storage_schema.STEPS[STEP]

    def dies_after_writing(db: sqlite3.Connection, after: int, size: int):  # type: ignore[no-untyped-def]
        real(db, after, size)  # its rows written, then the power goes
        raise KeyboardInterrupt

    monkeypatch.setitem(storage_schema.STEPS, STEP, (dies_after_writing, notice, found_again))
    with pytest.raises(KeyboardInterrupt):
        storage.upkeep(batch=3)
    storage.close()
    assert _stored(path) == [15] * 3 + [14] * 4  # the first batch kept, the second undone
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    monkeypatch.undo()
    again = Storage(path, upkeep_later=True)
    try:
        # goes on from there: 3 of the first step's 7, none of the second's (one pass: ui67b)
        assert again.upkeep_left() == ((3 + 0) // 2, SESSIONS)
    finally:
        again.close()
    Storage(path).close()  # a command does what is left as it opens
    assert _stored(path) == [15] * SESSIONS


def test_a_process_killed_between_batches_goes_on_at_the_next_start(tmp_path: Path) -> None:
    path = _old(tmp_path)
    child = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from simulator.core.storage import Storage
        s = Storage(Path({str(path)!r}), upkeep_later=True)
        s.upkeep(batch=2)
        s.upkeep(batch=2)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    done = subprocess.run([sys.executable, "-c", child], cwd=REPO, timeout=120, check=False)
    assert done.returncode == -9
    assert _stored(path) == [15] * 4 + [14] * 3
    storage = Storage(path, upkeep_later=True)
    try:
        assert storage.upkeep_left() == ((4 + 0) // 2, SESSIONS)  # (two steps, one pass: ui67b)
        while storage.upkeep():
            pass
        assert _stored(path) == [15] * SESSIONS
    finally:
        storage.close()


def test_a_new_file_has_nothing_left_to_do(tmp_path: Path) -> None:
    storage = Storage(tmp_path / "new.sqlite3", upkeep_later=True)
    try:
        assert storage.upkeep_left() is None and not storage.upkeep()
    finally:
        storage.close()


def _unreadable(tmp_path: Path, *ids: int) -> Path:
    """An old file whose stored summaries of sessions ``ids`` cannot be read."""
    path = _old(tmp_path)
    db = sqlite3.connect(path)
    db.executemany(
        "UPDATE sessions SET score_json = 'not a summary' WHERE id = ?", [(i,) for i in ids]
    )
    db.commit()
    db.close()
    return path


def test_a_summary_not_read_before_a_quit_is_told_when_the_upkeep_ends(tmp_path: Path) -> None:
    # fix46: the ids of summaries that could not be read were kept in memory only, so those of
    # batches done before a quit were never told
    path = _unreadable(tmp_path, 2)
    first = Storage(path, upkeep_later=True)
    assert first.upkeep(batch=3)  # sessions 1-3, then the app quits
    assert first.take_notices() == []
    first.close()
    again = Storage(path, upkeep_later=True)
    try:
        while again.upkeep(batch=3):
            pass
        (notice,) = again.take_notices()
        assert "1 stored session score could not be read" in notice
        assert "(session 2)" in notice
    finally:
        again.close()


def test_a_summary_not_read_is_told_once_in_one_run(tmp_path: Path) -> None:
    path = _unreadable(tmp_path, 2, 6)
    storage = Storage(path, upkeep_later=True)
    try:
        while storage.upkeep(batch=3):
            pass
        (notice,) = storage.take_notices()
        assert "(sessions 2, 6)" in notice
    finally:
        storage.close()
