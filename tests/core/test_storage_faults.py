"""Storage faults through the real SQLite code (issue 12, items 9-11): a database deleted
while the app runs, a damaged database, a read-only or uncreatable data folder, a full disk."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path

import pytest

from simulator.core.session.journal import failure_message
from simulator.core.storage import Storage, StorageError
from tests.scores import answer_score, session_score


def _filled(path: Path, sessions: int = 3) -> None:
    s = Storage(path)
    for i in range(sessions):
        sid = s.create_session({"name": f"s{i}"})
        s.add_answer(sid, "tech.a", 0, "typed", f"answer {i}", score=answer_score(60 + i))
        s.finish_session(sid, session_score(60 + i))
    s.close()


# --- deleted while running (item 9) ----------------------------------------------------------
def test_a_database_deleted_while_running_is_recreated_with_everything(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    s = Storage(path)
    sid = s.create_session({"name": "live"})
    s.add_answer(sid, "tech.a", 0, "typed", "first")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    s.add_answer(sid, "tech.b", 1, "typed", "second")
    s.finish_session(sid, session_score(50))
    assert path.exists()
    fresh = Storage(path)
    record = fresh.session(sid)
    assert [a.text for a in record.answers] == ["first", "second"]
    assert record.status == "finished"
    (notice,) = s.take_notices()
    assert "deleted" in notice and str(path) in notice


# --- damaged database (item 10) --------------------------------------------------------------
def _notice(s: Storage) -> str:
    (notice,) = s.take_notices()
    return notice


def test_page_corruption_is_backed_up_and_salvaged(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    s = Storage(path)
    sid = s.create_session({"name": "x"})
    for i in range(400):
        s.add_answer(sid, "tech.a", i, "typed", f"answer {i} " + "x" * 300)
    s.close()
    sqlite3.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    size = path.stat().st_size
    with path.open("r+b") as fh:  # overwrite a few pages in the middle of the answers table
        fh.seek(size // 2)
        fh.write(os.urandom(4096 * 3))
    fresh = Storage(path)
    notice = _notice(fresh)
    assert "damaged" in notice and ".damaged-" in notice
    (backup,) = [
        b for b in tmp_path.glob("db.sqlite3.damaged-*") if b.name[-4:] not in ("-wal", "-shm")
    ]
    assert backup.stat().st_size == size
    kept = fresh.session(sid).answers
    assert 200 < len(kept) < 400  # most rows read, the broken pages lost
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_dropped_column_and_a_missing_table_are_salvaged(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    _filled(path)
    db = sqlite3.connect(path)
    db.execute("ALTER TABLE answers DROP COLUMN audio_path")
    db.commit()
    db.close()
    fresh = Storage(path)
    assert "lacks column audio_path" in _notice(fresh)
    assert len(fresh.sessions()) == 3 and all(len(x.answers) == 1 for x in fresh.sessions())

    db = sqlite3.connect(path)
    db.execute("DROP TABLE answers")
    db.commit()
    db.close()
    again = Storage(path)
    assert "table answers is missing" in _notice(again)
    assert len(again.sessions()) == 3


def test_a_bad_json_cell_and_an_absurd_timestamp_read_without_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    _filled(path)
    db = sqlite3.connect(path)
    db.execute("UPDATE sessions SET score_json = '{not json', started_at = 1e300 WHERE id = 1")
    db.execute("UPDATE answers SET score_json = '[[[[' WHERE id = 2")
    db.commit()
    db.close()
    s = Storage(path)
    sessions = {x.id: x for x in s.sessions()}
    assert sessions[1].score is None and sessions[1].started_at == 0.0
    assert sessions[2].answers[0].score is None
    assert sessions[3].score == session_score(62)


def test_history_on_a_damaged_database_prints_what_was_saved(tmp_path: Path) -> None:
    from simulator.cli import main

    data = tmp_path / "data"
    data.mkdir()
    _filled(data / "sessions.sqlite3")
    db = sqlite3.connect(data / "sessions.sqlite3")
    db.execute("UPDATE sessions SET started_at = 1e300 WHERE id = 1")
    db.execute("DROP TABLE answers")
    db.commit()
    db.close()
    assert main(["--data-dir", str(data), "history", "--json"]) == 0


# --- read-only or uncreatable data folder (item 11) ------------------------------------------
def test_a_read_only_folder_still_shows_history_and_says_why_nothing_saves(tmpfs) -> None:  # type: ignore[no-untyped-def]
    mnt = tmpfs.mount()
    _filled(mnt / "db.sqlite3")
    tmpfs.read_only(mnt)
    s = Storage(mnt / "db.sqlite3")
    assert s.read_only and len(s.sessions()) == 3
    notice = _notice(s)
    # Settings shows the data folder but cannot change it: the notice sent people there
    assert "read-only" in notice and "--data-dir" in notice and "Settings" not in notice
    assert "ML_INTERVIEW_DATA_DIR" in notice
    with pytest.raises(StorageError, match="read-only") as err:
        s.create_session({"name": "new"})
    assert err.value.kind == "read-only"
    assert "Settings" not in failure_message(s.path, err.value)


def _crashed_with_answers_in_the_wal(target: Path, with_shm: bool = True) -> None:
    """The files a crash leaves: committed answers still in -wal (never checkpointed)."""
    work = target.parent.parent / "work"
    work.mkdir()
    s = Storage(work / "db.sqlite3")
    sid = s.create_session({"name": "live"})
    for i in range(3):
        s.add_answer(sid, "tech.a", i, "typed", f"in the wal {i}")
    assert (work / "db.sqlite3-wal").stat().st_size > 0
    for suffix in ("", "-wal", "-shm")[: 3 if with_shm else 2]:  # while the app holds them
        Path(f"{target}{suffix}").write_bytes(Path(f"{work / 'db.sqlite3'}{suffix}").read_bytes())
    s.close()


@pytest.mark.parametrize("with_shm", [True, False], ids=["with-shm", "without-shm"])
def test_a_read_only_folder_shows_answers_still_in_the_write_ahead_log(
    tmpfs, with_shm: bool
) -> None:  # type: ignore[no-untyped-def]
    mnt = tmpfs.mount("2m")
    path = mnt / "db.sqlite3"
    _crashed_with_answers_in_the_wal(path, with_shm)
    before = {p.name: p.read_bytes() for p in mnt.iterdir()}
    tmpfs.read_only(mnt)
    copies_before = set(Path(tempfile.gettempdir()).glob("interview-db-*"))
    s = Storage(path)
    assert s.read_only and "read-only" in _notice(s)
    (session,) = s.sessions()
    assert [a.text for a in session.answers] == [f"in the wal {i}" for i in range(3)]
    s.close()
    assert {p.name: p.read_bytes() for p in mnt.iterdir()} == before  # nothing changed
    assert set(Path(tempfile.gettempdir()).glob("interview-db-*")) <= copies_before  # removed


def test_an_uncreatable_folder_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="data folder .* cannot be created"):
        Storage(blocker / "data" / "db.sqlite3")


def test_a_full_disk_is_named_as_such(tmpfs) -> None:  # type: ignore[no-untyped-def]
    mnt = tmpfs.mount("200k")
    s = Storage(mnt / "db.sqlite3")
    sid = s.create_session({"name": "big"})
    kept = s.add_answer(sid, "tech.a", 0, "typed", "kept")
    with pytest.raises(StorageError) as err:
        for i in range(1, 1000):
            s.add_answer(sid, "tech.a", i, "typed", os.urandom(2000).hex())
    assert err.value.kind == "full" and "disk is full" in str(err.value)
    assert "\n" not in str(err.value)
    assert s.answer(kept).text == "kept"


def test_an_older_schema_is_migrated_not_salvaged(tmp_path: Path) -> None:
    from simulator.core import storage as storage_module

    path = tmp_path / "db.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(storage_module.MIGRATIONS[0])
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO sessions (started_at, plan_json) VALUES (1.0, '{}')")
    db.commit()
    db.close()
    s = Storage(path)
    assert s.take_notices() == []  # an upgrade, not damage
    assert len(s.sessions()) == 1
    assert not list(tmp_path.glob("*.damaged-*"))


# --- a database that cannot be read right now is not a damaged one ----------------------------
def test_a_database_locked_by_another_program_is_not_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    _filled(path)
    holder = sqlite3.connect(path, isolation_level=None)  # e.g. a sync or backup tool
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("COMMIT")
    with pytest.raises(StorageError, match="locked") as err:
        Storage(path)
    assert err.value.kind == "locked"
    holder.execute("INSERT INTO sessions (started_at, plan_json) VALUES (1.0, '{}')")
    holder.close()
    assert not list(tmp_path.glob("*.damaged-*"))  # nothing was declared damaged
    assert len(Storage(path).sessions()) == 4  # and the other program's write is in the file


def test_a_damaged_database_on_a_full_disk_is_left_as_it_is(tmpfs) -> None:  # type: ignore[no-untyped-def]
    mnt = tmpfs.mount("2m")
    path = mnt / "db.sqlite3"
    _filled(path, sessions=30)
    sqlite3.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    with path.open("r+b") as fh:  # a damaged page: the salvage needs room for a copy
        fh.seek(path.stat().st_size - 4096)
        fh.write(os.urandom(4096))
    before = path.read_bytes()
    with open(mnt / "filler", "wb", buffering=0) as fill:  # take every last byte
        for size in (65536, 4096, 1):
            with contextlib.suppress(OSError):
                while fill.write(b"\0" * size):
                    pass
    s = Storage(path)  # nothing can be rebuilt: what still reads is shown, nothing is changed
    (notice,) = s.take_notices()
    assert s.read_only and "is full" in notice
    assert "session database is damaged (" in notice and "Nothing was changed" in notice
    assert path.read_bytes() == before
    assert not [p.name for p in mnt.iterdir() if "damaged" in p.name or "salvage" in p.name]


def test_doctor_advises_what_helps_for_a_newer_or_locked_database(tmp_path: Path) -> None:
    from simulator import paths
    from simulator.cli.doctor import check_database

    paths.set_data_dir(tmp_path)
    _filled(paths.database_file())
    db = sqlite3.connect(paths.database_file())
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    check = check_database()
    assert not check.ok and "newer version" in check.detail
    assert "newer version of the app" in check.fix and "--data-dir" not in check.fix


def test_a_crashed_runs_private_copy_is_removed_by_the_next_run(tmp_path: Path) -> None:
    import subprocess
    import sys

    from simulator.core.db_readonly import COPY_PREFIX, remove_stale_copies

    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True
    )
    dead_pid = int(ended.stdout)
    crashed = tmp_path / f"{COPY_PREFIX}{dead_pid}-abc"
    (crashed / "sessions.sqlite3").parent.mkdir()
    (crashed / "sessions.sqlite3").write_bytes(b"answers")
    live = tmp_path / f"{COPY_PREFIX}{os.getpid()}-def"  # this process: still reading it
    live.mkdir()
    unrelated = tmp_path / f"{COPY_PREFIX}notapid-x"
    unrelated.mkdir()
    assert remove_stale_copies(tmp_path) == [crashed]
    assert not crashed.exists() and live.exists() and unrelated.exists()


def test_a_pipe_or_device_under_the_database_name_is_named_as_such(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe" / "sessions.sqlite3"
    pipe.parent.mkdir()
    os.mkfifo(pipe)
    device = tmp_path / "device" / "sessions.sqlite3"
    device.parent.mkdir()
    device.symlink_to("/dev/zero")
    for path in (pipe, device):
        with pytest.raises(StorageError, match="not a regular file") as caught:
            Storage(path)
        assert str(path) in str(caught.value)  # "disk I/O error" before
