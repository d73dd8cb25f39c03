"""An answer whose time is no moment in the review schedule (attack run 50, a database with an
answer's 'created_at' 1e300 and another's 'NaN', read as 0). Replayed as given in 1970, after
this year's answers to the same question, it made its question due '1970-01-02', the most
overdue of all ('ml-interview due' printed it first, dated 1970). It now counts as given when
the answer before it was, or now when it is the first."""

from __future__ import annotations

import datetime as dt

from simulator.core.schedule import schedules

DAY = 86400.0


def test_an_answer_of_unknown_time_follows_the_one_before_it_hard50() -> None:
    now = dt.datetime(2026, 12, 2, 10, 0, tzinfo=dt.UTC)
    before = now.timestamp() - 2 * DAY
    plans = schedules([(1, "q", "typed", 95, before), (2, "q", "typed", 95, 0.0)], now=now)
    assert plans["q"].last_answered == dt.datetime.fromtimestamp(before, dt.UTC)
    assert plans["q"].due > now  # two good answers: not due yet, and never in 1970
    assert plans["q"].attempts == 2


def test_a_first_answer_of_unknown_time_counts_as_given_now_hard50() -> None:
    now = dt.datetime(2026, 12, 2, 10, 0, tzinfo=dt.UTC)
    plans = schedules([(1, "q", "typed", 0, 0.0)], now=now)
    assert plans["q"].last_answered == now
    assert plans["q"].due.year == 2026
