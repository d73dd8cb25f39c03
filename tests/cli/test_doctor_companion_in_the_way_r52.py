"""doctor's fix for a folder, pipe or device under the name of SQLite's -wal, -shm or -journal
file is to move it (attack run 52: a folder named sessions.sqlite3-wal; the line said "move it
away and start again" and its fix "pass --data-dir DIR or set ML_INTERVIEW_DATA_DIR to a
writable folder", which leaves it in the way)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from simulator.cli.doctor import check_database
from simulator.core.storage import Storage


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
@pytest.mark.parametrize("what", ["folder", "pipe"])
def test_the_fix_is_to_move_what_is_in_the_way_r52(data_dir: Path, suffix: str, what: str) -> None:
    Storage(data_dir / "sessions.sqlite3").close()
    companion = data_dir / f"sessions.sqlite3{suffix}"
    companion.unlink(missing_ok=True)
    if what == "folder":
        companion.mkdir()
    else:
        os.mkfifo(companion)
    check = check_database()
    assert not check.ok and str(companion) in check.detail
    assert check.fix == "move that folder, pipe or device away, then start again"
