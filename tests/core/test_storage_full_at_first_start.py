"""A first start on a disk that is already full (walkthrough 8): the app still opens, Home
lists nothing rather than failing, and every message names the full disk, not a read-only one."""

from __future__ import annotations

import contextlib

import pytest

from simulator.core.storage import Storage, StorageError


def _fill(mnt) -> None:  # type: ignore[no-untyped-def]
    with open(mnt / "filler", "wb", buffering=0) as fill:  # take every last byte
        for size in (65536, 4096, 1):
            with contextlib.suppress(OSError):
                while fill.write(b"\0" * size):
                    pass


def test_a_first_start_on_a_full_disk_reads_as_empty_and_says_the_disk_is_full(tmpfs) -> None:  # type: ignore[no-untyped-def]
    """Seen: the empty database file could be created but not given its tables; it was then
    opened read-only as it was, so Home's lists failed with "no such table: sessions", and
    saving said "the data folder ... is read-only" on a writable folder whose disk was full."""
    mnt = tmpfs.mount("256k")
    _fill(mnt)
    s = Storage(mnt / "data" / "sessions.sqlite3")
    assert s.read_only
    (notice,) = s.take_notices()
    assert "is full" in notice and "read-only" not in notice
    assert s.sessions() == [] and s.unfinished_session() is None and s.answer_outcomes() == []
    with pytest.raises(StorageError) as err:
        s.create_session({"name": "first"})
    assert err.value.kind == "full"
    assert "full" in str(err.value) and "read-only" not in str(err.value)


def test_the_save_failure_names_the_database_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The notice read "Could not save to X: cannot save to X: the data folder ...": the
    path twice, and the storage's own opening repeated."""
    from simulator.core.session.journal import failure_message

    path = tmp_path / "sessions.sqlite3"
    for verb in ("save", "write"):
        exc = StorageError(f"cannot {verb} to {path}: the disk holding {tmp_path} is full", "full")
        message = failure_message(path, exc)
        assert message.count(str(path)) == 1, message
        assert message.startswith(f"Could not save to {path}: the disk holding {tmp_path} is full.")
        assert "once there is room again on the disk" in message
