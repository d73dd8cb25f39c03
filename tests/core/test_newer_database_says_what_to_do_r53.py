"""A session database written by a newer version says what to do, wherever it is said (attack
run 53, a database of schema 99): the window's only dialog at start read '... was written by a
newer version of the app (schema 99, this one knows 8)' and closed the app on OK, with no way
on; 'ml-interview history' said the same. Only doctor gave a fix."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from simulator.core.storage import Storage, StorageError


def test_a_database_of_a_newer_version_says_what_to_do_r53(tmp_path: Path) -> None:
    path = tmp_path / "sessions.sqlite3"
    Storage(path).close()
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 99")
    before = path.read_bytes()
    with pytest.raises(StorageError) as caught:
        Storage(path)
    said = str(caught.value)
    assert "newer version of the app (schema 99" in said
    assert "nothing in it was changed" in said and "open it with that version" in said
    assert "another --data-dir" in said
    assert path.read_bytes() == before
