"""Defects seen in walkthrough 39 (ux39), a new user's keyboard-only walk through the real
window, light and dark, at 1280x800 and 960x640. Each test fails before its fix."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox


def _closed_with_esc_gives_the_keyboard_back(qtbot, window, open_box) -> None:  # type: ignore[no-untyped-def]
    home = window.home
    home.preset.setFocus()
    qtbot.waitUntil(home.preset.hasFocus)
    open_box()
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not home.preset)
    qtbot.keyClick(QApplication.focusWidget() or box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is home.preset, timeout=2000)


def test_closing_the_about_box_gives_the_keyboard_back(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Help → About, Esc, mid-interview: the answer box no longer had the keyboard (typing
    went nowhere, no focus shown)."""
    from simulator.ui.window_menu import show_about

    _closed_with_esc_gives_the_keyboard_back(qtbot, window, lambda: show_about(window))


@pytest.mark.parametrize("title", ["Export failed"])
def test_closing_a_failure_box_gives_the_keyboard_back(qtbot, window, title) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.failure_box import show_failure

    _closed_with_esc_gives_the_keyboard_back(
        qtbot, window, lambda: show_failure(window, title, "Nothing.", "failureBox", "Nothing.")
    )
