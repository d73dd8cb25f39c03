"""The Review transcript marks what the score judged of each sentence, as the scorecard says it
(walk55, issue 9's "done when"): the evidence sentence of every key point (two points shown by
one sentence both), a sentence that contradicts a key point or is charged as a misconception,
and a mistake the answer rightly warned against (not charged). Before, only the first point of
a shared sentence was marked, and wrong or warned-against claims read as plain text."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator import paths
from simulator.core.questions import QuestionBank, load_packs
from simulator.core.review import AnswerReview, build_review
from simulator.core.scoring import score_answer
from simulator.core.scoring.results import AnswerScore
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript

WRONG = (
    "Regularization is a technique for fixing underfitting. "
    "Regularization always improves training accuracy, and that is how you verify it's working. "
    "L1 and L2 penalties are the usual kinds."
)
WARNING = (
    "Each filter has kernel height times kernel width times input channels weights plus a "
    "bias. A common mistake is to think the parameter count grows with the input image size, "
    "or that stride and padding change the number of parameters."
)
SHARED = (
    "Regularization reduces overfitting by penalizing model complexity so the model "
    "generalizes better. Dropout and early stopping are other kinds."
)


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_packs([paths.bundled_packs_dir()])


def _review(
    tmp_path: Path, bank: QuestionBank, qid: str, text: str
) -> tuple[AnswerReview, AnswerScore]:
    question = bank.get(qid)
    score = score_answer(question, Transcript(text))
    storage = Storage(tmp_path / "s.sqlite3")
    try:
        sid = storage.create_session({"name": "Custom", "question_ids": [qid]})
        storage.add_answer(sid, qid, 0, "typed", text, score=score)
        session = storage.session(sid)
        return build_review(session, session.answers[0], question), score
    finally:
        storage.close()


def _said(review: AnswerReview, kind: str) -> dict[str, str]:
    """Each claim the transcript names (of ``kind``) -> the words marked with it."""
    out: dict[str, list[str]] = {}
    for w in review.words:
        if w.claim_kind == kind:
            for claim in w.claim.split("\n"):
                out.setdefault(claim, []).append(w.text)
    return {claim: " ".join(words) for claim, words in out.items()}


def test_contradicted_and_misconception_sentences_are_marked_wrong_r55(
    tmp_path: Path, bank: QuestionBank
) -> None:
    review, score = _review(tmp_path, bank, "tech.regularization", WRONG)
    contradicted = [k for k in score.key_points if k.status == "contradicted"]
    assert contradicted and score.misconceptions, score  # the basis the marks follow
    wrong = _said(review, "wrong")
    for kp in contradicted:
        said = wrong[f"Contradicts the key point: {kp.label}"]
        assert said == kp.evidence, (said, kp.evidence)
    for m in score.misconceptions:
        assert wrong[f"Charged as a misconception: {m.correction}"] == m.evidence
    assert len(wrong) == len(contradicted) + len(score.misconceptions)  # nothing else
    assert "wrong" in review.marks
    assert not _said(review, "warned")
    # the L1/L2 sentence is not a wrong claim
    assert all(not w.claim_kind for w in review.words if w.text in ("L1", "penalties"))


def test_a_warned_against_mistake_is_marked_warned_not_wrong_r55(
    tmp_path: Path, bank: QuestionBank
) -> None:
    review, score = _review(tmp_path, bank, "tech.cnn-layer-arithmetic", WARNING)
    assert score.warned_against and not score.misconceptions, score
    warned = _said(review, "warned")
    assert not _said(review, "wrong")
    for m in score.warned_against:
        said = warned[f"Warns against a common mistake (not charged): {m.phrase}"]
        assert said == m.evidence
    assert "warned" in review.marks and "wrong" not in review.marks


def test_every_key_points_evidence_is_marked_when_two_share_a_sentence_r55(
    tmp_path: Path, bank: QuestionBank
) -> None:
    review, score = _review(tmp_path, bank, "tech.regularization", SHARED)
    shown = [k for k in score.key_points if k.evidence and k.status in ("explained", "named")]
    first = shown[0].evidence
    sharing = [k for k in shown if k.evidence == first]
    assert len(sharing) >= 2, score.key_points  # the case this is about
    for kp in shown:
        words = [w.text for w in review.words if kp.label in w.evidence.split("\n")]
        assert " ".join(words) == kp.evidence, kp.label
    assert not _said(review, "wrong") and not _said(review, "warned")
