"""Defects met in the twenty-fifth keyboard-only walkthrough of the real window (offscreen here)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from simulator.core.interview import State
from simulator.core.plan import Plan
from simulator.ui.pages.scorecard import DETAIL_READABLE_LINES_WIDE
from tests.ui.stand_ins import CTRL, wait_reached, wait_state
from tests.ui.typed_session import finish_typed_session
from tests.ui.waits import HANG_MS

ANSWER = (
    "Overfitting is when the model memorizes noise in the training data. I compare training "
    "and validation error on a held-out set."
)


def smallest_scorecard_ended_early(qtbot, window):  # type: ignore[no-untyped-def]
    """The scorecard at 960 x 640 of an interview of three questions ended on the third: one
    typed answer, one skipped."""
    window.services.settings.follow_ups = False
    window.resize(window.minimumSize())
    window.start_interview(Plan(counts={"technical": 1, "behavioral": 1, "case": 1}), False)
    page = window.interview
    wait_reached(qtbot, window, State.PREPARING)
    qtbot.keyClicks(page.answer, ANSWER)
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)
    wait_state(qtbot, window, State.REVIEWING)
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)  # the next question
    wait_reached(qtbot, window, State.PREPARING)
    qtbot.keyClick(page, Qt.Key.Key_K, CTRL)  # skipped
    wait_reached(qtbot, window, State.PREPARING)
    window.controller.end()  # ended early, on the third
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    card = window.scorecard
    qtbot.waitUntil(lambda: card.table.rowCount() == 2, timeout=5000)
    return card


def test_the_scorecard_detail_has_room_to_read_in_the_smallest_window(
    qtbot, themed, window
) -> None:  # type: ignore[no-untyped-def]
    """At 960 x 640 the scorecard's header took 350 px of 640: its text column was squeezed to
    370 px beside a 380 px chart of one lone bar, so the overall's rule and the tips wrapped
    to a dozen lines, and the selected answer's detail showed three lines of text."""
    page = smallest_scorecard_ended_early(qtbot, window)
    QApplication.processEvents()
    lines = page.detail.viewport().height() / page.detail.fontMetrics().lineSpacing()
    # Two answers: the table above the detail, the detail the page's width, where a line holds
    # what two held beside the table (ui68)
    assert page._table_above
    assert page._detail_panel.width() >= page._split.width() - 1
    assert lines >= DETAIL_READABLE_LINES_WIDE, lines
    # Since walkthrough 30 the tips may take room the table and detail can spare (their fourth
    # line was hidden behind 'scroll'): with some questions drawn the header reached 250 px of
    # 618 (0.405), the detail still showing ten lines or more (asserted above). How many lines
    # the tips wrap to depends on the machine's fonts: 267 px here, 284 (0.46) on the CI machine,
    # where this bound was 0.45 and failed with the detail still readable. The header never
    # takes more than half the page.
    assert page._split.geometry().top() <= 0.5 * page.height(), page._split.geometry()
    # the chart stays whole beside the text
    assert page.chart.isVisible() and page.chart.width() >= 150


def test_the_history_search_says_what_it_searches_in_the_smallest_window(
    qtbot, themed, window
) -> None:  # type: ignore[no-untyped-def]
    """At 960 x 640 History's search box read "Search what you said …": its placeholder was cut
    between the filters beside it. It is whole, and the filter row still fits the page."""
    window.resize(window.minimumSize())
    finish_typed_session(qtbot, window, ANSWER, name="Technical deep dive")
    window.past.open_history()
    page = window.past.history
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=HANG_MS)
    QApplication.processEvents()
    search = page.search
    text = search.placeholderText()
    room = search.width() - 44  # its frame, margins and clear button
    assert search.fontMetrics().horizontalAdvance(text) <= room, (text, search.width())
    spin = page.min_score
    right = spin.mapTo(page, spin.rect().topRight()).x()
    assert right <= page.width() - 20, (right, page.width())


def test_an_answer_not_scored_yet_says_so(window, services) -> None:  # type: ignore[no-untyped-def]
    """On a busy machine a spoken answer's page said "Answer saved", "Ctrl+Enter for the next
    question" for seconds with no score, and then a follow-up took the page: until the score
    is in, the hint says it is being scored."""
    from simulator.core.session import events as ev
    from tests.scores import answer_score

    page = window.interview
    first, second = list(services.bank.questions.values())[:2]
    page.render_event(ev.QuestionShown(first, 1, 2))
    page.render_event(ev.StateChanged(State.TRANSCRIBING, State.REVIEWING))
    assert page.hint.text().startswith("Scoring your answer…"), page.hint.text()
    assert "Ctrl+Enter for the next question" in page.hint.text()  # it may still go on
    page.render_event(ev.AnswerReviewed(1, answer_score(70), False))
    assert "Scoring" not in page.hint.text()
    assert page.hint.text().startswith("Ctrl+Enter for the next question")
    page.render_event(ev.QuestionShown(second, 2, 2))  # a spoken answer with no words
    page.render_event(ev.StateChanged(State.TRANSCRIBING, State.REVIEWING))
    assert page.hint.text().startswith("Scoring your answer…")
    page.render_event(ev.AnswerSkipped(2, "no words were given"))
    assert "Scoring" not in page.hint.text()


def test_the_scorecard_says_in_words_what_a_wrong_claim_cost(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The detail of an answer with a misconception read "1 misconception(s), 0 contradicted
    key point(s): x0.50 - 15": a new user could not tell what the numbers did to the score."""
    finish_typed_session(
        qtbot, window, "Overfitting means high bias. It memorizes noise in the training data."
    )
    page = window.scorecard
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    detail = page.detail.toPlainText()
    assert "1 misconception:" in detail, detail  # (no "(s)" since walkthrough 33)
    assert "each multiplies the score and takes points off (x0.50 - 15 points)" in detail, detail


def test_home_s_topic_list_uses_a_tall_window(qtbot, themed, window) -> None:  # type: ignore[no-untyped-def]
    """At 1920 x 1080 Home's topic list stayed 150 px high (8 of 40 topics, a scroll bar) above
    500 px of empty page. It grows with the window, up to all its topics, and Start stays in
    sight under it; in the smallest window everything still fits."""
    from simulator import paths
    from simulator.core.questions import load_packs

    home = window.home
    big = load_packs([paths.bundled_packs_dir()])  # the real bank's topics
    home.set_bank(big)
    window.resize(1920, 1080)
    QApplication.processEvents()
    topics = home.topics
    shown = topics.viewport().height() / topics.sizeHintForRow(0)
    assert shown >= min(topics.count(), 30), (shown, topics.count(), topics.height())
    start = home.start_button
    assert start.isVisible() and start.mapTo(home, start.rect().bottomLeft()).y() <= home.height()
    window.resize(window.minimumSize())
    QApplication.processEvents()
    assert start.mapTo(home, start.rect().bottomLeft()).y() <= home.height()
    assert topics.height() >= 60
