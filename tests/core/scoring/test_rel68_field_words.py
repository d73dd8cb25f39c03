"""A word of the field, spelled right, is no slip for a theme's word (issue 9, rel68).

An intent phrase is matched with one-letter spelling slips, except where the story's word is a
word in its own right. Only the behavioral questions' words counted as such, so the field's own
words were read as slips: an ML story about "the attention layers" said "lawyers" and was kept
on "working closely with people from other functions, such as product, design, legal or
operations" (round 67's blind set: a training-divergence story scored 96 there, not told).
The stories here are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import AnswerScore, score_answer
from simulator.core.scoring.bank_rivals import Rivals
from simulator.core.scoring.intent_phrases import _same_family
from simulator.core.scoring.relevance import intent_evidence
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

ROOT = Path(__file__).resolve().parents[3]
CROSS = "beh.cross-functional"


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_packs([ROOT / "questions"])


def _score(bank: QuestionBank, qid: str, text: str) -> AnswerScore:
    return score_answer(bank.get(qid), Transcript(text), Rivals.of_bank(bank))


# Told for "a hard technical problem": a speech model whose deeper layers saturated, no one from
# another function anywhere in it.
SATURATED_LAYERS = (
    "Our speech recogniser stopped improving after the first epoch, and nobody knew why. "
    "I was asked to find the cause before the next release, three weeks away. "
    "I plotted the activations of every layer and saw that the deeper layers had saturated. "
    "I split the problem into the initialisation, the learning rate and the data order, and "
    "tested each on a small run. "
    "The initialisation was it: I switched to a scaled scheme for the recurrent layers. "
    "The word error rate fell from 14 to 9 percent, and the fix went into our training template."
)


def test_layers_are_no_lawyers(bank: QuestionBank) -> None:
    said = intent_evidence(bank.get(CROSS), tokenize(SATURATED_LAYERS))
    assert not {"lawyer", "lawyers"} & set(said)


def test_a_layers_story_is_off_the_cross_functional_question(bank: QuestionBank) -> None:
    score = _score(bank, CROSS, SATURATED_LAYERS)
    assert score.star is not None and score.star.off_question
    assert any("question" in line.lower() for line in score.feedback)


def test_a_slip_of_the_word_itself_still_counts(bank: QuestionBank) -> None:
    # "lawers" is no word of the bank: a slip of "lawyers", as speech recognisers spell it
    text = "I met the lawers every week to go through the consent wording with them."
    assert {"lawyer", "lawyers"} & set(intent_evidence(bank.get(CROSS), tokenize(text)))


def test_a_word_of_the_same_family_is_the_same_word() -> None:
    assert _same_family("priorit", "prioriti")
    assert _same_family("certainti", "certain")
    assert _same_family("explan", "explain")
    assert not _same_family("layer", "lawyer")
    assert not _same_family("complet", "complex")
