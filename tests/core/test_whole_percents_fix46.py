"""whole_percents rounds by the app's one rule, a half up, and its docstring says so (fix46):
it had claimed a split whose roundings add to 100 prints as before, and on halves it did not
({22.5, 27.5, 25, 25} printed 22/28/25/25 each rounded, then 23/27/25/25)."""

from __future__ import annotations

from simulator.core.rounding import half_up, whole_percents


def test_a_split_whose_half_up_roundings_add_to_100_prints_them() -> None:
    split = {"situation": 0.125, "task": 0.274, "action": 0.301, "result": 0.3}
    assert whole_percents(split) == {k: half_up(100 * v) for k, v in split.items()}
    assert whole_percents(split)["situation"] == 13  # Python's round: 12, and 99 in all


def test_halves_over_100_give_a_point_back_from_the_earliest_raised() -> None:
    split = {"situation": 0.225, "task": 0.275, "action": 0.25, "result": 0.25}
    assert whole_percents(split) == {"situation": 22, "task": 28, "action": 25, "result": 25}


def test_short_of_100_the_point_goes_to_the_share_rounding_lowered_most() -> None:
    split = {"situation": 0.334, "task": 0.333, "action": 0.333}
    assert whole_percents(split) == {"situation": 34, "task": 33, "action": 33}
    thirds = {"a": 0.3333, "b": 0.3334, "c": 0.3333}
    assert whole_percents(thirds) == {"a": 33, "b": 34, "c": 33}
