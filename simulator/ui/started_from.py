"""Where an interview was started from, and going back there when it ended with nothing
answered.

Ctrl+E before any answer opened an empty scorecard that still offered Export, for a session
Home, History and Progress never list; from "Practise again" the person then had to find the
question again (walkthrough 39). Now every path (Home, Practise again from Review, Attempts or
a scorecard, Resume) goes back to the page it was started from, with the keyboard where it was,
and the status line says there is nothing to score.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from simulator.ui.main_window import MainWindow

SAID_FOR_MS = 15000


class StartedFrom:
    """The page (and the widget with the keyboard) an interview was started from."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._page: QWidget | None = None
        self._focus: QWidget | None = None

    def show_interview(self) -> None:
        """The Interview page, remembering where the person was."""
        w = self._window
        self._page, self._focus = w.stack.currentWidget(), QApplication.focusWidget()
        w.stack.setCurrentWidget(w.interview)

    def go_back(self, text: str) -> None:
        """Nothing to score: back where the interview was started, ``text`` said there."""
        w = self._window
        page, focus = self._page, self._focus
        self._page = self._focus = None
        usable = page is not None and shiboken6.isValid(page) and w.stack.indexOf(page) >= 0
        if page is None or not usable or page is w.home or page is w.interview:
            w.go_home()  # Home's list is read again, the keyboard on Start
        else:
            w.stack.setCurrentWidget(page)
            if focus is not None and shiboken6.isValid(focus) and page.isAncestorOf(focus):
                focus.setFocus()
        w.statusBar().showMessage(text, SAID_FOR_MS)
