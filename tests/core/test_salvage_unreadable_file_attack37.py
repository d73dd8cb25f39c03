"""Random bytes (an encrypted or half-copied file) in the session database's place: the notice
said 'nothing was recovered into a fresh file; 6 row(s) could not be read' (attack run 37), as if
six answers were lost, when the file may have held hundreds: each of the six tables that could
not be read at all was counted as one row. It now says none of it could be read; the file is
still kept aside under its .damaged name."""

from __future__ import annotations

import os
from pathlib import Path

from simulator.core.storage import Storage


def test_a_file_of_random_bytes_is_said_to_be_unreadable_not_six_rows(tmp_path: Path) -> None:
    path = tmp_path / "sessions.sqlite3"
    damaged = os.urandom(20_000)
    path.write_bytes(damaged)
    storage = Storage(path)
    try:
        (notice,) = storage.take_notices()
        assert storage.sessions() == []
    finally:
        storage.close()
    assert notice.endswith("nothing was recovered into a fresh file: none of it could be read.")
    assert "row(s)" not in notice
    (kept,) = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert f"The damaged file was kept as {kept.name}" in notice
    assert kept.read_bytes() == damaged
