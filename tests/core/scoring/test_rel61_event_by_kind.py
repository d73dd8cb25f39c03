"""Relevance by the event a question defines, not its topic words (issue 9, round 61, rel61).

* "Taking a prototype or notebook all the way into production": its intent words ("latency",
  "monitoring", "serving") are what any story set around a live model says. What the ask defines
  is the move from a prototype, a notebook or research code into production (event_demand's
  "prototype to production" kind); a story telling none of it is off the question.
* A broad ask ("a challenging ML project") is met by a story of the teller's work with its
  outcome, told as "I" or as "we": the voice is weighed by ownership, not by relevance."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.bank_rivals import Rivals
from simulator.core.scoring.event_demand import demanded, tells_no_demanded
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

REPO = Path(__file__).resolve().parents[3]

# Feedback given to a colleague, set around a live model: latency, monitoring, serving, a rollout.
FEEDBACK_AROUND_A_LIVE_MODEL = (
    "A colleague on my team owned the serving side of our ranking model, and its latency alerts "
    "had fired every night for two weeks. "
    "He kept silencing the monitoring instead of fixing the cause, and the on-call engineers were "
    "getting frustrated. "
    "I asked him for a private conversation and told him plainly that muting the alerts was "
    "putting the rollout of the next version at risk. "
    "I offered to pair with him on the slow feature lookup for an afternoon. "
    "He fixed the lookup that week, the alerts stopped, and he thanked me later for being direct."
)
# A notebook taken into production, told without "prototype", "deploy" or "production-ready".
NOTEBOOK_TO_LIVE = (
    "An analyst had a fraud model that only ran in her Jupyter notebook once a week. "
    "I was asked to make it score every card payment as it happened. "
    "I moved the feature code into a tested package, put the model behind a small service and "
    "ran it beside the old rules for two weeks to compare. "
    "It now scores every payment in under thirty milliseconds and caught twice the fraud the "
    "rules did in its first month."
)
# A hard project told as the team's, with its outcome.
HARD_PROJECT_AS_WE = (
    "We had to forecast parcel volumes for each depot every morning, and half of the depots sent "
    "their counts a day late. "
    "We needed forecasts that stayed usable when a depot's counts were missing. "
    "We trained a second model on calendar features alone and switched to it automatically for "
    "any depot whose counts had not arrived. "
    "We also filled the gaps with the previous day's forecast instead of zeros. "
    "The error on late-count days fell from eighteen to seven percent."
)


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_packs([REPO / "questions"])


def _star(bank: QuestionBank, qid: str, text: str):  # type: ignore[no-untyped-def]
    star = score_answer(bank.get(qid), Transcript(text), Rivals.of_bank(bank)).star
    assert star is not None
    return star


def test_prototype_to_production_asks_for_the_move_into_production(bank: QuestionBank) -> None:
    prompt = bank.get("beh.prototype-to-production").prompt
    assert [k.name for k in demanded(prompt)] == ["prototype to production"]
    assert tells_no_demanded(prompt, tokenize(FEEDBACK_AROUND_A_LIVE_MODEL)) is not None
    assert tells_no_demanded(prompt, tokenize(NOTEBOOK_TO_LIVE)) is None
    # no other shipped prompt asks for it ("in production", "a production incident")
    others = [
        q.id
        for q in bank.questions.values()
        if q.category.value == "behavioral"
        and q.id != "beh.prototype-to-production"
        and any(k.name == "prototype to production" for k in demanded(q.prompt))
    ]
    assert others == []


def test_a_story_set_around_a_live_model_is_off_prototype_to_production(
    bank: QuestionBank,
) -> None:
    star = _star(bank, "beh.prototype-to-production", FEEDBACK_AROUND_A_LIVE_MODEL)
    assert star.off_question == ["a prototype or notebook taken into production"]
    assert not _star(bank, "beh.prototype-to-production", NOTEBOOK_TO_LIVE).off_question


def test_a_hard_project_told_as_we_is_on_a_broad_ask(bank: QuestionBank) -> None:
    question = bank.get("beh.challenging-ml-project")
    score = score_answer(question, Transcript(HARD_PROJECT_AS_WE), Rivals.of_bank(bank))
    assert score.star is not None and not score.star.off_question
    # the voice is weighed by ownership instead
    assert "only “we”" in score.basis["structure"]
