"""The event a question asks for, told nowhere in the story (issue 9, round 42, rel42:
event_demand.py). A story told for a neighbour with the same kind of other party says that
neighbour's words (a teammate, an alert, a junior) but not the event the asked question turns on:
a mentoring story has no criticism given, a clean-up story no mistake of mine. Stories in the
manner of the development sets (heldout_rel38, heldout_rel39, dev_star38), written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import Question, QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.bank_rivals import Rivals
from simulator.core.scoring.event_demand import demanded, tells_no_demanded
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

REPO = Path(__file__).resolve().parents[3]

# An ambiguous-requirements story: a stakeholder's one-line ask turned into something to build;
# nobody expected more than a model could give (it escaped "a stakeholder expected more" before).
VAGUE_ASK = (
    "The head of growth asked me to use machine learning to reduce churn, and gave no more detail "
    "than that. "
    "Before building anything, I had to turn that into a problem we could measure. "
    "I interviewed five people across growth and support first. "
    "It turned out they meant customers who stop paying within their first three months. "
    "I wrote a one-page definition of the target and the metric and had the head of growth sign "
    "it off. "
    "Three-month churn fell from eighteen to fourteen percent in the pilot."
)
# A mistake story in plain words: no "mistake", no "fault"; the slip is told as what I did.
DELETED_TABLE = (
    "During a clean-up of our feature store I deleted a table I believed nobody read. "
    "The pricing model read it every night, and the next morning new products all had the "
    "default price. "
    "I restored the table from the backup, reran the pricing job and told my manager I had "
    "caused it. "
    "Since then I check the access logs for a month before removing anything."
)
# A mentoring story: a junior, pairing, questions asked; no slip of the teller's anywhere.
MENTORING = (
    "A graduate joined our team straight from university. "
    "I paired with her twice a week and let her drive while I asked questions. "
    "After three months she was reviewing other people's pipelines."
)


OUTSIDE_PROMPT = (
    "Tell me about a time a client expected more from your model than it could deliver. What did "
    "you do?"
)


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_packs([REPO / "questions"])


def _score(bank: QuestionBank, question: Question, text: str) -> tuple[int, list[str]]:
    score = score_answer(question, Transcript(text), Rivals.of_bank(bank))
    assert score.star is not None
    return score.overall, score.star.off_question


@pytest.mark.parametrize(
    ("prompt", "kind"),
    [
        ("Tell me about a mistake you made at work and what you learned from it.", "mistake"),
        (
            "Tell me about a time you let a teammate or a customer down because of something you "
            "forgot to do.",
            "mistake",
        ),
        ("Walk me through a production incident you handled.", "incident"),
        ("Tell me about a time you received critical feedback.", "feedback received"),
        (
            "Tell me about a time you had to give difficult feedback to a colleague.",
            "feedback given",
        ),
        ("Tell me about a time you mentored a junior engineer.", "mentoring"),
        (
            "Tell me about a time a stakeholder expected more from a model than it could deliver.",
            "expectation",
        ),
    ],
)
def test_the_event_is_read_from_the_prompt(prompt: str, kind: str) -> None:
    assert [k.name for k in demanded(prompt)][:1] == [kind]


@pytest.mark.parametrize(
    "prompt",
    [
        # someone else's slip: the vendor let me down, no mistake of mine is asked for
        "Tell me about a time an outside vendor whose work your model depended on let you down.",
        # a setting, not the event: quality and a complex problem name no kind of event
        "Tell me about a time you had to solve a complex technical problem.",
        "What's the machine learning project you're most proud of?",
    ],
)
def test_a_prompt_asking_for_no_such_event_demands_none(prompt: str) -> None:
    assert demanded(prompt) == ()


def test_a_story_telling_the_event_in_plain_words_tells_it() -> None:
    prompt = "Tell me about a mistake you made at work and what you learned from it."
    assert tells_no_demanded(prompt, tokenize(DELETED_TABLE)) is None
    missing = tells_no_demanded(prompt, tokenize(MENTORING))
    assert missing is not None and missing.name == "mistake"


def test_a_vague_ask_story_is_off_a_question_about_expectations(bank: QuestionBank) -> None:
    own, flagged = _score(bank, bank.get("beh.ambiguous-requirements"), VAGUE_ASK)
    assert not flagged
    there, said = _score(bank, bank.get("beh.stakeholder-expectations"), VAGUE_ASK)
    assert said == ["an expectation higher than the model could meet"]
    assert there < own


def test_an_outside_question_without_intent_is_read_the_same_way(bank: QuestionBank) -> None:
    """An outside author's question with no intent and no key points: the event its prompt asks
    for (an expectation too high) is read from its words, and the story is still told it is off
    (by whichever reading finds it first: its prompt words alone already do here)."""
    assert [k.name for k in demanded(OUTSIDE_PROMPT)] == ["expectation"]
    outside = bank.get("beh.stakeholder-expectations").model_copy(
        update={
            "id": "beh.outside-too-much-hoped",
            "prompt": OUTSIDE_PROMPT,
            "intent": None,
            "key_points": [],
        }
    )
    _, said = _score(bank, outside, VAGUE_ASK)
    assert said
