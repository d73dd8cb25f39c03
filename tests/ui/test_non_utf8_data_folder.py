"""The app in a data folder whose name is not UTF-8 (a name from an old system or another
locale): it starts, runs and logs. Before, the first line of the log was refused
(UnicodeEncodeError) and the app ended at start-up, in the "come to the front" server's name."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from simulator import diagnostics
from simulator.instance import server_name

REPO = Path(__file__).resolve().parents[2]


def _odd_folder(tmp_path: Path) -> Path:
    return Path(os.fsdecode(bytes(tmp_path) + b"/data-\xff\xfe"))


def test_the_window_starts_and_ends_cleanly_in_such_a_folder(tmp_path: Path) -> None:
    data = _odd_folder(tmp_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-m", "simulator", "--data-dir", os.fsencode(data)],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        log = data / "logs" / diagnostics.LOG_NAME
        # until the app says SIGTERM is handled (a log file and 3 s more were too few on a
        # loaded machine: the signal came before its handler and ended the process at once)
        while (
            time.monotonic() < deadline
            and "SIGTERM now closes the app" not in _text(log)
            and child.poll() is None
        ):
            time.sleep(0.2)
        assert child.poll() is None, child.communicate()[0]
        child.send_signal(signal.SIGTERM)
        code = child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        output = child.communicate()[0]
    assert code == 0, (code, output)
    assert "Traceback" not in output and "cannot be written" not in output, output
    text = _text(log)
    assert "uncaught" not in text, text
    assert "data-\\xff\\xfe" in text, text  # the first line, with the folder's bytes


def test_each_such_folder_has_its_own_server_name(tmp_path: Path) -> None:
    one, other = _odd_folder(tmp_path), Path(os.fsdecode(bytes(tmp_path) + b"/data-\xfe"))
    assert server_name(one) != server_name(other)


def _text(log: Path) -> str:
    try:
        return log.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def test_any_lone_surrogate_is_logged_escaped(tmp_path: Path) -> None:
    import logging

    log = diagnostics.setup(tmp_path)
    try:
        logging.getLogger("test").warning("pasted \ud800 and a name \udcff")
    finally:
        diagnostics.teardown()
    assert "pasted \\ud800 and a name \\udcff" in log.read_text(encoding="utf-8")
