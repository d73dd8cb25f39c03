"""The "no result" tip names what the story ends on, as its reason says (issue 9, rel68).

A story whose result is reported missing is told what it ends on instead. The tip knew three
kinds (a plan, a step, a lesson) and called every other one a lesson: a story ending on a
finding or on what the teller said was told it "ends on a lesson" while the scorecard's own
line said "the story ends on what you did or found". The stories here are written for these
tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import AnswerScore, score_answer
from simulator.core.scoring.overall import _what_it_ends_on
from simulator.core.transcript import Transcript

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_packs([ROOT / "questions"])


def _score(bank: QuestionBank, qid: str, text: str) -> AnswerScore:
    return score_answer(bank.get(qid), Transcript(text))


# Ends on what a comparison found: no outcome, and no lesson either.
FOUND_LAST = (
    "Our new ranking model won every offline test, but bookings did not move after launch. "
    "I had built it, so it was on me to find out why. "
    "I compared the features logged at serving time with the ones used in training. "
    "The hotel prices in training were from the night before, while live traffic saw prices "
    "updated every hour."
)

# Ends on what the teller told a stakeholder: a step, no lesson.
SAID_LAST = (
    "Our head of marketing wanted the attrition model to name every customer who would leave "
    "next month. "
    "I had to tell her what it could really do before she promised it to the board. "
    "I pulled last quarter's scores and showed her how many flagged customers had actually stayed. "
    "I was clear that roughly a third of the names would be false alarms, and explained why the "
    "list was still worth calling."
)


@pytest.mark.parametrize(
    ("qid", "text"),
    [("beh.model-underperformed", FOUND_LAST), ("beh.stakeholder-expectations", SAID_LAST)],
)
def test_a_story_ending_on_no_lesson_is_not_told_it_ends_on_one(
    bank: QuestionBank, qid: str, text: str
) -> None:
    score = _score(bank, qid, text)
    assert score.star is not None and "result" in score.star.hollow
    tip = next(t for t in score.feedback if t.startswith("STAR: no result"))
    assert "lesson" not in tip
    assert f"the story ends on {_what_it_ends_on(score.star.hollow['result'])}" in tip


def test_each_reason_names_what_the_story_ends_on() -> None:
    assert _what_it_ends_on("the story ends on a plan but never says what came of it") == "a plan"
    assert (
        _what_it_ends_on("the story ends on another of your steps but never says what came of it")
        == "another of your steps"
    )
    assert (
        _what_it_ends_on("the story tells what your looks found but never says what came of it")
        == "what your looks found"
    )
    lesson = "the story ends on a lesson or a reflection but never says what happened"
    assert _what_it_ends_on(lesson) == "a lesson or a reflection"
