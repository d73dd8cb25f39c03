"""The Review page is built one part per event-loop turn while its session loads (issue 8,
stall64): made and styled in the event that asked for it, the page held the GUI thread 44-76 ms
(round 63, load 17), as the scorecard's page did before it was built in parts."""

from __future__ import annotations

import importlib
import sys

from PySide6.QtWidgets import QWidget

from tests.scores import answer_score, session_score
from tests.ui.waits import HANG_MS


def _names(page: QWidget) -> list[str]:
    return sorted(w.objectName() for w in page.findChildren(QWidget) if w.objectName())


def test_a_staged_review_page_is_the_whole_page_once_its_parts_are_made(window) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.pages.review import ReviewPage

    lane = window.tasks.lane("database")
    whole = ReviewPage(lane, lambda *_: None, lambda *_: None)
    staged = ReviewPage(lane, lambda *_: None, lambda *_: None, staged=True)
    assert whole.built and not staged.built
    assert not _names(staged)  # nothing made yet but the job's bar, unplaced
    steps = 1
    while staged.build_step():
        steps += 1
        assert not staged.built
    assert staged.built and steps >= 4
    assert _names(staged) == _names(whole)
    whole.deleteLater()
    staged.deleteLater()


def test_review_opened_builds_its_page_in_turns_and_shows_the_session_once_whole(  # type: ignore[no-untyped-def]
    qtbot, window, services, monkeypatch
) -> None:
    importlib.import_module("simulator.ui.pages.review")  # as the idle-time warm-up does
    from simulator.ui.pages.review import ReviewPage

    callers: list[str] = []
    step = ReviewPage.build_step

    def recorded(self: ReviewPage) -> bool:
        callers.append(sys._getframe(1).f_code.co_name)
        return step(self)

    monkeypatch.setattr(ReviewPage, "build_step", recorded)
    qid = next(iter(services.bank.questions))
    sid = services.storage.create_session({"name": "Quick", "question_ids": [qid]})
    services.storage.add_answer(sid, qid, 0, "typed", "An answer kept.",
                                score=answer_score(50, qid))  # fmt: skip
    services.storage.finish_session(sid, session_score(50))
    window.past.open_review(sid)
    page = window.past._review
    assert page is not None and not page.built  # the click's event made none of its parts
    qtbot.waitUntil(lambda: page.isVisible(), timeout=HANG_MS)
    assert page.built and window.past.review is page
    # each part made by a turn of its own (the page's timer, or the loaded session waiting
    # for it), never the rest of them at once
    assert len(callers) >= 4 and "finish_build" not in callers, callers
    assert page.question.text() == services.bank.questions[qid].prompt


def test_review_asked_for_before_its_module_was_imported_is_still_built_in_turns(  # type: ignore[no-untyped-def]
    qtbot, window, services, monkeypatch
) -> None:
    """Review opened before the idle time imported its module: nothing is built ahead, and the
    loaded session built the whole page in its own event (40 ms of the GUI thread's CPU with a
    200,000-word answer, review_long_transcript.py at load 14); now in parts there too."""
    from simulator.ui import past_answers
    from simulator.ui.pages.review import ReviewPage

    monkeypatch.setattr(past_answers, "REVIEW_MODULE", "simulator.ui.pages.not_imported_yet")
    callers: list[str] = []
    step = ReviewPage.build_step

    def recorded(self: ReviewPage) -> bool:
        callers.append(sys._getframe(1).f_code.co_name)
        return step(self)

    monkeypatch.setattr(ReviewPage, "build_step", recorded)
    qid = next(iter(services.bank.questions))
    sid = services.storage.create_session({"name": "Quick", "question_ids": [qid]})
    services.storage.add_answer(sid, qid, 0, "typed", "An answer kept.",
                                score=answer_score(50, qid))  # fmt: skip
    services.storage.finish_session(sid, session_score(50))
    window.past.open_review(sid)
    assert window.past._review is None  # nothing built ahead
    qtbot.waitUntil(lambda: window.past._review is not None, timeout=HANG_MS)
    page = window.past._review
    qtbot.waitUntil(lambda: page.isVisible(), timeout=HANG_MS)
    assert page.built
    assert len(callers) >= 4 and "finish_build" not in callers, callers
    assert page.question.text() == services.bank.questions[qid].prompt
