"""The one rounding rule for scores, as every view shows them: a half goes up (round 45).

A module of its own, with no imports from the app: the scorer, storage's migration, Progress
and the scorecard all round by it, and none of them needs another's module for it."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

__all__ = ["clock_text", "half_up", "mean_score", "whole_parts", "whole_percents", "whole_seconds"]


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
    on its own (walkthrough 46). Each share is rounded by the app's one rule (``half_up``: 22.5
    -> 23); when those add to more or less than 100, the points over are taken from the shares
    rounding raised most and the points short given to those it lowered most (the earlier share
    on a tie), so a share is never more than a point from its exact value and a split whose
    half-up roundings add to 100 prints them. {22.5, 27.5, 25, 25} rounds to 23 + 28 + 25 + 25 =
    101 and prints 22, 28, 25, 25 (fix46: the docstring had claimed Python's ``round``, which
    sends a half to the even number). Shares that do not make one whole (a part unlabelled)
    are each rounded half up on their own."""
    exact = {k: 100 * max(0.0, v) for k, v in shares.items()}
    if not exact or abs(sum(exact.values()) - 100) > 0.5:
        return {k: half_up(v) for k, v in exact.items()}
    return whole_parts(exact, 100)


def whole_parts(values: Mapping[str, float], total: int) -> dict[str, int]:
    """``values`` that make up ``total`` as whole numbers that add up to it: each rounded half up
    (``half_up``), then the points over taken from the values rounding raised most and the
    points short given to those it lowered most (the earlier value on a tie), so a value is
    never more than a point from its exact figure. ``whole_percents`` splits 100 by it; a
    story's scorecard splits its score before penalties (structure._structure_points: its shares
    rounded one by one had said 40 + 11 + 10 + 10 + 15 + 9 - 20 for 74, walkthrough 53)."""
    shown = {k: half_up(v) for k, v in values.items()}
    over = sum(shown.values()) - total
    way = 1 if over > 0 else -1
    # how much rounding moved each value the way that is over (sorted is stable: earlier first)
    moved = {k: round(way * (shown[k] - values[k]), 9) for k in values}
    for k in sorted(values, key=lambda k: -moved[k])[: abs(over)]:
        shown[k] -= way
    return shown


def whole_seconds(seconds: float) -> int:
    """Seconds as every clock of the answer shows them, by the app's one rule (``half_up``). The
    answer's clock cut its seconds down and the STAR timer's parts did too, each on its own:
    parts of 0.6 + 3.5 s read "0:00" and "0:03" beside a clock at 4.1 s, and a clock read 0:03
    beside a part at 0:04 (walkthrough 60)."""
    return half_up(max(0.0, seconds))


def clock_text(seconds: float) -> str:
    """``seconds`` as "m:ss", rounded by ``whole_seconds``."""
    whole = whole_seconds(seconds)
    return f"{whole // 60}:{whole % 60:02d}"
