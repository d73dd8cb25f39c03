"""Attack run of round 30: clock changes and spaced repetition.

An answer given while the computer's clock was years ahead (a dead clock battery, a wrong time
zone set by hand, then put right) is stored with that future time. Its schedule was replayed
from there: a question failed with 0 was 'due' only a day after that future date, so `due` and
Home said 'nothing is due for review' for years, and the question never came back."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest

from simulator.cli import main
from simulator.core.schedule import due_questions, schedules
from simulator.core.storage import Storage
from tests.scores import answer_score, session_score

DAY = 86400.0
YEAR = 365 * DAY


def test_an_answer_stamped_in_the_future_counts_as_given_now() -> None:
    now = dt.datetime(2026, 12, 2, 10, 0, tzinfo=dt.UTC)
    ahead = now.timestamp() + 3 * YEAR
    plans = schedules([(1, "q", "typed", 0, ahead)], now=now)
    assert plans["q"].due <= now + dt.timedelta(days=1)
    assert plans["q"].last_answered == now
    assert [s.question_id for s in due_questions(plans, now + dt.timedelta(days=1))] == ["q"]


def test_answers_stamped_in_the_past_keep_their_times() -> None:
    now = dt.datetime(2026, 12, 2, 10, 0, tzinfo=dt.UTC)
    t = now.timestamp() - 30 * DAY
    plans = schedules([(1, "q", "typed", 90, t)], now=now)
    assert plans["q"].last_answered == dt.datetime.fromtimestamp(t, dt.UTC)
    assert plans["q"].due > dt.datetime.fromtimestamp(t, dt.UTC) + dt.timedelta(days=2)


def test_due_dates_a_question_failed_while_the_clock_was_ahead_from_now(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from simulator import paths

    storage = Storage(paths.database_file())
    ahead = time.time() + 3 * YEAR
    sid = storage.create_session({"name": "clock ahead"}, started_at=ahead)
    aid = storage.add_answer(
        sid, "tech.bias-variance", 0, "typed", "no idea", score=answer_score(0)
    )
    storage._write("UPDATE answers SET created_at = ? WHERE id = ?", (ahead, aid))
    storage.finish_session(sid, session_score(0))
    storage.close()
    assert main(["due", "--all", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    due = dt.datetime.fromisoformat(row["due"])
    # failed today, as the clock now says: due again by tomorrow, not in three years
    assert due <= dt.datetime.now(dt.UTC) + dt.timedelta(days=1, minutes=5), row


def test_the_interview_offered_to_resume_is_the_one_left_last(tmp_path: Path) -> None:
    """One left unfinished while the clock was a year ahead was offered on every start before
    the one the app closed on today (the newest start time won), until it was finished."""
    storage = Storage(tmp_path / "s.sqlite3")
    try:
        storage.create_session({"name": "clock ahead"}, started_at=time.time() + YEAR)
        today = storage.create_session({"name": "today"})
        record = storage.unfinished_session()
        assert record is not None and record.id == today
    finally:
        storage.close()
