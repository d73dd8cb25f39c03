"""Defects met in the twenty-seventh keyboard-only walkthrough of the real window (offscreen here)."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from simulator.ui.pages.scorecard import COLUMNS, QUESTION_MIN_WIDTH
from tests.ui.recorded import spoken_session
from tests.ui.typed_session import stored_typed_session
from tests.ui.waits import HANG_MS

CHANGE = COLUMNS.index("Change")
TYPED = {
    "tech.overfit": "Overfitting is when the model memorises noise in the training data, so "
    "the validation error is much higher than the training error.",
    "beh.conflict": "I disagreed with a colleague about the release date. I set up a meeting, "
    "listened to his reasons and proposed a staged launch. We shipped a week later with no "
    "incident.",
}


def _shown(table) -> list[str]:  # type: ignore[no-untyped-def]
    return [COLUMNS[c] for c in range(len(COLUMNS)) if not table.isColumnHidden(c)]


def _open_in_the_smallest_window(qtbot, window, sid: int, rows: int):  # type: ignore[no-untyped-def]
    window.resize(window.minimumSize())
    window.open_scorecard(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    table = window.scorecard.table
    qtbot.waitUntil(lambda: table.rowCount() == rows, timeout=5000)
    QApplication.processEvents()
    return table


def test_a_compared_scorecard_keeps_the_question_column_readable(
    qtbot, themed, window, services, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """At 960 x 640, a scorecard compared with an earlier session of the same plan showed
    Content, Structure, Delivery, Overall and Change beside a STAR detail: the Question column
    was ~35 px, one broken word a line ("1. / Can / you / precis…"), its header cut to
    "Questio". Change gives way first (the detail's first line tells it, with what it is
    against), as Category already did."""
    storage, bank = services.storage, services.bank
    spoken_session(storage, bank, data_dir / "recordings" / "a.wav")
    sid, _ids = spoken_session(storage, bank, data_dir / "recordings" / "b.wav")
    table = _open_in_the_smallest_window(qtbot, window, sid, 2)
    assert window.scorecard.scorecard.previous is not None  # compared
    assert table.columnWidth(0) >= QUESTION_MIN_WIDTH, (table.columnWidth(0), _shown(table))
    assert not table.horizontalScrollBar().isVisible()
    page = window.scorecard
    # Two answers: the table is above the explanation, the page's width (ui68), and every
    # column keeps its room; beside the explanation (three answers or more) Change and
    # Category give way first (test_walkthrough43_defects)
    assert page._table_above
    assert _shown(table) == list(COLUMNS), _shown(table)
    table.selectRow(1)
    assert "(this question, last time)" in page.detail_meta.text()  # the change, still told
    bars = page.star_bar  # (a story's bars, above its explanation, whole; else in it)
    assert bars.isHidden() or bars.height() >= bars.minimumSizeHint().height()
    window.resize(1600, 1000)  # with room, the change has its column back
    qtbot.waitUntil(lambda: not table.isColumnHidden(CHANGE), timeout=5000)


def test_score_columns_no_answer_has_a_value_in_take_no_room(
    qtbot, themed, window, services, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """A typed session's Delivery column read "–" on every row and took ~80 px from the
    questions; a session of technical questions alone had the same empty Structure column."""
    storage, bank = services.storage, services.bank
    plan = {"name": "Typed loop"}
    stored_typed_session(storage, bank, TYPED, plan)
    sid = stored_typed_session(storage, bank, TYPED, plan)
    table = _open_in_the_smallest_window(qtbot, window, sid, 2)
    assert "Delivery" not in _shown(table) and "Content" in _shown(table)
    assert "Structure" in _shown(table)  # the behavioral answer has one
    assert table.columnWidth(0) >= QUESTION_MIN_WIDTH
    technical = stored_typed_session(storage, bank, {"tech.overfit": TYPED["tech.overfit"]}, {})
    table = _open_in_the_smallest_window(qtbot, window, technical, 1)
    assert "Content" in _shown(table) and "Structure" not in _shown(table)


LONG_TIPS = [
    'Revisit evaluation: explain "ROC plots true positive rate against false positive rate '
    'across thresholds".',
    "Answer the question asked: your story for teamwork never shows it.",
    "In case questions, walk through every step; missed: trade-offs, monitoring and the "
    "baseline you would compare with.",
]


def test_long_tips_leave_the_star_rows_whole_in_the_smallest_window(
    qtbot, themed, window, services, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """At 960 x 640 a compared scorecard with three tips of two lines each made the header
    ~300 px tall: the selected STAR answer's Result row was cut in half and the explanation
    under it squeezed to one line. The tips scroll once they would take too much height."""
    from dataclasses import replace

    storage, bank = services.storage, services.bank
    bank.questions["beh.conflict"] = bank.get("beh.conflict").model_copy(
        update={"prompt": "Tell me about a time you had to work with a difficult team member. "
                "What did you do about it?"}
    )  # fmt: skip
    spoken_session(storage, bank, data_dir / "recordings" / "a.wav")
    sid, _ids = spoken_session(storage, bank, data_dir / "recordings" / "b.wav")
    table = _open_in_the_smallest_window(qtbot, window, sid, 2)
    page = window.scorecard
    card = page.scorecard
    assert card is not None
    page.show_scorecard(replace(card, tips=LONG_TIPS))
    table.selectRow(0)  # the behavioral answer
    QApplication.processEvents()
    if page.star_bar.isVisible():
        assert page.star_bar.height() >= page.star_bar.sizeHint().height()
        star_bottom = page.star_bar.mapTo(page, page.star_bar.rect().bottomLeft()).y()
        assert star_bottom <= page.detail.mapTo(page, page.detail.rect().topLeft()).y()
    else:  # too short for the rows above the explanation: drawn in it (walkthrough 41)
        assert "STAR structure\nSituation" in page.detail.toPlainText()
    assert page.detail.height() >= 60  # the explanation reads more than a line
    assert page.tips.text().count("•") == 3  # every tip is there (scrolled if need be)


def test_scrolled_tips_show_whole_lines(qtbot, themed, window, services, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Scrolled in the smallest window, the tips showed the top half of their fourth line
    ("• Prepare two or three stories with numbers" cut through its letters): the visible
    height is a whole number of lines."""
    from dataclasses import replace

    storage, bank = services.storage, services.bank
    spoken_session(storage, bank, data_dir / "recordings" / "a.wav")
    sid, _ids = spoken_session(storage, bank, data_dir / "recordings" / "b.wav")
    _open_in_the_smallest_window(qtbot, window, sid, 2)
    page = window.scorecard
    card = page.scorecard
    assert card is not None
    page.show_scorecard(replace(card, tips=LONG_TIPS * 2))
    QApplication.processEvents()
    scroll = page.tips_scroll
    line = math.ceil(QFontMetricsF(page.tips.font()).lineSpacing())  # 17 px, as laid out
    margins = page.tips.contentsMargins()
    for height in range(640, 640 + line):  # whatever the window's height
        window.resize(960, height)
        qtbot.waitUntil(lambda h=height: window.height() == h, timeout=2000)  # type: ignore[misc]
        QApplication.processEvents()
        assert scroll.verticalScrollBar().maximum() > 0  # it does scroll
        shown = scroll.viewport().height() - margins.top() - margins.bottom()
        assert shown % line == 0, (height, shown, line)


