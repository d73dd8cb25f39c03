"""Whether a remembered folder is still one, asked off the GUI thread.

The export dialog starts in the folder of the last export. Asking whether it is still a folder
(``is_dir``) on the GUI thread froze the window for as long as the folder took to answer: a
network folder whose server went away (an NFS or SMB mount) does not answer for minutes (attack
run 42). The question is asked on a thread of its own (a daemon: one that never returns keeps
neither a lane busy nor the app from quitting); a folder that has not answered within
``FOLDER_WAIT_MS`` is taken as not there, and the person is told which and why.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

FOLDER_WAIT_MS = 1500
POLL_MS = 20

# Folders whose thread has not returned yet: each Export press on a folder that never answers
# left one more thread stuck in is_dir for good; now at most one per folder is.
_ASKING: set[Path] = set()
_ASKING_LOCK = threading.Lock()


def when_folder_known(
    parent: QObject,
    folder: Path,
    then: Callable[[Path | None, str], None],
    wait_ms: int | None = None,
) -> None:
    """Call ``then(folder, "")`` on the GUI thread when ``folder`` is a folder, ``then(None,
    "")`` when it is not (gone, a file, unreadable), and ``then(None, why)`` when it has not
    answered within ``wait_ms`` (``FOLDER_WAIT_MS`` when none). Returns at once; a folder
    whose thread from an earlier call is still waiting gets ``then(None, why)`` before that."""
    wait = FOLDER_WAIT_MS if wait_ms is None else wait_ms
    with _ASKING_LOCK:
        still_asked = folder in _ASKING
        _ASKING.add(folder)
    if still_asked:  # a thread already waits on it: another would only be stuck beside it
        then(None, _not_answering(folder, "to an earlier look yet"))
        return
    answer: list[bool] = []

    def ask() -> None:
        try:
            answer.append(folder.is_dir())
        except (OSError, ValueError):  # (a name the system refuses: not a folder either)
            answer.append(False)
        finally:
            with _ASKING_LOCK:
                _ASKING.discard(folder)

    threading.Thread(target=ask, name="folder-check", daemon=True).start()
    started = time.monotonic()
    timer = QTimer(parent)
    timer.setInterval(POLL_MS)

    def poll() -> None:
        late = (time.monotonic() - started) * 1000 >= wait
        if not answer and not late:
            return
        timer.stop()
        timer.deleteLater()
        if answer:
            then(folder if answer[0] else None, "")
        else:
            then(None, _not_answering(folder, f"within {wait / 1000:g} s"))

    timer.timeout.connect(poll)
    timer.start()


def _not_answering(folder: Path, when: str) -> str:
    return f"{folder} did not answer {when} (a network folder that is not reachable?)"
