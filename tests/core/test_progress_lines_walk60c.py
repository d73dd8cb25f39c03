"""The scores chart's lines (issue 8, walk60c): after behavioral drills only, Overall and
Behavioral were drawn on one another and the legend named two lines where one showed."""

from __future__ import annotations

from simulator.core.progress import ScoreLine, SessionPoint, score_lines


def _point(i: int, overall: int | None, per_category: dict[str, int]) -> SessionPoint:
    return SessionPoint(i, 1000.0 * i, "Drill", overall, per_category, None, None, None)


def test_an_overall_that_is_one_category_throughout_is_one_line() -> None:
    points = [_point(1, 30, {"behavioral": 30}), _point(2, 73, {"behavioral": 73})]
    assert score_lines(points) == [ScoreLine("Overall = Behavioral", None)]


def test_categories_that_differ_from_the_overall_keep_their_lines() -> None:
    points = [
        _point(1, 50, {"behavioral": 60, "technical": 40}),
        _point(2, 70, {"behavioral": 70}),  # the same in one session only
    ]
    assert score_lines(points) == [
        ScoreLine("Overall", None),
        ScoreLine("Technical", "technical"),
        ScoreLine("Behavioral", "behavioral"),
    ]


def test_no_session_scored_keeps_the_overall_alone() -> None:
    assert score_lines([_point(1, None, {})]) == [ScoreLine("Overall", None)]
