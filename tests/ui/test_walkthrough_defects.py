"""Defects a new user met walking through the real window by keyboard alone (offscreen here)."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from simulator.core.interview import State
from simulator.core.plan import Plan
from tests.ui.stand_ins import begin_answering, long_thinking, wait_reached
from tests.ui.typed_session import finish_typed_session
from tests.ui.waits import HANG_MS

TEXT = "Overfitting memorizes noise"


@pytest.fixture(autouse=True)
def _app_style() -> None:
    """The app's own style sheet and fonts, as it always starts (sizes depend on them)."""
    from PySide6.QtWidgets import QApplication

    from simulator.ui.style import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light")


def test_typing_during_the_countdown_starts_the_answer_and_keeps_every_key(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Keys typed while the countdown ran were dropped (the box was read-only), so an answer
    begun a second early lost its first words."""
    page = window.interview
    long_thinking(
        window.services.bank
    )  # the countdown still runs at the next step, whatever the load
    window.start_interview(Plan(counts={"technical": 1}), False)
    qtbot.waitUntil(lambda: window.controller.state is State.PREPARING, timeout=HANG_MS)
    qtbot.waitUntil(page.answer.hasFocus, timeout=2000)  # typing goes where the answer goes
    qtbot.keyClicks(page.answer, TEXT)
    assert window.controller.state is State.ANSWERING
    assert page.answer.toPlainText() == TEXT


def test_typing_while_the_question_is_read_starts_the_answer(qtbot, held, window) -> None:  # type: ignore[no-untyped-def]
    page = window.interview
    window.start_interview(Plan(counts={"technical": 1}), True)
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # introduction
    assert window.controller.state is State.ASKING
    qtbot.waitUntil(page.answer.hasFocus, timeout=2000)
    qtbot.keyClicks(page.answer, TEXT)
    assert window.controller.state is State.ANSWERING
    assert page.answer.toPlainText() == TEXT
    held.finish()


def test_a_past_session_on_home_shows_its_score_without_scrolling_sideways(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The row ran past the list's edge, so its score was behind a horizontal scroll bar."""
    finish_typed_session(qtbot, window, TEXT, "Technical deep dive")
    window.go_home()
    history = window.home.history
    qtbot.waitUntil(
        lambda: "answered" in (history.item(0).text() if history.item(0) else ""), timeout=5000
    )
    window.resize(window.minimumSize())
    qtbot.wait(50)
    assert "/100" in history.item(0).text()
    assert history.horizontalScrollBar().maximum() == 0
    assert history.spacing() >= 3  # two-line rows apart from each other


def _skip_the_first_of_two(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A technical and a case question: the first skipped, the second being prepared."""
    window.start_interview(Plan(counts={"technical": 1, "case": 1}), False)
    wait_reached(qtbot, window, State.PREPARING)
    window.controller.skip()
    qtbot.waitUntil(
        lambda: (
            window.interview.progress_label.text().startswith("Question 2")
            and window.controller.state is State.PREPARING
        ),
        timeout=HANG_MS,
    )


def test_a_skipped_answer_s_overall_fits_its_column(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The Overall cell read "skipp…": the column was sized before the style sheet's larger
    font applied."""
    from PySide6.QtGui import QFont, QFontMetrics

    _skip_the_first_of_two(qtbot, window)
    qtbot.keyClicks(window.interview.answer, TEXT)
    window.controller.end(window.interview.answer.toPlainText())
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    table = window.scorecard.table
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=5000)
    item = table.item(1, 5) if table.item(1, 5).text() == "skipped" else table.item(0, 5)
    assert item.text() == "skipped"
    drawn = QFont(table.font())  # the view's font (the style sheet's size), in bold
    drawn.setBold(True)
    needed = QFontMetrics(drawn).horizontalAdvance(item.text())
    assert table.columnWidth(5) >= needed + 12, (table.columnWidth(5), needed)

    # laid out (waited for, not 50 ms: the rows are sized a turn or more later, and a loaded
    # machine was still at the old heights then): no row is taller than its text needs
    def fitted() -> bool:
        return all(
            table.rowHeight(row) <= table.sizeHintForRow(row) + 2 for row in range(table.rowCount())
        )

    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(fitted, timeout=HANG_MS)
    for row in range(table.rowCount()):
        assert table.rowHeight(row) <= table.sizeHintForRow(row) + 2, row


def test_progress_dates_under_a_short_history_are_told_apart(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """With sessions within a day or two, the date axis read "29 Nov, 30 Nov, 30 Nov, 30 Nov,
    30 Nov": five ticks, one format, no way to tell them apart."""
    from PySide6.QtCharts import QCategoryAxis

    finish_typed_session(qtbot, window, TEXT)
    window.past.open_progress()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._progress, timeout=5000)
    page = window.past.progress
    # (typed answers only: the pace and STAR charts draw nothing, and no axis: walkthrough 22)
    for view in (page.scores_chart,):
        (axis,) = [a for a in view.chart().axes() if isinstance(a, QCategoryAxis)]
        labels = axis.categoriesLabels()
        # (a category axis drops a repeated label: count the dates drawn against their times)
        times = {round(axis.endValue(t)) for t in labels}
        assert labels and len(set(labels)) == len(times) == len(labels), labels


def test_an_empty_progress_chart_says_why_it_is_empty(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """After typed technical answers, the pace and STAR charts were blank frames, unexplained."""
    finish_typed_session(qtbot, window, TEXT)
    window.past.open_progress()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._progress, timeout=5000)
    page = window.past.progress
    assert page.scores_chart.chart().title() == "Scores over time"
    assert "spoken answers" in page.delivery_chart.chart().title()
    assert "behavioral answers" in page.star_chart.chart().title()


def test_ctrl_enter_while_the_question_is_read_does_what_the_page_says(qtbot, held, window) -> None:  # type: ignore[no-untyped-def]
    """The hint said "Ctrl+Enter to start answering right away" and the button "Answer now",
    but Ctrl+Enter skipped the reading to the thinking countdown."""
    page = window.interview
    window.start_interview(Plan(counts={"technical": 1}), True)
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.state is State.ASKING
    hint, button = page.hint.text(), page.next_button.text()
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.state is State.PREPARING
    assert "thinking time" in hint and "start typing" in hint.lower(), hint
    assert button == "Skip reading"
    held.finish()


def test_typing_while_the_follow_up_is_read_answers_it(qtbot, held, window) -> None:  # type: ignore[no-untyped-def]
    page = window.interview
    window.start_interview(Plan(counts={"technical": 1}), True)
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.answer, "It memorizes noise.")
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.controller.state is State.ASKING_FOLLOW_UP, timeout=HANG_MS)
    qtbot.waitUntil(page.answer.hasFocus, timeout=2000)
    qtbot.keyClicks(page.answer, TEXT)
    assert window.controller.state is State.FOLLOW_UP
    assert page.answer.toPlainText() == TEXT
    held.finish()


