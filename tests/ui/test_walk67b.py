"""What round 67's keyboard walk saw and left (issue 8, ui67b): each seen in the real window at
960 x 640, light and dark. Each test fails before its fix."""

from __future__ import annotations

import time

from PySide6.QtCharts import QLineSeries
from PySide6.QtWidgets import QApplication

from tests.scores import session_score
from tests.ui.waits import HANG_MS


def _finished(storage, overall: int, per_category: dict[str, int], ago: float) -> int:  # type: ignore[no-untyped-def]
    sid = storage.create_session({"name": "Full loop", "question_ids": ["tech.overfit"]})
    storage.add_answer(sid, "tech.overfit", 0, "typed", "An answer.")
    storage._write("UPDATE sessions SET started_at = ? WHERE id = ?", (time.time() - ago, sid))
    storage.finish_session(sid, session_score(overall, per_category))
    return sid


def test_progress_keeps_two_lines_alike_in_one_session_apart(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Two sessions on Progress, the later one's Technical and Behavioral both 0: their dots
    were drawn at one place, one in a ring round the other, unreadable at 960 x 640 (round 67's
    walk). Dots of one session that would cover one another stand side by side."""
    _finished(services.storage, 50, {"technical": 40, "behavioral": 60}, 900)
    _finished(services.storage, 10, {"technical": 0, "behavioral": 0, "case": 30}, 60)
    window.resize(window.minimumSize())
    window.past.open_progress()
    page = window.past.progress
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=HANG_MS)
    chart = page.scores_chart.chart()
    qtbot.waitUntil(lambda: len(chart.series()) == 4, timeout=HANG_MS)
    QApplication.processEvents()
    dots = []
    for series in chart.series():
        assert isinstance(series, QLineSeries)
        for i in range(series.count()):
            centre = chart.mapToPosition(series.at(i), series)
            dots.append((series.name(), series.at(i).y(), centre, series.markerSize()))
    zeros = [name for name, value, _c, _r in dots if value == 0]
    assert sorted(zeros) == ["Behavioral", "Technical"], dots
    for i, (one, _v, a, ra) in enumerate(dots):
        for other, _w, b, rb in dots[i + 1 :]:
            apart = ((a.x() - b.x()) ** 2 + (a.y() - b.y()) ** 2) ** 0.5
            assert apart >= ra + rb, (one, other, apart, ra + rb)


def test_history_does_not_say_no_session_has_the_search_beside_the_one_just_deleted(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    """History with a search, its one match deleted: the empty table read "No session has
    “noise 1” in what you said or typed: change the search, ..." above the line offering the
    match's undo (round 67's walk), as if the search had found nothing."""
    from PySide6.QtCore import Qt

    from tests.ui.test_walk67 import _history_with

    page, (newest, _older) = _history_with(qtbot, window, services, 2)
    page.search.setText("noise 1")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=HANG_MS)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus, timeout=HANG_MS)
    assert page.selected_session() == newest
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 0, timeout=HANG_MS)
    note = page.empty_note.text()
    assert page.empty_note.isVisible() and page.undo_bar.isVisible()
    assert note.startswith("No other session has “noise 1”"), note
    page.search.setText("nothing said like this")
    qtbot.waitUntil(lambda: "nothing said" in page.empty_note.text(), timeout=HANG_MS)
    assert page.empty_note.text().startswith("No session has"), page.empty_note.text()
