"""An answer with no real words is no answer (walkthrough, issue 8): a typed "9%a" scored 12/100
on a behavioral question with the STAR Result shown as 100 % (the "9%" read as a quantified
result). Symbols, digits, a stray letter, filler sounds and keyboard mash now fall under the
app's one rule for empty and skipped answers (``has_words``): not scored, 0, and told so."""

from __future__ import annotations

from pathlib import Path

import pytest
from session_kit import Harness

from simulator.bank import load_bank
from simulator.core.interview import State
from simulator.core.questions import Category
from simulator.core.scorecard.answer import answer_view
from simulator.core.scoring import score_answer
from simulator.core.scoring.answer import NO_WORDS
from simulator.core.session import events as ev
from simulator.core.session.engine import NO_WORDS_HINT
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript, has_words

JUNK = [
    "9%a",
    "asdf jkl",
    "qwerty uiop",
    "aaaaaaa",
    "12345",
    "x",
    "?!",
    "9%",
    "uh, um",
    "zxcv hjkl",
]
WORDS = ["no", "yes", "I don't know", "L1 vs L2", "SVM", "F1 score", "overfitting", "rhythm"]


@pytest.mark.parametrize("text", JUNK)
def test_junk_has_no_words(text: str) -> None:
    assert not has_words(text)


@pytest.mark.parametrize("text", WORDS)
def test_short_real_answers_have_words(text: str) -> None:
    assert has_words(text)


@pytest.fixture(scope="module")
def bank():  # type: ignore[no-untyped-def]
    return load_bank()


@pytest.mark.parametrize("category", list(Category))
@pytest.mark.parametrize("duration", [None, 8.0], ids=["typed", "spoken"])
@pytest.mark.parametrize("text", JUNK)
def test_junk_earns_nothing(bank, category: Category, duration: float | None, text: str) -> None:  # type: ignore[no-untyped-def]
    question = next(q for q in bank.questions.values() if q.category is category)
    score = score_answer(question, Transcript(text, duration_s=duration))
    assert score.overall == 0
    assert all(v in (None, 0) for v in score.components.values())
    assert score.components.get("delivery") is None  # silence or mash has no delivery to judge
    assert not any(k.covered for k in score.key_points)
    if score.star is not None:
        assert not any(p.present or p.share for p in score.star.parts.values())
    assert score.feedback == [NO_WORDS]


def test_a_typed_junk_submit_is_refused_with_a_hint(tmp_path: Path) -> None:
    h = Harness(tmp_path)
    h.start("tech.overfit")
    h.to_answering()
    h.session.primary("9%a")
    assert h.session.state is State.ANSWERING
    assert h.notices() == [NO_WORDS_HINT]
    assert h.rows() == [] and not h.of(ev.AnswerReviewed)


def test_a_spoken_junk_transcript_is_skipped_unscored(tmp_path: Path) -> None:
    h = Harness(tmp_path)
    h.start("tech.overfit", spoken=True)
    h.to_answering()
    h.session.recording_started()
    h.session.primary()
    h.session.transcribed(Transcript(text="Uh, um.", engine="fake", duration_s=6.0))
    assert h.of(ev.AnswerSkipped) and not h.of(ev.AnswerReviewed)
    (row,) = h.rows()
    assert (row.mode, row.score, row.overall) == ("skipped", None, None)


def test_a_stored_junk_answer_shows_as_skipped(tmp_path: Path, bank) -> None:  # type: ignore[no-untyped-def]
    """An answer saved before this rule (typed "9%a", scored 12) is shown by the same rule."""
    storage = Storage(tmp_path / "sessions.sqlite3")
    question = next(q for q in bank.questions.values() if q.category is Category.BEHAVIORAL)
    sid = storage.create_session({"name": "Quick", "question_ids": [question.id]})
    storage.add_answer(sid, question.id, 0, "typed", "9%a", score=None)
    (answer,) = storage.session(sid).answers
    view = answer_view(answer, question)
    assert view.skipped and view.overall == 0
    storage.close()
