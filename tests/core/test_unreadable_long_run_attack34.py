"""A 199,000-letter "word" is an answer given, not a skip (attack run 34): typed (or pasted) as
the answer, it was refused with "only symbols, digits or stray letters", and when the time ran
out it was stored but shown on the scorecard as skipped. Text too long to be words is now taken
as the answer, stored as typed, scored 0 and told why ("unreadable: one run of 199,000 letters
with no space"), never followed up; junk (symbols, a stray letter, "aaaa") is still no answer."""

from __future__ import annotations

import random
from pathlib import Path

from session_kit import Harness

from simulator.bank import load_bank
from simulator.core.interview import State
from simulator.core.scorecard.answer import answer_view
from simulator.core.scoring import score_answer
from simulator.core.session import events as ev
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript, has_words, is_answer, unreadable

_RNG = random.Random(34)
RUN = "".join(_RNG.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(199_000))
REPEATED = ("banana" * 40_000)[:199_000]  # vowels, no triple letters: it passed as one word


def test_a_long_run_of_letters_is_no_word_but_an_answer() -> None:
    for text in (RUN, REPEATED):
        assert not has_words(text)
        assert is_answer(text)
        assert unreadable(text) == "one run of 199,000 letters with no space, too long to be a word"
    assert unreadable("9%a") is None and not is_answer("aaaaaaa")
    assert unreadable("overfitting " + RUN) is None  # words are there: scored as usual


def test_it_scores_0_and_says_why_not_that_it_was_skipped() -> None:
    question = load_bank().get("tech.bias-variance")
    score = score_answer(question, Transcript(text=REPEATED))
    assert score.overall == 0
    assert score.feedback == [
        "Unreadable: one run of 199,000 letters with no space, too long to be a word, so there "
        "is nothing to score and it counts as 0 (it was kept as given, not skipped). Answer in "
        "words separated by spaces."
    ]
    assert "bananabanana" not in " ".join(score.feedback) + " ".join(score.basis.values())


def test_submitted_it_is_stored_as_typed_and_not_shown_as_skipped(tmp_path: Path) -> None:
    h = Harness(tmp_path)
    h.start("tech.overfit")
    h.to_answering()
    h.session.primary(RUN)
    assert h.session.state is not State.ANSWERING  # taken, not refused with a hint
    assert not h.of(ev.AnswerSkipped)
    (row,) = h.rows()
    assert (row.mode, row.text) == ("typed", RUN)
    assert row.overall == 0
    assert h.session.state not in (State.ASKING_FOLLOW_UP, State.FOLLOW_UP)


def test_the_scorecard_names_it_given_not_skipped(tmp_path: Path) -> None:
    bank = load_bank()
    question = bank.get("tech.bias-variance")
    storage = Storage(tmp_path / "sessions.sqlite3")
    sid = storage.create_session({"name": "Quick", "question_ids": [question.id]})
    storage.add_answer(
        sid, question.id, 0, "typed", RUN, score=score_answer(question, Transcript(RUN))
    )
    (answer,) = storage.session(sid).answers
    view = answer_view(answer, question)
    assert not view.skipped and view.mode == "typed" and view.overall == 0
    assert view.feedback[0].startswith("Unreadable: one run of 199,000 letters")
    storage.close()


def test_words_with_a_long_run_are_scored_without_it_and_never_quote_it() -> None:
    """Words and a 180,000-letter run: the run was read as a word, quoted whole in the tips
    ("opens on and explains “bananabanana…”") and scoring took 20-27 s on a loaded machine."""
    question = load_bank().get("tech.bias-variance")
    words = "Bias is error from a model that is too simple, so it underfits."
    alone = score_answer(question, Transcript(text=words))
    for text in (words + " " + REPEATED[:180_000], REPEATED[:180_000] + " " + words):
        score = score_answer(question, Transcript(text=text))
        assert score.overall == alone.overall
        assert score.feedback[0] == (
            "Left out: 180,000 letters with no space, too long to be words; the rest of the "
            "answer is scored."
        )
        assert max(len(t) for t in [*score.feedback, *score.basis.values()]) < 1_000
