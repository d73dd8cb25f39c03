"""Stored session means from before schema 6 are re-rounded after the window has shown, a batch
at a time on the database lane, said in the status bar ("Updating your history (n of N
sessions)…"): all at once as the file opened it held the window 6.6 s at 18,000 sessions."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.storage import Storage
from simulator.ui import history_upkeep
from tests.core.test_storage_means_rerounded import _old_file
from tests.ui.waits import HANG_MS

SESSIONS = 5


def test_the_window_shows_first_then_brings_the_history_up_to_date(
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from simulator.app import open_window

    data_dir.mkdir(parents=True)
    _old_file(data_dir / "sessions.sqlite3", [[(14, "technical"), (15, "technical")]] * SESSIONS)
    upkeep = Storage.upkeep
    monkeypatch.setattr(Storage, "upkeep", lambda self, batch=2: upkeep(self, batch=2))
    said: list[str] = []
    real = history_upkeep.updating
    monkeypatch.setattr(history_upkeep, "updating", lambda *a: said.append(real(*a)) or said[-1])
    window = open_window()  # as run_gui does, with the window's own services
    qtbot.addWidget(window)
    try:
        storage = window.services.storage
        label = window.history_upkeep.label
        # shown before any of it was done: the file opened without it
        qtbot.waitUntil(lambda: bool(said), timeout=HANG_MS)
        assert said[0] == "Updating your history (0 of 5 sessions)…"
        qtbot.waitUntil(lambda: not window.history_upkeep.running, timeout=HANG_MS)
        # the means, then schema 10's off-question column (ui67): a pass each
        # schema 6's step and schema 10's (ui67) said as one pass, only going forward: it
        # said each step's, "(0 of 5 sessions)" twice (round 67's walk; ui67b)
        shown = [f"Updating your history ({n} of 5 sessions)…" for n in (0, 1, 2, 2, 3, 4)]
        assert said == shown
        assert not label.isVisible() and storage.upkeep_left() is None
        assert [s.score.overall for s in storage.sessions() if s.score] == [15] * SESSIONS
    finally:
        window.shutdown()
        window.services.storage.close()
