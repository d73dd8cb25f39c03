"""Another program's database whose tables have the app's names (attack run 37): a web app's
session store ('sessions: id, token, expires') in the place of the sessions file was not taken
for another program's (the check looked at table names only), and every command and the window
said 'cannot open the session database ...: table sessions already exists', naming neither what
the file is nor what to do. It is refused as another program's, untouched; the app's own tables
at schema 0 (a damaged header) still go to the damage checks, not this refusal."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from simulator import paths
from simulator.cli import main
from simulator.core.storage import Storage, StorageError


def _session_store(path: Path) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE sessions (id TEXT PRIMARY KEY, token TEXT, expires INTEGER)")
    db.execute("CREATE TABLE answers (id INTEGER PRIMARY KEY, form TEXT, value TEXT)")
    db.execute("INSERT INTO sessions VALUES ('abc', 'secret', 1)")
    db.commit()
    db.close()
    return path.read_bytes()


def test_tables_of_the_apps_names_but_not_its_columns_are_another_programs(
    tmp_path: Path,
) -> None:
    path = tmp_path / "sessions.sqlite3"
    before = _session_store(path)
    with pytest.raises(StorageError) as refused:
        Storage(path)
    assert refused.value.kind == "foreign"
    assert str(refused.value) == (
        f"{path} is not a session database of this app: it holds another program's tables "
        "(answers, sessions); move it away, or start the app with another --data-dir"
    )
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sessions.sqlite3"]


def test_history_names_it_in_one_line(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = paths.database_file()
    before = _session_store(path)
    assert main(["history"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"ml-interview: {path} is not a session database of this app")
    assert "already exists" not in err
    assert err.count("\n") == 1 and path.read_bytes() == before


def test_the_apps_own_tables_at_schema_zero_are_not_called_another_programs(
    tmp_path: Path,
) -> None:
    path = tmp_path / "sessions.sqlite3"
    Storage(path).close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 0")  # as a damaged header reads
    db.commit()
    db.close()
    try:
        Storage(path).close()
    except StorageError as exc:
        assert exc.kind != "foreign"
