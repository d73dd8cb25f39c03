"""Progress after a session dated in the future (the computer's clock ahead when it was
recorded, walk65): it is counted, not drawn, and the sessions after it stand at their own
dates, not at its."""

from __future__ import annotations

from pathlib import Path

from simulator.core.progress import build_progress
from simulator.core.storage import Storage
from tests.scores import answer_score, session_score

DAY = 86_400.0
NOW = 1_796_000_000.0


def _session(storage: Storage, start: float, overall: int) -> int:
    sid = storage.create_session({"name": "Quick practice", "question_ids": ["tech.a"]}, start)
    storage.add_answer(sid, "tech.a", 0, "typed", "words " * 30, score=answer_score(overall))
    storage.finish_session(sid, session_score(overall))
    return sid


def test_a_session_dated_ahead_is_off_the_axis_and_the_later_ones_at_their_dates(
    tmp_path: Path,
) -> None:
    storage = Storage(tmp_path / "sessions.sqlite3")
    try:
        first = _session(storage, NOW - 3 * DAY, 40)
        _session(storage, NOW + 2 * DAY, 50)  # the clock two days ahead
        after = _session(storage, NOW - DAY, 60)
        put_back = _session(storage, NOW - 2 * DAY, 65)  # and then put back a day: after it
        p = build_progress(*storage.progress_rows(), {}, now=NOW)
        assert [(pt.session_id, pt.when) for pt in p.points] == [
            (first, NOW - 3 * DAY), (after, NOW - DAY), (put_back, NOW - DAY),
        ]  # fmt: skip
        assert p.ahead == 1 and p.answers == 4
        assert p.off_the_charts == (
            "1 dated in the future, not on the charts; this computer's clock was ahead when it "
            "was recorded"
        )
        # two days on, the clock has caught up: every session is drawn, where it happened
        later = build_progress(*storage.progress_rows(), {}, now=NOW + 2 * DAY + 1)
        assert later.ahead == 0 and len(later.points) == 4
        assert [pt.when for pt in later.points][1:] == [NOW + 2 * DAY] * 3
        # without a clock, as before
        assert build_progress(*storage.progress_rows(), {}).ahead == 0
    finally:
        storage.close()
