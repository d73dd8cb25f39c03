"""Qt's audio devices first asked in idle time after the first paint, on the GUI thread (issue 8,
defect 10): asked in a spoken session's start (the microphone check) the first query held the
window 60-92 ms in the briefing; asked on a worker it deadlocked with the Review page's player
made meanwhile on a cold start (stop 20). The cold starts run in fresh processes
(``cold_start_child.py``): Qt sets its multimedia up once per process. Against the worker query
of 6f69b13 the child hung in 9 of 10 cold starts (load 7; both threads in Qt's set-up)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from simulator.core.session.ports import COMPUTE
from simulator.ui.main_window import MainWindow
from tests.ui.waits import HANG_MS

CHILD = Path(__file__).with_name("cold_start_child.py")
COLD_STARTS = 3
HUNG_AFTER_S = 120  # a cold start takes 3-5 s quiet, up to 30 s at load 12; a deadlock never ends


@pytest.mark.slow
def test_review_players_made_while_the_devices_are_first_asked_never_deadlock(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for start in range(COLD_STARTS):
        try:
            result = subprocess.run(
                [sys.executable, str(CHILD), str(tmp_path / f"data{start}")],
                env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                capture_output=True,
                text=True,
                timeout=HUNG_AFTER_S,
            )
        except subprocess.TimeoutExpired:
            pytest.fail(f"cold start {start + 1} hung for {HUNG_AFTER_S} s (a deadlock)")
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
        assert "controller=True" in result.stdout, result.stdout


def test_qt_audio_devices_are_first_asked_on_the_gui_thread_before_the_controller(
    qtbot, services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Never on a worker (the deadlock above), and before the session's controller exists, so
    a spoken session's microphone check finds the devices already known."""
    from PySide6.QtMultimedia import QMediaDevices

    asked: list[tuple[str, threading.Thread, bool]] = []

    def noting(name: str) -> None:
        real = getattr(QMediaDevices, name)

        def query() -> object:
            asked.append((name, threading.current_thread(), window.existing_controller is None))
            return real()

        monkeypatch.setattr(QMediaDevices, name, staticmethod(query))

    for name in ("audioInputs", "audioOutputs", "defaultAudioInput", "defaultAudioOutput"):
        noting(name)
    window = MainWindow(services)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.existing_controller is not None, timeout=HANG_MS)
        assert window.tasks.lane(COMPUTE).wait_idle(10000)
        assert asked, "Qt's audio devices were not asked in idle time"
        assert asked[0][2], "the controller was made before Qt's audio devices were asked"
        assert [(n, t.name) for n, t, _ in asked if t is not threading.main_thread()] == []
    finally:
        window.shutdown()
