"""Two paired terms' definitions exchanged (issue 9, round 39, swap39).

"Data parallelism splits the model's layers across GPUs while model parallelism copies the model
and splits the batch" went uncharged: relation_facts.py drops generic words from names, so the two
terms were one term or none, and the model answer names both in one sentence. exchanged_pairs.py
reads the terms as whole noun phrases and gives each clause to the term it is about. The
exchanged answers below went uncharged before; the correct ones, told in either order, and the
warnings must stay uncharged."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from simulator.core.questions import Question, QuestionBank, load_packs
from simulator.core.scoring.exchanged_pairs import exchanged_pairs
from tests.core.scoring.rubric_charges import charged, told_charges

REPO = Path(__file__).resolve().parents[3]


@lru_cache(maxsize=1)
def _bank() -> QuestionBank:
    # the shipped bank and an earlier round's outside pack (wrong34held, dev data now)
    return load_packs([REPO / "questions", REPO / "tests/core/scoring/packs/wrong34held"])


def _q(qid: str) -> Question:
    """The question with its listed wrong claims taken out, as an outside author's pack that
    lists none: only the general checks can charge."""
    q = _bank().get(qid)
    return q.model_copy(
        update={
            "misconceptions": [],
            "key_points": [kp.model_copy(update={"contradicted_by": []}) for kp in q.key_points],
        }
    )


EXCHANGED = [
    (
        "tech.distributed-training",
        "Data parallelism splits the model's layers across GPUs, while model parallelism copies "
        "the model and splits the batch.",
    ),
    # the attributes of the first term told in an aside's relative clause
    (
        "tech.distributed-training",
        "Unlike model parallelism, which copies the full model to each GPU and averages the "
        "gradients, data parallelism splits the layers across devices.",
    ),
    # one term given the other's attribute, the other denied it
    ("tech.mle-vs-map", "MLE uses the prior and MAP does not."),
    (
        "tech.w34h-nested-cv",
        "The inner loop estimates the performance of the procedure and the outer one tunes the "
        "hyperparameters.",
    ),
]


@pytest.mark.parametrize(("qid", "text"), EXCHANGED)
def test_exchanged_definitions_are_charged(qid: str, text: str) -> None:
    assert charged(_q(qid), text)


def test_the_charge_names_both_terms_and_the_evidence() -> None:
    question = _q("tech.distributed-training")
    text = (
        "Data parallelism splits the model's layers across GPUs, while model parallelism copies "
        "the model and splits the batch."
    )
    found = exchanged_pairs(question, text)
    assert {(e.term, e.other) for e in found} == {
        ("data parallelism", "model parallelism"),
        ("model parallelism", "data parallelism"),
    }
    nested = _q("tech.w34h-nested-cv")
    text = "The inner loop estimates the performance and the outer one tunes the hyperparameters."
    told = told_charges(nested, text)
    assert any("inner loop and outer loop exchanged" in c for c in told), told


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        (
            "tech.distributed-training",
            "Model parallelism splits the layers across devices when the model does not fit, "
            "whereas data parallelism copies the model to every GPU and splits the batch.",
        ),
        (
            "tech.distributed-training",
            "Unlike data parallelism, which copies the full model to each GPU and averages the "
            "gradients, model parallelism splits the layers across devices.",
        ),
        ("tech.mle-vs-map", "MAP uses the prior and MLE does not."),
        (
            "tech.w34h-nested-cv",
            "The outer loop estimates the performance of the procedure and the inner one tunes "
            "the hyperparameters.",
        ),
        # warnings against the exchange
        (
            "tech.distributed-training",
            "People mix up the two: data parallelism does not split the layers, it copies the "
            "model and splits the batch; model parallelism splits the layers.",
        ),
        (
            "tech.w34h-nested-cv",
            "A common mistake is to think the inner loop estimates the performance; it tunes the "
            "hyperparameters, and the outer loop estimates the performance.",
        ),
    ],
)
def test_correct_comparisons_in_either_order_and_warnings_are_not_charged(
    qid: str, text: str
) -> None:
    assert exchanged_pairs(_q(qid), text) == []


def test_no_model_answer_exchanges_its_own_pairs() -> None:
    found = [q.id for q in _bank().questions.values() if exchanged_pairs(q, q.model_answer)]
    assert found == []
