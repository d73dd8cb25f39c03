"""Where an interview was started from, and going back there when it ended with nothing
answered.

Ctrl+E before any answer opened an empty scorecard that still offered Export, for a session
Home, History and Progress never list; from "Practise again" the person then had to find the
question again (walkthrough 39). Now every path (Home, Practise again from Review, Attempts or
a scorecard, Resume) goes back to the page it was started from, with the keyboard where it was,
and that page says there is nothing to score, at its top, until the person leaves it or
dismisses the notice (it was said in the status line only, for 15 s: walkthrough 40).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtWidgets import QApplication, QWidget

from simulator.ui.page_notice import tell

if TYPE_CHECKING:
    from simulator.ui.main_window import MainWindow


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
            page = w.home
        else:
            w.stack.setCurrentWidget(page)
            if focus is not None and shiboken6.isValid(focus) and page.isAncestorOf(focus):
                focus.setFocus()
        # on Home the keyboard was put on Start: the notice is read first (the person's own
        # place elsewhere is kept); a page not on screen (go_home refused mid-interview) or
        # with no room for a notice: the status line
        tell(w, page, text, 15000, take_keyboard=page is w.home)
