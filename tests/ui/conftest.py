"""UI fixtures: a real MainWindow over a small test pack and a real SQLite file in tmp."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from simulator.app import Services
from simulator.core.questions import load_packs
from simulator.core.storage import Storage
from simulator.settings import Settings

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"


@pytest.fixture
def services(data_dir: Path) -> Iterator[Services]:
    bank = load_packs([PACK])
    assert not bank.problems, bank.problems
    storage = Storage(data_dir / "sessions.sqlite3")
    settings = Settings(voice_enabled=False, follow_ups=True)
    yield Services(bank=bank, storage=storage, settings=settings, speaker=None)
    storage.close()


@pytest.fixture
def window(qtbot, services: Services):  # type: ignore[no-untyped-def]
    from simulator.ui.main_window import MainWindow

    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitActive(w)
    yield w
    w.shutdown()
