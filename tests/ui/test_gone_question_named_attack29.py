"""Attack run of round 29: an answer to a question no longer in the packs (its pack removed).
The Review page's line under the question said only 'typed  ·  50/100': nothing told which
question it had been, so which pack to put back (the scorecard and every export now name it)."""

from __future__ import annotations

from tests.scores import answer_score, session_score
from tests.ui.waits import HANG_MS


def test_review_names_the_id_of_a_question_gone_from_the_packs(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    from simulator.core.tables import QUESTION_GONE

    sid = services.storage.create_session({"name": "Quick", "question_ids": ["my.gone"]})
    services.storage.add_answer(sid, "my.gone", 0, "typed", "An answer kept.",
                                score=answer_score(50, "my.gone"))  # fmt: skip
    services.storage.finish_session(sid, session_score(50))
    window.past.open_review(sid)
    review = window.past.review
    qtbot.waitUntil(lambda: review.isVisible(), timeout=HANG_MS)
    assert review.question.text() == QUESTION_GONE
    assert review.meta.text().startswith("Technical  ·  question id my.gone  ·  typed"), (
        review.meta.text()
    )
    assert services.storage.answers(sid)[0].text == "An answer kept."
