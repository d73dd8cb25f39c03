"""Defects met in the eighteenth keyboard-only walkthrough of the real window (offscreen here)."""

from __future__ import annotations

import pytest

from simulator.core.interview import State


def test_the_follow_up_hint_says_what_ctrl_enter_does(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A typed follow-up said "Ctrl+Enter ends it": the key submits a typed answer (it ends a
    recording), as the hint of the main answer says."""
    page = window.interview
    page.set_spoken(False)
    page.set_state(State.FOLLOW_UP)
    assert "Ctrl+Enter submits it" in page.hint.text() and "ends" not in page.hint.text()
    page.set_spoken(True)
    page.set_state(State.FOLLOW_UP)
    assert "Ctrl+Enter ends it" in page.hint.text()


@pytest.mark.qt_log_ignore(r"does not support propagateSizeHints")  # offscreen, a dialog shown
def test_ctrl_page_down_and_up_switch_settings_sections(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+PgDn / Ctrl+PgUp, the usual keys for the next / previous tab (and those of the
    Review page's answers), did nothing in Settings; only Ctrl+Tab worked."""
    from PySide6.QtCore import Qt

    from simulator.settings import Settings
    from simulator.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    count = dialog.tabs.count()
    for key, step in ((Qt.Key.Key_PageDown, 1), (Qt.Key.Key_PageUp, -1)):
        for _ in range(count):
            before = dialog.tabs.currentIndex()
            qtbot.keyClick(dialog.focusWidget(), key, Qt.KeyboardModifier.ControlModifier)
            assert dialog.tabs.currentIndex() == (before + step) % count
            focused = dialog.focusWidget()
            assert dialog.tabs.currentWidget().isAncestorOf(focused), focused.objectName()
