"""Sessions of unknown date (a start no clock could have written: 1e300, 'NaN', -1) in the lists
(walkthrough 50, attack run 50): Home listed them first (its query sorted the raw value, and 1e300
or text sorts above every real time) while History, which reads them as 0 ('date unknown'), listed
them last. Every list now sorts by the start as it is read (``codec.timestamp``), on an index."""

from __future__ import annotations

from pathlib import Path

from simulator.core.history import history
from simulator.core.scoring.results import SessionScore
from simulator.core.storage import Storage
from simulator.core.storage_listing import LISTING
from simulator.core.storage_queries import HAS_ANSWERS
from tests.core.test_progress import _score


def _five(tmp_path: Path) -> Storage:
    s = Storage(tmp_path / "s.sqlite3")
    for n in range(5):
        sid = s.create_session({"name": "Full loop"}, started_at=1.7e9 + n * 86400)
        s.add_answer(sid, "q1", 0, "typed", "t", score=_score(50, {"um": 1}, ["kp1"]))
        s.finish_session(sid, SessionScore(50, {"technical": 50}, None, None, []))
    s._write("UPDATE sessions SET started_at = 1e300 WHERE id = 2", ())
    s._write("UPDATE sessions SET started_at = 'NaN' WHERE id = 4", ())
    s._write("UPDATE sessions SET started_at = -1 WHERE id = 3", ())
    return s


def test_sessions_of_unknown_date_are_listed_last_everywhere_r50(tmp_path: Path) -> None:
    s = _five(tmp_path)
    known_first = [5, 1, 4, 3, 2]  # the dated newest first, then the undated, last made first
    assert [x.id for x in s.listed_sessions()] == known_first
    assert [x.id for x in s.listed_sessions(limit=3)] == known_first[:3]
    assert [x.id for x in s.listed_summaries()] == known_first
    assert [x.id for x in s.each_listed_session(page=2)] == known_first
    assert [x.id for x in s.history_rows()] == known_first
    assert [r.session_id for r in history(s, {}, {})] == known_first
    assert [x.id for x in s.sessions_before(s.session(1), 10)] == [4, 3, 2]


def test_the_listing_reads_the_start_index_r50(tmp_path: Path) -> None:
    s = _five(tmp_path)
    plan = s._db.execute(
        "EXPLAIN QUERY PLAN " + LISTING.format(has_answers=HAS_ANSWERS), (20,)
    ).fetchall()
    assert any("sessions_by_happened" in str(row[-1]) for row in plan), plan


def test_the_next_page_and_the_earlier_sessions_search_the_index_r50(tmp_path: Path) -> None:
    from simulator.core.storage import ORDER as START

    s = _five(tmp_path)
    sql = (
        f"SELECT * FROM sessions s WHERE {START} <= ? AND ({START}, s.id) < (?, ?) "
        f"ORDER BY {START} DESC, s.id DESC LIMIT ?"
    )
    plan = s._db.execute("EXPLAIN QUERY PLAN " + sql, (1.0, 1.0, 3, 5)).fetchall()
    assert any("SEARCH s USING INDEX sessions_by_happened" in str(r[-1]) for r in plan)
