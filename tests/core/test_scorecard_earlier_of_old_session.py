"""An old session's scorecard (the page, and every export through ``load_scorecard``) compared
with earlier results searched among the newest sessions only, so a session older than them lost
its comparison with the session before it (12c34592): the sessions searched are the N before it."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core import scorecard
from simulator.core.questions import QuestionBank
from simulator.core.storage import Storage
from tests.core.test_scorecard_model import bank  # noqa: F401
from tests.scores import answer_score, session_score


def _sessions(storage: Storage, count: int) -> list[int]:
    ids = []
    for n in range(count):
        sid = storage.create_session(
            {"name": "Quick practice", "question_ids": ["tech.overfit"]}, started_at=1000.0 + n
        )
        storage.add_answer(
            sid, "tech.overfit", 0, "typed", "An answer.", score=answer_score(50 + n)
        )
        storage.finish_session(sid, session_score(50 + n, {"technical": 50 + n}))
        ids.append(sid)
    return ids


def test_an_old_session_is_compared_with_the_one_before_it(
    tmp_path: Path,
    bank: QuestionBank,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(scorecard, "HISTORY_LIMIT", 3)
    storage = Storage(tmp_path / "sessions.sqlite3")
    try:
        ids = _sessions(storage, 8)
        _, card = scorecard.load_scorecard(storage, ids[1], bank)
        assert card.previous is not None
        assert (card.previous.session_id, card.previous.overall, card.previous.change) == (
            ids[0],
            50,
            1,
        )
        _, first = scorecard.load_scorecard(storage, ids[0], bank)
        assert first.previous is None  # nothing before the first, however many after it
        before = storage.sessions_before(storage.session(ids[6]), 3)
        assert [s.id for s in before] == [ids[5], ids[4], ids[3]]
    finally:
        storage.close()


def test_the_sessions_before_one_are_read_through_the_start_index(tmp_path: Path) -> None:
    storage = Storage(tmp_path / "sessions.sqlite3")
    try:
        sid = _sessions(storage, 2)[1]
        session = storage.session(sid)
        run: list[str] = []
        storage._db.set_trace_callback(run.append)
        storage.sessions_before(session, 3)
        storage._db.set_trace_callback(None)
        query = next(q for q in run if q.lstrip().startswith("SELECT * FROM sessions"))
        plan = storage._db.execute(f"EXPLAIN QUERY PLAN {query}").fetchall()
        # (by the order sessions happened, read as a start is, since schema 9: attack run 63)
        assert any("SEARCH s USING INDEX sessions_by_happened" in str(r[-1]) for r in plan), plan
    finally:
        storage.close()
