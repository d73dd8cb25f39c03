"""A wrong claim named in the person's own words, and charged once (quote47, issue 9).

The scorecard said "contradicted: you said “gmm gives hard assignments”" of "... a GMM outputs
only hard assignments.": the check's wording of the claim, quoted as the person's (ux46). And one
clause contradicting two key points, or a listed misconception and a key point, cost twice."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question, parse_pack
from simulator.core.scorecard.answer import _key_point, answer_view, stored_tip
from simulator.core.scoring import AnswerScore, content, score_answer
from simulator.core.scoring.claim_words import claim_said, said_clause
from simulator.core.scoring.results import KeyPointResult
from simulator.core.storage_records import AnswerRecord
from simulator.core.transcript import Transcript

PACK = """
questions:
  - id: tech.pdp
    category: technical
    topic: interpretability
    difficulty: 2
    prompt: What does a partial dependence plot show, and how do you read it?
    time_limit_s: 120
    key_points:
      - id: grid
        label: Set the feature to each grid value for every row and predict
        weight: 3
        phrases: [grid value for every row, every row and predict]
      - id: average
        label: PDP shows the average prediction as one feature varies
        weight: 1
        phrases: [average prediction, averages the predictions]
        contradicted_by: [partial dependence shows the causal effect]
      - id: not-causal
        label: It shows model behaviour, not a causal effect
        weight: 2
        phrases: [model behaviour, not causal]
        contradicted_by: [partial dependence shows the causal effect]
      - id: ice
        label: ICE curves show one line per row
        weight: 1
        phrases: [ice curves, one line per row]
        contradicted_by: [ice curves average the rows]
      - id: interactions
        label: A flat PDP can hide interactions
        weight: 2
        phrases: [hide interactions, interactions cancel]
        contradicted_by: [flat pdp means the feature is irrelevant]
    misconceptions:
      - id: flat
        phrases: ["flat pdp means the feature is irrelevant"]
        correction: A flat PDP can hide interactions that cancel out on average.
    model_answer: >-
      You set the feature to each grid value for every row and predict, because the plot needs
      a prediction per row at each value. A partial dependence plot averages the predictions over the data as one feature varies,
      so it shows the average prediction. It shows model behaviour, not causal effects. ICE
      curves draw one line per row, and a flat PDP can hide interactions that cancel out.
"""


@pytest.fixture(scope="module")
def pack() -> dict[str, Question]:
    questions, problems = parse_pack(PACK, "pdp.yaml")
    assert not problems
    return {q.id: q for q in questions}


def _without_claim(question: Question, point: str) -> Question:
    points = [
        k.model_copy(update={"contradicted_by": []}) if k.id == point else k
        for k in question.key_points
    ]
    return question.model_copy(update={"key_points": points})


def _view(question: Question, text: str) -> tuple[AnswerScore, dict[str, str], list[str]]:
    score = score_answer(question, Transcript(text))
    record = AnswerRecord(1, 1, question.id, 0, "typed", text, score=score, overall=score.overall)
    view = answer_view(record, question)
    points = {k.id: k.status_text for k in view.key_points}
    return score, points, [m.times_text for m in view.misconceptions]


def test_the_claim_is_quoted_in_the_persons_words_not_the_rubrics(
    pack: dict[str, Question],
) -> None:
    question = pack["tech.pdp"]
    text = "In my experience partial dependence plots show the causal effect of a feature, so I trust them."
    _, points, _ = _view(question, text)
    said = points["not-causal"]
    assert said.startswith(
        "contradicted: you said “In my experience partial dependence plots show the causal "
        "effect of a feature”"
    ), said
    # the rubric's own wording is not put in the person's mouth
    assert "“partial dependence shows the causal effect”" not in said


def test_the_clause_holding_the_claim_is_quoted() -> None:
    sentence = "K-means gives soft probabilities, and a GMM outputs only hard assignments."
    assert said_clause('"gmm gives hard assignments"', sentence) == (
        "a GMM outputs only hard assignments"
    )
    # the clause that names what the claim is about is kept with the one that says the rest
    sentence = "The standard metric is MAPE, which handles zero-sales days gracefully."
    assert said_clause('"mape handles zero sales"', sentence) == sentence[:-1]
    # a clause of a few words is read with the next; the reading follows the person's words
    assert claim_said('"calibration" is not needed', "Calibration, honestly, is useless here.") == (
        'you said “Calibration, honestly, is useless here”, read as "calibration" is not needed'
    )


def test_a_claim_whose_words_the_sentence_lacks_is_not_said_to_be_theirs() -> None:
    claim = '"regularization reduces bias"'
    sentence = "It lowers bias and raises variance, which is the whole point."
    assert claim_said(claim, sentence) == f"read as {claim}"
    point = KeyPointResult(
        "p", "Regularization trades bias for variance", 2.0, False, "contradicted", 0.0,
        sentence, contradiction=claim,
    )  # fmt: skip
    view = _key_point(point, None)
    assert "you said" not in view.status_text
    assert view.status_text == "contradicted: read as “regularization reduces bias”"


def test_a_stored_contradiction_tip_quotes_the_persons_words() -> None:
    stored = (
        "Contradicts a key point, “The median is robust to outliers”: you said "
        '"mean is robust to outliers", in “In practice the mean is robust to outliers, so I '
        "average.”"
    )
    assert stored_tip(stored) == (
        "Contradicts a key point, “The median is robust to outliers”: you said “In practice "
        "the mean is robust to outliers”, in “In practice the mean is robust to outliers, so I "
        "average.”"
    )


def test_a_tip_scored_now_is_shown_as_it_was_scored(pack: dict[str, Question]) -> None:
    """Read as stored, a new tip was reworded again: "you said “More data reduces bias”, read
    as “More data reduces bias”, in ..." (seen on the scorecard page)."""
    score = score_answer(
        pack["tech.pdp"],
        Transcript("I think partial dependence shows the causal effect, so I trust it."),
    )
    tip = next(t for t in score.feedback if t.startswith("Contradicts a key point"))
    assert stored_tip(tip) == tip
    assert "read as" not in tip


