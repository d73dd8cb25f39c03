"""The walkthrough of round 64 (issue 8, walk64): a new user's keyboard-only walk through the
app in the real window (fresh data folder, 960 x 640 and 1400 x 900, light and dark), and the
defects round 63 left. Each test fails before its fix."""

from __future__ import annotations

from simulator.core.interview import State
from tests.ui.waits import HANG_MS

GONE_PROMPT = "A question whose pack was removed after the interview asked it?"


def test_resume_goes_on_with_a_question_removed_from_the_packs_as_it_was_asked(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    """An interview asked a question, then its pack was removed (the session keeps the
    question whole since schema 9). Resume said "This interview cannot go on: my.gone is no
    longer in the question bank ... Put the pack back", though the scorecard and Review showed
    that question as asked. It goes on with the question as asked, and says so."""
    bank = services.bank
    kept = bank.questions["tech.overfit"]
    gone = bank.questions["case.spam"].model_copy(update={"id": "my.gone", "prompt": GONE_PROMPT})
    sid = services.storage.create_session(
        {"name": "Custom", "question_ids": ["tech.overfit", "my.gone"]}, asked=[kept, gone]
    )
    services.storage.add_answer(sid, "tech.overfit", 0, "typed", "Overfitting memorises noise.")
    window.resume_session(sid)
    qtbot.waitUntil(
        lambda: (
            window.controller.state is not State.IDLE
            or "cannot go on" in window.home.interrupted.message.text()
        ),
        timeout=HANG_MS,
    )
    assert "cannot go on" not in window.home.interrupted.message.text()
    page = window.interview
    qtbot.waitUntil(lambda: page.question.text() == GONE_PROMPT, timeout=HANG_MS)
    notice = page.notice.text()
    assert notice.startswith("Question 2 is no longer in your question packs"), notice
    assert "as they were asked" in notice
