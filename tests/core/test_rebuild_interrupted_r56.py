"""A crash or power cut in the middle of the database's rebuild loses nothing (attack run 56).

When the database file is deleted, replaced or cut short under the running app, the next write
rebuilds it from the open connection into a fresh copy, then swaps the copy in: the old file's
-wal and -shm removed, a file found in its place kept aside, the copy renamed into place. The
copy was the only whole one, and a kill between those steps left it under a hidden name
(.sessions.sqlite3.restore) that nothing read: the next start opened the cut file or made an
empty database, and every session was gone from the app. Now the copy is whole on the disk
before anything is removed, and every start first finishes a swap a crash left undone."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from session_kit import Harness

from simulator.core import db_rebuild
from simulator.core.storage import Storage

FIRST = "Overfitting is when the model memorizes noise in the training set instead of the signal."
SECOND = "Spam filtering needs precision on reported spam, user reports as labels, and retraining."


class Killed(BaseException):
    """The process ends here (a kill, a crash, the power)."""


def _left_on_disk(folder: Path, where: Path) -> Path:
    """Every file of the data folder as a kill leaves it, hidden ones too."""
    shutil.copytree(folder, where, symlinks=True)
    return where


def _damage(db: Path, how: str) -> None:
    if how == "cut short":
        os.truncate(db, 0)
    elif how == "deleted":
        db.unlink()
    else:  # replaced: someone's file put in its place
        other = db.with_name("other.sqlite3")
        Storage(other).close()
        os.replace(other, db)


@pytest.mark.parametrize("how", ["cut short", "deleted", "replaced"])
def test_a_kill_before_the_rebuilt_copy_is_in_place_loses_nothing_r56(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    h = Harness(tmp_path / "run", follow_ups=False)
    h.start("tech.overfit", "case.spam")
    h.to_answering()
    h.session.primary(FIRST)
    h.session.primary()
    h.to_answering()
    db = h.storage.path
    h.storage._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the first answer in the file
    _damage(db, how)
    replace = os.replace
    left: list[Path] = []

    def killed_at_the_swap(src: os.PathLike[str] | str, dst: os.PathLike[str] | str) -> None:
        if Path(src).name == f".{db.name}.restore" and Path(dst) == db:
            left.append(_left_on_disk(db.parent, tmp_path / "after-kill"))
            raise Killed
        replace(src, dst)

    monkeypatch.setattr(db_rebuild.os, "replace", killed_at_the_swap)
    with pytest.raises(Killed):
        h.session.primary(SECOND)  # the write that notices the damage and rebuilds
    monkeypatch.undo()

    after = Storage(left[0] / db.name)  # the next start
    (session,) = after.sessions()
    assert [a.text for a in after.answers(session.id)] == [FIRST]  # (SECOND was not written)
    notices = after.take_notices()
    assert any("was being rebuilt when the app last ended" in n for n in notices), notices
    assert not (left[0] / f".{db.name}.restore").exists()
    if how == "replaced":  # someone's file is kept, never lost
        assert any(p.name.startswith(f"{db.name}.found-") for p in left[0].iterdir())
    after.close()


def test_a_copy_cut_short_by_a_kill_is_removed_and_the_file_left_as_it_was_r56(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "data"
    Storage(folder / "sessions.sqlite3").close()
    part = folder / ".sessions.sqlite3.restore.part"
    part.write_bytes(b"SQLite format 3\x00" + bytes(100))  # a copy the kill cut short
    before = (folder / "sessions.sqlite3").read_bytes()
    again = Storage(folder / "sessions.sqlite3")
    assert not part.exists() and again.take_notices() == []
    again.close()
    assert (folder / "sessions.sqlite3").read_bytes()[:100] == before[:100]
