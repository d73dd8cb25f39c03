"""Progress page through the real window: charts over time and what to practise next."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCharts import QLineSeries
from PySide6.QtCore import Qt

from tests.scores import session_score
from tests.ui.recorded import spoken_session
from tests.ui.test_main_window import _assert_every_control_is_named


def test_progress_over_three_sessions(qtbot, window, services, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    storage = services.storage
    for day in range(3):
        sid, _ids = spoken_session(storage, services.bank, data_dir / "recordings" / f"{day}.wav")
        started = time.time() - (3 - day) * 86400
        storage._write("UPDATE sessions SET started_at = ? WHERE id = ?", (started, sid))
        storage.finish_session(
            sid,
            session_score(50 + 10 * day, {"behavioral": 60 + day, "technical": 40, "case": 45}),
        )
    qtbot.keyClick(window.home.preset, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._progress, timeout=5000)
    page = window.past.progress
    assert (
        "3 finished sessions, 6 answers" in page.summary.text() and "50 → 70" in page.summary.text()
    )
    scores = {s.name(): s for s in page.scores_chart.chart().series() if isinstance(s, QLineSeries)}
    # a category named as Home and the scorecard name it (the legend said "Case")
    assert set(scores) == {"Overall", "Technical", "Behavioral", "Case study"}
    assert [p.y() for p in scores["Overall"].points()] == [50, 60, 70]
    delivery = {s.name(): s.count() for s in page.delivery_chart.chart().series()}
    assert delivery == {"Pace (wpm)": 3, "Fillers per 100 words": 3}
    star = {s.name(): s.count() for s in page.star_chart.chart().series()}
    assert star == {"Situation": 3, "Task": 3, "Action": 3, "Result": 3}
    lists = page.lists.toPlainText()
    assert "“um” ×3" in lists and "“i think” ×3" in lists
    assert "Weakest topics" in lists and "Key points you miss most" in lists
    assert "overall first 50, last 70" in page.scores_chart.accessibleDescription()
    qtbot.keyClick(page.scores_chart, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home

    # With Review, Attempts, Progress and History built, every control of every page is named.
    window.past.open_review(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._review, timeout=5000)
    window.past.open_attempts("beh.conflict")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._attempts, timeout=5000)
    window.past.open_history()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._history, timeout=5000)
    _assert_every_control_is_named(window)
