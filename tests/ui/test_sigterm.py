"""SIGTERM (a logout, ``kill``) closes the app as its window's Close does (attack run, issue 8):
before, the default action ended the process at once, losing the words typed since the last
draft save and any answers held in memory because saving had failed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def test_sigterm_ends_the_app_cleanly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-m", "simulator", "--data-dir", str(data)],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        # until the app says SIGTERM is handled (not a log file and 2 s more: a loaded machine
        # can take longer to build the window, and the signal then ended the process at once)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and READY not in _log_text(data):
            assert child.poll() is None, child.communicate()[0]
            time.sleep(0.2)
        assert child.poll() is None, child.communicate()[0]
        child.send_signal(signal.SIGTERM)
        code = child.wait(timeout=120)  # a hang guard: closing took over 30 s at load 17
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        output = child.communicate()[0]
    assert code == 0, (code, output)
    assert "SIGTERM: closing" in _log_text(data)


READY = "SIGTERM now closes the app"


def _log_text(data: Path) -> str:
    return "".join(p.read_text(errors="replace") for p in (data / "logs").glob("*.log*"))


def test_terminate_writes_answers_not_on_disk_to_the_home_folder(
    qtbot, window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui import termination

    written: list[Path] = []

    class Held:
        def unsaved_count(self) -> int:
            return 2

        def write_recovery_file(self, path: Path) -> Path:
            written.append(path)
            return path

    monkeypatch.setattr(Path, "home", lambda: tmp_path)
    monkeypatch.setattr(window, "_controller", Held())
    quits: list[bool] = []

    class App:
        @staticmethod
        def instance() -> App:
            return App()

        def quit(self) -> None:
            quits.append(True)

    monkeypatch.setattr(termination, "QApplication", App)
    assert termination.terminate(window) == written[0]
    assert written[0].parent == tmp_path and "unsaved-answers" in written[0].name
    assert quits == [True]
    monkeypatch.undo()  # before pytest-qt closes the window (it would ask about them)
