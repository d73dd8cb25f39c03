"""The one rounding rule for scores, as every view shows them: a half goes up (round 45).

A module of its own, with no imports from the app: the scorer, storage's migration, Progress
and the scorecard all round by it, and none of them needs another's module for it."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

__all__ = ["half_up", "mean_score", "whole_percents"]


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


def whole_percents(shares: Mapping[str, float]) -> dict[str, int]:
    """Shares of one whole (0..1) as whole percents that add up to 100, as the parts do: a
    story's STAR split was printed "27%, 18%, 20%, 36%", 101 % of the story, each share rounded
    on its own (walkthrough 46). The percents lost to rounding go to the shares that lost most
    (largest remainder; the earlier share on a tie), so a share is never more than a point
    from its own rounding, and a split whose roundings add to 100 prints as before. Shares
    that do not make one whole (a part unlabelled) are each rounded on their own."""
    exact = {k: 100 * max(0.0, v) for k, v in shares.items()}
    if not exact or abs(sum(exact.values()) - 100) > 0.5:
        return {k: round(v) for k, v in exact.items()}
    shown = {k: math.floor(round(v, 9)) for k, v in exact.items()}
    order = sorted(exact, key=lambda k: -round(exact[k] - shown[k], 9))  # stable: earlier on a tie
    for k in order[: max(0, 100 - sum(shown.values()))]:
        shown[k] += 1
    return shown
