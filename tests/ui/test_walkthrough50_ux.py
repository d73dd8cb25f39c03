"""Walkthrough 50 (keyboard only, a fresh data folder and one with history, 960x640 and
1280x800, light and dark, typed and spoken answers through a PulseAudio virtual microphone),
and what round 49's walkthrough left: what the window showed that a new user would notice."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.scores import answer_score, session_score

SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_a_time_no_clock_wrote_is_no_1970_ux50(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """A session whose start a damaged or hand-edited database holds as 1e300 read as 0, and
    History and Home said '1970-01-01 00:00' of it (walkthrough 49): a date nobody lived
    through the app. It says the date is unknown."""
    storage = services.storage
    sid = storage.create_session({"name": "Quick practice"})
    storage.add_answer(sid, "tech.overfit", 0, "typed", "It memorizes noise.",
                       score=answer_score(60))  # fmt: skip
    storage.finish_session(sid, session_score(60))
    storage._write("UPDATE sessions SET started_at = 1e300 WHERE id = ?", (sid,))
    qtbot.keyClick(window.home.preset, Qt.Key.Key_H, SHIFT_CTRL)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._history, timeout=5000)
    page = window.past.history
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=5000)
    shown = page.proxy.index(0, 0).data()
    assert "1970" not in shown and shown == "date unknown", shown


def test_the_unknown_time_is_said_everywhere_ux50() -> None:
    from simulator.core.tables import shown_when

    assert shown_when(0.0) == "date unknown"
    assert shown_when(1e300) == "date unknown"  # (never read so, but never raised)
    assert shown_when(1_000_000.0).startswith("1970-01-1")  # a real moment is still a date
