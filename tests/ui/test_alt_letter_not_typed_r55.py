"""An Alt+letter no shortcut takes is not typed into the answer (walk55): Alt+V (Home's
*Review answers*) pressed during the thinking countdown typed "v" as the answer and started
it, cutting the thinking time short; pressed while answering it added a "v" to the answer.
Letters without Alt still start and go into the answer; Alt+P (Pause) still works."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from simulator.core.interview import State
from simulator.core.plan import Plan
from simulator.ui.widgets.answer_box import LimitedTextBox
from tests.ui.stand_ins import long_thinking
from tests.ui.waits import HANG_MS

ALT = Qt.KeyboardModifier.AltModifier


@pytest.mark.skipif("sys.platform == 'darwin'", reason="Option+letter types characters there")
def test_alt_letter_in_the_countdown_neither_starts_nor_types_the_answer_r55(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.interview
    long_thinking(window.services.bank)  # the countdown still runs at the next step
    window.start_interview(Plan(counts={"technical": 1}), False)
    qtbot.waitUntil(lambda: window.controller.state is State.PREPARING, timeout=HANG_MS)
    qtbot.waitUntil(page.answer.hasFocus, timeout=2000)
    qtbot.keyClick(page.answer, Qt.Key.Key_V, ALT)
    qtbot.keyClick(page.answer, Qt.Key.Key_Z, ALT)
    assert window.controller.state is State.PREPARING
    assert page.answer.toPlainText() == ""
    qtbot.keyClicks(page.answer, "It")  # typing still starts the answer
    assert window.controller.state is State.ANSWERING
    qtbot.keyClick(page.answer, Qt.Key.Key_Z, ALT)
    assert page.answer.toPlainText() == "It"


@pytest.mark.skipif("sys.platform == 'darwin'", reason="Option+letter types characters there")
def test_alt_letter_is_not_typed_into_a_note_but_altgr_characters_are_r55(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = LimitedTextBox(100)
    qtbot.addWidget(box)
    qtbot.keyClick(box, Qt.Key.Key_Z, ALT)
    assert box.toPlainText() == ""
    # Windows reports AltGr as Ctrl+Alt: the character it makes is typed
    qtbot.keyClick(box, Qt.Key.Key_Q, ALT | Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(box, Qt.Key.Key_A)
    assert box.toPlainText().endswith("a")
