"""Progress after behavioral drills only (issue 8, walk60c): the Overall and Behavioral lines
were drawn exactly on one another (one line showed, the legend named two). The overall that is
the one category's is drawn once, its legend naming both; a category's own line is dashed."""

from __future__ import annotations

import time

from PySide6.QtCharts import QLineSeries
from PySide6.QtCore import Qt

from tests.scores import session_score
from tests.ui.waits import HANG_MS


def _finished(storage, plan: str, overall: int, per_category: dict[str, int], ago: float) -> None:  # type: ignore[no-untyped-def]
    sid = storage.create_session({"name": plan, "question_ids": ["beh.conflict"]})
    storage.add_answer(sid, "beh.conflict", 0, "typed", "A story.")
    storage._write("UPDATE sessions SET started_at = ? WHERE id = ?", (time.time() - ago, sid))
    storage.finish_session(sid, session_score(overall, per_category))


def _lines(qtbot, window) -> dict[str, QLineSeries]:  # type: ignore[no-untyped-def]
    window.past.open_progress()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._progress, timeout=HANG_MS)
    chart = window.past.progress.scores_chart.chart()
    qtbot.waitUntil(lambda: bool(chart.series()), timeout=HANG_MS)
    return {s.name(): s for s in chart.series() if isinstance(s, QLineSeries)}


def test_one_category_draws_one_line_named_for_both(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    _finished(services.storage, "Behavioral drill", 30, {"behavioral": 30}, 600)
    _finished(services.storage, "Behavioral drill", 73, {"behavioral": 73}, 60)
    lines = _lines(qtbot, window)
    assert list(lines) == ["Overall = Behavioral"]
    assert [p.y() for p in lines["Overall = Behavioral"].points()] == [30, 73]


def test_a_category_line_is_dashed_beside_the_overall(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    _finished(services.storage, "Full loop", 50, {"behavioral": 60, "technical": 40}, 600)
    _finished(services.storage, "Behavioral drill", 70, {"behavioral": 70}, 60)
    lines = _lines(qtbot, window)
    assert set(lines) == {"Overall", "Technical", "Behavioral"}
    assert lines["Overall"].pen().style() == Qt.PenStyle.SolidLine
    assert lines["Behavioral"].pen().style() == Qt.PenStyle.DashLine
