"""Diagnostics: a log file and a crash trace in the data folder, a dialog naming the log for an
uncaught error (from the GUI thread or another one), background failures logged and reported."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from simulator import diagnostics
from simulator.ui import crash
from simulator.ui.tasks import TaskRunner


@pytest.fixture
def log_path(data_dir: Path):  # type: ignore[no-untyped-def]
    path = diagnostics.setup(data_dir)
    yield path
    diagnostics.teardown()


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        crash, "show_error_dialog", lambda _p, title, text: shown.append((title, text))
    )
    return shown


def test_the_log_is_a_rotating_private_file_in_the_data_folder(
    log_path: Path, data_dir: Path
) -> None:
    assert log_path == data_dir / "logs" / "app.log" == diagnostics.current_log()
    logging.getLogger("simulator.test").warning("a line for the record")
    assert "a line for the record" in log_path.read_text(encoding="utf-8")
    assert log_path.stat().st_mode & 0o077 == 0
    handler = next(
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.handlers.RotatingFileHandler)
    )
    assert handler.maxBytes == diagnostics.MAX_BYTES and handler.backupCount == diagnostics.BACKUPS


def test_a_hard_crash_leaves_its_trace_in_the_data_folder(tmp_path: Path) -> None:
    code = (
        "import sys, faulthandler; from pathlib import Path; from simulator import diagnostics; "
        "diagnostics.setup(Path(sys.argv[1])); faulthandler._sigsegv()"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, timeout=60
    )
    assert done.returncode != 0
    trace = (tmp_path / "logs" / "crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error" in trace and "Segmentation fault" in trace


def test_an_uncaught_error_is_logged_and_shown_with_the_logs_path(
    qtbot, log_path: Path, dialogs
) -> None:  # type: ignore[no-untyped-def]
    reporter = crash.CrashReporter(diagnostics.current_log).install()
    try:
        try:
            raise ValueError("boom in a slot")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        ((title, text),) = dialogs
        assert "went wrong" in title and "ValueError: boom in a slot" in text
        assert str(log_path) in text
        logged = log_path.read_text(encoding="utf-8")
        assert "uncaught error" in logged and "Traceback" in logged and "boom in a slot" in logged

        def work() -> None:
            raise RuntimeError("boom in a thread")

        worker = threading.Thread(target=work, name="worker")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(dialogs) == 2, timeout=5000)  # shown on the GUI thread
        assert "RuntimeError: boom in a thread" in dialogs[1][1]
        assert "uncaught error in thread worker" in log_path.read_text(encoding="utf-8")
    finally:
        reporter.uninstall()
    assert sys.excepthook is not reporter.excepthook


def test_a_failed_background_task_is_logged_and_reported(qtbot, log_path: Path) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner(1)
    errors: list[BaseException] = []

    def rescore() -> None:
        raise RuntimeError("scorer exploded")

    runner.submit(rescore, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert str(errors[0]) == "scorer exploded"
    logged = log_path.read_text(encoding="utf-8")
    assert "background task failed: scorer exploded" in logged and "Traceback" in logged
    runner.submit(rescore)  # nobody to tell: still never silent
    qtbot.waitUntil(lambda: "nobody to tell" in log_path.read_text(encoding="utf-8"), timeout=5000)
    runner.wait_idle()
