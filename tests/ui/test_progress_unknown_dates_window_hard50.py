"""Progress through the real window with sessions of unknown date (attack run 50: a session
'started_at' 1e300 and another 'NaN'; Ctrl+G froze the window for over a minute, see
tests/core/test_progress_unknown_dates_hard50)."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt

from tests.scores import session_score
from tests.ui.recorded import spoken_session


def test_progress_opens_at_once_saying_what_is_off_the_charts_hard50(
    qtbot, window, services, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    storage = services.storage
    for day in range(4):
        sid, _ = spoken_session(storage, services.bank, data_dir / "recordings" / f"{day}.wav")
        started = time.time() - (4 - day) * 86400
        storage._write("UPDATE sessions SET started_at = ? WHERE id = ?", (started, sid))
        storage.finish_session(sid, session_score(50 + 10 * day, {"technical": 40}))
    storage._write("UPDATE sessions SET started_at = 1e300 WHERE id = 2", ())
    storage._write("UPDATE sessions SET started_at = 'NaN' WHERE id = 3", ())
    page = window.past.progress
    shown: list[float] = []
    show = page.show_progress

    def timed(progress):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        show(progress)
        shown.append(time.perf_counter() - started)

    page.show_progress = timed
    qtbot.keyClick(window.home.preset, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._progress, timeout=20000)
    assert shown and shown[0] < 2.0, shown
    assert "4 finished sessions" in page.summary.text()
    assert "(2 of unknown date, not on the charts)" in page.summary.text()
    stamps = page.scores_chart.chart().axes(Qt.Orientation.Horizontal)[0].property("stamps")
    assert len(stamps) == 2 and min(stamps) > 1e9
