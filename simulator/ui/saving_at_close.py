"""Closing while answers are still on their way to disk: the wait says what it waits for.

The close waited up to 10 s for the database lane with the window frozen and no word: a person
saw a window that did not close and did not answer. Now a short wait passes unseen; a longer
one shows a small box (what is being saved, and where) while the event loop runs, so the window
paints; the box is modal and cannot be dismissed, so no key acts on the window meanwhile.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from simulator.ui.tasks import TaskRunner
from simulator.ui.widgets.common import counted, name

UNSEEN_MS = 200  # a save this quick closes the window with nothing shown
POLL_MS = 20


class SavingBox(QDialog):
    """ "Saving 1 answer to …": shown while the close waits; Esc and the close button do
    nothing (the wait ends by itself, bounded)."""

    def __init__(self, parent: QWidget, count: int, folder: str) -> None:
        super().__init__(parent)
        self.setObjectName("savingBeforeClose")
        self.setWindowTitle("Saving before closing")
        self.setModal(True)
        self.message = QLabel(
            f"Saving {counted(count, 'answer')} to {folder} before closing…\n"
            "The window closes as soon as it is written."
        )
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        name(self.message, "savingMessage", "Saving before closing")
        busy = QProgressBar()
        busy.setRange(0, 0)  # no figure to show: it moves while the wait lasts
        busy.setTextVisible(False)
        name(busy, "savingProgress", "Saving")
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(busy)
        self.setMinimumWidth(420)

    def reject(self) -> None:  # Esc: the save goes on, and so does the wait
        pass


def wait_for_saves(
    parent: QWidget, lane: TaskRunner, unsaved: Callable[[], int], folder: str, msecs: int
) -> None:
    """Wait (at most ``msecs``) until ``unsaved()`` is 0 or the database lane has nothing left
    to do (a write that failed leaves its answer unsaved: the caller offers a rescue)."""
    if lane.wait_needed(min(UNSEEN_MS, msecs)):
        return  # nothing left running: what is unsaved now could not be written
    deadline = time.monotonic() + msecs / 1000

    def done() -> bool:
        return not unsaved() or lane.wait_needed(0) or time.monotonic() >= deadline

    if done():
        return
    box = SavingBox(parent, unsaved(), folder)
    box.show()
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(POLL_MS)
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    poll.start()
    loop.exec()
    poll.stop()
    box.hide()
    box.deleteLater()
