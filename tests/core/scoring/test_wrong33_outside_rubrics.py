"""Confidently wrong answers to an outside author's rubric that lists no wrong claims (issue 9,
wrong33): the accepted view (labels, model answer) and the prompt's own pairs catch them.

* a prompt's second side ends before what both sides are "of" ("... and a canary release *of a
  new model*"), so roles swapped between the two are read;
* "What are vanishing and exploding gradients": two names sharing a head are a pair;
* "above"/"below" are the ends "higher"/"lower" say: "a *higher* temperature sharpens" turns
  over "a temperature *below* one sharpens", while "a higher temperature makes it more random"
  against "below one ... more deterministic" speaks of the other end and is no contradiction;
* an answer opening on a sibling of an outside question's subject ("A random forest ..." asked
  about an isolation forest) is read as about another concept.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.answer_subject import other_concept
from simulator.core.scoring.prompt_pairs import prompt_pairs
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

_REPO = Path(__file__).resolve().parents[3]
_DEV = _REPO / "tests" / "core" / "scoring" / "packs" / "wrong33dev"


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_packs([_REPO / "questions", _DEV])


def _contradicted(bank: QuestionBank, qid: str, text: str, *, bare: bool = False) -> list[str]:
    q = bank.get(qid)
    if bare:  # as an outside author's rubric: no listed wrong claims
        q = q.model_copy(
            update={
                "misconceptions": [],
                "key_points": [k.model_copy(update={"contradicted_by": []}) for k in q.key_points],
            }
        )
    score = score_answer(q, Transcript(text))
    return [k.id for k in score.key_points if k.contradiction] + [
        m.phrase for m in score.misconceptions
    ]


def test_a_second_side_ends_before_what_both_are_of() -> None:
    pairs = prompt_pairs(
        "What is the difference between a shadow deployment and a canary release of a new model?"
    )
    assert (("shadow deployment",), ("canary release",)) in pairs


def test_two_names_sharing_a_head_are_a_pair() -> None:
    pairs = prompt_pairs("What are vanishing and exploding gradients, and how do you fix them?")
    assert (("vanishing",), ("exploding",)) in pairs


def test_swapped_roles_of_shadow_and_canary_lose_both_points(bank: QuestionBank) -> None:
    wrong = (
        "In a canary release the new model receives a copy of live traffic and its predictions "
        "are logged but never shown to users. In a shadow deployment a small share of real "
        "users is served by the new model, and the share is increased step by step."
    )
    said = _contradicted(bank, "tech.w33d-shadow-canary", wrong)
    assert {"shadow", "canary"} <= set(said)


def test_swapped_definitions_of_vanishing_and_exploding(bank: QuestionBank) -> None:
    wrong = (
        "Exploding gradients are when the gradients shrink toward zero as they flow back "
        "through many layers, so the early layers stop learning, and vanishing gradients are "
        "when they grow exponentially and the loss turns into NaN."
    )
    assert _contradicted(bank, "tech.vanishing-gradients", wrong, bare=True)


def test_the_reverse_direction_of_a_scale_is_a_contradiction(bank: QuestionBank) -> None:
    wrong = (
        "The temperature divides the logits before the softmax. A higher temperature sharpens "
        "the distribution towards the most likely tokens, so the text becomes more "
        "deterministic and repetitive."
    )
    assert "low-sharper" in _contradicted(bank, "tech.w33d-sampling-temperature", wrong)


@pytest.mark.parametrize(
    "text",
    [
        "A higher temperature makes the output more random and diverse, and a lower one makes "
        "it more deterministic. Top-k only samples from the k most likely tokens.",
        "With a temperature above one the text gets more random, and below one it gets more "
        "deterministic, close to greedy decoding.",
    ],
)
def test_the_other_end_of_a_scale_is_no_contradiction(bank: QuestionBank, text: str) -> None:
    assert _contradicted(bank, "tech.w33d-sampling-temperature", text) == []


def test_an_opening_sibling_concept_on_a_pack_question_is_another_concept() -> None:
    bank = load_packs([_REPO / "questions", _REPO / "tests/core/scoring/packs/para32dev"])
    q = bank.get("tech.p32d-isolation-forest")
    sibling = (
        "A random forest trains many decision trees on bootstrap samples of the data and "
        "considers a random subset of features at each split. Averaging the trees reduces "
        "variance compared with a single deep tree, and the out-of-bag samples give a free "
        "validation estimate."
    )
    assert other_concept(q, tokenize(sibling)) is not None
    right = (
        "An isolation forest builds random trees that split on a random feature at a random "
        "value; anomalies are isolated in fewer splits, so their average path length is short."
    )
    assert other_concept(q, tokenize(right)) is None
