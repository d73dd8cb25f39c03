"""``ml-interview export`` of a session number no database row can have (attack run 59: a
traceback, OverflowError out of sqlite3, where an unknown session is one line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator import paths
from simulator.cli import main
from simulator.core.storage import Storage


@pytest.mark.parametrize("wanted", ["99999999999999999999999", "-99999999999999999999999"])
def test_a_session_number_past_sqlite_is_unknown_attack59(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], wanted: str
) -> None:
    storage = Storage(paths.database_file())
    storage.finish_session(
        storage.create_session({"name": "Quick practice", "question_ids": []}), None
    )
    storage.close()
    out = tmp_path / "card.md"
    assert main(["export", wanted, "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"no session {wanted}" in err, err
    assert not out.exists()


def test_storage_says_no_such_session_for_an_id_past_sqlite_attack59(data_dir: Path) -> None:
    storage = Storage(paths.database_file())
    try:
        with pytest.raises(KeyError, match="no session"):
            storage.session(2**70)
    finally:
        storage.close()
