"""A data folder whose path is too long for SQLite: said so, not "unable to open database file"."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.storage import Storage, StorageError


def _folder_of_length(base: Path, length: int) -> Path:
    folder = base
    while len(str(folder)) < length:
        folder = folder / ("d" * min(200, length - len(str(folder)) - 1))
    folder.mkdir(parents=True)
    return folder


def test_a_path_too_long_for_sqlite_is_named_with_what_helps(tmp_path: Path) -> None:
    folder = _folder_of_length(tmp_path, 520)
    with pytest.raises(StorageError) as caught:
        Storage(folder / "sessions.sqlite3")
    message = str(caught.value)
    assert "too long" in message and "--data-dir" in message, message
    assert not (folder / "sessions.sqlite3").exists()  # no empty file left behind


def test_a_long_path_that_sqlite_takes_still_works(tmp_path: Path) -> None:
    folder = _folder_of_length(tmp_path, 440)
    storage = Storage(folder / "sessions.sqlite3")
    try:
        assert storage.sessions() == []
    finally:
        storage.close()
