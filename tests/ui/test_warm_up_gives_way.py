"""The pages' imports in idle time wait for the speech model's load (round 29, issue 8): a
Start pressed while the model loaded and the pages were imported had three threads running
Python beside the window's on two cores (``benchmarks/gui_stall.py``: the GUI thread waited
for the GIL and for a CPU while preparing). What they import is frozen out of later full
garbage collections, as the bank and the engines are."""

from __future__ import annotations

import gc
import sys
import threading
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

import pytest

from simulator.ui import warm_up
from tests.held_load import HANG_S, load_in_progress


def test_page_imports_wait_for_a_load_then_leave_the_collector(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = "stall29_page_probe"
    (tmp_path / f"{name}.py").write_text("KEPT = [object() for _ in range(3)]\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(warm_up, "PAGE_MODULES", (name,))
    monkeypatch.delitem(sys.modules, name, raising=False)
    # the importer gives up waiting after BUILD_WAIT_S (10 s): a loaded machine could take
    # that long between its start and the checks below; here it waits as long as the load
    monkeypatch.setattr(warm_up, "BUILD_WAIT_S", HANG_S)
    waiting = threading.Event()
    real_turn = warm_up.turn

    def seen_waiting(timeout: float, settle: float = 0.0) -> AbstractContextManager[None]:
        waiting.set()
        return real_turn(timeout, settle)

    monkeypatch.setattr(warm_up, "turn", seen_waiting)
    importer = threading.Thread(target=warm_up.import_page_modules)
    try:
        with load_in_progress() as release:
            importer.start()
            assert waiting.wait(HANG_S)
            importer.join(0.3)
            assert importer.is_alive()  # waiting for the load, not importing beside it
            assert name not in sys.modules
            release.set()
            importer.join(HANG_S)
            assert not importer.is_alive()
    finally:
        if importer.ident is not None:
            importer.join(HANG_S)
    assert name in sys.modules
    kept = sys.modules[name].KEPT
    assert gc.isenabled()
    # frozen: in no generation the collector walks any more
    assert not any(obj is kept for obj in gc.get_objects())
    monkeypatch.delitem(sys.modules, name)


def test_a_page_already_imported_is_not_waited_for(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing to import: no wait, even with a load in progress (the warm-up ends at once)."""
    monkeypatch.setattr(warm_up, "PAGE_MODULES", ("json",))
    waits: list[float] = []  # told by the wait itself, not by how long the importer took

    def turn(timeout: float, settle: float = 0.0) -> AbstractContextManager[None]:
        waits.append(1)
        return nullcontext()

    monkeypatch.setattr(warm_up, "turn", turn)
    with load_in_progress():
        importer = threading.Thread(target=warm_up.import_page_modules)
        importer.start()
        importer.join(HANG_S)  # the load is still under way: it ended without waiting for it
        assert not importer.is_alive()
        assert waits == []


def test_a_closing_app_stops_waiting_to_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's close waits for its lanes: the imports stop once the app closes."""
    name = "stall29_page_probe_closing"
    (tmp_path / f"{name}.py").write_text("KEPT = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(warm_up, "PAGE_MODULES", (name,))
    monkeypatch.delitem(sys.modules, name, raising=False)
    warm_up.import_page_modules(lambda: True)
    assert name not in sys.modules
