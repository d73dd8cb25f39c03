"""Walkthrough 35 (ux35, keyboard only, a new user with an empty data folder, in a real X window
at 960x640 and 1600x1000, light and dark: a typed technical interview with a follow-up, an empty
Ctrl+Enter, a skip, pause and resume, a STAR story, ending early, the scorecard, Review, Progress,
Settings, Help, every export opened, quitting mid-interview and resuming): each defect seen
there, through the real window (offscreen here) or the export a person opens."""

from __future__ import annotations

import re

from tests.ui.typed_session import open_stored_scorecard
from tests.ui.waits import HANG_MS

# Every key point of tech.overfit explained, each in one of its phrases only: the scorer gives
# each 85% of its weight (a full answer says a point more than one way), so content is 86.
_ONCE_EACH = (
    "Overfitting is when a model memorizes noise, so it does worse on new data. I detect it "
    "because the validation error rises while training error falls, and I fix it with "
    "regularization because it limits the weights."
)


def test_a_key_point_earning_part_of_its_weight_says_how_much_and_why(  # type: ignore[no-untyped-def]
    qtbot, window, services
) -> None:
    """Scorecard, a typed answer that touched each key point once: 86/100, "key points covered
    85%", and under it every point "✔ … (covered, weight 2)" and "Every key point is covered
    and explained.": nothing on the card said where the other 14 points went. A point earning
    part of its weight says so, with what earns the rest, on the page and in every export."""
    from simulator.core.export.formats import render

    sid, page = open_stored_scorecard(qtbot, window, services, {"tech.overfit": _ONCE_EACH})
    page.table.selectRow(0)
    shown = page.detail.toPlainText()
    assert "86" in shown, shown[:400]
    for label in (
        "Fits noise in the training set",
        "Gap between training and validation error",
        "Regularization or more data",
    ):
        status = re.search(re.escape(label) + r"\s*\(([^)]*)\)", shown)
        assert status and "85%" in status.group(1), status and status.group(1)
    assert "covered once" in shown and "Part of the weight earned (covered once: " in shown, shown
    md = render("md", services.storage.session(sid), services.bank)
    assert "85%" in md, md


