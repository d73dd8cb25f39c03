"""A session's stored time in past any interview is read as unknown (attack run 52: a
hand-made archive's plan with 'time_in_s': 1e300 made the scorecard and every export say
'Session 1 · ... · 16666666666666667541746004253407...' minutes, 300 digits; 1e12 said
'16666666667 min'). The start and end times then give the duration, as for a session saved
before the time in was kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.export import render
from simulator.core.questions import QuestionBank
from simulator.core.storage import Storage
from simulator.core.stored_plan import StoredPlan
from tests.scores import session_score


@pytest.mark.parametrize("time_in", [1e300, 1e12, 366 * 86400 + 1])
def test_a_time_in_past_any_interview_is_unknown_r52(
    data_dir: Path, bank: QuestionBank, time_in: float
) -> None:
    assert StoredPlan.from_dict({"time_in_s": time_in}).time_in_s is None
    storage = Storage(data_dir / "sessions.sqlite3")
    try:
        sid = storage.create_session(
            {"name": "Loop", "question_ids": ["tech.supervised-vs-unsupervised"],
             "time_in_s": time_in},
            started_at=1_790_000_000.0,
        )  # fmt: skip
        storage.add_answer(sid, "tech.supervised-vs-unsupervised", 0, "typed", "Labels.")
        storage.finish_session(sid, session_score(10))
        head = render("md", storage.session(sid), bank).splitlines()
    finally:
        storage.close()
    line = next(x for x in head if x.startswith("Session "))
    assert "666666" not in line and len(line) < 120, line


def test_a_real_time_in_is_kept_r52() -> None:
    assert StoredPlan.from_dict({"time_in_s": 1834.5}).time_in_s == 1834.5
    assert StoredPlan.from_dict({"time_in_s": 5 * 86400.0}).time_in_s == 5 * 86400.0
