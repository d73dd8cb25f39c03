"""A correct cause added to a correct answer is not charged (issue 9, lead68).

A strong candidate explains why things happen in the field's own words, and those words are often
not the rubric's: "high variance is mostly caused by too many parameters for the data". A check
that charges every cause the rubric does not state together with its effect (round 68's
wrong_causes, reverted) charged 5 of 15 such true sentences, written fresh by the lead, and
took a model answer from 100 to 35. Each case here is the question's own model answer plus
one true cause sentence: it must score as the model answer does and carry no charge.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

REPO = Path(__file__).resolve().parents[3]

TRUE_CAUSES = [
    (
        "tech.bias-variance",
        "High variance is mostly caused by a model with too many parameters relative to the"
        " number of training examples.",
    ),
    (
        "tech.batch-normalization",
        "The faster training is mostly due to a smoother loss landscape, which tolerates"
        " larger learning rates.",
    ),
    (
        "tech.gradient-descent",
        "Slow convergence is often caused by poorly scaled features, which stretch the loss"
        " contours into narrow valleys.",
    ),
    (
        "tech.cross-validation",
        "An optimistic estimate is usually caused by leakage, for example scaling fit on the"
        " full dataset before splitting.",
    ),
    (
        "tech.calibration",
        "Overconfident probabilities in deep networks are often caused by overfitting the log"
        " loss with large capacity models.",
    ),
]


@lru_cache(maxsize=1)
def _bank() -> QuestionBank:
    return load_packs([REPO / "questions"])


@pytest.mark.parametrize(("qid", "cause"), TRUE_CAUSES)
def test_a_true_cause_costs_a_model_answer_nothing(qid: str, cause: str) -> None:
    question = _bank().get(qid)
    alone = score_answer(question, Transcript(question.model_answer))
    score = score_answer(question, Transcript(f"{question.model_answer} {cause}"))
    assert not score.misconceptions, [m.phrase for m in score.misconceptions]
    assert not [k.id for k in score.key_points if k.contradiction]
    assert score.overall >= alone.overall - 5
