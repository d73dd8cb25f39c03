"""A data folder whose file system cannot lock files is used, and said to be unlocked, not
"held by another window" (attack run 32): every flock error read as "held", so on a network
share without a lock service (ENOLCK) or a FUSE mount without locks (EOPNOTSUPP) the window
never opened ("The app is already running with the data folder ...") and an archive import
refused "while the app is running", with no app running anywhere."""

from __future__ import annotations

import errno
import fcntl
from pathlib import Path

import pytest

from simulator.core.archive import export_archive
from simulator.core.storage import Storage
from simulator.instance import InstanceLock


def _no_locks(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    def flock(_fd: int, _how: int) -> None:
        raise OSError(code, "lock refused by the test")

    monkeypatch.setattr(fcntl, "flock", flock)


@pytest.mark.parametrize("code", [errno.ENOLCK, errno.EOPNOTSUPP, errno.EIO])
def test_a_folder_that_cannot_be_locked_is_used_and_said_unlocked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    _no_locks(monkeypatch, code)
    lock = InstanceLock(tmp_path)
    try:
        assert lock.acquire()
        assert str(tmp_path / ".lock") in lock.unlocked_reason
        assert "cannot be locked" in lock.unlocked_reason
    finally:
        lock.release()


def test_a_lock_held_by_another_window_is_still_held(tmp_path: Path) -> None:
    first, second = InstanceLock(tmp_path), InstanceLock(tmp_path)
    assert first.acquire()
    try:
        assert not second.acquire()
        assert second.unlocked_reason == "" and first.unlocked_reason == ""
    finally:
        first.release()


def test_an_import_goes_ahead_on_a_folder_that_cannot_be_locked(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    from simulator.cli import main

    other = Storage(tmp_path / "other" / "sessions.sqlite3")
    sid = other.create_session({"name": "imported"})
    other.add_answer(sid, "tech.a", 0, "typed", "an answer")
    export_archive(other, tmp_path / "archive.zip")
    other.close()
    _no_locks(monkeypatch, errno.ENOLCK)
    assert main(["archive", "import", str(tmp_path / "archive.zip")]) == 0
    err = capsys.readouterr().err
    assert "cannot be locked" in err and "running" not in err, err
    mine = Storage(data_dir / "sessions.sqlite3")
    try:
        assert [s.plan.name for s in mine.sessions()] == ["imported"]
    finally:
        mine.close()