def test_enter_on_a_focused_button_presses_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Tab to *Progress* on Home and press Enter: nothing happened (only Space pressed it)."""
    from PySide6.QtWidgets import QPushButton

    progress = window.home.findChild(QPushButton, "progressButton")
    assert progress is not None
    progress.setFocus()
    qtbot.waitUntil(progress.hasFocus, timeout=1000)
    qtbot.keyClick(progress, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._progress, timeout=5000)


def test_an_interrupted_one_question_session_is_told_in_the_singular(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Home said "interrupted after 0 of 1 answers"."""
    window.start_interview(Plan(counts={"technical": 1}), False)
    wait_reached(qtbot, window, State.PREPARING)
    record = window.services.storage.unfinished_session()
    assert record is not None
    window.home.offer_resume(record)
    # nothing answered yet: no count at all (it read "after 0 of 1 answer. Everything you
    # answered is saved."); a count is in the singular (tests/core/test_interrupted_banner_text)
    text = window.home.resume_banner.text()
    assert "nothing was answered yet" in text and "answers" not in text, text


def test_tab_leaves_the_review_note_instead_of_typing_into_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Tabbing through the Review page stopped in the note: each Tab typed a tab character
    there (and saved it), so the buttons after it were out of reach."""
    finish_typed_session(qtbot, window, TEXT)
    window.past.open_review(window.controller.session_id)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._review, timeout=5000)
    note = window.past.review.note
    note.setFocus()
    qtbot.waitUntil(note.hasFocus, timeout=1000)
    qtbot.keyClick(note, Qt.Key.Key_Tab)
    assert note.toPlainText() == ""
    assert not note.hasFocus()


def test_the_nothing_to_submit_hint_goes_once_something_is_typed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """ "Nothing to submit yet" stayed above an answer being typed until it was sent."""
    from simulator.core.session.engine import EMPTY_HINT

    page = window.interview
    window.start_interview(Plan(counts={"technical": 1}), False)
    begin_answering(qtbot, window)
    qtbot.wait(600)  # past the grace after the countdown
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.notice.isVisible() and page.notice.text() == EMPTY_HINT
    qtbot.keyClicks(page.answer, "Over")
    assert not (page.notice.isVisible() and page.notice.text() == EMPTY_HINT)


def _ink_columns(widget) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """(leftmost, rightmost) column holding text-dark pixels in the widget's own rendering."""
    image = widget.grab().toImage()
    columns = [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y).lightnessF() < 0.3 for y in range(image.height()))
    ]
    return columns[0], columns[-1]


