"""A point the rubric's words already earn takes no sentence's room from a point said only in
other words (issue 9, para30). One sentence lifts at most two points; a paraphrase that says one
point in the rubric's words and, in the same sentence, another in its own, lost the second to the
first, which the lift could not raise anyway."""

from __future__ import annotations

import pytest

from simulator.core.scoring.meaning import PointMeaning
from simulator.core.scoring.meaning_credit import (
    CLOSE_CREDIT,
    FULL_CREDIT,
    FULL_SLOPE,
    MEANING_CREDIT,
    meaning_lifts,
)


def _crowded() -> list[PointMeaning]:
    # three points whose closest sentence is sentence 0; the third also comes near sentence 1
    return [
        PointMeaning(0.0, 1.0, 0),
        PointMeaning(0.0, 0.9, 0),
        PointMeaning(0.0, 0.6, 0, ((1, 0.5),)),
    ]


def test_a_point_said_in_the_rubrics_words_leaves_its_sentence_to_the_others() -> None:
    # before: the first two take sentence 0 and the third falls to its next sentence
    before = meaning_lifts(_crowded(), full=True)
    assert before[2] == (pytest.approx(FULL_SLOPE * 0.5), 1)
    # the first point is explained in two of the rubric's phrases (1.0): sentence 0 has room
    after = meaning_lifts(_crowded(), full=True, by_words=[1.0, 0.0, 0.0])
    assert after[1] == (FULL_CREDIT, 0)
    assert after[2] == (pytest.approx(FULL_SLOPE * 0.6), 0)


def test_a_point_the_lift_would_still_raise_keeps_its_room() -> None:
    # said once in words (0.85) at closeness 1.0: the lift (0.9) still raises it, so it competes
    lifts = meaning_lifts(_crowded(), full=True, by_words=[0.85, 0.0, 0.0])
    assert lifts[0] == (FULL_CREDIT, 0)
    assert lifts[2] == (pytest.approx(FULL_SLOPE * 0.5), 1)


def test_the_close_reading_settles_points_the_same_way() -> None:
    points = [PointMeaning(0.0, 0.95, 0), PointMeaning(0.0, 0.9, 0), PointMeaning(0.0, 0.85, 0)]
    assert meaning_lifts(points, full=False, prose=True)[2] == (
        pytest.approx(MEANING_CREDIT * 0.85),
        0,
    )
    lifts = meaning_lifts(points, full=False, prose=True, by_words=[0.9, 0.0, 0.0])
    assert lifts[2] == (pytest.approx(min(CLOSE_CREDIT, 0.85)), 0)


def test_without_a_full_or_close_reading_nothing_changes() -> None:
    assert meaning_lifts(_crowded(), full=False, by_words=[1.0, 0.0, 0.0]) == meaning_lifts(
        _crowded(), full=False
    )
