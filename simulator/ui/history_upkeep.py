"""The session database's integrity check (1.1-1.9 s for 857 MB: the window came up only after
it) and work a database migration left for after the file opened (stored session means re-rounded
the current way: all at once as the file opened it held the window 6.6 s at 18,000 sessions,
before it could show), done a batch at a time on the database lane while the window is in use,
and said in the status bar: "Updating your history (1,200 of 18,000 sessions)…". Pages read the
database between batches; a batch is one transaction, so quitting or a crash keeps what is
done and the next start goes on from there. When it ends, Home is read again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from simulator.ui.status_line import show_lasting
from simulator.ui.widgets.common import name

if TYPE_CHECKING:
    from simulator.ui.main_window import MainWindow

Left = tuple[int, int]  # (sessions done, sessions in all)


def updating(done: int, total: int) -> str:
    return f"Updating your history ({done:,} of {total:,} sessions)…"


class HistoryUpkeep(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self.label = QLabel()
        name(
            self.label,
            "historyUpdate",
            "Updating your history",
            "Stored session scores are brought up to date after an update of the app; "
            "everything can be used meanwhile",
        )
        self.label.setToolTip(
            "Stored session scores are brought up to date after an update of the app, a few "
            "hundred sessions at a time. Everything can be used meanwhile."
        )
        window.statusBar().addPermanentWidget(self.label)
        show_lasting(self.label, False)
        self.running = False

    def check(self) -> None:
        """The file's integrity check left for after opening, first on the database lane:
        nothing reads the file before it (a damaged file is salvaged, and what the pages read
        next comes from the fresh one), and nothing is written before it."""
        self._w._db.submit(self._w.services.storage.check_deferred, on_error=self._not_checked)

    def _not_checked(self, exc: BaseException) -> None:
        self._w._show_error(
            f"The session database could not be checked ({exc}); it is checked before the "
            "next answer is saved."
        )

    def start(self) -> None:
        """Ask what is left, on the database lane; go on from there if anything is."""
        storage = self._w.services.storage
        self._w._db.submit(storage.upkeep_left, on_done=self._go_on, on_error=self._failed)

    def _go_on(self, left: Left | None) -> None:
        if left is None or self._w.tasks.closed:
            self._end()
            return
        self.running = True
        self.label.setText(updating(*left))
        show_lasting(self.label, True)
        self._w._db.submit(self._batch, on_done=self._go_on, on_error=self._failed)

    def _batch(self) -> Left | None:
        """On the database lane: one batch, then what is left (None: done)."""
        storage = self._w.services.storage
        return storage.upkeep_left() if storage.upkeep() else None

    def _end(self) -> None:
        was_running, self.running = self.running, False
        show_lasting(self.label, False)
        if was_running and not self._w.tasks.closed:
            self._w.refresh_home()  # its figures as re-rounded

    def _failed(self, exc: BaseException) -> None:
        self._end()
        self._w._show_error(
            f"Your history could not be brought up to date ({exc}); it is tried again at the "
            "next start, and nothing recorded is changed meanwhile."
        )
