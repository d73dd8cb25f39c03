"""Another case's design earns no on-topic credit on the asked case (issue 9, round 24).

A competent design for one case (delivery times, spam, credit risk) scored on another is read as
that case's answer (answer_topic.py), and its key points count x0.10 here; but its words (data,
features, model, metric, monitor, users) are in every case's vocabulary, so it kept most of the
on-topic credit and scored at or above a vague answer about the asked case: each case's model
answer and a repository strong answer scored on every other case reached the weakest
repository weak answer 145 times in 1012, 57 now.
"""

from __future__ import annotations

import pytest

from simulator.core.questions import Question
from simulator.core.scoring import score_answer
from simulator.core.scoring.shipped_rubrics import shipped_questions
from simulator.core.transcript import Transcript

VAGUE = {
    "case.news-feed-ranking": (
        "I would use machine learning to decide what people see, so they like the app more and "
        "come back."
    ),
}
OTHER = {
    # each scored at or above the vague answer before (8, 7, 7 against 7)
    "case.news-feed-ranking": (
        "case.churn-prediction",
        "case.ad-ctr-prediction",
        "case.price-optimization",
    ),
}


def _q(qid: str) -> Question:
    return next(q for q in shipped_questions() if q.id == qid)


@pytest.mark.parametrize("asked", sorted(VAGUE))
def test_another_cases_design_scores_below_a_vague_answer_about_this_case(asked: str) -> None:
    vague = score_answer(_q(asked), Transcript(VAGUE[asked]))
    for other in OTHER[asked]:
        off = score_answer(_q(asked), Transcript(_q(other).model_answer))
        assert off.overall < vague.overall, (other, off.overall, vague.overall)
        assert "reads as an answer to another question" in off.basis["content"]
        assert "on-topic words ×" in off.basis["content"]
