"""A session database file that cannot be written in a folder that can (chattr +i, chmod a-w
for a person who is not root): it opened as usual, and the first answer saved failed with "the
disk or folder is read-only" about a folder that was not (attack run 47). It now opens
read-only at once, saying the file itself is read-only and what to do; past sessions read."""

from __future__ import annotations

import subprocess

import pytest

from simulator.core.storage import Storage, StorageError


def test_a_read_only_database_file_is_named_at_open(tmpfs) -> None:  # type: ignore[no-untyped-def]
    where = tmpfs.ext4()
    path = where / "sessions.sqlite3"
    first = Storage(path)
    first.create_session({"name": "kept"})
    first.close()
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available here")
    try:
        storage = Storage(path)
        assert storage.read_only
        notice = " ".join(storage.take_notices())
        assert str(path) in notice and "the file itself is read-only" in notice
        assert "chattr -i" in notice
        assert [s.plan.name for s in storage.sessions()] == ["kept"]
        with pytest.raises(StorageError, match="the file itself is read-only"):
            storage.create_session({"name": "new"})
        storage.close()
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=False)
