"""The computer's clock put back a day between two sessions (or forward, then right again):
the later session was listed, compared and numbered as if it came first (History, Progress,
the scorecard's "last time", attempt numbers, Home's list and ``ml-interview history``),
because every list ordered sessions by their start as the clock said it. Sessions are now
ordered by the order they happened in (attack run 63)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from simulator.core import storage as storage_module
from simulator.core.attempts import attempts_of
from simulator.core.schedule import schedules
from simulator.core.scorecard.history import earlier_results
from simulator.core.storage import Storage
from simulator.core.storage_schema import apply_migrations
from tests.locked_database import held_locked
from tests.scores import answer_score, session_score

DAY = 86_400.0
NOON = 1_780_000_000.0  # (a day in 2026)


def _two_sessions(
    storage: Storage, second_start: float, monkeypatch: pytest.MonkeyPatch
) -> tuple[int, int]:
    """A session at NOON, then one started later whose clock says ``second_start``; both
    answer tech.a (first 40, then 80, each stamped by the clock of its session) and are
    finished."""
    ids = []
    for start, overall in ((NOON, 40), (second_start, 80)):
        monkeypatch.setattr(storage_module.time, "time", lambda start=start: start + 60.0)
        sid = storage.create_session({"name": "Quick practice", "question_ids": ["tech.a"]}, start)
        storage.add_answer(sid, "tech.a", 0, "typed", "words " * 30, score=answer_score(overall))
        storage.finish_session(sid, session_score(overall))
        ids.append(sid)
    monkeypatch.undo()
    return ids[0], ids[1]


@pytest.mark.parametrize("second_start", [NOON - DAY, NOON - 3600.0, NOON])
def test_a_later_session_comes_later_whatever_the_clock_said(
    tmp_path: Path, second_start: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    storage = Storage(tmp_path / "sessions.sqlite3")
    try:
        first, later = _two_sessions(storage, second_start, monkeypatch)
        assert [s.id for s in storage.sessions()] == [later, first]  # newest first
        assert [s.id for s in storage.listed_sessions()] == [later, first]
        assert [s.id for s in storage.each_listed_session(page=1)] == [later, first]
        assert [r.id for r in storage.history_rows()] == [later, first]
        listed = list(storage.listed_summaries())
        assert [s.id for s in listed] == [later, first]
        # attempt numbers: the later session's answer is the second attempt
        assert [s.answers[0].attempt for s in listed] == [2, 1]
        attempts = attempts_of(storage.attempts("tech.a"))
        assert [a.session_id for a in attempts] == [first, later]
        outcomes = storage.answer_outcomes()
        assert [o[3] for o in outcomes] == [40, 80]
        # Progress: oldest first, and never back in time
        progress, _answers = storage.progress_rows()
        assert [p.id for p in progress] == [first, later]
        assert progress[0].started_at <= progress[1].started_at
        # the scorecard compares the later session with the first, never the other way round
        record = storage.session(later)
        before = storage.sessions_before(record, 5)
        assert [s.id for s in before] == [first]
        assert earlier_results(before, record).questions["tech.a"][0] == 40
        assert storage.sessions_before(storage.session(first), 5) == []
        assert earlier_results(storage.sessions(), storage.session(first)).same_plan is None
        # what was shown as the start is what the clock said
        assert record.started_at == second_start
    finally:
        storage.close()


def test_the_review_schedule_follows_the_last_answer_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last answer given (80, good) sets when the question comes back, though its clock
    said a day before the first (40, poor)."""
    storage = Storage(tmp_path / "sessions.sqlite3")
    try:
        _two_sessions(storage, NOON - DAY, monkeypatch)
        now = dt.datetime.fromtimestamp(NOON + DAY, dt.UTC)
        plan = schedules(storage.answer_outcomes(), now=now)["tech.a"]
        assert plan.last_score == 80
        assert plan.attempts == 2
        # given after the first, whatever its stamp said
        assert plan.last_answered == dt.datetime.fromtimestamp(NOON + 60.0, dt.UTC)
    finally:
        storage.close()


def test_an_older_file_read_only_lists_in_order(tmp_path: Path) -> None:
    """A file of schema 8 (no order column) read without writing (another program holds it
    locked) still lists its sessions, by their starts."""
    path = tmp_path / "sessions.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    apply_migrations(db, up_to=8)
    for n in range(3):
        db.execute(
            "INSERT INTO sessions (started_at, status, plan_json) VALUES (?, 'finished', ?)",
            (NOON + n, '{"name": "Plan", "question_ids": ["tech.a"]}'),
        )
        db.execute(
            "INSERT INTO answers (session_id, question_id, position, mode, text, created_at)"
            " VALUES (?, 'tech.a', 0, 'typed', 'words', ?)",
            (n + 1, NOON + n),
        )
    db.close()
    with held_locked(path):
        storage = Storage(path, if_locked="read-only", lock_wait=0.2)
        try:
            assert storage.read_only
            assert [s.id for s in storage.sessions()] == [3, 2, 1]
            assert [r.id for r in storage.history_rows()] == [3, 2, 1]
            assert [s.answers[0].attempt for s in storage.listed_summaries()] == [3, 2, 1]
            assert [s.id for s in storage.sessions_before(storage.session(3), 5)] == [2, 1]
        finally:
            storage.close()
