"""Review of an answer with a very long follow-up (attack run 42): the follow-up's every word
was written with its marks on the GUI thread (40,000 words froze the window 1.7 s) while the
answer above showed its first words only. A long follow-up now shows its first words too, says
how many are not shown, and a button under it shows every word to read and copy."""

from __future__ import annotations

from simulator.core.transcript import Transcript
from simulator.ui.widgets.transcript_view import SHOWN_CHARS
from tests.ui.recorded import open_review

MAIN = "Overfitting is when the model memorizes noise in the training data."


def test_a_long_follow_up_shows_its_first_words_and_the_rest_is_one_button_away(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from simulator.ui.widgets.whole_answer import WholeAnswerDialog

    storage = services.storage
    long_text = " ".join(f"word{i % 97}" for i in range(40_000))
    sid = storage.create_session({"name": "x", "question_ids": ["tech.bias-variance"]})
    storage.add_answer(sid, "tech.bias-variance", 0, "typed", MAIN)
    storage.add_answer(
        sid, "tech.bias-variance", 0, "typed", long_text, follow_up="And then?",
        transcript=Transcript(long_text).to_dict(),
    )  # fmt: skip
    storage.add_answer(sid, "tech.bias-variance", 0, "typed", "Short.", follow_up="Why?")
    page = open_review(qtbot, window, sid)
    first, second = page.replay.follow_up_answers
    shown = first.toPlainText()
    assert len(shown) < SHOWN_CHARS + 200  # (before: every one of its 40,000 words)
    assert shown.startswith("word0 word1 ") and "Shown: the first " in shown
    assert second.toPlainText() == "Short."
    (whole,) = page.replay.follow_up_wholes  # only the long one has one
    assert whole.isVisibleTo(page)
    whole.click()
    (dialog,) = [d for d in window.findChildren(WholeAnswerDialog) if d.isVisible()]
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == long_text
    dialog.accept()
