"""A second spoken interview, started with Alt+S from Home's topic list (polish58, reproduced
in the real window at 960 x 640 after walk58 saw it once): while the introduction and the
question were read, no control showed the keyboard's focus. The first interview of the run
had it on the live caption box; the second had it where the page's last focus had been left,
a widget that can show none. Every state of a spoken interview now has the keyboard on a
visible control of the interview page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from simulator.core.interview import State
from simulator.core.plan import Plan
from tests.ui.stand_ins import CTRL, FakeMic, spoken_mode, wait_state


def _shown_focus(window) -> QWidget | None:  # type: ignore[no-untyped-def]
    """The focused widget if it is a visible control of the interview page, else None."""
    focus = QApplication.focusWidget()
    page = window.interview
    if (
        focus is None
        or not focus.isVisible()
        or focus.focusPolicy() == Qt.FocusPolicy.NoFocus
        or not page.isAncestorOf(focus)
    ):
        return None
    return focus


def test_a_second_spoken_interview_shows_focus_while_it_is_read_polish58(  # type: ignore[no-untyped-def]
    qtbot, held, window
) -> None:
    FakeMic(window, heard=["bias is error from wrong assumptions"]).release_whole.set()
    spoken_mode(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    home = window.home
    home.preset.setCurrentIndex(home.preset.findData("Custom"))  # the topic list in use
    for round_ in range(2):
        where = home.topics
        where.setFocus()
        qtbot.waitUntil(where.hasFocus, timeout=3000)
        window.start_interview(Plan(counts={"technical": 1}), True)  # as Alt+S does
        wait_state(qtbot, window, State.BRIEFING)
        qtbot.wait(50)
        assert _shown_focus(window) is not None, (round_, QApplication.focusWidget())
        held.finish()  # the introduction
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
        wait_state(qtbot, window, State.ASKING)
        qtbot.wait(50)
        assert _shown_focus(window) is not None, (round_, QApplication.focusWidget())
        held.finish()  # the question
        # nothing answered: the interview ends and Home is back
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, CTRL)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is home, timeout=10000)
