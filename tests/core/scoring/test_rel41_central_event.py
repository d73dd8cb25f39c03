"""Whose decision a story turns on (issue 9, round 41, rel41: central_event.py). A story told for
"disagreeing with your manager's decision" says every phrase of "pushing back on a stakeholder"
(risk, concern, I proposed instead) and scored as high there; what tells them apart is the other
party of the story's scene. Stories in the manner of the development sets (dev_round33,
dev_star28, heldout_star36), written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.bank_rivals import Rivals
from simulator.core.scoring.central_event import managers_decision, prompt_party, stakeholders_wish
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

REPO = Path(__file__).resolve().parents[3]

MANAGER_LAUNCH = (
    "My manager decided to stop retraining our demand forecast for two months while the team "
    "moved to a new cloud account. "
    "I thought that was a risk, because the forecast error had grown every week since a big "
    "price change. "
    "I asked her for fifteen minutes and showed her the weekly error chart and what two months "
    "of stale forecasts would cost in overstock. "
    "We agreed on one manual retraining in the middle of the move instead, and it cut the "
    "forecast error by a third."
)
# The same events with the wish a stakeholder's, my manager named only as who handed it to me.
SALES_LAUNCH = (
    "The head of sales wanted the new lead score shown to every rep on Monday, right after it "
    "passed the offline tests. "
    "My manager asked me to handle the conversation, since I had built the model. "
    "I said no to a launch with no trial and showed her the two times an offline gain had "
    "vanished once reps used it. "
    "She agreed to a two-week trial with one region first, and the trial showed the score needed "
    "fixing before everyone got it."
)


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_packs([REPO / "questions"])


def _score(bank: QuestionBank, qid: str, text: str) -> tuple[int, list[str], str]:
    score = score_answer(bank.get(qid), Transcript(text), Rivals.of_bank(bank))
    assert score.star is not None
    return score.overall, score.star.off_question, score.star.reads_as


@pytest.mark.parametrize(
    ("prompt", "party"),
    [
        ("Tell me about a time you disagreed with your manager's decision.", "manager"),
        (
            "Tell me about a time you said no to a request, or pushed back on a stakeholder.",
            "other",
        ),
        ("Tell me about a time you influenced another team's decision.", "other"),
        ("Tell me about a time your boss and a customer wanted different things.", ""),
        ("Tell me about a time you had to solve a complex technical problem.", ""),
        ("Tell me about a time you could not reproduce a colleague's experiment.", ""),
    ],
)
def test_the_party_is_read_from_the_prompt(prompt: str, party: str) -> None:
    assert prompt_party(prompt) == party


@pytest.mark.parametrize(
    ("scene", "mine"),
    [
        ("My manager decided to freeze all retraining for two months.", True),
        ("Our team lead insisted on a nightly retrain.", True),
        ("My manager asked me to talk to the sales team about their request.", False),
        ("My manager wanted me to present the results to the board.", False),
        ("The product manager wanted the score on every profile by Friday.", False),
        ("The head of sales wanted a forecast, and my manager decided I should help.", False),
    ],
)
def test_only_my_managers_own_decision_is_hers(scene: str, mine: bool) -> None:
    tokens = tokenize(scene + " I looked at the data.")
    assert managers_decision(tokens, ["situation", "action"]) is mine


def test_a_managers_decision_told_for_pushing_back_reads_as_disagreeing(bank: QuestionBank) -> None:
    own, flagged, _ = _score(bank, "beh.disagree-with-manager", MANAGER_LAUNCH)
    assert not flagged
    there, flagged, reads_as = _score(bank, "beh.push-back", MANAGER_LAUNCH)
    assert flagged and there < own
    assert "manager" in reads_as


def test_a_stakeholders_wish_handed_over_by_my_manager_still_answers_pushing_back(
    bank: QuestionBank,
) -> None:
    _, flagged, _ = _score(bank, "beh.push-back", SALES_LAUNCH)
    assert not flagged


def test_an_outside_question_without_intent_is_read_by_its_prompt(bank: QuestionBank) -> None:
    # an outside author's question: its own id, no intent, its prompt only
    outside = bank.get("beh.push-back").model_copy(
        update={
            "id": "beh.outside-said-no",
            "intent": None,
            "prompt": "Tell me about a time you turned down something a stakeholder asked for.",
        }
    )
    rivals = Rivals.of([*bank.questions.values(), outside])
    score = score_answer(outside, Transcript(MANAGER_LAUNCH), rivals)
    assert score.star is not None and score.star.off_question


@pytest.mark.parametrize(
    ("story", "wish"),
    [
        ("A sales director wanted a hot-lead flag on every visitor. I said no.", True),
        ("The client asked us to retrain the model every hour. I showed them the cost.", True),
        ("A sales director wanted a hot-lead flag. My manager agreed with him.", False),
        ("My director wanted a hot-lead flag on every visitor. I said no.", False),
        ("I wanted to rebuild the pipeline. The sales team asked me to wait.", False),
    ],
)
def test_a_stakeholders_wish_is_one_with_nobody_of_my_line_named(story: str, wish: bool) -> None:
    tokens = tokenize(story)
    assert stakeholders_wish(tokens, ["situation", "action"]) is wish


# A stakeholder's request, refused: told for "disagreeing with your manager", it says "disagreed"
# but names no manager.
FLAG_REQUEST = (
    "A sales director wanted our lead scoring model to mark every company that visited the "
    "pricing page as a hot lead. "
    "That was about seventy percent of all visitors, so the flag would have meant nothing. "
    "I disagreed, said no to the flag as he described it and showed him that most of those "
    "visitors never bought, and I offered to add pricing-page visits as one more signal instead. "
    "He accepted, and the conversion of the top-scored leads went up slightly the next month."
)


def test_a_stakeholders_request_told_for_disagreeing_with_a_manager_is_told_so(
    bank: QuestionBank,
) -> None:
    own, flagged, _ = _score(bank, "beh.push-back", FLAG_REQUEST)
    assert not flagged
    there, flagged, reads_as = _score(bank, "beh.disagree-with-manager", FLAG_REQUEST)
    assert flagged and there < own
    assert "stakeholder" in reads_as
