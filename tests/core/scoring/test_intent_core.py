"""What a behavioral question defines (``Intent.core``, issue 9, round 22): a story that says
the asked intent only in words a neighbouring question shares is judged as saying none."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from simulator.core.questions import Category, Intent, QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.scoring.relevance import OFF_QUESTION_PENALTY_UNSURE, core_evidence
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

# Two teammates at odds, no manager in sight: "disagreed" is said, but nobody's boss decided.
TEAMMATES = (
    "Two engineers on my team, Ana and Raj, disagreed about how to version our training data. "
    "Ana wanted every snapshot kept forever, and Raj wanted to keep only the last month. "
    "I was the tech owner of the pipeline, so I needed them to settle on one approach. "
    "I met each of them and wrote down the cost of storage and how often old snapshots were read. "
    "I proposed keeping monthly snapshots for a year and daily ones for a month. "
    "Both of them accepted it, and storage costs fell by a third while every audit still passed."
)
# A story about a deadline met: "late" is said once, but nothing was estimated.
DEADLINE = (
    "Our fraud rules had to be replaced before the new payment provider went live on Friday. "
    "I had to deliver a model the risk team could trust in five days. "
    "I kept the scope to card payments and reused the features we already had. "
    "I checked every evening with the risk lead so nothing came late. "
    "The model went live on Friday and caught eight percent more fraud in its first month."
)


def test_a_conflict_between_teammates_does_not_answer_disagreeing_with_my_manager(
    bank: QuestionBank,
) -> None:
    manager = bank.get("beh.disagree-with-manager")
    assert manager.intent is not None and manager.intent.core
    off = score_answer(manager, Transcript(TEAMMATES))
    assert off.star is not None and off.star.off_question == [manager.intent.label]
    assert f"off the question -{OFF_QUESTION_PENALTY_UNSURE}" in off.basis["structure"]
    assert any("question" in tip and manager.intent.label in tip for tip in off.feedback)
    on = score_answer(bank.get("beh.resolve-conflict"), Transcript(TEAMMATES))
    assert on.star is not None and not on.star.off_question
    assert on.overall > off.overall


def test_a_deadline_met_is_no_estimate_missed(bank: QuestionBank) -> None:
    estimate = bank.get("beh.missed-estimate")
    assert estimate.intent is not None
    assert not core_evidence(estimate, tokenize(DEADLINE))
    off = score_answer(estimate, Transcript(DEADLINE))
    assert off.star is not None and off.star.off_question
    on = score_answer(bank.get("beh.tight-deadline"), Transcript(DEADLINE))
    assert on.star is not None and not on.star.off_question


def test_every_behavioral_question_has_a_core(bank: QuestionBank) -> None:
    for q in bank.questions.values():
        if q.category is Category.BEHAVIORAL:
            assert q.intent is not None and q.intent.core, q.id


def test_every_model_answer_says_its_core(bank: QuestionBank) -> None:
    for q in bank.questions.values():
        if q.intent is not None and q.intent.core:
            assert core_evidence(q, tokenize(q.model_answer)), q.id


def test_a_question_without_core_takes_its_intent_phrases(bank: QuestionBank) -> None:
    # Every shipped behavioral question now has a core; a pack's own question may not.
    shipped = bank.get("beh.stop-a-project")
    assert shipped.intent is not None
    q = shipped.model_copy(update={"intent": shipped.intent.model_copy(update={"core": []})})
    said = core_evidence(q, tokenize("I recommended we stop the project and pivot to routing."))
    assert "stop" in said and "pivot" in said


def test_core_phrases_are_checked_like_intent_phrases() -> None:
    with pytest.raises(ValidationError):
        Intent(label="a deadline", phrases=["deadline"], core=["the"])
    assert Intent(label="a deadline", phrases=["deadline"]).core == []


# A learning story that tries a paper in a notebook and deploys it behind a flag: "notebook" and
# "deployed" are phrases of prototype-to-production, but it never says production or serving.
PAPER_TRIED = (
    "I read two newsletters every week and keep an hour on Fridays for papers. "
    "Last spring I came across a paper on quantile regression forests while our stock model gave "
    "only single numbers. "
    "I wanted to know whether it could give the buyers honest ranges. "
    "I tried the method on last year's sales in a notebook and shared the results at our reading "
    "group. "
    "Then I deployed it behind a flag for two stores. "
    "The buyers now order against the ranges, and I learned how cheap it is to try a new idea."
)


def test_a_learning_story_is_no_prototype_taken_to_production(bank: QuestionBank) -> None:
    asked = bank.get("beh.prototype-to-production")
    assert not core_evidence(asked, tokenize(PAPER_TRIED))
    off = score_answer(asked, Transcript(PAPER_TRIED))
    assert off.star is not None and off.star.off_question
    on = score_answer(bank.get("beh.stay-updated"), Transcript(PAPER_TRIED))
    assert on.star is not None and not on.star.off_question
    assert on.overall > off.overall
