"""SQLite keeps a database's unwritten changes and locks in files beside it (-wal, -shm,
-journal). A folder, pipe or device under one of those names (attack run 31) read as 'unable to
open database file' or 'disk I/O error', naming neither the file in the way nor what to do; a
pipe as the -wal file opened 'intact' and would take writes no one reads. The file is named."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from simulator.core.storage import Storage
from simulator.core.storage_errors import StorageError


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
@pytest.mark.parametrize("kind", ["folder", "pipe"])
def test_a_companion_file_that_is_not_a_file_is_named(
    tmp_path: Path, suffix: str, kind: str
) -> None:
    path = tmp_path / "sessions.sqlite3"
    Storage(path).close()  # a database with a session's worth of tables
    companion = Path(f"{path}{suffix}")
    if companion.exists():
        companion.unlink()
    if kind == "folder":
        companion.mkdir()
    else:
        os.mkfifo(companion)
    with pytest.raises(StorageError) as caught:
        Storage(path)
    message = str(caught.value)
    assert str(companion) in message and "not a regular file" in message, message
    assert "move it away" in message
    assert path.is_file()  # the database itself is left as it was
