"""A long answer's box in Review says how many of its words it shows, of how many, and where
the rest is (perf55): it said "N more words are not shown here", the answer's length left to
be worked out, and a long follow-up's box named no way to the rest."""

from __future__ import annotations

from simulator.core.transcript import Transcript
from tests.ui.recorded import open_review


def test_a_long_answer_says_how_many_of_its_words_are_shown_r55(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    storage = services.storage
    long_text = " ".join(f"word{i % 97}" for i in range(30_000))
    sid = storage.create_session({"name": "x", "question_ids": ["tech.bias-variance"]})
    storage.add_answer(
        sid, "tech.bias-variance", 0, "typed", long_text, transcript=Transcript(long_text).to_dict()
    )
    storage.add_answer(
        sid, "tech.bias-variance", 0, "typed", long_text, follow_up="And then?",
        transcript=Transcript(long_text).to_dict(),
    )  # fmt: skip
    page = open_review(qtbot, window, sid)
    shown = page.transcript.toPlainText()
    count = 30_000 - page.transcript.words_left_out
    assert 0 < count < 30_000
    assert shown.endswith(
        f"(Shown: the first {count:,} words of 30,000. Whole answer… (Ctrl+Shift+W) shows every "
        "word, to read and copy.)"
    )
    assert page.replay.whole_button.isVisibleTo(page)
    (follow_up,) = page.replay.follow_up_answers
    assert follow_up.toPlainText().endswith(
        f"(Shown: the first {count:,} words of 30,000. Whole follow-up answer… (below) shows "
        "every word, to read and copy.)"
    )
    (whole,) = page.replay.follow_up_wholes
    assert whole.isVisibleTo(page)
