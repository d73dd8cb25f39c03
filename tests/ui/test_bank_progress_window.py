"""Home shows which pack is loading, n of m, while the bank loads off the GUI thread (issue 12,
item 2); Start stays disabled until the bank is there; the next start answers from the cache."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import yaml

from simulator.bank import load_bank
from simulator.core.storage import Storage
from simulator.services import Services
from simulator.settings import Settings
from simulator.ui.pages.home import HomePage
from tests.ui.waits import wait_for_bank

QUESTION = {
    "id": "mine.first",
    "category": "technical",
    "topic": "testing",
    "difficulty": 2,
    "prompt": "Explain overfitting in your own words.",
    "time_limit_s": 120,
    "key_points": [{"id": "noise", "label": "Fits noise", "phrases": ["fits the noise"]}],
    "model_answer": "Overfitting is when the model fits the noise rather than the signal.",
}


def test_home_shows_each_pack_as_it_loads(  # type: ignore[no-untyped-def]
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from simulator.ui.main_window import MainWindow

    packs = data_dir / "questions"
    packs.mkdir(parents=True)
    (packs / "my_pack.yaml").write_text(yaml.safe_dump({"questions": [QUESTION]}), "utf-8")
    seen: list[tuple[str, str, bool, bool]] = []
    real = HomePage.show_bank_progress

    def spy(home: HomePage, number: int, total: int, file_name: str) -> None:
        real(home, number, total, file_name)
        on_gui_thread = threading.current_thread() is threading.main_thread()
        shown = (home.subtitle.text(), home.subtitle.accessibleDescription())
        seen.append((*shown, home.start_button.isEnabled(), on_gui_thread))

    monkeypatch.setattr(HomePage, "show_bank_progress", spy)
    storage = Storage(data_dir / "sessions.sqlite3")
    services = Services(
        bank=None,
        storage=storage,
        settings=Settings(voice_enabled=False),
        speaker=None,
        load_bank=load_bank,
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    try:
        assert not window.home.start_button.isEnabled()
        wait_for_bank(qtbot, services)
        assert seen, "no progress reached Home"
        total = len(seen)
        assert total >= 2  # the shipped packs and the user's
        last_text, last_description, start_enabled, on_gui_thread = seen[-1]
        assert last_text == f"Loading question pack {total} of {total} (my_pack.yaml)…"
        assert last_description == last_text  # what a screen reader hears
        assert on_gui_thread and not start_enabled
        assert not any(enabled for _, _, enabled, _ in seen)
        assert "questions for Machine Learning Engineer" in window.home.subtitle.text()
        assert window.home.start_button.isEnabled()
        assert "mine.first" in services.bank.questions
        assert (data_dir / "cache" / "question-bank.json").is_file()
    finally:
        window.shutdown()
        storage.close()
