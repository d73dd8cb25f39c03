"""Case framework steps count only where they are about the asked case, and a design of another
problem is told off as one (issue 9, case37: case_steps.py, content.py)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from real_bank import QUESTIONS_DIR

from simulator.core.questions import Question, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.content import score_content
from simulator.core.scoring.text import tokenize
from simulator.core.tables import OFF_QUESTION
from simulator.core.transcript import Transcript

# an outside author's case (round 32's pack): no shipped neighbour to read the answer as
PACK = Path(__file__).parent / "packs" / "para32held"

# A fluent churn design, asked to route support tickets: one sentence names the tickets, every
# other step is about churn (it covered 23 % of the key points through shared words and earned
# x0.93 of seven framework steps: 40 against the thin answer's 20).
CHURN_DESIGN = (
    "I would start by clarifying what counts as churn, cancelling or just not renewing. For data, "
    "I would use subscription history, viewing activity, payments and support tickets, labelled "
    "with whether each subscriber cancelled in the next month. Features would be engagement "
    "trends like hours watched over the last weeks, days since last login and failed payments. "
    "I would start with logistic regression as a baseline and then gradient boosted trees. I "
    "would evaluate with precision and recall at the top of the list. It can run as a daily "
    "batch job, and I would monitor drift and retrain monthly."
)
THIN = (
    "I would use the old tickets and the team that solved each one as data to train a model that "
    "picks the team. Then I would deploy it and monitor it."
)


@cache
def routing() -> Question:
    return load_packs([QUESTIONS_DIR, PACK]).questions["case.p32h-ticket-routing"]


def test_a_design_of_another_problem_scores_below_a_thin_answer_and_is_told_why() -> None:
    other = score_answer(routing(), Transcript(CHURN_DESIGN))
    thin = score_answer(routing(), Transcript(THIN))
    assert other.overall < thin.overall
    content = score_content(routing(), tokenize(CHURN_DESIGN))
    assert content.another_problem and content.kept < 1
    # only the steps of the sentences naming the tickets are about this case, and they earn
    # nothing in a design of another problem
    assert sum(step.covered for step in content.framework) <= 2
    assert "counted ×0.00 as its steps are mostly about another problem" in content.basis
    tip = next(t for t in other.feedback if t.startswith(OFF_QUESTION))
    assert "another problem" in tip


def test_a_thin_answer_on_the_case_keeps_its_steps() -> None:
    content = score_content(routing(), tokenize(THIN))
    assert not content.another_problem
    # "deploy it and monitor it" follows a sentence naming the tickets: about this case
    assert {s.step for s in content.framework if s.covered} >= {"data", "deployment", "monitoring"}


def test_a_strong_case_answer_keeps_every_step_it_says() -> None:
    """Above the framework gate nothing is filtered: its monitoring need not name the case."""
    content = score_content(routing(), tokenize(routing().model_answer))
    assert not content.another_problem
    assert content.framework_coverage is not None and content.framework_coverage >= 0.5
