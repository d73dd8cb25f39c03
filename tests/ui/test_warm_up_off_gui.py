"""First-time costs run on a worker as the window opens (issue 8, defect 10): importing the
Review page's module held the window 84 ms when the page was first opened. Qt's first
audio-device query stays on the GUI thread (test_audio_devices_cold_start.py)."""

from __future__ import annotations

import importlib
import sys
import threading

from simulator.core.session.ports import COMPUTE
from simulator.ui import warm_up
from simulator.ui.main_window import MainWindow
from tests.ui.waits import HANG_MS


class _ImportWatch:
    """A meta-path finder that finds nothing: it only notes which thread imported what."""

    def __init__(self) -> None:
        self.threads: dict[str, threading.Thread] = {}

    def find_spec(self, name: str, *_args: object) -> None:
        self.threads.setdefault(name, threading.current_thread())


def test_the_pages_a_click_opens_are_imported_on_a_worker(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import simulator.ui as ui
    import simulator.ui.pages as pages

    for module in warm_up.PAGE_MODULES:  # as in a fresh app: not imported yet
        package, _, leaf = module.rpartition(".")
        importlib.import_module(module)
        monkeypatch.setattr(pages if package.endswith("pages") else ui, leaf, sys.modules[module])
        monkeypatch.delitem(sys.modules, module)
    imports = _ImportWatch()
    monkeypatch.setattr(sys, "meta_path", [imports, *sys.meta_path])

    window._load_session_core()  # what the window does in idle time after its first paint

    qtbot.waitUntil(lambda: all(m in sys.modules for m in warm_up.PAGE_MODULES), timeout=HANG_MS)
    assert window.tasks.lane(COMPUTE).wait_idle(10000)
    gui = threading.main_thread()
    assert {m: imports.threads[m] is gui for m in warm_up.PAGE_MODULES} == dict.fromkeys(
        warm_up.PAGE_MODULES, False
    )


def test_the_session_core_is_imported_on_a_worker_then_made_here(
    qtbot, services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import simulator.ui as ui

    module = "simulator.ui.session"
    importlib.import_module(module)
    monkeypatch.setattr(ui, "session", sys.modules[module], raising=False)
    monkeypatch.delitem(sys.modules, module)  # as in a fresh app: not imported yet
    imports = _ImportWatch()
    monkeypatch.setattr(sys, "meta_path", [imports, *sys.meta_path])

    window = MainWindow(services)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.existing_controller is not None, timeout=HANG_MS)
        assert imports.threads[module] is not threading.main_thread()
        assert window.controller.state.value == "idle"
    finally:
        window.shutdown()
