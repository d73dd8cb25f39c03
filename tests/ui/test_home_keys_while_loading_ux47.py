"""Keys typed on Home before it is ready (walkthrough 46, left): while the packs loaded, the
keyboard was on the plan list, put there by the window and not yet drawn as focused, and the
first letters typed picked a plan nobody chose ("c": Custom, "d": Due for review), the arrows
and Space changed it too. Such keys are held now and the line above Start says how to choose
the plan meanwhile; once the person moves into the plan themselves (Tab, its underlined letter)
it takes their keys, and after the load every key works as before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from simulator.ui.pages.home import CUSTOM, PAGE_AWAITED, PLAN_HELD
from tests.ui.test_walkthrough24_defects import _window_while_the_bank_loads
from tests.ui.waits import HANG_MS

CTRL = Qt.KeyboardModifier.ControlModifier


def test_keys_typed_before_home_is_ready_change_no_plan(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    window, release = _window_while_the_bank_loads(qtbot, services)
    try:
        home = window.home
        plan, answers = home.preset.currentData(), home.answer_mode.currentData()
        focused = QApplication.focusWidget()
        assert focused is home.preset  # where the window put the keyboard
        qtbot.keyClicks(focused, "cd5 x")
        for key in (Qt.Key.Key_Down, Qt.Key.Key_End, Qt.Key.Key_Space):
            qtbot.keyClick(focused, key)
        assert home.preset.currentData() == plan, home.preset.currentText()
        assert home.answer_mode.currentData() == answers
        assert home.start_reason.text() == PLAN_HELD and home.start_reason.isVisibleTo(home)
        release.set()
        qtbot.waitUntil(lambda: window.services.bank is not None, timeout=HANG_MS)
        assert home.start_reason.text() != PLAN_HELD  # ready: the line has done its job
        qtbot.keyClicks(home.preset, "c")  # Home is ready: the plan's keys work as before
        assert home.preset.currentData() == CUSTOM
    finally:
        release.set()
        window.shutdown()


def test_the_plan_moved_to_on_purpose_takes_its_keys_while_the_packs_load(  # type: ignore[no-untyped-def]
    qtbot, services
) -> None:
    window, release = _window_while_the_bank_loads(qtbot, services)
    try:
        home = window.home
        assert QApplication.focusWidget() is home.preset
        # its underlined letter, with the keyboard on it already (no focus change to see)
        qtbot.keyClick(home.preset, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClicks(home.preset, "c")
        assert home.preset.currentData() == CUSTOM
        assert home.start_reason.text() != PLAN_HELD
        qtbot.keyClick(home.preset, Qt.Key.Key_Tab)  # on to the first category box, by Tab
        box = QApplication.focusWidget()
        assert box in home.category_boxes.values() and box.isChecked()
        qtbot.keyClick(box, Qt.Key.Key_Space)
        assert not box.isChecked()
    finally:
        release.set()
        window.shutdown()


def test_keys_typed_for_a_page_still_to_open_say_that_page(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    """History asked for while the packs load, then its search typed at once (walkthrough 47,
    a loaded machine): the keys were held on Home's plan and the line said "Ctrl+Enter to
    start once they have", which would have started an interview instead of History."""
    window, release = _window_while_the_bank_loads(qtbot, services)
    try:
        home = window.home
        qtbot.keyClick(home.preset, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
        assert window.statusBar().currentMessage().startswith("Opening History as soon")
        qtbot.keyClicks(QApplication.focusWidget(), "model")
        said = home.start_reason.text()
        assert said == PAGE_AWAITED.format(what="History") and home.start_reason.isVisibleTo(home)
        assert "Ctrl+Enter" not in said
        release.set()
        qtbot.waitUntil(
            lambda: window.stack.currentWidget() is window.past.history, timeout=HANG_MS
        )
    finally:
        release.set()
        window.shutdown()
