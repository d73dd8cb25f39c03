"""Home reads its past sessions in brief (issue 8 defect 10, stall62): each return to Home read
the 50 newest sessions whole, word-timed transcripts and scores, on the database lane (100-120 ms
of its CPU with 300 sessions stored, and full collections of the objects it made, which hold the
interpreter lock beside the window)."""

from __future__ import annotations

from typing import Any

from tests.ui.waits import HANG_MS


def test_home_asks_for_its_sessions_in_brief(qtbot, window, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[dict[str, Any]] = []
    real = services.storage.listed_sessions

    def listed_sessions(*args: Any, **kwargs: Any) -> Any:
        asked.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(services.storage, "listed_sessions", listed_sessions)
    window.refresh_home()
    qtbot.waitUntil(lambda: bool(asked), timeout=HANG_MS)
    assert asked[-1].get("whole") is False
