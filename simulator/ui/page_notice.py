"""A notice at the top of a page that stays until the person acts: leaves the page (another
page, an interview started from it) or closes it with its Dismiss button.

An interview ended with nothing answered sent the person back to where it was started and said
"there is nothing to score" in the status line only, for 15 seconds, at the window's bottom edge,
while the person looked at the page they were sent back to (walkthrough 40): it is said there now.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QWidget

from simulator.ui.widgets.common import label, name

NOTICE_NAME = "pageNotice"


class PageNotice(QWidget):
    """The notice: its text, wrapping, and a Dismiss button; gone when its page is hidden."""

    def __init__(self, page: QWidget, text: str) -> None:
        super().__init__(page)
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
    page: QWidget, text: str, take_keyboard: bool = False, adding: bool = False
) -> PageNotice | None:
    """``text`` at the top of ``page`` (replacing a notice shown there before, or with
    ``adding`` after its text), until the person leaves the page or dismisses it. None if the
    page has no box layout to put it in. ``take_keyboard``: the keyboard moves onto the notice
    (a page whose focus was not restored)."""
    layout = page.layout()
    if not isinstance(layout, QBoxLayout):
        return None
    for old in page.findChildren(PageNotice, NOTICE_NAME):
        shown = old.text.text()
        if adding and not old.closed:  # (a notice just made is not shown yet)
            text = shown if text in shown.split("\n") else f"{shown}\n{text}"
        old.close_notice()
    notice = PageNotice(page, text)
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
