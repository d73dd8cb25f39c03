"""A wrap-up (the scorecard's save) that fails on a real disk or under another program's lock
(attack60b, issue 8). Tried in the real window: on a full 2 MB tmpfs, and with a ``sqlite3``
shell holding ``BEGIN EXCLUSIVE`` for 60 s, the page said only "The interview could not be
saved", naming neither the file nor why (the failure's own message, which did, was replaced by
it), said "your answers stay in memory" when every answer was on the disk, and stayed so once
the disk was freed or the lock let go, until Ctrl+E. Now the notice names the database and the
reason, says what is still only in memory, and the wrap-up is tried again every few seconds:
the scorecard opens by itself once it is saved."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from session_kit import Harness

from simulator.core.interview import State
from simulator.core.session import events as ev
from simulator.core.session.engine import RETRY_UNSAVED_EVERY_S

FIRST = "Overfitting is when the model memorizes noise in the training set instead of the signal."
SECOND = "Spam filtering needs precision on reported spam, user reports as labels, and retraining."


def _unsaved_notices(h: Harness) -> list[str]:
    return [e.text for e in h.of(ev.Notice) if e.lasts == "unsaved"]


def _first_answer_in(h: Harness) -> None:
    h.start("tech.overfit", "case.spam")
    h.to_answering()
    h.session.primary(FIRST)
    h.session.primary()
    h.to_answering()


def test_a_full_disk_at_the_wrap_up_is_named_and_saved_by_itself_once_freed(
    tmpfs,
) -> None:  # type: ignore[no-untyped-def]
    mnt = tmpfs.mount("2m")
    h = Harness(mnt, follow_ups=False)
    _first_answer_in(h)
    filler = tmpfs.fill(mnt)
    h.session.primary(SECOND * 40)  # does not fit: kept in memory
    h.session.primary()  # the wrap-up cannot save either
    assert h.session.state is State.WRAP_UP and h.session.wrap_up_failed
    said = _unsaved_notices(h)[-1]
    assert str(h.storage.path) in said and "disk is full" in said, said
    assert "1 answer is kept in memory" in said, said
    filler.unlink()  # room again
    h.clock.advance(RETRY_UNSAVED_EVERY_S + 1)
    h.session.tick()
    assert h.session.state is State.SCORECARD and not h.session.wrap_up_failed
    assert h.of(ev.SessionFinished)
    assert [r.text for r in h.rows()] == [FIRST, SECOND * 40]
    (session,) = h.storage.sessions()
    assert session.status == "finished"


def test_a_database_locked_at_the_wrap_up_is_named_and_saved_once_let_go(
    tmp_path: Path,
) -> None:
    h = Harness(tmp_path, follow_ups=False)
    _first_answer_in(h)
    h.session.primary(SECOND)
    other = sqlite3.connect(h.storage.path, isolation_level=None, timeout=0)
    other.execute("BEGIN EXCLUSIVE")  # another program, as a sqlite3 shell would
    try:
        h.session.primary()  # the wrap-up waits the busy timeout, then fails
        assert h.session.state is State.WRAP_UP and h.session.wrap_up_failed
        said = _unsaved_notices(h)[-1]
        assert str(h.storage.path) in said and "another program" in said, said
        # both answers are on the disk: only the interview's end is not
        assert "on the disk" in said and "kept in memory" not in said, said
        h.clock.advance(RETRY_UNSAVED_EVERY_S + 1)
        h.session.tick()  # still locked: tried again, quietly
        assert h.session.state is State.WRAP_UP and len(_unsaved_notices(h)) == 1
    finally:
        other.execute("ROLLBACK")
        other.close()
    h.clock.advance(RETRY_UNSAVED_EVERY_S + 1)
    h.session.tick()
    assert h.session.state is State.SCORECARD
    (session,) = h.storage.sessions()
    assert session.status == "finished"
    assert [r.text for r in h.rows()] == [FIRST, SECOND]


def test_a_wrap_up_left_for_home_is_not_reopened_by_its_retry(tmp_path: Path) -> None:
    """Ctrl+H leaves the failed wrap-up: a retry that then succeeds saves the session but does
    not open its scorecard over Home."""
    h = Harness(tmp_path, follow_ups=False)
    _first_answer_in(h)
    h.session.primary(SECOND)
    other = sqlite3.connect(h.storage.path, isolation_level=None, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    try:
        h.session.primary()
        assert h.session.wrap_up_failed
        assert h.session.leave()
    finally:
        other.execute("ROLLBACK")
        other.close()
    h.clock.advance(RETRY_UNSAVED_EVERY_S + 1)
    h.session.tick()
    assert h.session.state is State.ABORTED and not h.of(ev.SessionFinished)
