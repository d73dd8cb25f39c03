"""A case's key point said in words any ML design uses counts only near the case (issue 9).

A generic "ML lifecycle" answer that never names the case ("tune the threshold for the precision
and recall trade-off ... deploy it in batch or real time") earned fraud detection's weight-3
metrics point and its real-time point through the rubric's own words, and scored 64 against a
vague answer about fraud's 9 (blind round 14: weak > off-topic 5/10 on cases). The same words
said about card payments still earn the points, and an answer about the case throughout needs
no anchor sentence by sentence, and neither does a phrase of three words or more ("purchases in
the last hour").
"""

from __future__ import annotations

from simulator.core.questions import Question
from simulator.core.scoring import score_answer
from simulator.core.scoring.point_anchors import case_words_said, thin_on_case
from simulator.core.scoring.shipped_rubrics import shipped_questions, specific
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

LIFECYCLE = (
    "I would define the target variable, gather and label data from logs, and build features "
    "from the raw signals, aggregating them over time windows. I'd be careful about data "
    "leakage and use a time-based split. Then train a gradient boosted tree model, tune the "
    "threshold for the precision and recall trade-off, explain predictions with SHAP, deploy it "
    "in batch or real time depending on latency needs, and monitor drift and retrain."
)
ON_CASE = (
    "Card fraud is rare, so for each payment I'd score the transaction in real time while it is "
    "being authorized. I'd tune the threshold on precision and recall, since a missed fraud and "
    "a declined good customer cost different amounts."
)


def _q(qid: str) -> Question:
    return next(q for q in shipped_questions() if q.id == qid)


def _credited(qid: str, text: str) -> dict[str, float]:
    """The key points credited through the rubric's words (meaning reads on: it is calibrated
    per question and gives a design-talk sentence part of a point at most)."""
    score = score_answer(_q(qid), Transcript(text))
    return {k.id: k.credit for k in score.key_points if k.credit > 0 and k.via == "words"}


def test_generic_lifecycle_earns_no_fraud_point_from_design_talk() -> None:
    credited = _credited("case.fraud-detection", LIFECYCLE)
    assert "metrics" not in credited and "realtime" not in credited
    fraud = _q("case.fraud-detection")
    assert thin_on_case(fraud, tokenize(LIFECYCLE))
    # 64 before; meaning still reads part of two points in its design talk (18 now, the vague
    # answer 11: not yet below it)
    assert score_answer(fraud, Transcript(LIFECYCLE)).overall <= 20


def test_the_same_words_said_about_the_case_earn_the_points() -> None:
    credited = _credited("case.fraud-detection", ON_CASE)
    assert credited.get("metrics", 0) > 0.5 and credited.get("realtime", 0) > 0.5


def test_three_word_phrase_needs_no_case_word() -> None:
    text = (
        "The best clues are how many purchases the same account made in the last hour and "
        "whether the phone is new."
    )
    assert "velocity" in _credited("case.fraud-detection", text)


def test_design_talk_is_not_specific_but_case_words_are() -> None:
    for stem_ in ("precis", "recal", "latenc", "dashboard", "alert", "low", "b"):
        assert not specific(stem_), stem_
    for stem_ in ("chargeback", "subscrib", "surg"):
        assert specific(stem_), stem_


def test_every_model_answer_names_its_case_throughout() -> None:
    """A model answer is never read sentence by sentence for its case's words: each says four
    or more words naming the case."""
    for q in shipped_questions():
        if q.category.value == "case":
            assert case_words_said(q, tokenize(q.model_answer)) >= 4, q.id
            assert not thin_on_case(q, tokenize(q.model_answer)), q.id
