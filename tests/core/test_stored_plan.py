"""The stored plan is typed (``StoredPlan``) and made from its JSON at the storage boundary only
(issue 8, review34's audit: the core read the plan as a dict). A session saved by round 34's
format resumes as it was given.

``tests/data/round34_session.sqlite3`` was written by the code of main at 8defbba (round 34's
format, before this change): a spoken session with the voice off, over tech.overfit and
case.spam, counts and a topic in its plan, quit while question 1's follow-up was being asked,
with 42 s of interview time noted and an hour away. Its plan as stored:
{"name": "Test", "counts": {"technical": 1, "case": 1}, "topics": ["evaluation"],
"voice": false, "answer_mode": "spoken", "question_ids": ["tech.overfit", "case.spam"],
"time_in_s": 42.0, "follow_up_asked": {"position": 0, "prompt": "How would you detect it in
practice?"}, "away_s": 3600.0}"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from session_kit import Harness, spoken

from simulator.core.interview import State
from simulator.core.scorecard.history import plan_key
from simulator.core.session import SessionPlan
from simulator.core.session import events as ev
from simulator.core.storage import Storage
from simulator.core.stored_plan import UNNAMED, FollowUpAsked, StoredPlan

ROUND34 = Path(__file__).resolve().parent.parent / "data" / "round34_session.sqlite3"
DETECT = "I watch the validation error on a held-out set and compare it with training error."


def test_a_session_saved_by_round_34_resumes_as_it_was_given(tmp_path: Path) -> None:
    shutil.copy(ROUND34, tmp_path / "sessions.sqlite3")
    storage = Storage(tmp_path / "sessions.sqlite3")
    record = storage.unfinished_session()
    assert record is not None
    plan = record.plan
    assert isinstance(plan, StoredPlan)
    assert plan == StoredPlan(
        name="Test",
        question_ids=("tech.overfit", "case.spam"),
        counts={"technical": 1, "case": 1},
        topics=("evaluation",),
        voice=False,
        spoken=True,
        away_s=3600.0,
        time_in_s=42.0,
        follow_up_asked=FollowUpAsked(0, "How would you detect it in practice?"),
    )
    assert record.name == "Test"

    h = Harness(tmp_path / "again", storage=storage)
    h.session.resume(record, [h.q(i) for i in plan.question_ids])
    s = h.session
    assert h.of(ev.ModeChanged) == [ev.ModeChanged(spoken=True, voice=False)]
    assert s.state is State.FOLLOW_UP and s.interview is not None and s.interview.index == 0
    assert h.of(ev.QuestionShown)[-1].follow_up == "How would you detect it in practice?"
    s.recording_started()
    h.clock.advance(5)
    s.primary()
    s.transcribed(spoken(DETECT))
    assert s.state is State.REVIEWING
    reviewed = h.of(ev.AnswerReviewed)[-1]
    assert {k.id: k.covered for k in reviewed.score.key_points}["detect"]  # the follow-up counts
    s.end()
    assert s.state is State.SCORECARD
    finished = storage.session(record.id)
    assert finished.status == "finished" and finished.plan.follow_up_asked is None
    assert finished.plan.spoken is True and finished.plan.counts == {"technical": 1, "case": 1}
    assert finished.plan.away_s >= 3600.0
    # written back in the stored shape, keys and all (a later version reads it too)
    raw = json.loads(
        storage._db.execute("SELECT plan_json FROM sessions WHERE id = ?", (record.id,)).fetchone()[
            "plan_json"
        ]
    )
    assert raw["answer_mode"] == "spoken" and raw["voice"] is False
    assert raw["question_ids"] == ["tech.overfit", "case.spam"] and raw["topics"] == ["evaluation"]


@pytest.mark.parametrize(
    "stored",
    [
        None,
        "a plan",
        [],
        {"name": 5, "question_ids": "tech.overfit", "counts": "three", "topics": "evaluation"},
        {"question_ids": [1, 2], "counts": {"technical": "2", "case": True}, "away_s": "long"},
        {"time_in_s": float("nan"), "away_s": -3, "follow_up_asked": {"position": "0"}},
        {"time_in_s": True, "follow_up_asked": {"position": 0, "prompt": ""}},
        {"practice_of": "7", "voice": 0, "answer_mode": 3},
    ],
)
def test_a_damaged_plan_reads_as_its_defaults_never_an_exception(stored: object) -> None:
    plan = StoredPlan.from_dict(stored)
    assert plan.question_ids == () and plan.away_s == 0.0 and plan.time_in_s is None
    assert plan.follow_up_asked is None and all(type(v) is int for v in plan.counts.values())
    assert all(type(t) is str for t in plan.topics)
    assert plan.shown_name in (UNNAMED, "5")
    plan_key(plan)  # compared with other sessions' plans on every scorecard
    StoredPlan.from_dict(plan.to_dict())  # and written back


def test_keys_of_a_later_version_are_kept_and_the_stored_shape_round_trips() -> None:
    stored = {
        "name": "Practise again",
        "counts": {},
        "topics": [],
        "voice": True,
        "answer_mode": "typed",
        "question_ids": ["tech.overfit"],
        "practice_of": None,
        "time_in_s": 12.5,
        "away_s": 3.0,
        "follow_up_asked": {"position": 0, "prompt": "Why?"},
        "difficulty": "hard",  # not known to this version
    }
    plan = StoredPlan.from_dict(stored)
    assert plan.practice and plan.practice_of is None and plan.extra == {"difficulty": "hard"}
    assert plan.to_dict() == stored
    again = SessionPlan.of(plan, spoken=True, voice=False)
    assert again.practice and again.question_ids == ("tech.overfit",)
    assert again.to_stored(["tech.overfit"]).extra == {"difficulty": "hard"}


def test_the_core_stores_a_typed_plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The session core hands the storage a StoredPlan; JSON is made only in the database."""
    h = Harness(tmp_path)
    given: list[object] = []
    create = h.storage.create_session
    monkeypatch.setattr(
        h.storage,
        "create_session",
        lambda plan, *a, **k: (given.append(plan), create(plan, *a, **k))[1],
    )
    h.start("tech.overfit", spoken=False, voice=True)
    assert len(given) == 1 and isinstance(given[0], StoredPlan)
    assert given[0].question_ids == ("tech.overfit",) and given[0].spoken is False
