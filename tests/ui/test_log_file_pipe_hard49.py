"""Attack run 49: a pipe named logs/app.log (or logs/crash.log) kept the app from ever opening
its window: the log handler's open for appending waited for a reader, before any window or
message. It costs only the log now, said as a file in the log folder's place is."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from simulator import diagnostics
from simulator.app import start_diagnostics


@pytest.mark.parametrize("name", ["app.log", "crash.log"])
def test_a_pipe_in_a_log_files_place_costs_only_the_log_hard49(
    data_dir: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    logs = data_dir / "logs"
    logs.mkdir(parents=True)
    os.mkfifo(logs / name)
    done = threading.Event()
    reporters = []

    def start() -> None:
        reporters.append(start_diagnostics(data_dir))
        done.set()

    threading.Thread(target=start, daemon=True).start()
    if not done.wait(20):
        # (free the open waiting on the pipe, so the test run goes on)
        os.close(os.open(logs / name, os.O_RDONLY | os.O_NONBLOCK))
        pytest.fail(f"start_diagnostics waited on the pipe logs/{name}")
    try:
        err = capsys.readouterr().err
    finally:
        reporters[0].uninstall()
        diagnostics.teardown()
    assert err == (
        f"ml-interview: no log file in {logs}: {name} is not a regular file (a pipe or device "
        "is in its place): remove it and start the app again\n"
    ), err
    assert (logs / name).is_fifo()  # left as it was
