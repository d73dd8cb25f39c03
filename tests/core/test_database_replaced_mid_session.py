"""The session database replaced under a running interview (attack run, issue 8): by a folder,
or by another file. Answers already given are kept, the person is told what is in the way and
where, and saving goes on once it is moved; a file found in the database's place is kept aside,
never written over."""

from __future__ import annotations

import os
from pathlib import Path

from session_kit import Harness

from simulator.core.interview import State
from simulator.core.session import events as ev

FIRST = "Overfitting is when the model memorizes noise in the training set instead of the signal."
SECOND = "Spam filtering needs precision on reported spam, user reports as labels, and retraining."


def _first_answer_then_delete(h: Harness) -> Path:
    h.start("tech.overfit", "case.spam")
    h.to_answering()
    h.session.primary(FIRST)
    h.session.primary()
    h.to_answering()
    db = h.storage.path
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return db


def test_a_folder_in_the_databases_place_is_named_and_saving_resumes_once_it_goes(
    tmp_path: Path,
) -> None:
    h = Harness(tmp_path, follow_ups=False)
    db = _first_answer_then_delete(h)
    db.mkdir()
    h.session.primary(SECOND)
    h.session.primary()  # the wrap-up: still in the way
    failures = [e.message for e in h.of(ev.Failed)]
    assert failures and all(str(db) in m and "folder" in m for m in failures), failures
    assert "Errno" not in " ".join(failures) and ".restore" not in " ".join(failures)
    assert h.session.state is State.WRAP_UP and h.session.unsaved_count() == 1
    db.rmdir()  # the person moves it away
    h.session.end()  # Ctrl+E: try again
    assert h.session.state is State.SCORECARD and h.session.unsaved_count() == 0
    assert [r.text for r in h.rows()] == [FIRST, SECOND]
    assert not list(tmp_path.glob(".*.restore"))


def test_a_file_put_in_the_databases_place_is_kept_aside_not_overwritten(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    db = _first_answer_then_delete(h)
    theirs = os.urandom(5000)
    db.write_bytes(theirs)
    h.session.primary(SECOND)
    h.session.primary()
    assert h.session.state is State.SCORECARD
    assert [r.text for r in h.rows()] == [FIRST, SECOND]
    (kept,) = [p for p in tmp_path.iterdir() if p.is_file() and p.read_bytes() == theirs]
    notice = " ".join(h.storage.take_notices())
    assert str(kept) in notice, notice
