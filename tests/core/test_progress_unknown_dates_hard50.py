"""Sessions whose start is no moment, on Progress (attack run 50, a database with a session
'started_at' 1e300 and another 'NaN'). Both read as 0 ('date unknown', as History says), so
Progress put them at 1970: the time axis spanned 56 years, and marking it at round times made
millions of dates five minutes apart before it found a step (3.5 s a try, tried up to 25 times a
chart): the window froze for minutes after Ctrl+G. Progress now leaves such sessions off its
time charts and says so (their answers still count), and the axis counts its dates before it
makes them."""

from __future__ import annotations

import time
from datetime import UTC
from pathlib import Path

from simulator.core.progress import build_progress
from simulator.core.scoring.results import SessionScore
from simulator.core.storage import Storage
from simulator.core.time_axis import DAY, session_span
from tests.core.test_progress import _score


def test_a_session_of_unknown_date_is_off_the_time_charts_hard50(tmp_path: Path) -> None:
    s = Storage(tmp_path / "s.sqlite3")
    for day, overall in enumerate((40, 50, 60, 70)):
        sid = s.create_session({"name": "Full loop"}, started_at=1.7e9 + day * DAY)
        s.add_answer(sid, "q1", 0, "typed", "t", score=_score(overall, {"um": 1}, ["kp1"]))
        s.finish_session(sid, SessionScore(overall, {"technical": overall}, None, None, []))
    s._write("UPDATE sessions SET started_at = 1e300 WHERE id = 2", ())
    s._write("UPDATE sessions SET started_at = 'NaN' WHERE id = 4", ())
    p = build_progress(*s.progress_rows(), {"q1": "metrics"})
    assert [pt.session_id for pt in p.points] == [1, 3]
    assert all(pt.when > 0 for pt in p.points)
    assert p.undated == 2
    assert p.answers == 4  # their answers still count
    assert [(r.label, r.value) for r in p.missed_key_points] == [("KP1", 4)]
    assert p.trend() is not None and (p.trend().first, p.trend().last) == (40, 60)  # type: ignore[union-attr]


def test_an_axis_of_decades_is_marked_at_once_hard50() -> None:
    now = 1.8e9
    started = time.perf_counter()
    for stamps in ([1.0, now], [now - 20 * 365 * DAY, now], [now - 2 * 365 * DAY, now]):
        for most in range(5, 0, -1):
            axis = session_span(stamps, most, UTC)
            assert 1 <= len(axis.dates) <= most
            assert all(axis.lo <= t <= axis.hi for t in axis.dates)
    assert time.perf_counter() - started < 0.5  # 3.5 s for one span of 56 years, before
