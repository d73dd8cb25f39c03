"""Walkthrough 46: Tab onto a page notice's Dismiss and Enter did nothing (Space closed it).
Outside a dialog Qt presses a focused button on Enter only when it is an auto-default button,
as every other button of the app is (widgets.common.button); Dismiss had been made not one so
that Enter would "stay with the page's buttons", which only a dialog's default button needs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QPushButton, QVBoxLayout, QWidget

from simulator.ui.page_notice import show_page_notice
from tests.ui.waits import HANG_MS


def test_enter_on_dismiss_closes_the_notice_and_leaves_the_page_s_button_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    page = QWidget()
    layout = QVBoxLayout(page)
    pressed: list[bool] = []
    first, middle = QPushButton("Plan"), QPushButton("Voice")
    for widget in (first, middle):
        layout.addWidget(widget)
    own = QPushButton("Start")
    own.setAutoDefault(True)
    own.clicked.connect(lambda: pressed.append(True))
    layout.addWidget(own)
    window.setCentralWidget(page)
    window.show()
    qtbot.waitExposed(window)
    notice = show_page_notice(page, "Nothing to score: no question was answered.")
    assert notice is not None
    notice.dismiss.setFocus()
    qtbot.waitUntil(notice.dismiss.hasFocus)
    qtbot.keyClick(notice.dismiss, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=HANG_MS)
    assert not pressed  # Enter pressed Dismiss only
    # the keyboard on the page's first control, the one after the notice in Tab order (it
    # went two further on: Home's "Read questions aloud", under the plan's fields)
    qtbot.waitUntil(first.hasFocus, timeout=HANG_MS)
    own.setFocus()
    qtbot.keyClick(own, Qt.Key.Key_Return)
    assert pressed == [True]
