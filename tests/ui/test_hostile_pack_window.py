"""A broken user pack never leaves the window on "Loading the question bank…" (issue 12, item 1)."""

from __future__ import annotations

from pathlib import Path

from simulator.core.storage import Storage
from simulator.services import Services
from simulator.settings import Settings
from tests.ui.waits import wait_for_bank


def test_a_broken_user_pack_is_reported_and_skipped_in_the_window(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.main_window import MainWindow

    packs = data_dir / "questions"
    packs.mkdir(parents=True)
    (packs / "broken.yaml").write_text("questions:\n  - id: !!float .nan x\n", encoding="utf-8")
    storage = Storage(data_dir / "sessions.sqlite3")
    services = Services(
        bank=None, storage=storage, settings=Settings(voice_enabled=False), speaker=None
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    try:
        wait_for_bank(qtbot, services)
        assert "Loading" not in window.home.subtitle.text()
        assert "questions for Machine Learning Engineer" in window.home.subtitle.text()
        assert window.home.start_button.isEnabled()
        message = window.statusBar().currentMessage()
        # by its file's name, and where the list with the line is: the folder, or the problem
        # itself, pushed the line past the window's edge (round 20)
        assert "broken.yaml" in message and "Question pack problems" in message, message
        assert window.fontMetrics().horizontalAdvance(message) < 800, message
        assert str(packs) not in message, message
    finally:
        window.shutdown()
        storage.close()
