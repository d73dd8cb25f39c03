"""A stored question id of 5,000 characters (an archive, an edited database) is named shortened
in the window (attack run 32): unbroken, it cannot wrap, and the Review page's line and the
window's messages ran off the screen."""

from __future__ import annotations

from tests.scores import answer_score, session_score
from tests.ui.waits import HANG_MS

LONG = "gone." + "q" * 4986 + "-tail.end"  # 5,000 characters


def test_review_and_messages_name_a_long_gone_id_shortened(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    sid = services.storage.create_session({"name": "Quick", "question_ids": [LONG]})
    services.storage.add_answer(sid, LONG, 0, "typed", "An answer kept.",
                                score=answer_score(50, LONG))  # fmt: skip
    services.storage.finish_session(sid, session_score(50))
    window.past.open_review(sid)
    review = window.past.review
    qtbot.waitUntil(lambda: review.isVisible(), timeout=HANG_MS)
    meta = review.meta.text()
    assert "question id gone.qqq" in meta and "-tail.end (5,000 characters)" in meta, meta[:300]
    assert len(meta) < 300
    window._show_error(f"Cannot practise {LONG}: it is no longer in the question bank.")
    shown = window.statusBar().currentMessage()
    assert shown.endswith("-tail.end (5,000 characters): it is no longer in the question bank.")
    assert services.storage.answers(sid)[0].question_id == LONG  # the stored id is kept whole
