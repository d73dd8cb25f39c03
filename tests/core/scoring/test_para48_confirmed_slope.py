"""A point lifted in a full reading that the margin reading names too (issue 9, para48).

Everyday words come near a key point at closeness 0.4-0.6, which the full reading's slope turned
into 0.5-0.75 of it, under a partial answer's one rubric phrase. When a sentence also tells that
point apart from the question's other points (point_margins.py), the closeness is confirmed by a
second, relative reading, and the point earns by the own-words slope. A second sentence merely
near the point confirms nothing: a fluent wrong answer keeps coming back to its topic.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import meaning_credit, score_answer
from simulator.core.scoring.meaning import PointMeaning
from simulator.core.transcript import Transcript

_HERE = Path(__file__).parent
_REPO = _HERE.parents[2]


def _credits(
    points: list[PointMeaning], told: tuple[tuple[int, int, float], ...] = ()
) -> list[float]:
    return [c for c, _ in meaning_credit.meaning_lifts(points, True, told=told)]


def test_a_point_a_sentence_tells_apart_earns_by_the_steeper_slope_r48() -> None:
    # closeness 0.5: 1.25 x 0.5 = 0.625 alone; 2.0 x 0.5 = 1.0 when a sentence's margin names
    # the point too (capped at CONFIRMED_CREDIT since para69, at FULL_CREDIT 0.9 before)
    points = [PointMeaning(0.0, 0.5, 0), PointMeaning(0.0, 0.5, 1)]
    assert _credits(points) == [0.625, 0.625]
    assert _credits(points, told=((0, 0, 0.8),)) == [meaning_credit.CONFIRMED_CREDIT, 0.625]


def test_a_second_sentence_near_a_point_confirms_nothing_r48() -> None:
    # the point said once and its topic come back to in another sentence: the usual slope
    said_twice = PointMeaning(0.0, 0.4, 0, ((2, 0.55),))
    assert _credits([said_twice]) == [0.5]


def test_outside_a_full_reading_nothing_changes_r48() -> None:
    points = [PointMeaning(0.0, 0.9, 0, ((1, 0.9),))]
    lifts = meaning_credit.meaning_lifts(points, False, True, told=((0, 0, 1.0),))
    assert lifts == [(meaning_credit.CLOSE_CREDIT, 0)]


@lru_cache(maxsize=1)
def _bank() -> QuestionBank:
    return load_packs([_REPO / "questions", _HERE / "packs" / "para39held"])


def _answers(name: str, qid: str) -> dict[str, str]:
    items = yaml.safe_load((_HERE / name).read_text(encoding="utf-8"))
    return next(item for item in items if item["question"] == qid)


def test_a_cnn_answer_in_everyday_words_beats_the_partial_one_r48() -> None:
    # dev_blind46: an analogy, magnifying glasses slid across the photo, each tuned to a pattern,
    # rounds of them from edges to whole objects, the map shrunk keeping the strongest signals,
    # one glass reused everywhere (90 under the partial's 94 before)
    answers = _answers("dev_blind46_content.yaml", "tech.cnn")
    question = _bank().get("tech.cnn")
    paraphrase = score_answer(question, Transcript(answers["paraphrase"]))
    partial = score_answer(question, Transcript(answers["partial"]))
    assert paraphrase.overall > partial.overall


def test_a_fluent_wrong_answer_gains_nothing_r48(monkeypatch: pytest.MonkeyPatch) -> None:
    # dev_para41: a reservoir sample that keeps the newest items, needs the stream's length and
    # is read again from the start (read in full, uncaught: 67 either way)
    wrong = _answers("dev_para41_content.yaml", "tech.p39h-reservoir-sampling")["long_wrong"]
    question = _bank().get("tech.p39h-reservoir-sampling")
    # (the slope is what this guards: para69's higher cap for a confirmed point lifts this
    # uncaught answer 67 -> 70, above its partial answer's 40 before and after)
    monkeypatch.setattr(meaning_credit, "CONFIRMED_CREDIT", meaning_credit.FULL_CREDIT)
    with_slope = score_answer(question, Transcript(wrong)).overall
    monkeypatch.setattr(meaning_credit, "CONFIRMED_SLOPE", False)
    assert score_answer(question, Transcript(wrong)).overall == with_slope
