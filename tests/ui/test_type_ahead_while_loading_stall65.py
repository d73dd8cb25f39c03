"""The answer typed after Start while the questions load reaches the first answer (issue 8,
round 64 left): Ctrl+Enter on Home while the packs loaded, then the answer typed at once, and
Home held those keys (so that they changed no plan) and dropped them: ~300 characters of a
typed answer lost in a walkthrough. They are kept now, the line above Start says so as they
are typed, and the first answer begins with them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from simulator.ui.pages.home import CUSTOM, STARTS_WHEN_LOADED
from tests.ui.test_walkthrough24_defects import _window_while_the_bank_loads
from tests.ui.waits import HANG_MS

CTRL = Qt.KeyboardModifier.ControlModifier


def _start_while_loading(qtbot, window, mode: str = "typed"):  # type: ignore[no-untyped-def]
    home = window.home
    home.preset.setCurrentIndex(home.preset.findData(CUSTOM))  # one the small pack can fill
    home.count.setValue(1)
    home.answer_mode.setCurrentIndex(home.answer_mode.findData(mode))
    home.preset.setFocus()
    qtbot.keyClick(home.preset, Qt.Key.Key_Return, CTRL)
    assert home.start_reason.text() == STARTS_WHEN_LOADED
    return home


def test_the_answer_typed_while_start_waits_begins_the_first_answer(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    window, release = _window_while_the_bank_loads(qtbot, services)
    try:
        home = _start_while_loading(qtbot, window)
        focused = QApplication.focusWidget()
        qtbot.keyClicks(focused, "First I would clarify the goax")
        qtbot.keyClick(focused, Qt.Key.Key_Backspace)  # taken back, as in the answer box
        qtbot.keyClick(focused, Qt.Key.Key_Backspace)
        qtbot.keyClicks(focused, "al.")
        qtbot.keyClick(focused, Qt.Key.Key_Return)  # a new line of the answer
        # the keyboard moved elsewhere on Home (Tab still moves it): the keys are kept still
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "Then the data")
        typed = "First I would clarify the goal.\nThen the data"
        said = home.start_reason.full
        assert said.startswith(STARTS_WHEN_LOADED) and f"{len(typed)} characters" in said, said
        assert home.preset.currentData() == CUSTOM and home.count.value() == 1  # plan unchanged
        release.set()
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.interview, timeout=HANG_MS)
        answer = window.interview.answer
        qtbot.waitUntil(lambda: answer.toPlainText() == typed, timeout=HANG_MS)
        assert not answer.isReadOnly() and QApplication.focusWidget() is answer
        qtbot.keyClicks(answer, " sources")  # typing on goes on after what was kept
        assert answer.toPlainText() == typed + " sources"
        assert home.type_ahead.text == ""
    finally:
        release.set()
        window.shutdown()


def test_another_page_asked_for_drops_the_waiting_start_and_its_typing(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    window, release = _window_while_the_bank_loads(qtbot, services)
    try:
        home = _start_while_loading(qtbot, window)
        qtbot.keyClicks(QApplication.focusWidget(), "abc")
        assert "3 characters" in home.start_reason.full
        # History asked for: the last thing asked for is what happens, not both
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier
        )
        assert home.type_ahead.text == ""
        qtbot.keyClicks(QApplication.focusWidget(), "model")  # History's search, not an answer
        assert home.type_ahead.text == ""
    finally:
        release.set()
        window.shutdown()


def test_a_spoken_interviews_start_keeps_no_typing(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    window, release = _window_while_the_bank_loads(qtbot, services)
    try:
        home = _start_while_loading(qtbot, window, "spoken")
        qtbot.keyClicks(QApplication.focusWidget(), "cd x")
        assert home.type_ahead.text == ""
        assert home.start_reason.full == STARTS_WHEN_LOADED
        assert home.preset.currentData() == CUSTOM  # held: no plan picked by a letter
    finally:
        release.set()
        window.shutdown()


def test_the_line_that_counts_the_typing_is_no_longer_than_one_the_line_holds() -> None:
    from simulator.core.transcript import MAX_ANSWER_CHARS
    from simulator.ui.pages.home import PLAN_HELD
    from simulator.ui.pages.home_type_ahead import typed_ahead_said

    said = typed_ahead_said(STARTS_WHEN_LOADED, MAX_ANSWER_CHARS)
    assert said.startswith(STARTS_WHEN_LOADED) and "200,000 characters" in said
    assert len(said) <= len(PLAN_HELD)  # PLAN_HELD fills the line's two lines at 960 px
