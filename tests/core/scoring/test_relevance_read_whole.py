"""Relevance for a question of a person's own pack with a narrow intent (round 32, star32,
whole_theme.py): a relevant story in everyday words that says none of the intent's phrases nor a
word of the prompt is on the question when its words sit nearest that question read whole (its
model answer included); a story that says a prompt word in passing but sits far nearer a
neighbour of the same pack answers that neighbour. The development pack packs/star32dev."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.bank_rivals import Rivals
from simulator.core.transcript import Transcript

REPO = Path(__file__).resolve().parents[3]

ROLLED_BACK_PLAIN = (
    "Two hours after our new recommendation model went live, the share of users adding anything "
    "to their basket fell by a third. I was on call, so whether to keep the new version running "
    "was up to me. I checked the dashboards per country and per app version, and the fall was "
    "everywhere. I switched all traffic to the previous version and paged the engineer who had "
    "shipped it. Basket adds recovered within twenty minutes, and we found a missing feature in "
    "the serving code the next morning."
)
# Told for "rolling back a release", with a word of the explained-a-miss prompt ("customer").
ROLLED_BACK_SPAM = (
    "A new spam filter I had trained started hiding about one in ten real customer messages the "
    "day after it went live. I had to decide within hours whether to revert it. My call was to "
    "put the previous filter back and replay the hidden messages into the inbox."
)


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_packs([REPO / "questions", REPO / "tests/core/scoring/packs/star32dev"])


def _off(bank: QuestionBank, qid: str, text: str) -> tuple[bool, list[str]]:
    score = score_answer(bank.get(qid), Transcript(text), Rivals.of_bank(bank))
    assert score.star is not None
    return bool(score.star.off_question), score.feedback


def test_a_relevant_story_in_everyday_words_is_on_the_question(bank: QuestionBank) -> None:
    assert _off(bank, "beh.dev-rolled-back", ROLLED_BACK_PLAIN)[0] is False


def test_the_same_story_is_still_off_another_question_of_the_pack(bank: QuestionBank) -> None:
    assert _off(bank, "beh.dev-cheaper-data", ROLLED_BACK_PLAIN)[0] is True


def test_a_story_for_a_pack_neighbour_is_off_despite_a_prompt_word(bank: QuestionBank) -> None:
    off, feedback = _off(bank, "beh.dev-explained-a-miss", ROLLED_BACK_SPAM)
    assert off is True
    assert any("rolling back a model release" in f for f in feedback)


def test_the_neighbours_story_is_on_its_own_question(bank: QuestionBank) -> None:
    assert _off(bank, "beh.dev-rolled-back", ROLLED_BACK_SPAM)[0] is False
