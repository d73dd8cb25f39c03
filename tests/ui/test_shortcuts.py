"""No key does two things on one page (issue 12, item 16): every shortcut and every Alt+letter
mnemonic active on Home, Interview and Scorecard is unique there, so Qt never has to report an
"ambiguous shortcut" and ignore the key; Ctrl+H on the Scorecard goes Home."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QWidget

from simulator.core.interview import State
from simulator.core.plan import Plan
from tests.ui.stand_ins import long_thinking
from tests.ui.waits import HANG_MS


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return f"Alt+{found.group(1).upper()}" if found else None


def _active_keys(window: QWidget) -> list[tuple[str, str]]:
    """(key, what) for everything that reacts to a key press on the page shown now."""
    keys: list[tuple[str, str]] = []
    for menu_action in window.menuBar().actions():
        if (m := _mnemonic(menu_action.text())) is not None:
            keys.append((m, f"menu {menu_action.text()}"))
        menu = menu_action.menu()
        if isinstance(menu, QMenu):
            for action in menu.actions():
                if not action.shortcut().isEmpty():
                    keys.append((action.shortcut().toString(), f"menu item {action.text()}"))
    for sc in window.findChildren(QShortcut):
        owner = sc.parent()
        if (
            sc.isEnabled()
            and isinstance(owner, QWidget)
            and owner.isVisible()
            and owner.isEnabled()
        ):
            keys.append((sc.key().toString(), f"shortcut on {owner.objectName()}"))
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget, QMenu):
            continue
        for action in widget.actions():
            if isinstance(action, QAction) and not action.shortcut().isEmpty():
                keys.append((action.shortcut().toString(), f"action {action.text()}"))
        is_button = isinstance(widget, QAbstractButton) and widget.isEnabled()
        has_buddy = isinstance(widget, QLabel) and widget.buddy() is not None
        text = widget.text() if is_button or has_buddy else ""  # type: ignore[attr-defined]
        if (m := _mnemonic(text)) is not None:
            keys.append((m, f"{type(widget).__name__} {widget.objectName() or text}"))
    return keys


def _assert_unique(window: QWidget, page: str) -> None:
    keys = _active_keys(window)
    counts = Counter(QKeySequence(k).toString() for k, _ in keys)
    clashes = {
        k: [w for kk, w in keys if QKeySequence(kk).toString() == k]
        for k, n in counts.items()
        if n > 1
    }
    assert not clashes, f"{page}: {clashes}"


def test_every_key_is_unique_on_every_page(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.services.settings.follow_ups = False
    _assert_unique(window, "Home")
    long_thinking(
        window.services.bank
    )  # the countdown still runs at the next step, whatever the load
    window.start_interview(Plan(counts={"technical": 1}), False)
    qtbot.waitUntil(lambda: window.controller.state is State.PREPARING, timeout=HANG_MS)
    _assert_unique(window, "Interview (preparing)")
    window.controller.begin_answer()
    qtbot.waitUntil(lambda: window.controller.state is State.ANSWERING, timeout=HANG_MS)
    _assert_unique(window, "Interview (answering)")
    window.controller.submit("Overfitting is fitting the noise of the training data.")
    qtbot.waitUntil(lambda: window.controller.state is State.REVIEWING, timeout=HANG_MS)
    window.controller.next_question()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    _assert_unique(window, "Scorecard")

    window.activateWindow()
    qtbot.keyClick(window.scorecard, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=3000)

    window.past.open_progress()
    qtbot.waitUntil(
        lambda: window.stack.currentWidget().objectName() == "progressPage", timeout=5000
    )
    _assert_unique(window, "Progress")

    sid = window.services.storage.sessions()[0].id
    for open_page, kind in (
        (window.past.open_history, "History"),
        (lambda: window.past.open_review(sid), "Review"),
        (lambda: window.past.open_attempts("tech.overfit"), "Attempts"),
    ):
        before = window.stack.currentWidget()
        open_page()
        qtbot.waitUntil(lambda b=before: window.stack.currentWidget() is not b, timeout=5000)
        qtbot.wait(100)
        _assert_unique(window, kind)
