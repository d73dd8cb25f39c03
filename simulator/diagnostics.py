"""Diagnostics for people who report a problem: a rotating log file and a crash trace, both in
the data folder, so "what happened" survives the app (Qt-free; the UI adds its dialog).

``setup`` is called once at start-up: stdlib ``logging`` writes to ``logs/app.log`` (1 MB, three
old files kept) and ``faulthandler`` dumps every thread's stack to ``logs/crash.log`` when the
interpreter itself dies (a segfault in a native library, an abort)."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
from pathlib import Path
from typing import IO

from simulator.paths import private_dir

LOG_NAME = "app.log"
CRASH_NAME = "crash.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"

_handler: logging.Handler | None = None
_crash_file: IO[str] | None = None  # kept open: faulthandler writes to its descriptor


def logs_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


def log_file(data_dir: Path) -> Path:
    return logs_dir(data_dir) / LOG_NAME


def setup(data_dir: Path, level: int = logging.INFO) -> Path:
    """Log to ``<data_dir>/logs/app.log`` and enable ``faulthandler``; returns the log's path.
    Calling it again (another data folder) moves both files there."""
    global _handler, _crash_file
    folder = private_dir(logs_dir(data_dir))  # a log can quote answers: private, like the rest
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    path = folder / LOG_NAME
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(min(root.getEffectiveLevel(), level))
    _handler = handler
    path.chmod(0o600)
    if _crash_file is not None:
        faulthandler.disable()
        _crash_file.close()
    crash = folder / CRASH_NAME
    _crash_file = open(crash, "a", encoding="utf-8")  # noqa: SIM115 (lives as long as the app)
    crash.chmod(0o600)
    faulthandler.enable(file=_crash_file, all_threads=True)
    logging.getLogger(__name__).info("log started in %s", folder)
    return path


def teardown() -> None:
    """Stop writing both files (tests; the app keeps them to the end)."""
    global _handler, _crash_file
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
    if _crash_file is not None:
        faulthandler.disable()
        _crash_file.close()
        _crash_file = None


def current_log() -> Path | None:
    """The log file in use, if ``setup`` ran."""
    if isinstance(_handler, logging.handlers.RotatingFileHandler):
        return Path(_handler.baseFilename)
    return None
