"""A neighbouring question's answer, confirmed by its key points, earns little here (issue 9,
offt26: answer_topic.py).

A competent answer to a sibling question (regularization in general asked about L1 and L2,
k-means asked about DBSCAN, the curse of dimensionality asked about kNN) shares so much of the
field's vocabulary that its words lean only 2 to 3 times to its own rubric, where the credit
fell slowly (x0.56 to x0.88 kept): it scored 35 to 73 against the asked question's vague answer
at 6 to 10. When it also covers half or more of the other question's key points, and 1.5 times
what it covers here, it reads as that question's answer from 1.5 times on (x0.10 at 2.0 since
offtopic28, 2.5 before), its on-topic words count as little, and the candidate is told which
question it answers.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.scoring.off_question import off_question_credit
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

SETS = Path(__file__).parent


def _answer(name: str, question: str, kind: str) -> str:
    for item in yaml.safe_load((SETS / name).read_text(encoding="utf-8")):
        if item.get("question") == question:
            return str(item[kind])
    raise KeyError(question)


# asked question, its vague answer's set, the neighbour, its strong answer's set
PAIRS = [
    (
        "tech.l1-vs-l2",
        "heldout_round4_content.yaml",
        "tech.regularization",
        "calibration_content.yaml",
    ),
    (
        "tech.dbscan",
        "heldout_round4_content.yaml",
        "tech.k-means",
        "calibration_content_heldout.yaml",
    ),
    (
        "tech.knn",
        "calibration_content.yaml",
        "tech.curse-of-dimensionality",
        "heldout_round5_content.yaml",
    ),
]


@pytest.mark.parametrize(("asked", "weak_set", "other", "strong_set"), PAIRS)
def test_neighbours_answer_scores_below_a_vague_one(
    bank: QuestionBank, asked: str, weak_set: str, other: str, strong_set: str
) -> None:
    weak = score_answer(bank.get(asked), Transcript(_answer(weak_set, asked, "weak")))
    text = _answer(strong_set, other, "strong")
    got = score_answer(bank.get(asked), Transcript(text))
    assert got.overall < weak.overall, got.basis["content"]
    off = off_question_credit(bank.get(asked), tokenize(text), 0.0)
    assert off.other is not None and off.other.id == other
    assert off.confirmed and off.kept <= 0.5
    assert "it covers" in got.basis["content"]  # the scorecard says why


def test_vague_answer_opening_on_its_own_subject_is_not_another_questions(
    bank: QuestionBank,
) -> None:
    """Its words lean to dimensionality reduction and cover its key points, but it opens on
    PCA, which that prompt does not name: about the asked question."""
    text = (
        "PCA is a way to reduce the number of features by combining them into fewer new ones "
        "that keep most of the information. You keep enough of them so that you don't lose too "
        "much."
    )
    off = off_question_credit(bank.get("tech.pca"), tokenize(text), 0.0)
    assert not off.confirmed


def test_own_strong_answer_is_never_read_as_a_neighbours(bank: QuestionBank) -> None:
    for question, name in (
        ("tech.regularization", "calibration_content.yaml"),
        ("tech.k-means", "calibration_content_heldout.yaml"),
    ):
        text = _answer(name, question, "strong")
        off = off_question_credit(bank.get(question), tokenize(text), 1.0)
        assert off.other is None and off.kept == 1.0
