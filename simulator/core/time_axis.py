"""The time axis under the Progress charts (Qt-free): one span for every chart, marked at round
times.

Each chart used to take the span of its own points: the scores chart of three sessions 27 minutes
apart spanned 40 minutes while the STAR chart beside it, with one behavioral session, spanned a
whole day, so one session stood at two places (ux34). The page now gives every chart the span of
all sessions. And an axis's ends were the sessions' own times with a margin, so its dates read
15:47, 16:01, 16:15; here the ends are whole multiples of a step a person marks a clock or a
calendar with (a quarter hour, an hour, midnights whole days apart), so every date falls on a
round time. Since ux42b the axis' ends are the first and last session with a margin (ends at
round dates ran up to a step past the last session) and the round dates stand inside it; a
history shorter than a quarter hour stands in the middle of one (walkthrough 43).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, tzinfo

MINUTE, HOUR, DAY = 60.0, 3600.0, 86400.0
# The steps under a day between two dates, shortest first: each a round one on a clock.
STEPS = (
    5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE,
    HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR,
)  # fmt: skip
# One session, or a few minutes apart: a quarter hour around them, not a day; three round
# dates five minutes apart fall inside it (walkthrough 43: an hour left them a sliver of it).
MIN_SPAN = 15 * MINUTE
MARGIN = 0.04  # of the span, on each side: the first and last point off the axis' ends


@dataclass(frozen=True)
class SessionSpan:
    """An axis that ends at the sessions: the round dates stand inside it, its ends do not."""

    lo: float  # epoch seconds at the left end: the first session less a margin
    hi: float  # at the right end: the last session and a margin
    dates: tuple[float, ...]  # the round times within, one label each, ``step`` apart
    step: float

    @property
    def by_day(self) -> bool:
        return self.step >= DAY


def session_span(
    stamps: Iterable[float],
    max_dates: int = 5,
    zone: tzinfo | None = None,
    margin_s: float = 0.0,
) -> SessionSpan:
    """The span of the sessions at ``stamps``, ``margin_s`` (at least a minute or MARGIN of the
    span) beyond the first and the last, with at most ``max_dates`` round dates inside: the
    shortest round step (of STEPS, else whole days) that leaves no more. An axis whose ends were round dates ran
    up to a step past the last session (an hour after a quarter hour of practice, ux42b); a
    history shorter than MIN_SPAN stands in the middle of MIN_SPAN, so round dates fall inside
    it and neither side is empty.

    ``zone``: the time zone the dates are read in, whose hours and midnights are the round ones
    (None: this computer's, as the chart shows its dates); given, so the core reads no zone of
    the machine's itself (review33).

    ``margin_s``: the least room, in seconds, between a session and either end: a chart's dot
    is drawn whole only that far in (its radius in the axis' units, see the Progress page)."""
    values = list(stamps)
    first, last = min(values), max(values)
    margin = max(MARGIN * (last - first), MINUTE, margin_s)
    lo, hi = first - margin, last + margin
    # A short history in the middle of the least span: shown at the right end of the hour
    # before it (ux42b), a first evening's three sessions left most of each chart empty.
    pad = max(0.0, MIN_SPAN - (hi - lo)) / 2
    lo, hi = lo - pad, hi + pad
    moment = datetime.fromtimestamp(lo, zone)
    offset = (moment if zone is not None else moment.astimezone()).utcoffset()
    shift = offset.total_seconds() if offset is not None else 0.0  # local = epoch + shift
    most = max(1, max_dates)

    def inside(start: float, step: float) -> tuple[float, ...] | None:
        """Round dates ``step`` apart from ``start`` (a round time at or before ``lo``, less
        than a step before it), or None when there are more than ``most``: counted before
        they are made. Made first, a history of years marked in five minutes made millions
        of dates (a span of 56 years: 3.5 s on the GUI thread per try, the window frozen for
        minutes; attack run 50), two years 0.1 s."""
        count = max(0, math.floor((hi - start) / step) + 1)
        if count - 1 > most:  # (only the first can fall before ``lo``)
            return None
        dates = tuple(t for i in range(count) if (t := start + i * step) >= lo)
        return dates if len(dates) <= most else None

    for step in STEPS:
        # The first date at a whole multiple of the step (of the hour for longer steps:
        # 16:00, 18:00, 20:00 read as round as 16:00, 20:00), the others a step apart.
        unit = step if step < HOUR else HOUR
        dates = inside(math.floor((lo + shift) / unit) * unit - shift, step)
        if dates is not None:
            return SessionSpan(lo, hi, dates, step)
    midnight = math.floor((lo + shift) / DAY) * DAY - shift
    days = max(1, math.floor((hi - lo) / DAY / (most + 1)))  # fewer days apart would give more
    while (dates := inside(midnight, days * DAY)) is None:
        days += 1
    return SessionSpan(lo, hi, dates, days * DAY)
