"""Unfinished interviews in History, Review and Progress, through the real window (hist58,
issue 8).

An interview stopped part-way (the app closed, a crash, one imported unfinished) was listed in
neither History nor Progress: History listed finished ones only, and Home only the ones it did
not offer to resume. Now History lists every interview with answers, an unfinished one said
"unfinished" in words; Review shows its answers and resumes it when it is the one Home offers
(and says why not of another); its scorecard says "unfinished", not the stored "active"; and
Progress says it counts finished interviews only. By keyboard, as a person goes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from simulator.core.interview import State
from tests.scores import answer_score, session_score
from tests.ui.stand_ins import wait_reached
from tests.ui.waits import HANG_MS

T0 = 1_780_000_000.0
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
PLAN = ["tech.overfit", "beh.conflict"]


def _history(storage):  # type: ignore[no-untyped-def]
    """A finished interview, an older unfinished one and the newest, unfinished (offered)."""
    done = storage.create_session({"name": "Quick practice", "question_ids": PLAN}, T0)
    storage.add_answer(done, PLAN[0], 0, "typed", "It memorizes noise.", score=answer_score(70))
    storage.finish_session(done, session_score(70))
    older = storage.create_session({"name": "Older loop", "question_ids": PLAN}, T0 + 100)
    storage.add_answer(older, PLAN[0], 0, "typed", "Older words.", score=answer_score(50))
    newest = storage.create_session({"name": "Newest loop", "question_ids": PLAN}, T0 + 200)
    storage.add_answer(newest, PLAN[0], 0, "typed", "Newest words.", score=answer_score(60))
    return done, older, newest


def _open_history(qtbot, window):  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.home.preset, Qt.Key.Key_H, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._history, timeout=HANG_MS)
    return window.past.history


def _select(page, session_id: int) -> None:  # type: ignore[no-untyped-def]
    row = next(n for n, r in enumerate(page.model.rows) if r.session_id == session_id)
    page.table.selectRow(row)


def test_history_lists_unfinished_interviews_and_review_resumes_the_offered_one_hist58(  # type: ignore[no-untyped-def]
    qtbot, window, services
) -> None:
    storage = services.storage
    done, older, newest = _history(storage)
    window.refresh_home()
    qtbot.waitUntil(window.home.resume_button.isVisible, timeout=HANG_MS)
    page = _open_history(qtbot, window)
    assert page.model.total == 3, "unfinished interviews were not listed"
    assert page.summary.text() == "3 sessions  ·  2 unfinished"
    scores = {r.session_id: page.proxy.index(n, 4).data() for n, r in enumerate(page.model.rows)}
    assert scores == {done: "70", older: "unfinished", newest: "unfinished"}
    # the cell is wide enough for the word (not elided)
    width = page.table.fontMetrics().horizontalAdvance("unfinished")
    assert page.table.columnWidth(4) >= width + page._cell_padding()

    # Enter: its scorecard says "unfinished", not the stored "active"
    _select(page, older)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    summary = window.scorecard.subtitle.text()
    assert "unfinished" in summary and "active" not in summary, summary
    qtbot.keyClick(window.scorecard.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=HANG_MS)

    # Review of the older one: its answer, and why it is not resumed from here
    _select(page, older)
    qtbot.keyClick(page.table, Qt.Key.Key_R, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._review, timeout=HANG_MS)
    review = window.past.review
    qtbot.waitUntil(lambda: review.unfinished_row.isVisible(), timeout=HANG_MS)
    assert review.replay.transcript.toPlainText() == "Older words."
    assert review.unfinished.text().startswith(
        "Unfinished (1 of 2 questions answered). The interview started on "
    ), review.unfinished.text()
    assert review.unfinished.text().endswith(
        "is resumed first: finish or discard it, then resume this one."
    )
    assert not review.resume_button.isVisible()
    qtbot.keyClick(review.transcript, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=HANG_MS)

    # Review of the finished one: no note
    _select(page, done)
    qtbot.keyClick(page.table, Qt.Key.Key_R, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is review, timeout=HANG_MS)
    qtbot.waitUntil(lambda: review.replay.transcript.toPlainText() == "It memorizes noise.",
                    timeout=HANG_MS)  # fmt: skip
    assert not review.unfinished_row.isVisible()
    qtbot.keyClick(review.transcript, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=HANG_MS)

    # Review of the offered one: Alt+U resumes it at its next question
    _select(page, newest)
    qtbot.keyClick(page.table, Qt.Key.Key_R, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is review, timeout=HANG_MS)
    qtbot.waitUntil(lambda: review.resume_button.isVisible(), timeout=HANG_MS)
    assert review.unfinished.text() == (
        "Unfinished (1 of 2 questions answered). Resume it to answer the rest and have it "
        "scored as a whole."
    )
    qtbot.keyClick(review.transcript, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    wait_reached(qtbot, window, State.PREPARING)
    assert window.controller.session_id == newest
    assert window.controller.interview.current.id == PLAN[1]


def test_progress_says_it_counts_finished_interviews_only_hist58(  # type: ignore[no-untyped-def]
    qtbot, window, services
) -> None:
    storage = services.storage
    _history(storage)
    discarded = storage.create_session({"name": "Dropped", "question_ids": PLAN}, T0 + 50)
    storage.add_answer(discarded, PLAN[0], 0, "typed", "Dropped words.", score=answer_score(20))
    storage.finish_session(discarded, None, status="aborted")
    window.past.open_progress()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._progress, timeout=HANG_MS)
    text = window.past.progress.summary.text()
    assert text.startswith("1 finished session, 1 answer"), text
    assert text.endswith(
        "Finished interviews only: 2 unfinished and 1 discarded not counted (History lists them)."
    ), text


def test_import_completes_the_interview_unfinished_here_and_says_so_hist58(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path, monkeypatch
) -> None:
    from simulator.ui import archive_actions
    from tests.core.test_archive_completes_hist58 import _finished_elsewhere
    from tests.ui.waits import page_notice_text

    storage = services.storage
    sid = storage.create_session({"name": "Loop", "question_ids": ["q1", "q2", "q3"]}, T0)
    storage.add_answer(sid, "q1", 0, "typed", "first answer", score=answer_score(40, "q1"))
    storage.note_time_in(sid, 70.0)
    archive = _finished_elsewhere(tmp_path, storage)
    window.refresh_home()
    qtbot.waitUntil(window.home.resume_button.isVisible, timeout=HANG_MS)
    monkeypatch.setattr(archive_actions, "choose_file", lambda _w, saving, _folder=None: archive)
    window._archive("import_all")
    qtbot.waitUntil(lambda: "completed" in page_notice_text(window.home), timeout=HANG_MS)
    said = page_notice_text(window.home)
    assert said == (
        f"Imported from {archive}: 1 interview completed from the archive (3 new answers)."
    ), said
    (session,) = storage.sessions()
    assert session.id == sid and session.status == "finished"
    qtbot.waitUntil(lambda: not window.home.resume_button.isVisible(), timeout=HANG_MS)


def test_a_row_is_as_tall_as_its_text_wraps_in_the_cell_hist58(  # type: ignore[no-untyped-def]
    qtbot, window, services
) -> None:
    """A column just as wide as a text (the grid line's pixel left out) was measured as one
    line, and the cell wrapped it onto two: the row kept one line and showed "…" (seen at
    960x640 after an import: "evaluation, feature engineering, problem solving, …")."""
    storage = services.storage
    sid = storage.create_session({"name": "Loop", "question_ids": PLAN}, T0)
    storage.add_answer(sid, PLAN[0], 0, "typed", "Words.", score=answer_score(50, PLAN[0]))
    storage.add_answer(sid, PLAN[1], 1, "typed", "Words.", score=answer_score(50, PLAN[1]))
    storage.finish_session(sid, session_score(50))
    page = _open_history(qtbot, window)
    text = page.model.shown(0)[5]
    assert text == "Behavioral, Technical"
    width = page.table.fontMetrics().horizontalAdvance(text)
    page.table.setColumnWidth(5, width + page._cell_padding())  # fits, but for the grid line
    page._fit_rows()
    one_line = page.table.verticalHeader().defaultSectionSize()
    assert page.table.rowHeight(0) > one_line, "the wrapped text was given one line"
