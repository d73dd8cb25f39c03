"""Round 53's left item, seen again in the real window (ux54): after Re-score on the Review page
the result was said twice at once, in the page's notice and in the status line below it, word for
word. It is said once: on the page while the person is there, in the status line only when they
have gone elsewhere (the page's notice would be closed by then)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from simulator.ui.page_notice import NOTICE_NAME, PageNotice
from tests.scores import answer_score, session_score
from tests.ui.waits import HANG_MS

TEXT = "Overfitting memorises noise in the training data; watch the validation error, regularize."


def _session(services) -> int:  # type: ignore[no-untyped-def]
    storage = services.storage
    sid = storage.create_session({"name": "Quick practice", "question_ids": ["tech.overfit"]})
    storage.add_answer(sid, "tech.overfit", 0, "typed", TEXT, score=answer_score(12))
    storage.finish_session(sid, session_score(12))
    return sid


def test_a_rescore_result_is_said_on_the_page_not_again_in_the_status_line_r54(  # type: ignore[no-untyped-def]
    qtbot, window, services
) -> None:
    sid = _session(services)
    past = window.past
    past.open_review(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is past._review, timeout=HANG_MS)
    page = past.review
    window.statusBar().clearMessage()
    qtbot.mouseClick(page.rescore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.findChildren(PageNotice, NOTICE_NAME)), timeout=HANG_MS)
    (notice,) = page.findChildren(PageNotice, NOTICE_NAME)
    said = notice.text.text()
    assert said.startswith("Re-scored 1 answer")
    qtbot.wait(50)
    assert window.statusBar().currentMessage() != said  # not twice on one screen


def test_a_rescore_result_goes_to_the_status_line_when_the_page_was_left_r54(  # type: ignore[no-untyped-def]
    qtbot, window, services
) -> None:
    from simulator.ui import review_jobs

    sid = _session(services)
    past = window.past
    past.open_review(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is past._review, timeout=HANG_MS)
    page = past.review
    told: list[str] = []
    before = review_jobs._rescored

    def rescored(result):  # type: ignore[no-untyped-def]
        window.go_home()  # the person left the page while the job ran
        told.append(before(result))
        return told[-1]

    review_jobs._rescored = rescored
    try:
        qtbot.mouseClick(page.rescore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(told), timeout=HANG_MS)
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == told[-1], timeout=HANG_MS)
    finally:
        review_jobs._rescored = before
