"""The time axis of the Progress charts (walkthrough 9): three sessions 41 minutes apart were
drawn on a day-wide axis, one vertical spike in its middle, the points on top of each other."""

from __future__ import annotations

from datetime import UTC, datetime

from simulator.core.progress import time_window


def _place(stamp: float, window: tuple[float, float]) -> float:
    lo, hi = window
    return (stamp - lo) / (hi - lo)


def test_sessions_of_one_afternoon_spread_over_the_axis() -> None:
    stamps = [0.0, 35 * 60.0, 41 * 60.0]
    window = time_window(stamps)
    places = [_place(s, window) for s in stamps]
    assert places[0] < 0.15 and places[-1] > 0.85
    assert places[1] - places[0] > 0.5  # 35 minutes apart read as apart


def test_one_session_sits_in_the_middle_of_a_day() -> None:
    lo, hi = time_window([1000.0])
    assert hi - lo == 86400 and 0.5 <= _place(1000.0, (lo, hi)) < 0.5 + 1 / 24


def test_one_session_gives_ticks_on_whole_hours() -> None:
    """Five ticks over its day read whole hours six apart, not the session's own minutes
    (a session at 16:51 drew 04:51, 10:51, ...; ux32)."""
    stamp = datetime(2026, 12, 2, 16, 51, 37).timestamp()
    lo, hi = time_window([stamp])
    ticks = [datetime.fromtimestamp(lo + i * (hi - lo) / 4) for i in range(5)]
    assert all(t.minute == 0 and t.second == 0 for t in ticks)
    assert ticks[2].hour == 16


def test_weeks_of_sessions_keep_their_ends_inside_the_axis() -> None:
    stamps = [0.0, 10 * 86400.0]
    window = time_window(stamps)
    assert 0 < _place(stamps[0], window) < _place(stamps[1], window) < 1


def test_one_session_gives_whole_hours_in_the_zone_it_is_read_in() -> None:
    """The zone is given, not read from the machine (review33): in a zone half an hour off UTC
    the ticks read whole hours there, which are half hours in UTC."""
    from datetime import timedelta, timezone

    india = timezone(timedelta(hours=5, minutes=30))
    stamp = datetime(2026, 12, 2, 16, 51, 37, tzinfo=india).timestamp()
    lo, hi = time_window([stamp], india)
    ticks = [datetime.fromtimestamp(lo + i * (hi - lo) / 4, india) for i in range(5)]
    assert all(t.minute == 0 and t.second == 0 for t in ticks), ticks
    assert ticks[2].hour == 16
    assert datetime.fromtimestamp(lo, UTC).minute == 30
