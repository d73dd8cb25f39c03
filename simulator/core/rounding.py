"""The one rounding rule for scores, as every view shows them: a half goes up (round 45).

A module of its own, with no imports from the app: the scorer, storage's migration, Progress
and the scorecard all round by it, and none of them needs another's module for it."""

from __future__ import annotations

import math
from collections.abc import Sequence

__all__ = ["half_up", "mean_score"]


def mean_score(values: Sequence[int]) -> int:
    """The mean of whole scores as every view shows it: a half goes up (14 and 15 -> 15).

    The one rounding rule for a session's overall and its category means, in the stored
    summary (history, Progress) and in the scorecard (the page and every export). Python's
    ``round`` sends a half to the even number, so a mean of 14.5 was shown as 14 and 15.5 as
    16; said in integers, so no float can land just below a half."""
    if not values:
        raise ValueError("the mean of no scores")
    return (2 * sum(values) + len(values)) // (2 * len(values))


def half_up(value: float) -> int:
    """``value`` as a whole score by the same rule as ``mean_score``: a half goes up. An
    answer's overall is its components weighted (structure 80 x 75% + delivery 90 x 25% =
    82.5), and the scorecard prints that sum beside the figure: 82 did not follow from it.
    Rounded to 9 places first, so a sum that float arithmetic puts a hair below a half still
    goes up."""
    return math.floor(round(value, 9) + 0.5)
