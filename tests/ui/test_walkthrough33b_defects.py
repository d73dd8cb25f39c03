"""Walkthrough 33b (ux33b, keyboard only, in a real X window at 960x640 and 1600x1000, light and
dark): each defect seen there, through the real window (offscreen here)."""

from __future__ import annotations

import pytest

from tests.ui.waits import HANG_MS

_TEXTS = {
    "tech.overfit": "Overfitting memorises noise in the training data; regularization helps.",
    "case.spam": "I would label emails, train a classifier on text features and watch precision.",
}


def _review(qtbot, window, services, size: tuple[int, int]):  # type: ignore[no-untyped-def]
    from tests.ui.typed_session import stored_typed_session

    sid = stored_typed_session(services.storage, services.bank, _TEXTS, {"name": "Full loop"})
    window.resize(*size)
    window.show()
    window.past.open_review(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past.review, timeout=HANG_MS)
    page = window.past.review
    qtbot.wait(50)
    return page


@pytest.mark.parametrize("size", [(960, 640), (1600, 1000)])
def test_review_leaves_room_for_how_the_answer_was_scored(qtbot, window, services, size) -> None:  # type: ignore[no-untyped-def]
    """Review at 960x640 left about 170 px for "How this answer was scored" under the page's
    header, beside a 110 px note box and a row for the note's status that is empty most of the
    time. The explanation is what a person came to read: it has at least half of the page's
    height at every size, and the note still shows three lines."""
    page = _review(qtbot, window, services, size)
    qtbot.waitUntil(lambda: page.detail.height() > 0, timeout=HANG_MS)
    assert page.detail.height() >= 0.45 * page.height(), (page.detail.height(), page.height())
    lines = page.note.fontMetrics().lineSpacing() * 3
    assert page.note.height() >= lines, (page.note.height(), lines)
    # the explanation is not squeezed to a ribbon beside a long transcript
    assert page.detail.width() >= 0.38 * page.width(), (page.detail.width(), page.width())
