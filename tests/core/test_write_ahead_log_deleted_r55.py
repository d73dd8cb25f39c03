"""The database's companion files deleted or cut under a running interview (attack run 55).

sessions.sqlite3-wal and -shm look like leftovers beside the database; a person tidying the
data folder, or a cleaning tool, deletes them while the app runs. SQLite keeps writing into the
deleted write-ahead log, where every answer since the last checkpoint lives: nothing was said,
and when the app was then killed (or crashed, or the power went) the whole interview was gone,
its session row and the answers given before the deletion too. The next write now notices the
companions are gone and rebuilds the database from the open connection, so the files on disk
hold every answer again.

A -shm cut short in place (a backup copied back over it) crashed the app outright: SQLite maps
it into memory, and a page past its new end is a bus error (SIGBUS, the process ended with no
message and everything in memory lost). Its length is given back before SQLite reads it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from session_kit import Harness

from simulator.core.storage import Storage

FIRST = "Overfitting is when the model memorizes noise in the training set instead of the signal."
SECOND = "Spam filtering needs precision on reported spam, user reports as labels, and retraining."


def _left_on_disk(db: Path, where: Path) -> Storage:
    """What a kill of the app leaves: the files under the database's names, as they are."""
    where.mkdir()
    for suffix in ("", "-wal"):
        if os.path.exists(f"{db}{suffix}"):
            shutil.copyfile(f"{db}{suffix}", where / f"{db.name}{suffix}")
    return Storage(where / db.name)


@pytest.mark.parametrize("deleted", [("-wal", "-shm"), ("-wal",), ("-shm",)])
def test_answers_survive_a_kill_after_the_log_was_deleted_r55(
    tmp_path: Path, deleted: tuple[str, ...]
) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", "case.spam")
    h.to_answering()
    h.session.primary(FIRST)
    h.session.primary()
    h.to_answering()
    db = h.storage.path
    for suffix in deleted:
        Path(f"{db}{suffix}").unlink()
    h.session.primary(SECOND)  # the second answer is saved: the deletion is noticed there
    notices = h.storage.take_notices()
    assert len(notices) == 1 and "was rebuilt" in notices[0], notices
    assert f"{db.name}{deleted[0]}" in notices[0]

    after = _left_on_disk(db, tmp_path / "after-kill")
    (session,) = after.sessions()
    assert [a.text for a in after.answers(session.id)] == [FIRST, SECOND]
    after.close()
    h.session.primary()  # the wrap-up is saved in the rebuilt file as usual
    assert h.storage.session(session.id).status == "finished"


def test_a_shared_memory_file_cut_short_does_not_crash_the_app_r55(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", "case.spam")
    h.to_answering()
    h.session.primary(FIRST)
    h.session.primary()
    h.to_answering()
    db = h.storage.path
    os.truncate(f"{db}-shm", 0)  # (before the fix: the process ended here, SIGBUS)
    h.session.primary(SECOND)
    h.session.primary()
    notices = h.storage.take_notices()
    assert len(notices) == 1 and f"{db.name}-shm" in notices[0], notices
    after = _left_on_disk(db, tmp_path / "after-kill")
    (session,) = after.sessions()
    assert [a.text for a in after.answers(session.id)] == [FIRST, SECOND]
    assert session.status == "finished"


def test_a_rescore_after_the_log_was_deleted_reaches_the_disk_r55(tmp_path: Path) -> None:
    """A re-score from Review (or an import, or Progress's figures) writes in a transaction of
    its own: it went into the deleted log as well, with the whole finished interview."""
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit")
    h.to_answering()
    h.session.primary(FIRST)
    h.session.primary()  # the wrap-up: finished
    sid = h.session.session_id
    assert sid is not None
    db = h.storage.path
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink()
    h.storage.save_rescore(sid, [], [], None, why="a re-score from Review")
    assert any("write-ahead log" in n for n in h.storage.take_notices())
    after = _left_on_disk(db, tmp_path / "after-kill")
    (session,) = after.sessions()
    assert session.status == "finished"
    assert [a.text for a in after.answers(session.id)] == [FIRST]


def test_each_write_checks_and_notes_the_files_once_r55(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check before and the note after are the transaction's: ``_write`` and ``upkeep``
    made both again around it, each answer's save stating the three files twice (mendUI55)."""
    storage = Storage(tmp_path / "s.sqlite3")
    try:
        sid = storage.create_session({"name": "x", "question_ids": ["tech.overfit"]})
        calls: list[str] = []
        for name in ("_repair_if_changed_under_us", "_note_files"):
            real = getattr(storage, name)
            monkeypatch.setattr(storage, name, lambda r=real, n=name: (calls.append(n), r())[1])
        storage.add_answer(sid, "tech.overfit", 0, "typed", FIRST)
        assert calls == ["_repair_if_changed_under_us", "_note_files"]
        calls.clear()
        assert storage.upkeep() is False  # (none left: one transaction all the same)
        assert calls == ["_repair_if_changed_under_us", "_note_files"]
    finally:
        storage.close()
