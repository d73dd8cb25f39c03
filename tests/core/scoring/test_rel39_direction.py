"""Who the asked act is done by, read from the question's own prompt (issue 9, round 39, rel39:
theme_direction.py). A question of an outside author's pack asking for feedback received ("a
time someone senior told you your work was not good enough") is told a story of feedback GIVEN
the way the shipped receiving question is; and what a colleague later "told me" in a story of
feedback given is no criticism of my work. Stories written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import load_packs
from simulator.core.scoring.relevance import off_question
from simulator.core.scoring.structure import analyse_star
from simulator.core.scoring.text import tokenize, words
from simulator.core.scoring.theme_direction import direction, prompt_direction
from simulator.core.transcript import Transcript

REPO = Path(__file__).resolve().parents[3]

# Feedback given: the colleague "told me" twice, never about my work.
GIVEN = (
    "A teammate of mine kept merging model changes without running the evaluation suite. "
    "Twice in one month a worse model went out to customers because of it. "
    "As the tech lead it was my job to tell him plainly that this had to stop. "
    "I asked him for a private chat, showed him the two releases, and told him what they had "
    "cost our customers. "
    "He told me the suite took three hours to run, so we agreed I would build a faster one. "
    "He ran the fast suite on every change after that, and later he told me he was glad I had "
    "raised it."
)


@pytest.mark.parametrize(
    ("sentence", "to_me", "by_me"),
    [
        # news from a colleague, not criticism of my work
        ("he told me the suite took three hours to run", False, False),
        ("she told me privately she was thinking of moving teams", False, False),
        # criticism of my work, said to me
        ("my lead told me my design documents were far too long", True, False),
        # the duty to tell someone is an act of mine
        ("it was my job to tell him plainly that this had to stop", False, True),
        # a thing shown is no one shown anything
        ("i had to show the gain was big enough", False, False),
        ("i showed him the two releases", False, True),
    ],
)
def test_who_did_it_to_whom(sentence: str, to_me: bool, by_me: bool) -> None:
    assert direction(words(sentence)) == (to_me, by_me)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        (
            "Tell me about a time someone senior told you that your work was not good enough.",
            ("receives", "beh.give-difficult-feedback"),
        ),
        (
            "Describe a time you had to give a peer feedback they did not want to hear.",
            ("gives", "beh.critical-feedback"),
        ),
        (
            "Tell me about a time you convinced a product manager to drop a feature.",
            ("gives", "beh.changed-my-mind"),
        ),
        ("Tell me about a time you missed a deadline.", None),
    ],
)
def test_the_prompt_says_who_does_the_asked_act(
    prompt: str, expected: tuple[str, str] | None
) -> None:
    assert prompt_direction(prompt) == expected


def _verdict(question_id: str, prompt: str | None = None, no_intent: bool = False):  # type: ignore[no-untyped-def]
    bank = load_packs([REPO / "questions"])
    question = bank.get(question_id)
    if prompt is not None or no_intent:
        update = {"id": "beh.outside-told-not-good-enough", "intent": None}
        if prompt is not None:
            update["prompt"] = prompt
        question = question.model_copy(update=update)
    tokens = tokenize(GIVEN)
    labels = [s.label for s in analyse_star(tokens, Transcript(GIVEN)).star.segments]
    return off_question(question, tokens, labels)


def test_feedback_given_is_off_the_receiving_question() -> None:
    verdict = _verdict("beh.critical-feedback")
    assert verdict.cost and "giving" in verdict.reads_as


def test_feedback_given_is_off_an_outside_receiving_question_without_intent() -> None:
    prompt = (
        "Tell me about a time someone senior told you that your work was not good enough. "
        "What did you change?"
    )
    verdict = _verdict("beh.critical-feedback", prompt)
    assert verdict.cost and "giving" in verdict.reads_as
    assert verdict.asked == ["someone senior told you that your work was not good enough"]


def test_feedback_given_stays_on_the_giving_question() -> None:
    assert not _verdict("beh.give-difficult-feedback").cost


def test_pointing_out_to_people_is_an_act_of_mine() -> None:
    assert direction(words("i pointed out to the team that the labels were stale")) == (False, True)
