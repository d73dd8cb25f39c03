"""A full explanation in everyday words says a point twice: once plainly and once through an
example, an analogy or the mechanism (issue 9, para25). Before, a point whose closest sentence
already lifted two closer points earned half a point at most, and a point said once in the
rubric's words earned 0.85 however often the answer came back to it in other words."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.scoring.meaning import PointMeaning
from simulator.core.scoring.meaning_credit import (
    FULL_CREDIT,
    FULL_SLOPE,
    MEANING_CREDIT,
    corroborated,
    meaning_lifts,
)
from simulator.core.scoring.text import split_sentences
from simulator.core.transcript import Transcript

HERE = Path(__file__).resolve().parent


def test_a_point_crowded_out_of_its_closest_sentence_is_lifted_by_the_next() -> None:
    points = [
        PointMeaning(0.0, 0.9, 0),
        PointMeaning(0.0, 0.8, 0),
        PointMeaning(0.0, 0.7, 0, ((1, 0.6),)),
    ]
    lifts = meaning_lifts(points, full=True)
    assert lifts[:2] == [(FULL_CREDIT, 0), (FULL_CREDIT, 0)]
    assert lifts[2] == (pytest.approx(FULL_SLOPE * 0.6), 1)  # the example's sentence
    # no room in the next sentence either: half a point from the closest, as before
    crowded = [*points, PointMeaning(0.0, 0.95, 1), PointMeaning(0.0, 0.9, 1)]
    assert meaning_lifts(crowded, full=True)[2] == (pytest.approx(MEANING_CREDIT * 0.7), 0)
    # not a full explanation: one sentence, half a point at most
    assert meaning_lifts(points, full=False)[2] == (pytest.approx(MEANING_CREDIT * 0.7), 0)


def test_a_point_never_loses_its_closest_sentence_to_another_points_second_one() -> None:
    points = [
        PointMeaning(0.0, 0.5, 0),
        PointMeaning(0.0, 0.9, 1, ((0, 0.8),)),
        PointMeaning(0.0, 0.85, 1, ((0, 0.8),)),
        PointMeaning(0.0, 0.8, 1, ((0, 0.6),)),
    ]
    lifts = meaning_lifts(points, full=True)
    assert lifts[0] == (pytest.approx(FULL_SLOPE * 0.5), 0)
    assert lifts[1:3] == [(FULL_CREDIT, 1), (FULL_CREDIT, 1)]
    assert lifts[3] == (pytest.approx(FULL_SLOPE * 0.6), 0)  # sentence 0 had room for one more


def test_corroborated_needs_another_sentence_near_enough() -> None:
    point = PointMeaning(0.0, 0.9, 2, ((4, 0.45),))
    assert corroborated(point, said_in=3)
    assert not corroborated(point, said_in=2)  # the worded sentence itself, and 4 is too far
    assert not corroborated(PointMeaning(0.0, 0.9, None), said_in=None)


def _false24_paraphrase(question: str) -> str:
    items = yaml.safe_load((HERE / "heldout_false24_content.yaml").read_text(encoding="utf-8"))
    return str(next(i for i in items if i["question"] == question)["paraphrase"])


def test_a_worded_point_said_again_in_other_words_earns_its_full_weight(
    bank: QuestionBank,
) -> None:
    question = bank.get("tech.gradient-boosting")
    answer = _false24_paraphrase("tech.gradient-boosting")
    scored = score_answer(question, Transcript(answer))
    shrinkage = next(k for k in scored.key_points if k.id == "shrinkage")
    assert (shrinkage.status, shrinkage.via, shrinkage.credit) == ("explained", "words", 1.0)
    assert shrinkage.evidence in split_sentences(answer)  # the scorecard shows what was said
    # The worded sentence alone is no full explanation: said once, 0.85 as before.
    alone = score_answer(question, Transcript(shrinkage.evidence))
    assert next(k for k in alone.key_points if k.id == "shrinkage").credit < 1.0
