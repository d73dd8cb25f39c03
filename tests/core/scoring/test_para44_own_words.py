"""An answer in its own words reads in full from a lower reach (issue 9, para44;
meaning_credit.OWN_WORDS_FULL_REACH). Traced on the dev paraphrases at or below their partial
answer: an analogy or plain telling of an outside question comes near half of its key-point
weight and no more (everyday words reach a technical point at closeness 0.25-0.4), so it was
never read as a whole explanation and earned almost nothing (a confidence-interval analogy 4
against its partial's 65). An answer in the rubric's own words still needs ``FULL_REACH``: at
the lower reach for every answer, five verbose-wrong answers rose (a swapped L1/L2 answer 51 ->
70)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

_PACK = Path(__file__).parent / "packs" / "falseA34held"
_QID = "tech.fa34h-confidence-interval"


@lru_cache(maxsize=1)
def _bank() -> QuestionBank:
    return load_packs([_PACK])


def _overall(text: str) -> int:
    return score_answer(_bank().get(_QID), Transcript(text)).overall


def test_an_analogy_in_own_words_scores_above_the_partial_answer() -> None:
    analogy = (
        "Think of the method as a net you throw again and again at a fixed fish: with level one "
        "minus alpha, the net catches the fish in a proportion one minus alpha of the throws. "
        "Any single throw either caught it or missed. More data makes the net smaller, "
        "shrinking like one over root n."
    )
    partial = (
        "If you repeated the experiment many times, a share 1 - alpha of the intervals would "
        "contain the true parameter. The parameter is fixed, the interval is what varies."
    )
    assert _overall(analogy) > _overall(partial)


def test_a_wrong_answer_in_the_rubrics_words_still_needs_the_full_reach() -> None:
    # L1 and L2 swapped throughout, in the rubric's own words: half of its key-point weight is
    # reached, and read in full from there it rose 51 -> 70 above its partial answer
    swapped = (
        "Regularization adds a penalty to the loss. L2 regularization, also called lasso, adds "
        "the absolute values of the weights and drives many of them to exactly zero, so it "
        "performs feature selection and gives sparse models. L1 regularization, called ridge, "
        "adds the squared weights and shrinks them smoothly without ever reaching zero, so "
        "every feature stays in the model. When you have many irrelevant features you should "
        "therefore use L2, and when all features matter you pick L1. Elastic net is simply L2 "
        "applied twice."
    )
    question = load_packs([Path(__file__).resolve().parents[3] / "questions"]).get(
        "tech.regularization"
    )
    assert score_answer(question, Transcript(swapped)).overall <= 55


def test_an_answer_about_another_method_reaching_half_is_not_read_in_full() -> None:
    # pruning asked about knowledge distillation: its words come near two of four points
    pruning = (
        "Pruning removes weights from a trained network to make it smaller. In magnitude pruning "
        "you set the weights with the smallest absolute values to zero, fine-tune the network to "
        "recover accuracy, and repeat. Unstructured pruning gives sparse matrices that need "
        "special kernels to be faster, while structured pruning removes whole channels or "
        "attention heads, which speeds up ordinary hardware directly. The lottery ticket "
        "hypothesis suggests that a large network contains a small subnetwork that could have "
        "trained to the same accuracy from its original initialization."
    )
    bank = load_packs([Path(__file__).parent / "packs" / "newpack30"])
    question = bank.get("tech.np30-knowledge-distillation")
    assert score_answer(question, Transcript(pruning)).overall < 10
