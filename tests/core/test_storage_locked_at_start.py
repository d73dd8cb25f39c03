"""A session database another program holds locked when the app starts (issue 8: storage faults
at start). The lock is a real one, held by a second process: the error names that program and
the file; the database can be opened read-only meanwhile, which shows everything recorded
(answers still in the write-ahead log included) and writes nothing; once the lock is gone it
opens as before, with nothing lost."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from simulator.core import db_lock
from simulator.core.storage import Storage, StorageError, open_asking
from tests.locked_database import held_locked

LINUX_LOCKS = pytest.mark.skipif(not db_lock.PROC_LOCKS.exists(), reason="no /proc/locks")


def _recorded(path: Path, sessions: int = 3) -> None:
    storage = Storage(path)
    for n in range(sessions):
        sid = storage.create_session({"name": f"plan {n}", "question_ids": ["tech.overfitting"]})
        storage.add_answer(sid, "tech.overfitting", 0, "typed", f"answer {n}")
    storage.close()


def _fingerprint(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


@LINUX_LOCKS
def test_the_error_names_the_program_holding_the_lock_and_the_file(tmp_path: Path) -> None:
    path = tmp_path / "sessions.sqlite3"
    _recorded(path)
    with held_locked(path) as other:
        (holder,) = db_lock.holders(path)
        assert holder.pid == other.pid and holder.name.startswith("python")
        with pytest.raises(StorageError) as caught:
            Storage(path, lock_wait=0.1)
    assert caught.value.kind == "locked"
    message = str(caught.value)
    assert str(path) in message and f"process {other.pid}" in message
    assert "close that program or wait until it is done, then try again" in message
    assert db_lock.holders(path) == []  # nothing holds it once that program is done


def test_a_lock_list_that_names_other_files_or_waiters_names_nobody(tmp_path: Path) -> None:
    path = tmp_path / "sessions.sqlite3"
    path.write_bytes(b"")
    st = path.stat()
    where = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    locks = tmp_path / "locks"
    locks.write_text(
        f"1: POSIX  ADVISORY  WRITE 999999 {where}1 0 EOF\n"  # another file (another inode)
        f"2: -> POSIX  ADVISORY  WRITE 999998 {where} 0 EOF\n"  # waiting for it, not holding
        "3: a line that is not one\n"
        f"4: POSIX  ADVISORY  READ 999997 {where} 1073741824 1073741824\n"
    )
    assert db_lock.holders(path, locks) == [db_lock.Holder(999997, "")]
    assert db_lock.holders(path, tmp_path / "none") == []
    assert db_lock.holders(tmp_path / "absent.sqlite3", locks) == []


def test_opened_read_only_while_locked_it_shows_everything_and_writes_nothing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "sessions.sqlite3"
    _recorded(path)
    other_write = (
        "INSERT INTO answers (session_id, question_id, position, mode, text, created_at) "
        "VALUES (1, 'tech.overfitting', 1, 'typed', 'in the log', 1.0)"
    )
    with held_locked(path, other_write):
        assert os.path.getsize(f"{path}-wal") > 0  # that answer is only in the log
        before = _fingerprint(tmp_path)
        storage = Storage(path, if_locked="read-only", lock_wait=0.1)
        try:
            assert storage.read_only
            (notice,) = storage.take_notices()
            assert str(path) in notice and "locked" in notice
            assert "new answers cannot be saved" in notice
            answers = sorted(a.text for s in storage.sessions() for a in s.answers)
            assert answers == ["answer 0", "answer 1", "answer 2", "in the log"]
            with pytest.raises(StorageError, match="held it locked") as refused:
                storage.create_session({"name": "new", "question_ids": []})
            assert refused.value.kind == "locked"
        finally:
            storage.close()
        assert _fingerprint(tmp_path) == before  # not a byte written next to it
    again = Storage(path)  # the lock gone: writable, with everything
    try:
        assert not again.read_only and not again.take_notices()
        assert len(again.sessions()) == 3
    finally:
        again.close()


def test_asked_at_start_retry_opens_it_once_the_other_program_is_done(tmp_path: Path) -> None:
    path = tmp_path / "sessions.sqlite3"
    _recorded(path)
    asked: list[str] = []
    with held_locked(path) as other:

        def ask(exc: StorageError) -> str:
            asked.append(str(exc))
            if len(asked) == 2:
                other.release()  # the person closes the other program, then retries
            return "retry"

        storage = open_asking(path, ask, lock_wait=0.1)
    try:
        assert len(asked) == 2 and all(str(path) in a for a in asked)
        assert not storage.read_only
        assert len(storage.sessions()) == 3
        sid = storage.create_session({"name": "after", "question_ids": []})
        assert sid > 0
    finally:
        storage.close()


def test_asked_at_start_quit_raises_and_read_only_reads(tmp_path: Path) -> None:
    path = tmp_path / "sessions.sqlite3"
    _recorded(path, sessions=1)
    with held_locked(path):
        with pytest.raises(StorageError) as caught:
            open_asking(path, lambda exc: "quit", lock_wait=0.1)
        assert caught.value.kind == "locked"
        storage = open_asking(path, lambda exc: "read-only", lock_wait=0.1)
        try:
            assert storage.read_only and len(storage.sessions()) == 1
        finally:
            storage.close()
