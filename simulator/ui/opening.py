"""The window's status line while a page loads off the GUI thread: what is being opened and a
busy bar, shown once the load has taken ``SAY_AFTER_MS``; the same page asked for again is not
loaded twice. The wording and the bookkeeping are ``core.opening``'s."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QProgressBar

from simulator.core.opening import SAY_AFTER_MS, Openings
from simulator.ui.status_line import show_lasting
from simulator.ui.tasks import TaskRunner
from simulator.ui.widgets.common import name


class OpeningNotice(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._w = window
        self.openings = Openings()
        self._said = ""  # the line shown, cleared only if no other message replaced it
        self._busy_cursor = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAY_AFTER_MS)
        self._timer.timeout.connect(self._say)
        self.bar = QProgressBar()
        name(self.bar, "openingProgress", "Opening a page", "Busy until the page has loaded")
        self.bar.setRange(0, 0)  # how long is not known: busy
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(120)
        window.statusBar().addPermanentWidget(self.bar)
        show_lasting(self.bar, False)

    def submit(
        self,
        lane: TaskRunner,
        key: Hashable,
        what: str,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """``fn(*args)`` on ``lane``, said as opening ``what`` while it runs."""
        if not self.openings.begin(key, what):
            self._w.statusBar().showMessage(self.openings.again(key), 4000)
            return

        def ended(then: Callable[[Any], None]) -> Callable[[Any], None]:
            def run(value: Any) -> None:
                self._end(key)
                then(value)

            return run

        if self._said:
            self._say()  # already telling: the newer page is named at once
        else:
            self._timer.start()
        lane.submit(fn, *args, on_done=ended(on_done), on_error=ended(on_error))

    def _say(self) -> None:
        told = self.openings.told()
        if not told:
            return
        self._said = told
        self._w.statusBar().showMessage(told)
        show_lasting(self.bar, True)
        if not self._busy_cursor:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._busy_cursor = True

    def _end(self, key: Hashable) -> None:
        self.openings.end(key)
        if self.openings.busy:
            if self._said:
                self._say()
            return
        self._timer.stop()
        bar = self._w.statusBar()
        if self._said and bar.currentMessage() == self._said:
            bar.clearMessage()
        self._said = ""
        show_lasting(self.bar, False)
        # The line gone, the pages get its height back now, before the page that loaded is
        # laid out: measured a line shorter, the scorecard's header kept that height
        layout = self._w.layout()
        if layout is not None:
            layout.activate()
        if self._busy_cursor:
            QApplication.restoreOverrideCursor()
            self._busy_cursor = False
