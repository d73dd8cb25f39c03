"""The time axis of the Progress charts (walkthrough 9, ux32, ux34): three sessions 41 minutes
apart were drawn on a day-wide axis, one vertical spike in its middle; one session alone got a
day of ticks six hours apart; now one rule: the shortest round step that holds every session."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from simulator.core.time_axis import DAY, HOUR, MIN_SPAN, SessionSpan, session_span


def _place(stamp: float, axis: SessionSpan) -> float:
    return (stamp - axis.lo) / (axis.hi - axis.lo)


def _ticks(axis: SessionSpan, zone: timezone | None = None) -> list[datetime]:
    return [datetime.fromtimestamp(t, zone) for t in axis.dates]


def test_sessions_of_one_afternoon_spread_over_the_axis() -> None:
    start = datetime(2026, 12, 2, 14, 3, tzinfo=UTC).timestamp()
    stamps = [start, start + 35 * 60.0, start + 41 * 60.0]
    axis = session_span(stamps, zone=UTC)
    places = [_place(s, axis) for s in stamps]
    assert 0 < places[0] < 0.4 and 0.6 < places[-1] < 1
    assert places[1] - places[0] > 0.3  # 35 minutes apart read as apart
    assert axis.hi - axis.lo <= 2 * HOUR and len(axis.dates) <= 5


def test_one_session_stands_in_the_middle_of_round_ticks() -> None:
    """One session of minutes: a quarter hour around it, not a day (ux34). In its middle: at
    the right end of the hour before it (ux42b) it left the chart empty but for its edge
    (walkthrough 43)."""
    stamp = datetime(2026, 12, 2, 16, 51, 37, tzinfo=UTC).timestamp()
    axis = session_span([stamp], zone=UTC)
    assert MIN_SPAN <= axis.hi - axis.lo <= HOUR
    assert 0.4 < _place(stamp, axis) < 0.6
    assert len(axis.dates) >= 2
    assert all(t.second == 0 and t.minute % 5 == 0 for t in _ticks(axis, UTC))


def test_fewer_dates_take_a_longer_round_step() -> None:
    start = datetime(2026, 12, 2, 9, 10, tzinfo=UTC).timestamp()
    stamps = [start, start + 5 * HOUR]
    for most in (2, 3, 4, 5):
        axis = session_span(stamps, most, UTC)
        assert 1 <= len(axis.dates) <= most
        assert all(t.minute == 0 for t in _ticks(axis, UTC))
        assert axis.lo < stamps[0] and stamps[-1] < axis.hi


def test_weeks_of_sessions_read_midnights_days_apart() -> None:
    start = datetime(2026, 10, 1, 19, 0, tzinfo=UTC).timestamp()
    stamps = [start + i * 1.3 * DAY for i in range(30)]
    axis = session_span(stamps, zone=UTC)
    assert axis.by_day and len(axis.dates) <= 5
    assert all((t.hour, t.minute) == (0, 0) for t in _ticks(axis, UTC))
    assert 0 < _place(stamps[0], axis) < _place(stamps[-1], axis) < 1
    # no fortnight of dates to come after the last session (14-day steps ended far past it)
    assert axis.hi - stamps[-1] < 6 * DAY


def test_years_of_sessions_still_fit_two_dates() -> None:
    stamps = [0.0, 9 * 365 * DAY]
    axis = session_span(stamps, 2, UTC)
    assert 1 <= len(axis.dates) <= 2 and axis.lo < 0 and axis.hi > stamps[-1]


def test_round_times_are_those_of_the_zone_the_axis_is_read_in() -> None:
    """The zone is given, not read from the machine (review33): in a zone half an hour off UTC
    the ticks read whole hours there, which are half hours in UTC."""
    india = timezone(timedelta(hours=5, minutes=30))
    stamp = datetime(2026, 12, 2, 16, 51, 37, tzinfo=india).timestamp()
    axis = session_span([stamp, stamp + 5 * HOUR], zone=india)
    assert all(t.minute == 0 and t.second == 0 for t in _ticks(axis, india))
    assert all(datetime.fromtimestamp(t, UTC).minute == 30 for t in axis.dates)


def test_the_axis_leaves_the_margin_asked_for_beyond_each_session() -> None:
    """A chart's dots need room at the axis' ends (walkthrough 38: the share-of-span margin
    was 5 px at 300 px wide, under a dot's radius): ``margin_s`` is kept on both sides, and
    the dates stay at round times."""
    start = 1_764_547_200.0  # a midnight, UTC
    stamps = [start + 403, start + 10_465]
    plain = session_span(stamps, 3, UTC)
    assert stamps[0] - plain.lo < 1_000  # the share of the span alone: 7 minutes
    wide = session_span(stamps, 3, UTC, margin_s=1_800)
    assert stamps[0] - wide.lo >= 1_800 and wide.hi - stamps[-1] >= 1_800
    assert all(t % 900 == 0 for t in wide.dates) and wide.step % 900 == 0


def test_the_span_ends_at_the_last_session_with_its_dates_round() -> None:
    """The axis ran up to a step past the last session (a quarter hour of practice ended an
    hour before the axis did, ux42b): the span ends a margin after the last session, and the
    dates within stay at round times. (A history shorter than MIN_SPAN stands in its middle
    instead: ``test_one_session_stands_in_the_middle_of_round_ticks``.)"""
    start = datetime(2026, 12, 4, 13, 59, 38, tzinfo=UTC).timestamp()
    cases = [
        ([start, start + 15.5 * 60], 5, 5),
        ([start, start + 5 * HOUR], 3, 60),
        ([start + i * 1.3 * DAY for i in range(30)], 5, 24 * 60),
    ]
    for stamps, most, round_minutes in cases:
        span = session_span(stamps, most, UTC, margin_s=90.0)
        first, last = min(stamps), max(stamps)
        assert 90.0 <= span.hi - last <= max(90.0, 0.05 * (last - first)), span
        assert first - span.lo >= 90.0
        assert 1 <= len(span.dates) <= most and all(span.lo <= d <= span.hi for d in span.dates)
        moments = [datetime.fromtimestamp(d, UTC) for d in span.dates]
        assert all((m.hour * 60 + m.minute) % round_minutes == 0 for m in moments), moments
        gaps = {b - a for a, b in zip(span.dates, span.dates[1:], strict=False)}
        assert gaps <= {span.step}, gaps
    one = session_span([start], zone=UTC)
    assert one.hi - one.lo >= MIN_SPAN and len(one.dates) >= 2  # dates even for one session