def test_a_focused_check_box_keeps_its_whole_label(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The focus ring's padding was added only on focus: the label moved right and was cut
    ("Technica", "Case stud")."""
    from PySide6.QtWidgets import QCheckBox

    home = window.home
    home.preset.setCurrentIndex(home.preset.findData("Custom"))
    boxes = [b for b in home.findChildren(QCheckBox) if b.isVisible() and b.isEnabled()]
    assert boxes
    for box in boxes:
        window.stack.setFocus()
        qtbot.wait(10)
        left, right = _ink_columns(box)
        box.setFocus()
        qtbot.waitUntil(box.hasFocus, timeout=1000)
        focused_left, focused_right = _ink_columns(box)
        # Moved by the same amount at both ends: nothing of the label was cut off.
        assert focused_right - right == focused_left - left, box.text()


def test_the_plan_summary_names_topics_as_the_list_shows_them(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The list says "bias variance", the line under the plan said "bias-variance"."""
    home = window.home
    home.preset.setCurrentIndex(home.preset.findData("Custom"))
    topic = next(
        home.topics.item(i) for i in range(home.topics.count()) if " " in home.topics.item(i).text()
    )
    topic.setSelected(True)
    assert f"on {topic.text()}" in home.summary.text()


def test_the_scorecard_names_the_topic_as_every_other_page(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Interview, Review and History say "learning paradigms"; the Scorecard said
    "learning-paradigms"."""
    finish_typed_session(qtbot, window, TEXT)
    card = window.scorecard
    qtbot.waitUntil(lambda: bool(card.detail_meta.text()), timeout=5000)
    question = window.services.bank.get(card.scorecard.answers[0].question_id)
    assert "-" in question.topic  # the small pack's topic has a hyphen
    assert question.topic.replace("-", " ") in card.detail_meta.text()
    assert question.topic not in card.detail_meta.text()


def test_the_window_fits_a_small_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    """On a 1024x680 screen the 1200x780 window ran past the bottom edge: the Scorecard's
    Export and Home buttons were out of sight."""
    from PySide6.QtCore import QSize

    from simulator.ui.main_window import fitted_size

    default, minimum = QSize(1200, 780), QSize(960, 640)
    small = fitted_size(default, minimum, QSize(1024, 680))
    assert small.width() <= 1024 - 24 and small.height() <= 680 - 30  # room for a frame
    assert small.width() >= 960 and small.height() >= 640
    assert fitted_size(default, minimum, QSize(1920, 1050)) == default


def test_the_attempts_pickers_stand_apart_from_their_words(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """ "Compare" and "with" touched the boxes beside them."""
    from PySide6.QtWidgets import QLabel

    finish_typed_session(qtbot, window, TEXT)
    window.past.open_attempts("tech.overfit")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._attempts, timeout=5000)
    page = window.past._attempts
    words = {w.text().replace("&", ""): w for w in page.findChildren(QLabel)}
    gap_before = page.earlier.geometry().left() - words["Compare"].geometry().right()
    gap_after = page.later.geometry().left() - words["with"].geometry().right()
    assert gap_before >= 6 and gap_after >= 6, (gap_before, gap_after)


def test_a_section_title_lines_up_with_the_text_under_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    """ "Follow-up: …" stood 5 px right of the question above it, "What to work on next" right
    of its tips: a style-sheet margin gave those labels a frame, and Qt indents framed text."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from simulator.ui.widgets.common import label

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    title, plain = label("Hello", "sectionTitle"), label("Hello")
    layout.addWidget(title)
    layout.addWidget(plain)
    box.resize(300, 100)
    box.ensurePolished()
    layout.activate()
    title_left = title.mapTo(box, title.rect().topLeft()).x() + _ink_columns(title)[0]
    plain_left = plain.mapTo(box, plain.rect().topLeft()).x() + _ink_columns(plain)[0]
    assert abs(title_left - plain_left) <= 1, (title_left, plain_left)


def test_a_category_scoring_0_shows_a_0_on_the_scorecard_chart(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """A skipped category left an empty slot in the chart: Qt draws no label on a bar of
    height 0, so nothing said it scored 0. (A technical answer and a skipped case: two
    categories, so the chart is drawn; a session of one category scoring the overall's own 0
    draws none since ui67, ``Scorecard.chart_tells_more``.)"""
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    from tests.ui.typed_session import TWO_ANSWERS, open_stored_scorecard

    open_stored_scorecard(qtbot, window, services, {**TWO_ANSWERS, "case.spam": ""})
    assert window.scorecard.scorecard.chart_tells_more
    view = window.scorecard.chart
    per_category = window.scorecard.scorecard.per_category
    zero = next(i for i, c in enumerate(per_category) if c.score == 0)
    qtbot.wait(50)  # laid out
    chart = view.chart()
    plot = chart.plotArea()
    zeros = [
        item
        for item in view.scene().items()
        if isinstance(item, QGraphicsSimpleTextItem) and item.text() == "0" and item.isVisible()
    ]
    assert len(zeros) == 1, "no 0 drawn for the category that scored 0"
    box = zeros[0].sceneBoundingRect()
    band = plot.width() / len(per_category)
    assert plot.left() + zero * band <= box.center().x() <= plot.left() + (zero + 1) * band
    assert plot.top() <= box.top() and box.bottom() <= plot.bottom() + 1  # above the axis
    label = per_category[zero].label
    assert f"{label}: 0 of 100" in view.accessibleDescription()


def test_a_typed_answer_s_review_shows_its_own_keys_and_its_follow_up(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The legend of a typed answer listed filler, pause, STAR and pace marks it cannot have,
    and the follow-up's answer was only in the scoring notes on the right."""
    page = window.interview
    window.start_interview(Plan(counts={"technical": 1}), False)
    wait_reached(qtbot, window, State.PREPARING)
    qtbot.keyClicks(page.answer, "It memorizes noise.")
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.controller.state is State.FOLLOW_UP, timeout=HANG_MS)
    follow_up = page.follow_up.text().removeprefix("Follow-up: ")
    window.controller.end("Regularization and more data help against it.")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    window.past.open_review(window.controller.session_id)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._review, timeout=5000)
    review = window.past.review

    shown = QTextDocument()
    shown.setHtml(review.legend.text())
    legend = shown.toPlainText()  # what is read ("white-space" in the markup holds "pace")
    for key in ("filler", "pause", "STAR", "pace"):
        assert key not in legend, key
    heading = review.replay.follow_up_titles[0]
    assert heading.isVisible() and heading.text() == f"Follow-up: {follow_up}"
    answer = review.replay.follow_up_answers[0]
    assert answer.isVisible()
    assert "Regularization and more data" in answer.toPlainText()
    assert answer.accessibleName().startswith("Follow-up answer")
    left = review.transcript.mapTo(window, review.transcript.rect().bottomLeft())
    assert heading.mapTo(window, heading.rect().topLeft()).y() >= left.y()  # below the answer
    review.transcript.setFocus()
    qtbot.waitUntil(review.transcript.hasFocus, timeout=1000)
    qtbot.keyClick(review.transcript, Qt.Key.Key_Tab)
    assert answer.hasFocus(), "Tab from the answer does not reach its follow-up"
