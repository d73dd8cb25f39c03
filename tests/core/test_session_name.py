"""A session is named the same on every page and in every export (review34): one whose stored
plan has no name (a damaged cell, a hand-made archive) was "Mock interview" on its scorecard,
its exports and Review, but "Interview" on Home, History and in ``ml-interview history``."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.history import history
from simulator.core.questions import QuestionBank
from simulator.core.scorecard import build_scorecard
from simulator.core.scoring import score_answer, score_session
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript

ANSWER = "Supervised learning learns from labelled examples; unsupervised learning finds structure without labels."


@pytest.mark.parametrize("plan", [{}, {"name": ""}, {"name": None}, {"name": "Full loop"}])
def test_a_session_has_one_name_everywhere(
    tmp_path: Path, bank: QuestionBank, plan: dict[str, object]
) -> None:
    storage = Storage(tmp_path / "sessions.sqlite3")
    question = bank.get("tech.supervised-vs-unsupervised")
    sid = storage.create_session({**plan, "question_ids": [question.id]})
    score = score_answer(question, Transcript(ANSWER))
    storage.add_answer(sid, question.id, 0, "typed", ANSWER, score=score)
    storage.finish_session(sid, score_session([(question, score)]))
    record = storage.session(sid)
    names = {
        "record": record.name,
        "scorecard": build_scorecard(record, bank).title,
        "history": history(storage, {}, {})[0].plan,
        "progress": storage.progress_rows()[0][0].plan_name,
    }
    storage.close()
    assert set(names.values()) == {plan.get("name") or "Interview"}, names