def test_one_clause_contradicting_two_key_points_is_charged_once(
    pack: dict[str, Question], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the charges alone: the caught share's weight on the rest (content.credence) would leave
    # nothing of a two-sentence answer with one caught
    monkeypatch.setattr(content, "CAUGHT_STANDS_FOR", 0.0)
    question = pack["tech.pdp"]
    text = (
        "You set the feature to each grid value for every row and predict, since the plot needs "
        "a prediction per row at each value. Partial dependence shows the causal effect of the "
        "feature on the outcome."
    )
    score, points, _ = _view(question, text)
    assert score.components["content"]  # not 0 however it is charged
    named = {k.id: k for k in score.key_points}
    assert named["average"].status == named["not-causal"].status == "contradicted"
    # charged as the heavier point alone: as if the lighter one were not contradicted
    alone = score_answer(_without_claim(question, "average"), Transcript(text))
    assert score.components["content"] == alone.components["content"]
    assert "1 of them the same claim as another, charged once" in score.basis["content"]
    assert points["not-causal"].endswith(
        "; also the same claim as “PDP shows the average prediction as one feature varies”, "
        "charged once here"
    ), points["not-causal"]
    assert points["average"].endswith(
        "; the same claim as “It shows model behaviour, not a causal effect”, charged once there"
    ), points["average"]


def test_two_clauses_of_one_sentence_are_two_claims(pack: dict[str, Question]) -> None:
    question = pack["tech.pdp"]
    one = "Partial dependence shows the causal effect of the feature on the outcome."
    two = (
        "Partial dependence shows the causal effect of the feature on the outcome, while ICE "
        "curves average the rows into one line."
    )
    score = score_answer(question, Transcript(two))
    named = {k.id: k for k in score.key_points}
    assert named["ice"].status == "contradicted" and named["ice"].charged_under is None
    # the weight-2 point's charge, then the weight-1 point's
    assert score.basis["content"].endswith("(x0.50 - 15 points, then x0.75 - 8 points)")
    assert score_answer(question, Transcript(one)).basis["content"].endswith("(x0.50 - 15 points)")


def test_a_misconception_that_contradicts_a_key_point_is_charged_once(
    pack: dict[str, Question], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the charges alone: the caught share's weight on the rest (content.credence) would leave
    # nothing of a two-sentence answer with one caught
    monkeypatch.setattr(content, "CAUGHT_STANDS_FOR", 0.0)
    question = pack["tech.pdp"]
    text = (
        "You set the feature to each grid value for every row and predict, since the plot needs "
        "a prediction per row at each value. A flat PDP means the feature is irrelevant, so I "
        "drop it."
    )
    score, points, notes = _view(question, text)
    assert score.components["content"]
    assert [m.id for m in score.misconceptions] == ["flat"]
    assert {k.id: k.status for k in score.key_points}["interactions"] == "contradicted"
    # the point (weight 2) costs what the misconception does: charged as the point (the
    # first of equal charges)
    alone = score_answer(_without_claim(question, "interactions"), Transcript(text))
    assert score.components["content"] == alone.components["content"]
    assert points["interactions"].endswith(
        "; also the same claim as a misconception below, charged once here"
    ), points["interactions"]
    assert notes == [
        " (the same claim contradicts “A flat PDP can hide interactions”, charged once there)"
    ]


def test_the_charge_survives_storage() -> None:
    point = KeyPointResult(
        "a", "A", 1.0, False, "contradicted", 0.0, "s", contradiction='"x"', charged_under="b"
    )
    assert KeyPointResult.from_dict(point.to_dict()) == point
    plain = KeyPointResult("a", "A", 1.0, False, "contradicted", 0.0, "s", contradiction='"x"')
    assert "charged_under" not in plain.to_dict()  # scores stored before read the same
