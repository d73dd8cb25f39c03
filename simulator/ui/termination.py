"""Quitting on SIGTERM (a logout, ``kill``, a service manager) as a closed window does.

Without a handler, SIGTERM ended the process at once: the words typed since the last draft
save were lost, and so were answers held in memory because saving failed (a full disk), which
a closed window offers to write to a file. Now the draft is kept, writes on their way finish,
and answers still not on disk go to a recovery file in the home folder (nobody is there to be
asked), named in the log. The signal wakes Qt's event loop through a socket, so no timer polls.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from simulator.core.session.ports import DATABASE
from simulator.ui.window_lifetime import CLOSE_WAIT_MS

if TYPE_CHECKING:
    from simulator.ui.main_window import MainWindow

log = logging.getLogger(__name__)
_KEPT: list[tuple[socket.socket, socket.socket, QSocketNotifier]] = []


def quit_on_sigterm(window: MainWindow) -> None:
    """From now on SIGTERM ends the app through ``terminate`` (the main thread only)."""
    reader, writer = socket.socketpair()
    for end in (reader, writer):
        end.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, window)
    # Python runs its own handler once this returns to the interpreter
    notifier.activated.connect(lambda: _drain(reader))
    _KEPT.append((reader, writer, notifier))  # alive as long as the app
    signal.signal(signal.SIGTERM, lambda _n, _f: QTimer.singleShot(0, lambda: terminate(window)))
    # (the log says from when: a test, or a person reading the log, can tell a SIGTERM that came
    # before, which ends the process at once, from one handled)
    log.info("SIGTERM now closes the app as its window's Close does")


def _drain(reader: socket.socket) -> None:
    with contextlib.suppress(OSError):
        reader.recv(512)


def terminate(window: MainWindow) -> Path | None:
    """Keep everything a person gave, then quit; the recovery file written, if one was."""
    log.info("SIGTERM: closing, keeping the draft and any unsaved answers")
    if window._interview is not None:  # (built only once asked for)
        window._interview.flush_draft()
    written = None
    controller = window.existing_controller
    if controller is not None and controller.unsaved_count():
        window.tasks.lane(DATABASE).wait_needed(CLOSE_WAIT_MS)
        if controller.unsaved_count():
            stamp = time.strftime("%Y%m%d-%H%M%S")
            target = Path.home() / f"ml-interview-unsaved-answers-{stamp}.json"
            try:
                written = controller.write_recovery_file(target)
                log.warning("answers not saved in the database were written to %s", written)
            except OSError as exc:
                log.error("answers not saved could not be written to %s: %s", target, exc)
    app = QApplication.instance()
    if app is not None:
        app.quit()
    return written
