"""The optional self-rating right after an answer, on the Interview page, by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

from simulator.core.interview import State
from simulator.core.plan import Plan
from tests.ui.waits import HANG_MS

ALT = Qt.KeyboardModifier.AltModifier


def test_alt_digits_rate_the_answer_just_given_and_store_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.services.settings.follow_ups = False
    storage = window.services.storage
    window.start_interview(Plan(counts={"technical": 1, "case": 1}), False)
    page = window.interview
    qtbot.waitUntil(lambda: window.controller.state is State.ANSWERING, timeout=HANG_MS)
    assert not page.self_rating.isVisible()  # nothing to rate before an answer
    qtbot.keyClicks(page.answer, "It memorizes noise; I watch the validation error.")
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.self_rating.isVisible, timeout=HANG_MS)
    assert "Alt+1" in page.hint.text()

    qtbot.keyClick(page.next_button, Qt.Key.Key_2, ALT)
    chosen, other = page.self_rating.buttons[2], page.self_rating.buttons[3]
    assert chosen.isChecked()
    other.resize(chosen.size())  # the chosen one looks chosen: its fill differs
    x, y = chosen.width() // 2, 6
    assert chosen.grab().toImage().pixel(x, y) != other.grab().toImage().pixel(x, y)
    qtbot.waitUntil(lambda: list(storage.ratings().values()) == [2], timeout=5000)
    qtbot.keyClick(page.next_button, Qt.Key.Key_4, ALT)  # changed its mind
    qtbot.waitUntil(lambda: list(storage.ratings().values()) == [4], timeout=5000)
    assert [b.isChecked() for b in page.self_rating.buttons.values()] == [0, 0, 0, 1]
    (answer,) = storage.session(window.controller.session_id).answers
    assert storage.ratings() == {answer.id: 4}  # on the answer, as the Review page stores it
    qtbot.keyClick(page.next_button, Qt.Key.Key_4, ALT)  # again: cleared
    qtbot.waitUntil(lambda: storage.ratings() == {}, timeout=5000)

    page.next_button.click()  # the next question: a fresh, hidden rating row
    qtbot.waitUntil(lambda: window.controller.state is State.ANSWERING, timeout=HANG_MS)
    assert not page.self_rating.isVisible() and page.self_rating.value is None
