"""Walkthrough 42: after Re-transcribe… the score moved 83 → 86 and the page did not say so: the
result was in the status line for 15 s, while the person looked elsewhere during a long job.
What changed stays at the top of the Review page until the person leaves or dismisses it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from simulator.ui.page_notice import NOTICE_NAME, PageNotice
from tests.scores import answer_score, session_score
from tests.ui.waits import HANG_MS

TEXT = "Overfitting memorises noise in the training data; watch the validation error, regularize."


def test_a_rescore_result_stays_on_the_review_page(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    storage = services.storage
    sid = storage.create_session({"name": "Quick practice", "question_ids": ["tech.overfit"]})
    storage.add_answer(sid, "tech.overfit", 0, "typed", TEXT, score=answer_score(12))
    storage.finish_session(sid, session_score(12))
    past = window.past
    past.open_review(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is past._review, timeout=HANG_MS)
    page = past.review
    qtbot.mouseClick(page.rescore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.findChildren(PageNotice, NOTICE_NAME)), timeout=HANG_MS)
    (notice,) = page.findChildren(PageNotice, NOTICE_NAME)
    assert notice.text.text().startswith("Re-scored 1 answer, 1 changed, overall 12 → ")
    window.statusBar().clearMessage()  # the status line's turn is over: the page still says it
    qtbot.waitUntil(lambda: not page.job.isVisible(), timeout=HANG_MS)
    qtbot.wait(50)
    assert notice.isVisible()
    notice.dismiss.click()
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=5000)  # Dismiss: gone
