"""A notice at the top of a page that stays until the person acts: leaves the page (another
page, an interview started from it) or closes it with its Dismiss button.

An interview ended with nothing answered sent the person back to where it was started and said
"there is nothing to score" in the status line only, for 15 seconds, at the window's bottom edge,
while the person looked at the page they were sent back to (walkthrough 40): it is said there now.

Each line of a notice is of a kind. A notice shown while one is open replaces the line of its own
kind and keeps the others: a standing state (answers scored by words only, topics no pack has)
stays beside a one-off message ("nothing to score", a job's result), and a newer line of a kind
takes the place of the older (a state since changed is not said beside its successor). Every
notice replaced the open one: the words-only and missing-topics lines Home was given during an
interview (a bank read again) were replaced by "nothing to score" as the person came back to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QWidget

from simulator.core.qt_names import shown_text
from simulator.ui.widgets.common import label, name

if TYPE_CHECKING:
    from simulator.ui.main_window import MainWindow

NOTICE_NAME = "pageNotice"
MESSAGE = "message"  # a one-off message: the kind a notice is unless it says otherwise
WORDS_ONLY = "words only"  # standing: answers are scored by their words only
MISSING_TOPICS = "missing topics"  # standing: topics chosen that no pack has now


class PageNotice(QWidget):
    """The notice: its text, wrapping, and a Dismiss button; gone when its page is hidden."""

    def __init__(self, page: QWidget, lines: dict[str, str]) -> None:
        super().__init__(page)
        self.lines = dict(lines)  # kind -> its line, in the order shown
        text = "\n".join(self.lines.values())
        self.setObjectName(NOTICE_NAME)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.text = label(text, "notice")
        name(self.text, "pageNoticeText", "Notice", text)
        self.text.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers reach it by Tab
        row.addWidget(self.text, 1)
        self.dismiss = QPushButton("Dismiss")
        name(self.dismiss, "pageNoticeDismiss", "Dismiss the notice")
        # Enter presses it when it has the keyboard, as Space does and as every other button
        # of the app (widgets.common.button). Outside a dialog auto-default means only that: it
        # was made False "so that Enter stays with the page's buttons", and Enter on it did
        # nothing (walkthrough 46)
        self.dismiss.setAutoDefault(True)
        self.dismiss.clicked.connect(self.close_notice)
        row.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self._page = page
        self.closed = False  # dismissed, or its page left
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._page and event.type() == QEvent.Type.Hide:
            self.close_notice()  # the person went elsewhere: it has been read, or is moot
        return False

    def close_notice(self) -> None:
        self.closed = True
        self._page.removeEventFilter(self)
        keyboard_here = self.isAncestorOf(self.window().focusWidget() or self)
        after = self._first_after() if keyboard_here else None
        self.hide()
        self.deleteLater()
        if after is not None:
            # Dismiss pressed: the keyboard goes to the page's first control, the one after
            # the notice in Tab order (it landed two further on, Home's "Read questions
            # aloud", where Qt's own move from the hidden button and one more step took it:
            # walkthrough 46)
            after.setFocus(Qt.FocusReason.TabFocusReason)
        elif keyboard_here:
            self._page.focusNextChild()

    def _first_after(self) -> QWidget | None:
        """The first control of the page after the notice in Tab order."""
        widget = self.dismiss.nextInFocusChain()
        while widget is not None and widget is not self.dismiss:
            if (
                self._page.isAncestorOf(widget)
                and not self.isAncestorOf(widget)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isVisible()
                and widget.isEnabled()
            ):
                return widget
            widget = widget.nextInFocusChain()
        return None


def show_page_notice(
    page: QWidget, text: str, take_keyboard: bool = False, kind: str = MESSAGE
) -> PageNotice | None:
    """``text`` at the top of ``page``, until the person leaves the page or dismisses it, after
    the lines of other kinds of the notice open there (its line of ``kind`` replaced, in
    place). None if the page has no box layout to put it in. ``take_keyboard``: the keyboard
    moves onto the notice (a page whose focus was not restored)."""
    layout = page.layout()
    if not isinstance(layout, QBoxLayout):
        return None
    text = shown_text(text)  # a path's byte that is not UTF-8: Qt would drop it
    lines: dict[str, str] = {}
    for old in page.findChildren(PageNotice, NOTICE_NAME):
        if not old.closed:  # (a notice just made is not shown yet: it is open)
            lines.update(old.lines)
        old.close_notice()
    lines[kind] = text  # a kind said before keeps its place
    notice = PageNotice(page, lines)
    layout.insertWidget(0, notice)
    _first_in_tab_order(page, notice, take_keyboard)
    return notice


def _first_in_tab_order(page: QWidget, notice: PageNotice, take_keyboard: bool) -> None:
    """The notice, then its Dismiss, before the page's own controls, and (``take_keyboard``) the
    keyboard on the notice if it was on the page. Made last, the notice was reached by Tab only
    after every control of Home (walkthrough 40): it is read first, Dismiss one Tab away."""
    first: QWidget | None = page.nextInFocusChain()
    while first is not None and first is not page:
        if (
            page.isAncestorOf(first)
            and first is not notice
            and not notice.isAncestorOf(first)
            and first.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            before = first.previousInFocusChain()
            if before is not None:
                QWidget.setTabOrder(before, notice.text)
            break
        first = first.nextInFocusChain()
    QWidget.setTabOrder(notice.text, notice.dismiss)
    focus = page.window().focusWidget()
    if take_keyboard and focus is not None and page.isAncestorOf(focus):
        notice.text.setFocus(Qt.FocusReason.OtherFocusReason)


def tell(
    window: MainWindow, page: QWidget, text: str, msecs: int, *, take_keyboard: bool = False
) -> None:
    """Say ``text`` once: in ``page``'s notice while the person is on it, else (or on a page
    with no room for a notice) in the window's status line for ``msecs``. Said in both, a
    re-score's result stood twice on one screen, word for word, the notice above and the
    status line below (round 53's left item, seen again in ux54). ``take_keyboard``: as
    ``show_page_notice``."""
    on_page = window.stack.currentWidget() is page
    if not on_page or show_page_notice(page, text, take_keyboard=take_keyboard) is None:
        window.statusBar().showMessage(text, msecs)