def test_the_interrupted_banner_reads_as_a_sentence(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Home after quitting mid-interview: "The interview started 03 Dec, 11:07 was interrupted
    after 1 of 6 answers." (a date and a time where a clause should be). It says which
    interview in words: "The interview you started on 03 Dec at 11:07 was interrupted …"."""
    storage = services.storage
    ids = [f"tech.q{i}" for i in range(6)]
    sid = storage.create_session({"name": "Full loop", "question_ids": ids})
    storage.add_answer(sid, "tech.q0", 0, "typed", "Overfitting is memorizing noise.")
    window.home.offer_resume(storage.session(sid))
    text = window.home.resume_banner.text()
    assert re.match(
        r"The interview you started on \d{4}-\d\d-\d\d at \d\d:\d\d was interrupted", text
    ), text


def test_a_star_reason_writes_i_as_a_capital(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Scorecard and exports, each sentence of a STAR story with why it was read so:
    'Action: I rewrote the flaky joins … ("i rewrote"; "I" + past verb)': the person's own
    words quoted back with "I" in lower case."""
    from simulator.core.export.formats import render

    story = (
        "Last year our team had a pipeline that failed every week. My task was to fix it "
        "before the launch. I rewrote the flaky joins and I added data tests over two sprints. "
        "As a result failures dropped from four a month to zero."
    )
    sid, page = open_stored_scorecard(qtbot, window, services, {"beh.conflict": story})
    page.table.selectRow(0)
    shown = page.detail.toPlainText()
    assert "I rewrote" in shown, shown
    assert not re.search(r"\bi (rewrote|added)\b", shown), shown
    md = render("md", services.storage.session(sid), services.bank)
    assert not re.search(r"\bi (rewrote|added)\b", md), md


def test_a_key_point_shown_in_the_follow_up_says_so(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Scorecard after a follow-up answered well: the point it covered read "You said: “I watch
    the validation error …”", a sentence the answer above it does not hold (it is under
    "Follow-up:" further down): the card did not say the follow-up earned it. It says "You
    said in the follow-up", on the page and in the exports; a point of the first answer keeps
    "You said"."""
    from PySide6.QtCore import Qt

    from simulator.core.export.formats import render
    from tests.ui.stand_ins import CTRL, DETECT, type_to_follow_up

    page = type_to_follow_up(qtbot, window)
    qtbot.keyClicks(page.answer, DETECT)
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "with the follow-up" in page.feedback.text(), timeout=HANG_MS)
    qtbot.keyClick(page.answer, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    card = window.scorecard
    qtbot.waitUntil(lambda: card.table.rowCount() == 1, timeout=HANG_MS)
    card.table.selectRow(0)
    shown = card.detail.toPlainText()
    assert "You said in the follow-up: “I watch the validation error" in shown, shown
    assert "You said: “Overfitting is when it memorizes noise" in shown, shown
    sid = card.scorecard.session_id
    md = render("md", services.storage.session(sid), services.bank)
    assert "you said in the follow-up: “I watch the validation error" in md, md


def test_the_keys_that_scroll_work_on_the_star_bars_too(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Scorecard at 960 x 640, a STAR story selected, Tab from the table: the keyboard lands on
    the STAR bars, above four visible lines of how the story was scored; Page Down and Ctrl+End
    did nothing there (a second Tab was needed, with nothing saying so). The keys that scroll
    the explanation scroll it from the bars too."""
    from PySide6.QtCore import Qt

    story = (
        "Last year two engineers on my team disagreed about the feature store design. My task "
        "was to settle it before the planning meeting. I met each of them separately and "
        "listened to their concerns. Then I set up a benchmark on our own data that both agreed "
        "to accept. As a result we chose one design and shipped two weeks early."
    )
    # the smallest width, tall enough for the bars to stay above the explanation (at 640 px
    # high they may be drawn in it: walkthrough 41)
    window.resize(960, 1000)
    _sid, page = open_stored_scorecard(qtbot, window, services, {"beh.conflict": story})
    page.table.selectRow(0)
    qtbot.waitUntil(page.star_bar.isVisible, timeout=HANG_MS)
    bar = page.detail.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=HANG_MS)
    assert page.star_bar.focusPolicy() & Qt.FocusPolicy.TabFocus  # Tab from the table stops here
    page.star_bar.setFocus()
    qtbot.keyClick(page.star_bar, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(page.star_bar, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(page.star_bar, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == 0


def test_ending_with_questions_still_to_come_asks_first(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+E on question 4 of 6 ended the interview at once: the two questions not yet asked
    were gone for good (an ended interview is not offered to resume), after one stray press
    (E sits beside R and W). With questions still to come it asks first, keeping the
    interview as the keyboard's default; on the last question it ends at once, as before."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox, QPushButton

    from simulator.core.interview import State
    from simulator.core.plan import Plan
    from tests.ui.stand_ins import CTRL, begin_answering

    asked: list[str] = []
    choice = ["endStay"]

    def answer(box: QMessageBox) -> None:
        asked.append(f"{box.text()} {box.informativeText()}")
        box.findChild(QPushButton, choice[0]).click()

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.services.settings.follow_ups = False
    page = window.interview
    window.start_interview(Plan(counts={"technical": 1, "case": 1}), False)
    begin_answering(qtbot, window)
    qtbot.keyClicks(page.answer, "Overfitting memorizes noise in the training data.")
    qtbot.keyClick(page.answer, Qt.Key.Key_E, CTRL)
    assert len(asked) == 1 and "1 question" in asked[0], asked
    assert window.controller.state is State.ANSWERING  # kept going: nothing lost
    assert page.answer.toPlainText() == "Overfitting memorizes noise in the training data."
    choice[0] = "endLeave"
    qtbot.keyClick(page.answer, Qt.Key.Key_E, CTRL)
    assert len(asked) == 2
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    card = window.scorecard.scorecard
    assert card is not None
    assert "Overfitting memorizes noise" in card.answers[0].parts[0].text  # the answer is kept
    from simulator.ui.shortcuts_help import SHORTCUTS_HELP, shortcuts_table

    assert "Ctrl+E" in shortcuts_table(SHORTCUTS_HELP)
    (line,) = [e for e in SHORTCUTS_HELP.split("\n  Ctrl+") if e.startswith("E ")]
    assert "asks first" in line, line  # F1 says so too


def test_ending_on_the_last_question_does_not_ask(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from simulator.core.plan import Plan
    from tests.ui.stand_ins import CTRL, begin_answering

    asked: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box))
    window.services.settings.follow_ups = False
    page = window.interview
    window.start_interview(Plan(counts={"technical": 1}), False)
    begin_answering(qtbot, window)
    qtbot.keyClicks(page.answer, "Overfitting memorizes noise in the training data.")
    qtbot.keyClick(page.answer, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    assert not asked