def test_the_status_bar_goes_once_its_message_has(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """After a passing message ("Session deleted", "End the interview first"), an empty status
    bar with a size grip stayed at the window's foot for good: every page lost 22 px of
    height, which the smallest window's scorecard needs. It shows while a message does."""
    bar = window.statusBar()
    full = window.stack.height()
    bar.showMessage("Session deleted (no recording removed).", 50)
    qtbot.waitUntil(bar.isVisible, timeout=2000)
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=5000)
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=2000)
    qtbot.waitUntil(lambda: window.stack.height() == full, timeout=2000)


def test_discarding_says_where_the_answers_still_count(
    qtbot, window, services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Discard asked "The answers you gave stay saved: History, Review and Progress keep them",
    and then Progress read "0 finished sessions, 0 answers" (it counts finished interviews
    only, as the review schedule does). The question says only what is so."""
    from simulator.core.progress import build_progress
    from tests.scores import answer_score

    storage = services.storage
    sid = storage.create_session({"name": "Quick practice", "question_ids": ["tech.overfit"]})
    storage.add_answer(sid, "tech.overfit", 0, "typed", "noise", score=answer_score(40))
    asked: list[str] = []
    monkeypatch.setattr(window.past, "confirm", lambda _title, text: asked.append(text) or True)
    window.discard_session(sid)
    qtbot.waitUntil(lambda: storage.session(sid).status == "aborted", timeout=5000)
    (text,) = asked
    sessions, answers = storage.progress_rows()
    counted = build_progress(sessions, answers, {}).answers if answers else 0
    assert "History" in text and "Review" in text
    assert ("Progress keep" in text) == bool(counted), text
    assert "finished" in text  # what Progress counts, said


def test_practise_again_shows_the_change_of_each_answer(
    qtbot, window, services, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """A "Practise again" session has no earlier session of its own plan, so its scorecard had
    no Change column, though the detail read "-27 vs 92 on ... (this question, last time)":
    the one thing practising again is for was a click away. The column shows whenever an
    answer has an earlier one."""
    storage, bank = services.storage, services.bank
    stored_typed_session(storage, bank, {"tech.overfit": TYPED["tech.overfit"]}, {"name": "A"})
    again = stored_typed_session(
        storage, bank, {"tech.overfit": "It memorises noise."}, {"name": "Practise again"}
    )
    window.open_scorecard(again)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    table = window.scorecard.table
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=5000)
    QApplication.processEvents()
    card = window.scorecard.scorecard
    assert card is not None and card.previous is None  # no earlier "Practise again"
    (answer,) = card.answers
    assert answer.change is not None
    assert not table.isColumnHidden(CHANGE)
    assert table.item(0, CHANGE).text() == f"{answer.change:+d}"
