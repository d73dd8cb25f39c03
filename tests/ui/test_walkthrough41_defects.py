"""Defects seen in walkthrough 41 (ux41), a new user's keyboard-only walk through the real
window (fresh data folder, light and dark, 1280x800 and 960x640). Each test fails before its
fix."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor

from simulator.core.interview import State
from simulator.core.plan import Plan
from tests.ui.stand_ins import CTRL, DETECT, PARTIAL, begin_answering, wait_state
from tests.ui.waits import HANG_MS


def _bold_letters(box) -> str:  # type: ignore[no-untyped-def]
    """The letters of ``box`` drawn bold."""
    cursor, bold = QTextCursor(box.document()), []
    text = box.toPlainText()
    for n, letter in enumerate(text):
        cursor.setPosition(n + 1)  # the format of the letter before the cursor
        if cursor.charFormat().fontWeight() > QFont.Weight.Normal:
            bold.append(letter)
    return "".join(bold)


def test_the_answer_after_a_follow_up_is_not_typed_in_bold(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """After a follow-up, "Answer saved" shows both answers under bold labels; the next
    question's answer, typed into the cleared box, came out bold from its first letter (the box
    kept the bold of the label its cursor was left on)."""
    window.start_interview(Plan(counts={"technical": 1, "behavioral": 1}), False)
    page = window.interview
    wait_state(qtbot, window, State.ANSWERING)
    qtbot.keyClicks(page.answer, PARTIAL)
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)
    wait_state(qtbot, window, State.FOLLOW_UP)
    qtbot.keyClicks(page.answer, DETECT)
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)
    wait_state(qtbot, window, State.REVIEWING, HANG_MS)
    labels = "Your answer" + page.follow_up.text()
    assert _bold_letters(page.answer).replace("\n", "") == labels
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)  # the next question
    qtbot.waitUntil(lambda: page._number == 2, timeout=HANG_MS)
    begin_answering(qtbot, window)
    wait_state(qtbot, window, State.ANSWERING)
    qtbot.keyClicks(page.answer, "I led the migration")
    assert page.answer.toPlainText() == "I led the migration"
    assert _bold_letters(page.answer) == ""


STORY = (
    "Last year two engineers on my team disagreed about the feature store design. My task "
    "was to settle it before the planning meeting. I met each of them separately and "
    "listened to their concerns. Then I set up a benchmark on our own data that both agreed "
    "to accept. As a result we chose one design and shipped two weeks early."
)

PROMPT = (
    "Tell me about a time two people on your team disagreed about a technical decision and "
    "you had to settle it. What did you do, and how did it turn out?"
)


def test_a_story_keeps_a_readable_explanation_in_the_smallest_window(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    """Scorecard at 960 x 640, a STAR story selected: its title, the line under it and the four
    STAR bars left the explanation one or two lines (its caption, none of how it was scored).
    The bars go into the explanation there, as every export draws them, and scroll with it; in
    a taller window they are drawn above it as before."""
    from PySide6.QtGui import QFontMetrics

    from simulator.ui.pages.scorecard import EXPLANATION_LINES
    from tests.ui.typed_session import TWO_ANSWERS, open_stored_scorecard, stored_typed_session

    bank = services.bank  # a shipped story question's length: four lines of the panel's title
    bank.questions["beh.conflict"] = bank.get("beh.conflict").model_copy(update={"prompt": PROMPT})
    window.resize(960, 640)
    texts = {"beh.conflict": STORY, **TWO_ANSWERS}  # three categories, as a Full loop
    stored_typed_session(services.storage, services.bank, texts, {"name": "Full loop"})
    _sid, page = open_stored_scorecard(qtbot, window, services, texts)  # compared: a taller top
    page.table.selectRow(0)
    line = QFontMetrics(page.detail.font()).lineSpacing()
    readable = EXPLANATION_LINES * line
    # The rule, whatever the style's margins (a theme applied by an earlier test makes them
    # larger): bars above only when the explanation keeps its lines under them.
    qtbot.waitUntil(page.star_bar.isHidden, timeout=30_000)
    assert page._bars_above is False
    shown = page.detail.toPlainText()
    star = page.scorecard.answers[0].star  # type: ignore[union-attr]
    assert star is not None
    for part in star.parts:  # the bars' figures, in the explanation
        assert f"{part.name.capitalize()}\n" in shown or part.name.capitalize() in shown
        assert f"{part.percent}% (target {part.target}" in shown.replace("\xa0", " "), shown

    window.resize(1280, 1000)  # room for the bars above and the explanation under them
    qtbot.waitUntil(page.star_bar.isVisible, timeout=HANG_MS)
    assert page.detail.viewport().height() >= readable
    assert page.detail.toPlainText().startswith("Share of your words, as scored")
