"""A prose answer that does not read as a full explanation still earns a point it says as
closely as the model answer does (issue 9, para29: meaning_credit.CLOSE_FROM, CLOSE_CREDIT).

Before, such an answer earned at most half a point for a sentence however close
(``MEANING_CREDIT`` x closeness): a paraphrase reaching half the key-point weight said its
points in everyday words at closeness 0.8-0.95 and earned 0.4-0.47 of each."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring.meaning import PointMeaning
from simulator.core.scoring.meaning_credit import (
    CLOSE_CREDIT,
    CLOSE_FROM,
    FULL_CREDIT,
    MEANING_CREDIT,
    meaning_lifts,
)

HERE = Path(__file__).resolve().parent


def test_a_close_sentence_in_a_prose_answer_earns_its_closeness() -> None:
    points = [
        PointMeaning(0.0, 0.95, 0),
        PointMeaning(0.0, 0.82, 1),
        PointMeaning(0.0, 0.75, 2),  # below CLOSE_FROM: half its closeness, as before
        PointMeaning(0.0, 0.3, 2),  # far: nothing
    ]
    lifts = meaning_lifts(points, full=False, prose=True)
    assert lifts[0] == (CLOSE_CREDIT, 0)
    assert lifts[1] == (pytest.approx(0.82), 1)
    assert lifts[2] == (pytest.approx(MEANING_CREDIT * 0.75), 2)
    assert lifts[3] == (0.0, None)
    assert CLOSE_CREDIT < FULL_CREDIT and 0.75 < CLOSE_FROM <= 0.82
    # not prose (a salad, fewer than three usable sentences, leaning to a wrong claim, a denied
    # point): half a point at most, as before
    assert meaning_lifts(points, full=False)[0] == (pytest.approx(MEANING_CREDIT * 0.95), 0)


def test_one_sentence_lifts_two_close_points_at_most() -> None:
    points = [PointMeaning(0.0, c, 0) for c in (0.95, 0.84, 0.82)]
    lifts = meaning_lifts(points, full=False, prose=True)
    assert lifts[:2] == [(CLOSE_CREDIT, 0), (pytest.approx(0.84), 0)]
    assert lifts[2] == (pytest.approx(MEANING_CREDIT * 0.82), 0)


def test_the_close_point_is_shown_with_its_sentence_and_the_basis_says_why(
    bank: QuestionBank, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A learning-curves paraphrase (round 22's set) that does not read in full: its sentence on
    the high-bias pattern comes as close as the model answer's and earns it, shown as evidence;
    an answer caught asserting a wrong claim still earns nothing by meaning. (Read against the
    rubric's own wordings only: with the key points said in everyday words too, para36, this
    paraphrase reads in full, 73.)"""
    import yaml

    from simulator.core.scoring import meaning

    monkeypatch.setattr(meaning, "PLAIN_TARGETS", False)
    meaning._reference_of.cache_clear()

    from simulator.core.scoring import score_answer
    from simulator.core.transcript import Transcript

    items = yaml.safe_load((HERE / "heldout_contra22_content.yaml").read_text(encoding="utf-8"))
    text = next(i for i in items if i["question"] == "tech.learning-curves")["paraphrase"]
    question = bank.get("tech.learning-curves")
    score = score_answer(question, Transcript(text))
    close = [k for k in score.key_points if k.via == "meaning" and k.credit > MEANING_CREDIT]
    assert close and all(k.evidence and k.evidence in text for k in close)
    assert all(k.credit <= CLOSE_CREDIT for k in close)
    assert "as closely as the model answer" in score.basis["content"]
    claim = next(c for kp in question.key_points for c in kp.contradicted_by)
    wrong = score_answer(question, Transcript(f"{text} Also, {claim}."))
    assert all(k.via == "words" for k in wrong.key_points)
