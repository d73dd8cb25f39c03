"""Spaced repetition with fsrs: due dates from scores and self-ratings, replayed from storage."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from pathlib import Path

import pytest

from simulator.core.schedule import due_questions, rating_for, schedules
from simulator.core.storage import MIGRATIONS, SCHEMA_VERSION, Storage
from tests.scores import answer_score, session_score

T0 = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC)
DAY = 86400.0


def _days_until_due(
    outcomes: list[tuple[int, str, str, int | None, float]], **kw: dict[int, int]
) -> float:
    plan = schedules(outcomes, kw.get("ratings"))["q"]
    return (plan.due - dt.datetime.fromtimestamp(outcomes[-1][4], dt.UTC)).total_seconds() / DAY


def test_a_better_score_comes_back_later() -> None:
    t = T0.timestamp()
    days = [_days_until_due([(1, "q", "typed", score, t)]) for score in (20, 50, 75, 95)]
    assert days == sorted(days) and days[0] == 1 and days[-1] >= 7
    assert _days_until_due([(1, "q", "skipped", None, t)]) == 1


def test_good_attempts_in_a_row_grow_the_interval_and_a_failure_shrinks_it() -> None:
    t = T0.timestamp()
    good = [(i, "q", "typed", 80, t + i * 3 * DAY) for i in range(3)]
    gaps = [_days_until_due(good[: n + 1]) for n in range(3)]
    assert gaps[0] < gaps[1] < gaps[2]
    failed = [*good, (9, "q", "typed", 15, t + 12 * DAY)]
    assert _days_until_due(failed) < gaps[2]


def test_a_self_rating_overrides_the_score() -> None:
    t = T0.timestamp()
    outcome = [(7, "q", "typed", 95, t)]
    assert _days_until_due(outcome, ratings={7: 1}) < _days_until_due(outcome)
    assert rating_for("typed", 95, 2) == 2 and rating_for("typed", 95) == 4


def test_due_questions_from_storage_most_overdue_first(tmp_path: Path) -> None:
    s = Storage(tmp_path / "s.sqlite3")
    now = time.time()
    for qid, score, age_days in (("a", 90, 30), ("b", 20, 5), ("c", 90, 0), ("d", 30, 0)):
        sid = s.create_session({"name": "x"}, started_at=now - age_days * DAY)
        aid = s.add_answer(sid, qid, 0, "typed", "t", score=answer_score(score))
        s._write("UPDATE answers SET created_at = ? WHERE id = ?", (now - age_days * DAY, aid))
        s.finish_session(sid, session_score(score))
    active = s.create_session({"name": "unfinished"})
    s.add_answer(active, "e", 0, "typed", "t", score=answer_score(10))
    plans = schedules(s.answer_outcomes(), s.ratings())
    assert set(plans) == {"a", "b", "c", "d"}  # an unfinished session does not count yet
    due = [p.question_id for p in due_questions(plans)]
    assert due == ["a", "b"]  # a (easy, a month ago) was due ~3 weeks ago, b 4 days ago
    assert [
        p.question_id
        for p in due_questions(plans, dt.datetime.now(dt.UTC) + dt.timedelta(days=1.5))
    ][-1] == "d"


def test_ratings_are_1_to_4(tmp_path: Path) -> None:
    s = Storage(tmp_path / "s.sqlite3")
    aid = s.add_answer(s.create_session({}), "q", 0, "typed", "t")
    s.set_rating(aid, 3)
    assert s.ratings() == {aid: 3}
    with pytest.raises(ValueError):
        s.set_rating(aid, 5)
    s.set_rating(aid, None)
    assert s.ratings() == {}


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_every_earlier_schema_is_migrated_with_its_data(tmp_path: Path, version: int) -> None:
    path = tmp_path / f"v{version}.sqlite3"
    db = sqlite3.connect(path)
    for script in MIGRATIONS[:version]:
        db.executescript(script)
    db.execute(
        "INSERT INTO sessions (started_at, plan_json, status) VALUES (1, '{\"name\": \"old\"}', 'finished')"
    )
    db.execute(
        "INSERT INTO answers (session_id, question_id, position, mode, text, overall, created_at) "
        "VALUES (1, 'q', 0, 'typed', 'kept', 50, 1)"
    )
    if version >= 2:
        db.execute("INSERT INTO answer_notes VALUES (1, 'old note', 1)")
    db.execute(f"PRAGMA user_version = {version}")
    db.commit()
    db.close()
    s = Storage(path)
    assert s.schema_version == SCHEMA_VERSION
    assert s.session(1).answers[0].text == "kept"
    assert s.note(1) == ("old note" if version >= 2 else "")
    s.set_note(1, "new")
    s.set_rating(1, 2)
    assert s.note(1) == "new" and s.ratings() == {1: 2}
    assert list(schedules(s.answer_outcomes(), s.ratings())) == ["q"]
