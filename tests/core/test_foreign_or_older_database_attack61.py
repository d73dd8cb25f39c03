"""Another program's database that sets a schema number of its own, and an older session
database of the app's that lost a table (attack run 61, issue 8).

Seen with real SQLite files in the data folder's place: another program's file with
``PRAGMA user_version = 5`` (tables ``other``) made every command and the window's only dialog
say 'cannot open the session database ...: no such table: main.sessions' (the foreign check
looked only at schema 0), after switching the file to write-ahead logging (its bytes changed);
at ``user_version = 77`` (as Firefox's places.sqlite has) it was called 'written by a newer
version of the app'. The app's own file at schema 3 whose answers table was dropped said 'no
such table: main.answers' and the app could not start, where a current file missing a table
is kept aside and salvaged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from simulator import paths
from simulator.cli import main
from simulator.core.storage import Storage, StorageError
from simulator.core.storage_schema import MIGRATIONS, statements


def _foreign(path: Path, version: int, tables: dict[str, str]) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    for name, columns in tables.items():
        db.execute(f"CREATE TABLE {name} ({columns})")
        db.execute(f"INSERT INTO {name} DEFAULT VALUES")
    db.execute(f"PRAGMA user_version = {version}")
    db.commit()
    db.close()
    return path.read_bytes()


@pytest.mark.parametrize(
    ("version", "tables", "named"),
    [
        (5, {"other": "x"}, "other"),
        (77, {"moz_places": "id INTEGER PRIMARY KEY, url TEXT"}, "moz_places"),
        (3, {"sessions": "id TEXT, token TEXT"}, "sessions"),
    ],
)
def test_another_programs_database_with_a_schema_number_is_refused_untouched_attack61(
    tmp_path: Path, version: int, tables: dict[str, str], named: str
) -> None:
    path = tmp_path / "sessions.sqlite3"
    before = _foreign(path, version, tables)
    with pytest.raises(StorageError) as refused:
        Storage(path)
    assert refused.value.kind == "foreign"
    assert str(refused.value) == (
        f"{path} is not a session database of this app: it holds another program's tables "
        f"({named}); move it away, or start the app with another --data-dir"
    )
    assert path.read_bytes() == before  # not even switched to write-ahead logging
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sessions.sqlite3"]


def test_history_names_another_programs_database_attack61(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = paths.database_file()
    before = _foreign(path, 5, {"other": "x"})
    assert main(["history"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"ml-interview: {path} is not a session database of this app")
    assert "no such table" not in err
    assert path.read_bytes() == before


def _own_at_schema(path: Path, version: int) -> None:
    db = sqlite3.connect(path, isolation_level=None)
    for script in MIGRATIONS[:version]:
        for statement in statements(script):
            db.execute(statement)
    db.execute(f"PRAGMA user_version = {version}")
    db.execute(
        "INSERT INTO sessions (id, started_at, status, plan_json) "
        "VALUES (1, 1700000000, 'finished', '{\"name\": \"Full loop\"}')"
    )
    db.close()


def test_an_older_file_of_the_apps_missing_a_table_is_salvaged_attack61(tmp_path: Path) -> None:
    path = tmp_path / "sessions.sqlite3"
    _own_at_schema(path, 3)
    db = sqlite3.connect(path)
    db.execute("DROP TABLE answers")
    db.commit()
    db.close()
    storage = Storage(path)
    try:
        notices = storage.take_notices()
        assert any("was damaged (table answers is missing)" in n for n in notices), notices
        assert any("1 session was recovered" in n for n in notices), notices
        assert [s.id for s in storage.sessions()] == [1]
        sid = storage.create_session({"name": "next", "question_ids": ["q"]})
        storage.add_answer(sid, "q", 0, "typed", "an answer saved after the repair")
    finally:
        storage.close()
    assert [p.name for p in tmp_path.iterdir() if ".damaged-" in p.name]


def test_an_older_file_of_the_apps_that_is_whole_is_migrated_not_salvaged_attack61(
    tmp_path: Path,
) -> None:
    path = tmp_path / "sessions.sqlite3"
    _own_at_schema(path, 3)
    storage = Storage(path)
    try:
        assert not any("damaged" in n for n in storage.take_notices())
        assert [s.id for s in storage.sessions()] == [1]
    finally:
        storage.close()
    assert not [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
