"""A session database that is a link leading to itself (attack run 49: the window's only
dialog said "cannot create the session database ...: too many levels of symbolic links")."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.storage import Storage, StorageError


def test_a_database_link_loop_is_said_with_its_way_out_hard49(tmp_path: Path) -> None:
    database = tmp_path / "sessions.sqlite3"
    database.symlink_to(database)
    with pytest.raises(StorageError) as info:
        Storage(database)
    message = str(info.value)
    assert message == (
        f"cannot create the session database {database}: a link in its place leads to itself "
        "or round in a loop: remove that link"
    ), message
    assert database.is_symlink()  # nothing replaced it
