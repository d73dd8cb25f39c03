"""Attack run of round 26: a session database another program holds locked when the app (or a
command) starts is named, with what to do; it said only "another program is using it (it is
locked)", and the window's start-up dialog ended there."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from simulator.core.storage import Storage, StorageError


def test_a_database_locked_at_start_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "sessions.sqlite3"
    Storage(path).close()
    other = sqlite3.connect(path, isolation_level=None)  # as a database browser would
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("INSERT INTO sessions (started_at, plan_json) VALUES (1, '{}')")
    try:
        with pytest.raises(StorageError) as caught:
            Storage(path)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert caught.value.kind == "locked"
    assert str(caught.value) == (
        f"cannot open the session database {path}: another program is using it (it is "
        "locked): close that program or wait until it is done, then try again"
    )
    Storage(path).close()  # once it is let go, it opens
