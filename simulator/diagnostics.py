"""Diagnostics for people who report a problem: a rotating log file and a crash trace, both in
the data folder, so "what happened" survives the app (Qt-free; the UI adds its dialog).

``setup`` is called once at start-up: stdlib ``logging`` writes to ``logs/app.log`` (1 MB, three
old files kept) and ``faulthandler`` dumps every thread's stack to ``logs/crash.log`` when the
interpreter itself dies (a segfault in a native library, an abort)."""

from __future__ import annotations

import contextlib
import errno
import faulthandler
import logging
import logging.handlers
import stat
import sys
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


class QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A log file that cannot be written (a full disk, a folder gone read-only) says so once
    on stderr, then drops records until it can write again. Python's default prints
    "--- Logging error ---" and a traceback for every record: about 40 lines per failed save
    during an interview on a full disk."""

    _failing = False

    def emit(self, record: logging.LogRecord) -> None:
        super().emit(record)  # calls handleError on failure
        if self._failing and self.stream is not None:
            with contextlib.suppress(OSError):
                self.stream.flush()
                self._failing = False  # it writes again

    def flush(self) -> None:
        try:
            super().flush()
        except OSError as exc:  # the data reaches the disk here: a full disk shows now
            self._report(exc)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        self._report(sys.exc_info()[1])

    def _report(self, exc: BaseException | None) -> None:
        if self._failing:
            return
        self._failing = True
        why = (exc.strerror or str(exc)).lower() if isinstance(exc, OSError) else repr(exc)
        with contextlib.suppress(Exception):  # stderr itself may be gone
            print(
                f"ml-interview: the log file {self.baseFilename} cannot be written ({why}); "
                "log records are dropped until it can",
                file=sys.stderr,
            )


class _BytesShownFormatter(logging.Formatter):
    """A name that is not UTF-8 (a data folder, a pack, a recording) is written as its bytes,
    \\xff, as the app shows it elsewhere: refused, it cost its line (and, once, the start-up)."""

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        try:
            return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:  # another lone surrogate (pasted text): the handler escapes it
            return text


def logs_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


def log_file(data_dir: Path) -> Path:
    return logs_dir(data_dir) / LOG_NAME


def setup(data_dir: Path, level: int = logging.INFO) -> Path:
    """Log to ``<data_dir>/logs/app.log`` and enable ``faulthandler``; returns the log's path.
    Calling it again (another data folder) moves both files there."""
    global _handler, _crash_file
    folder = private_dir(logs_dir(data_dir), "log folder")  # a log can quote answers: private
    for name in (LOG_NAME, CRASH_NAME):
        _refuse_a_special_file(folder / name)
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    path = folder / LOG_NAME
    handler = QuietFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", errors="backslashreplace"
    )
    handler.setFormatter(_BytesShownFormatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(min(root.getEffectiveLevel(), level))
    _handler = handler
    path.chmod(0o600)
    if _crash_file is not None:
        faulthandler.disable()
        _crash_file.close()
    crash = folder / CRASH_NAME
    _crash_file = open(crash, "a", encoding="utf-8", errors="backslashreplace")  # noqa: SIM115 (lives as long as the app)
    crash.chmod(0o600)
    faulthandler.enable(file=_crash_file, all_threads=True)
    logging.getLogger(__name__).info("log started in %s", folder)
    return path


def _refuse_a_special_file(path: Path) -> None:
    """Raise ``OSError`` when a pipe or device has the name of a log file: opening a pipe to
    append waits for a reader, and the app never opened its window (attack run 49: a FIFO
    named logs/app.log; nothing said why)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # not there (it is made), or a link leading nowhere: the open says why
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise OSError(
            errno.EINVAL,
            f"{path.name} is not a regular file (a pipe or device is in its place): "
            "remove it and start the app again",
        )


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
