"""A file from before schema 6 has two steps of upkeep after opening; the person is told one
piece of work, its progress only going forward (issue 8, ui67b)."""

from __future__ import annotations

from simulator.core.storage_schema import whole_upkeep


def test_two_steps_read_as_one_pass_that_only_goes_forward() -> None:
    runs = [
        [(0, 10), (0, 10)],
        [(8, 10), (0, 10)],
        [(0, 10)],  # the first step done, gone from the table
        [(4, 10)],
        [],
    ]
    said = [whole_upkeep(left, 2) for left in runs]
    assert said == [(0, 10), (4, 10), (5, 10), (7, 10), None]


def test_one_step_says_its_own_progress() -> None:
    assert whole_upkeep([(3, 7)], 1) == (3, 7)
