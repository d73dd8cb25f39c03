"""A question's intent and core phrases read what it asks, not a topic any story says (issue 9,
rel64).

Round 63 narrowed the event readings (event_demand.py); the rubrics' intent and core phrases were
left, and benchmarks/event_pass_rates.py found them passing 37-43 % of the labelled stories told for
OTHER questions on the tuning half: any "manager" ("the product manager wanted", "the sales
director") for a disagreement with the teller's own manager; "meeting", "release", "tool", "by
hand" for a change to how the team works; "page" (of a document), "night" ("the nightly job"),
"weekend", "failing" for a production incident; "analysts", "product manager", "stakeholders" for
people of other functions; "error" ("the error rate"), "on me" ("it was on me to tell them"),
"oversight" (read as a slip of "overnight") and "I broke" ("I broke the problem into three") for a
mistake of the teller's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring.intent_phrases import said_at
from simulator.core.scoring.matching import AnswerIndex
from simulator.core.scoring.relevance import core_evidence, intent_evidence
from simulator.core.scoring.text import tokenize

QUESTIONS = Path(__file__).resolve().parents[3] / "questions"

# (question, reading, at most this many of the 33 other shipped behavioral model answers say it).
# At main 82b61f79: 23, 7, 13, 20, 16 and 12 of them did.
NARROWED = (
    ("beh.disagree-with-manager", "core", 15),
    ("beh.disagree-with-manager", "intent", 4),
    ("beh.production-incident", "intent", 11),
    ("beh.cross-functional", "intent", 14),
    ("beh.learn-from-mistake", "intent", 12),
    ("beh.learn-from-mistake", "core", 9),
)


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_packs([QUESTIONS])


@pytest.mark.parametrize(("qid", "reading", "at_most"), NARROWED)
def test_a_narrowed_reading_holds_its_own_model_answer_and_few_others(
    bank: QuestionBank, qid: str, reading: str, at_most: int
) -> None:
    read = intent_evidence if reading == "intent" else core_evidence
    asked = bank.get(qid)
    others = [
        q for q in bank.questions.values() if q.category.value == "behavioral" and q.id != qid
    ]
    assert read(asked, tokenize(asked.model_answer))
    said = [q.id for q in others if read(asked, tokenize(q.model_answer))]
    assert len(said) <= at_most, said


@pytest.mark.parametrize(
    ("qid", "story"),
    [
        # another function's manager, not the teller's own
        (
            "beh.disagree-with-manager",
            "The product manager wanted a churn model by March. The sales director asked for "
            "weekly scores. I built it with the analysts and it shipped on time.",
        ),
        # a page of a document, a nightly job, a weekend team: no incident
        (
            "beh.production-incident",
            "I wrote a one page summary of the nightly job for the weekend team, and the failing "
            "tests of the old export were fixed the week after.",
        ),
        # a duty, an error rate and a problem taken apart: no mistake of mine
        (
            "beh.learn-from-mistake",
            "It was on me to tell the client. I broke the problem into three parts, and the "
            "error rate fell by a third overnight.",
        ),
    ],
)
def test_a_topic_word_is_no_evidence_of_the_question(
    bank: QuestionBank, qid: str, story: str
) -> None:
    q = bank.get(qid)
    assert intent_evidence(q, tokenize(story)) == []
    assert core_evidence(q, tokenize(story)) == []


@pytest.mark.parametrize(
    ("qid", "story"),
    [
        (
            "beh.disagree-with-manager",
            "My manager decided to ship the model on Friday. I thought her call was wrong.",
        ),
        (
            "beh.disagree-with-manager",
            "I told her I disagreed, even though the decision was hers, and asked my boss for a "
            "week.",
        ),
        (
            "beh.learn-from-mistake",
            "I joined the tables on the wrong date column, and I told the planners the error was "
            "mine.",
        ),
        ("beh.production-incident", "I was on call when the fraud model went down."),
    ],
)
def test_the_asked_event_in_other_words_is_still_read(
    bank: QuestionBank, qid: str, story: str
) -> None:
    q = bank.get(qid)
    assert intent_evidence(q, tokenize(story))
    assert core_evidence(q, tokenize(story))


@pytest.mark.parametrize(
    ("phrase", "story", "said"),
    [
        ("on me", "It was on me to tell the client about the delay.", False),
        ("on me", "They were counting on me to ship it by Friday.", False),
        ("on me", "The wrong threshold was on me, and I said so.", True),
        ("on me", "That one was on me.", True),
        ("I broke", "I broke the request path into four stages.", False),
        ("I broke", "I broke the work up by region.", False),
        ("I broke", "I broke the nightly export with a schema change.", True),
    ],
)
def test_a_duty_and_a_problem_taken_apart_are_no_fault(phrase: str, story: str, said: bool) -> None:
    assert bool(said_at(AnswerIndex(tokenize(story)), phrase)) is said
