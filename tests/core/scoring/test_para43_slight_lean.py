"""A slight lean towards a wrong claim, said in other words (issue 9, para43: leaning_words.py).

A paraphrase in everyday words comes near the key points' technical wordings only weakly, so the
rubric's wrong claims, written in plainer words, come nearer by comparison and the answer was
refused the full reading (the curse-of-dimensionality paraphrase below scored 36, under its
partial's 75). A slight lean now leaves the reading open when no leaning sentence says the
claim's own words; a wrong answer that makes the claim in its words stays closed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.leaning_words import SLIGHT, slight_lean_in_other_words
from simulator.core.scoring.meaning import MeaningReading, PointMeaning, wrong_claims
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

_ROOT = Path(__file__).resolve().parents[3]
_BANK = load_packs([_ROOT / "questions"])

_PLAIN = (
    "Every extra measurement you add gives the data one more direction to spread out in, and the "
    "room grows so fast that your points end up lonely, far from one another. To fill that room "
    "as densely as before you would need an astronomical number of examples. Worse, when "
    "everything is far away, everything is about equally far, so asking which examples are most "
    "alike stops giving useful answers. With lots of measurements and few examples a model can "
    "also find patterns that are pure coincidence. Keeping only the measurements that matter, or "
    "squeezing them into a few summaries, helps."
)
_PARTIAL = (
    "When you have many features, the data becomes sparse and you need much more data to learn. "
    "Distances between points become less meaningful, which hurts k nearest neighbours."
)


def _score(qid: str, text: str) -> int:
    return score_answer(_BANK.get(qid), Transcript(text)).overall


def test_a_plain_paraphrase_leaning_slightly_outscores_its_partial() -> None:
    assert _score("tech.curse-of-dimensionality", _PLAIN) > _score(
        "tech.curse-of-dimensionality", _PARTIAL
    )


def _reading(lean: float, sentence: int, claim: int) -> MeaningReading:
    return MeaningReading([PointMeaning(0.0, 0.0, None)], lean, ((sentence, lean, claim),))


def test_a_sentence_in_the_claims_own_words_keeps_the_gate_closed() -> None:
    question = _BANK.get("case.stock-prices")
    claims = wrong_claims(question)
    k = claims.index("any model beats a random walk")
    said = tokenize("Honestly, any decent model beats a random walk by a wide margin.")
    other = tokenize("Tomorrow equals today is the forecast to compare with; few do better.")
    assert not slight_lean_in_other_words(question, said, _reading(0.08, 0, k), 0.05)
    assert slight_lean_in_other_words(question, other, _reading(0.08, 0, k), 0.05)


@pytest.mark.parametrize("lean", [SLIGHT + 0.01, 0.3])
def test_a_stronger_lean_stays_closed_whatever_the_words(lean: float) -> None:
    question = _BANK.get("case.stock-prices")
    other = tokenize("Tomorrow equals today is the forecast to compare with; few do better.")
    assert not slight_lean_in_other_words(question, other, _reading(lean, 0, 0), 0.05)


def test_a_verbose_wrong_answer_in_the_claims_words_is_not_lifted() -> None:
    bank = load_packs([_ROOT / "questions", _ROOT / "tests/core/scoring/packs/para35held"])
    wrong = (
        "Differential privacy is a guarantee about a dataset: its records are encrypted so that "
        "the output distribution changes a lot whenever a single individual's record is in the "
        "dataset, with epsilon the encryption key length. It is achieved by removing names and "
        "identifiers, scaled to the size of the dataset. To train a model with it you use DP-SGD: "
        "compute one gradient for the whole batch, never clip it, add noise only to the final "
        "weights, and take the step. Privacy is spent once at the end, so no accountant is "
        "needed over the training run. There is no cost in accuracy: a smaller epsilon means "
        "less noise and a better model, and rare groups benefit most."
    )
    score = score_answer(bank.get("tech.p35h-differential-privacy"), Transcript(wrong))
    assert "full explanation" not in score.basis["content"]
    assert score.overall <= 60
