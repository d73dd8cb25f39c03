"""Walkthrough 25b (issue 8, keyboard only), through the real window (offscreen): each test
failed on the code before its fix."""

from __future__ import annotations

from PySide6.QtCore import Qt

from simulator.core.interview import State
from simulator.core.plan import Plan
from tests.ui.stand_ins import CTRL, DETECT, type_to_follow_up, wait_state
from tests.ui.waits import HANG_MS

ALT = Qt.KeyboardModifier.AltModifier


def test_the_rating_row_waits_until_the_follow_up_is_answered(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """ "How did it feel?" stayed on the page under the follow-up being answered."""
    page = type_to_follow_up(qtbot, window)
    assert page.follow_up.isVisible()
    assert not page.self_rating.isVisible()  # the question's answers are not done yet
    qtbot.keyClicks(page.answer, DETECT)
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "with the follow-up" in page.feedback.text(), timeout=HANG_MS)
    assert page.self_rating.isVisible()  # now it is offered
    qtbot.keyClick(page.next_button, Qt.Key.Key_3, ALT)
    assert page.self_rating.buttons[3].isChecked()


def test_a_skip_on_purpose_is_not_called_an_answer_with_no_words(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+K read "Skipped (no words, counts as 0)" on the scorecard and in the exports."""
    from simulator.core.export import render

    window.services.settings.follow_ups = False
    window.start_interview(Plan(counts={"technical": 1, "case": 1}), False)
    page = window.interview
    wait_state(qtbot, window, State.ANSWERING)
    qtbot.keyClick(page.answer, Qt.Key.Key_K, CTRL)  # skipped on purpose
    qtbot.waitUntil(lambda: window.controller.interview.index == 1, timeout=5000)
    wait_state(qtbot, window, State.ANSWERING)
    qtbot.keyClicks(page.answer, "I would start from the metric the business cares about.")
    qtbot.keyClick(page.answer, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    card = window.scorecard.scorecard
    assert card is not None
    first = card.answers[0]
    assert first.skipped and first.overall == 0  # counts as 0, as an answer with no words does
    assert first.overall_basis == "on purpose, counts as 0"  # "Skipped (on purpose, ...)"
    assert "on purpose" in card.skip_rule and "no words" in card.skip_rule  # one rule for both
    assert card.skip_rule in window.scorecard.subtitle.text()
    window.scorecard.table.selectRow(0)
    qtbot.wait(50)
    detail = window.scorecard.detail.toPlainText()
    assert "Skipped (on purpose, counts as 0)." in detail
    assert "no words" not in detail.replace(card.skip_rule, "")
    session = window.services.storage.session(window.controller.session_id)
    for fmt in ("html", "md", "json"):
        text = render(fmt, session, window.services.bank)
        assert "on purpose, counts as 0" in text and "no words, counts" not in text, fmt
        assert card.skip_rule in text, fmt  # the one rule, as the page states it
