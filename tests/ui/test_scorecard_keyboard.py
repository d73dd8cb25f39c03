"""The Scorecard by keyboard and at its usual size (issue 12, items 17 and 19): Tab reaches
the detail (transcript, model answer) and the keys scroll it; the Question column is the widest
and Change only shows when there is a session to compare with."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_focus_outline import _ring_change

from simulator.core.scoring import score_answer, score_session
from simulator.core.transcript import Transcript
from simulator.ui.style import apply_theme

LONG = (
    "It memorizes the noise of the training set rather than the signal, so validation error "
    "rises while training error keeps falling; I would regularize and get more data. "
) * 4


def _finished(services) -> int:  # type: ignore[no-untyped-def]
    storage, bank = services.storage, services.bank
    ids = ["tech.overfit", "beh.conflict", "case.spam"]
    sid = storage.create_session({"name": "Full loop", "question_ids": ids})
    items = []
    for i, qid in enumerate(ids):
        score = score_answer(bank.get(qid), Transcript(text=LONG))
        storage.add_answer(sid, qid, i, "typed", LONG, score=score)
        items.append((bank.get(qid), score))
    storage.finish_session(sid, score_session(items))
    return sid


def test_tab_reaches_the_detail_and_the_keys_scroll_it(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    window.open_scorecard(_finished(services))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=5000)
    page = window.scorecard
    qtbot.waitUntil(page.table.hasFocus, timeout=3000)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light")
    before = page.detail.grab().toImage()
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert page.detail.hasFocus()
    share, contrast = _ring_change(before, page.detail.grab().toImage())
    assert share > 0.3 and contrast >= 3.0  # and it shows
    bar = page.detail.verticalScrollBar()
    assert bar.maximum() > 0  # there is more than fits: the model answer is below
    qtbot.keyClick(page.detail, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(page.detail, Qt.Key.Key_Tab)
    assert not page.detail.hasFocus()  # Tab leaves it again


def test_the_question_column_is_the_widest(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    window.open_scorecard(_finished(services))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=5000)
    table = window.scorecard.table
    assert table.isColumnHidden(table.columnCount() - 1)  # nothing to compare with
    widths = [
        table.columnWidth(c) for c in range(1, table.columnCount()) if not table.isColumnHidden(c)
    ]
    assert table.columnWidth(0) >= 1.5 * max(widths), (table.columnWidth(0), widths)
