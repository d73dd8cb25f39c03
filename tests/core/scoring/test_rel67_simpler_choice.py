"""A simpler solution is a choice: a learned system wanted, a plainer thing built (issue 9, rel67).

The simpler-solution event read the plainer thing's name anywhere ("baseline", "rules",
"regression", "simple"), words any ML story says: 21 % of the stories told for other questions
passed it, and round 66's blind set scored a story told for another question 99 on "a much
simpler solution than the ML system people expected". simpler_choice.py reads the choice's two
roles instead. The stories here are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import AnswerScore, score_answer
from simulator.core.scoring.bank_rivals import Rivals
from simulator.core.scoring.event_demand import tells_no_demanded
from simulator.core.scoring.simpler_choice import (
    learned_set_aside,
    learned_wanted,
    plainer_named,
    simpler_chosen,
)
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

ROOT = Path(__file__).resolve().parents[3]
SIMPLER = "beh.simpler-solution"


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_packs([ROOT / "questions"])


def _score(bank: QuestionBank, qid: str, text: str) -> AnswerScore:
    return score_answer(bank.get(qid), Transcript(text), Rivals.of_bank(bank))


# Told for "getting up to speed in an unfamiliar domain": a baseline reproduced, a linear model
# and rules of thumb learned, and nothing plainer chosen over a learned system anyone wanted.
NEW_FIELD = (
    "When I moved to a team forecasting electricity demand, I knew nothing about power grids. "
    "I had three weeks before I had to present a plan to the grid operators. "
    "I read the operator's planning handbook and took notes on every rule of thumb it gave. "
    "Then I reproduced their published baseline, a linear model on temperature and calendar "
    "days, so I would understand each input. "
    "Every Thursday I asked one of the control room engineers to check my notes. "
    "She showed me why holidays behave like Sundays, which the baseline had missed. "
    "My plan was accepted, and my first forecast beat the baseline's error by a tenth."
)

# Told for it, in words of its own: the want of a learned system, the plainer thing built.
POSTCODE_TABLE = (
    "Our logistics director wanted a neural network to predict which deliveries would fail. "
    "I was asked to scope it before the vendor contract was signed. "
    "I pulled six months of failed deliveries and sorted them by postcode and time slot. "
    "Four postcodes and the evening slot explained most of them. "
    "So I built a lookup of those postcodes and moved their parcels to morning rounds. "
    "Failed deliveries fell by a third within a month, and the contract was never signed."
)


def test_a_story_naming_a_baseline_does_not_tell_a_simpler_solution() -> None:
    """Fails before: "baseline", "linear" and "rule" anywhere told the event."""
    tokens = tokenize(NEW_FIELD)
    assert not simpler_chosen(tokens)
    assert tells_no_demanded(
        "Tell me about a time you chose a much simpler solution than the machine learning "
        "system people expected. Why did you make that call?",
        tokens,
        None,
    )


def test_off_question_story_is_flagged_on_the_simpler_solution_question(
    bank: QuestionBank,
) -> None:
    """Fails before: the new-domain story passed as a simpler solution, not flagged."""
    there = _score(bank, SIMPLER, NEW_FIELD)
    own = _score(bank, "beh.learn-new-domain", NEW_FIELD)
    assert there.star is not None and there.star.off_question
    assert there.overall < own.overall
    assert any("question" in f.lower() for f in there.feedback)


def test_the_choice_told_by_its_roles_answers_the_question(bank: QuestionBank) -> None:
    tokens = tokenize(POSTCODE_TABLE)
    assert learned_wanted(tokens) and plainer_named(tokens)
    score = _score(bank, SIMPLER, POSTCODE_TABLE)
    assert score.star is not None and not score.star.off_question


@pytest.mark.parametrize(
    "text",
    [
        # the want told in the passive, the plainer thing going live whoever did it
        "A recommendation model had been budgeted for the spring. "
        "A bestseller list per region went live in ten days instead.",
        # a plan's noun, the learned system set aside at the close
        "The original request was a deep learning system for spotting damaged pallets. "
        "In the end the detection model was shelved.",
        # a note with its subject left out
        "Ask from finance: an AI model to match invoices. Built two SQL queries on the ledger.",
    ],
)
def test_each_role_in_other_shapes(text: str) -> None:
    assert simpler_chosen(tokenize(text))


@pytest.mark.parametrize(
    "text",
    [
        # a learned system chosen over the rules: the other way round
        "The fraud team wanted a model to replace the rules. "
        "Our gradient boosted model beat the rules engine and went live in May.",
        # a plainer thing built, but no learned system anyone wanted (one is named)
        "I built a simple dashboard of the weekly error rates of our routing model.",
        # a learned system wanted, nothing plainer chosen
        "Marketing wanted a churn model by March, and I trained one on two years of data.",
    ],
)
def test_guards(text: str) -> None:
    assert not simpler_chosen(tokenize(text))


def test_a_learned_system_set_aside_needs_its_name_first() -> None:
    assert learned_set_aside(tokenize("The neural network project was postponed."))
    assert not learned_set_aside(tokenize("We postponed the launch, and the model waited."))


def test_a_plainer_thing_beaten_or_replaced_is_not_the_one_chosen() -> None:
    assert not plainer_named(tokenize("Our new model beat the old rules engine by a wide margin."))
    assert not plainer_named(tokenize("The plan was to replace the keyword rules."))
    assert plainer_named(tokenize("In the end we kept the keyword rules."))
