"""History's Date column sorts sessions in the order they happened: with the computer's clock
put back a day between two sessions, the page re-sorted the core's rows by the start the clock
gave, and the later session was listed under the earlier one (attack run 63)."""

from __future__ import annotations

from simulator.core.history import HistoryRow
from simulator.ui.pages.history import sort_key

DAY = 86_400.0
NOON = 1_780_000_000.0


def _row(session_id: int, started_at: float, place: float) -> HistoryRow:
    return HistoryRow(
        session_id=session_id,
        started_at=started_at,
        plan="Quick practice",
        status="finished",
        overall=50,
        answered=1,
        spoken=0,
        categories=frozenset({"technical"}),
        topics=frozenset({"overfitting"}),
        place=place,
    )


def test_the_date_column_sorts_in_the_order_sessions_happened() -> None:
    first = _row(1, NOON, NOON)
    later = _row(2, NOON - DAY, NOON)  # started after the first, the clock a day behind
    newest_first = sorted([first, later], key=lambda r: sort_key(r, 0), reverse=True)
    assert [r.session_id for r in newest_first] == [2, 1]
    oldest_first = sorted([later, first], key=lambda r: sort_key(r, 0))
    assert [r.session_id for r in oldest_first] == [1, 2]


def test_rows_without_a_place_sort_by_their_start() -> None:
    rows = [_row(1, NOON, 0.0), _row(2, NOON - DAY, 0.0)]
    assert [r.session_id for r in sorted(rows, key=lambda r: sort_key(r, 0))] == [2, 1]
