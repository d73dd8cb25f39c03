"""The window no longer waits for the session database's integrity check (1.1-1.9 s for 857 MB):
it runs first on the database lane, off the GUI thread, before Home's sessions are read; a
damaged file is still kept aside and salvaged before anything reads or writes it there, and
the window says so."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from simulator.core import db_health
from simulator.core.questions import load_packs
from simulator.core.storage import Storage
from simulator.services import Services
from simulator.settings import Settings
from tests.core.test_check_after_opening_hard47 import _damage_a_page, _history
from tests.ui.conftest import PACK
from tests.ui.waits import HANG_MS


@pytest.fixture
def damaged_services(data_dir: Path) -> Iterator[Services]:
    path = data_dir / "sessions.sqlite3"
    _history(path)
    _damage_a_page(path)
    storage = Storage(path, upkeep_later=True, check_later=True)  # as the app opens it
    settings = Settings(voice_enabled=False)
    yield Services(bank=load_packs([PACK]), storage=storage, settings=settings, speaker=None)
    storage.close()


def test_a_damaged_file_is_found_off_the_gui_thread_and_said(
    qtbot: Any, damaged_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from simulator.ui.main_window import MainWindow

    threads: list[threading.Thread] = []
    real = db_health.check

    def check(*args: Any, **kwargs: Any) -> str | None:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(db_health, "check", check)
    w = MainWindow(damaged_services)
    listed: list[int] = []
    w.home.show_sessions = lambda sessions, **_kw: listed.append(len(sessions))  # type: ignore[method-assign]
    qtbot.addWidget(w)
    w.show()
    try:
        qtbot.waitUntil(lambda: "was damaged" in w.home.storage_notice.text(), timeout=HANG_MS)
        assert threads and threading.main_thread() not in threads
        qtbot.waitUntil(lambda: bool(listed), timeout=HANG_MS)
        assert listed[0] > 30  # read from the salvaged file: the damaged one was never read
    finally:
        w.shutdown()
