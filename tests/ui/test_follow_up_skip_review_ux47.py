"""Review of a question whose follow-up was skipped with Ctrl+K (walkthrough 46, left): the
follow-up's box said "(no answer was given)", where the scorecard says it was skipped and how
the question is scored then. Both say it in the same words now."""

from __future__ import annotations

from simulator.core.transcript import SKIPPED_ON_PURPOSE, Transcript
from tests.ui.recorded import open_review

MAIN = "Overfitting is when the model memorizes noise in the training data."
ASKED = "How would you detect it in practice?"


def test_the_follow_up_box_says_it_was_skipped(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    storage = services.storage
    sid = storage.create_session({"name": "x", "question_ids": ["tech.bias-variance"]})
    storage.add_answer(sid, "tech.bias-variance", 0, "typed", MAIN)
    storage.add_answer(
        sid, "tech.bias-variance", 0, "skipped", "", follow_up=ASKED,
        transcript=Transcript("", engine=SKIPPED_ON_PURPOSE).to_dict(),
    )  # fmt: skip
    page = open_review(qtbot, window, sid)
    (title,) = page.replay.follow_up_titles
    (box,) = page.replay.follow_up_answers
    assert title.text() == f"Follow-up: {ASKED}"
    said = box.toPlainText()
    assert said.startswith("(Skipped") and "first answer" in said, said
    assert said in page.detail.toPlainText().replace("\u2029", "\n")  # the scorecard's words


def test_a_question_skipped_on_purpose_says_so_in_words_as_its_explanation(  # type: ignore[no-untyped-def]
    qtbot, window, services
) -> None:
    """Its box said "(no answer was given)" beside "Skipped (on purpose, counts as 0)."
    (walkthrough 47): one thing said two ways on one page."""
    storage = services.storage
    sid = storage.create_session({"name": "x", "question_ids": ["tech.bias-variance"]})
    storage.add_answer(
        sid, "tech.bias-variance", 0, "skipped", "",
        transcript=Transcript("", engine=SKIPPED_ON_PURPOSE).to_dict(),
    )  # fmt: skip
    page = open_review(qtbot, window, sid)
    said = page.replay.transcript.toPlainText()
    assert said == "(Skipped: on purpose, counts as 0.)", said
    assert "on purpose, counts as 0" in page.detail.toPlainText()
