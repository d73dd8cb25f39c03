"""Attack run of round 30: another program's SQLite database in the place of the sessions file.

A file that is a sound SQLite database but holds none of the app's tables (another program's,
copied or restored there by mistake) was taken as a new database: even `ml-interview history`
wrote the app's eleven tables into it and switched it to write-ahead logging, without a word,
and the window then saved interviews into that program's file. It is refused, untouched, with
one sentence naming it and its tables."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from simulator import paths
from simulator.cli import main
from simulator.core.storage import Storage, StorageError


def _foreign(path: Path) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    db.execute("CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, fk INTEGER)")
    db.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    db.commit()
    db.close()
    return path.read_bytes()


def test_a_foreign_database_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "sessions.sqlite3"
    before = _foreign(path)
    with pytest.raises(StorageError) as refused:
        Storage(path)
    assert refused.value.kind == "foreign"
    assert str(refused.value) == (
        f"{path} is not a session database of this app: it holds another program's tables "
        "(moz_bookmarks, moz_places); move it away, or start the app with another --data-dir"
    )
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sessions.sqlite3"]


def test_history_names_the_foreign_file_in_one_line(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = paths.database_file()
    before = _foreign(path)
    assert main(["history"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"ml-interview: {path} is not a session database of this app")
    assert err.count("\n") == 1 and path.read_bytes() == before


def test_a_new_or_empty_file_is_still_made_the_database(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    for path in (empty, tmp_path / "new.sqlite3"):
        storage = Storage(path)
        try:
            assert storage.create_session({"name": "x"}) == 1
        finally:
            storage.close()


def test_doctor_says_what_helps(data_dir: Path) -> None:
    from simulator.cli.doctor import check_database

    _foreign(paths.database_file())
    check = check_database()
    assert not check.ok and "not a session database of this app" in check.detail
    assert check.fix.startswith("move that file away")
