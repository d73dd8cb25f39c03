"""Attempt history and the diff of two stored attempts (real scorer, real SQLite file)."""

from __future__ import annotations

from pathlib import Path

from simulator.core.attempts import attempts_of, compare, diff_words, practice_plan
from simulator.core.questions import load_packs
from simulator.core.scoring import score_answer
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript, Word

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"


def _spoken(text: str, gap: float) -> Transcript:
    words, t = [], 0.0
    for w in text.split():
        words.append(Word(w, t, t + 0.3))
        t += 0.3 + gap
    return Transcript(text, tuple(words), "whisper", None, t)


def test_two_stored_attempts_compared(tmp_path: Path) -> None:
    bank = load_packs([PACK])
    q = bank.get("tech.overfit")
    s = Storage(tmp_path / "s.sqlite3")
    first = "Um, basically I think it, um, memorizes stuff."
    second = "Overfitting fits noise in the training set, so validation error rises; regularization helps."
    ids = []
    for text, gap in ((first, 0.9), (second, 0.1)):
        sid = s.create_session(practice_plan(q.id, ids[-1] if ids else None))
        tr = _spoken(text, gap)
        score = score_answer(q, tr)
        ids.append(
            s.add_answer(
                sid,
                q.id,
                0,
                "spoken",
                text,
                transcript=tr.to_dict(),
                duration_s=tr.duration_s,
                score=score,
            )
        )
    history = attempts_of(s.attempts(q.id))
    assert [a.answer_id for a in history] == ids
    before, after = s.attempts(q.id)
    diff = compare(before, after)
    overall = diff.scores[0]
    assert overall.label == "Overall" and overall.delta == after.overall - before.overall
    assert overall.improved is True
    fillers = next(f for f in diff.delivery if f.label == "Fillers")
    assert fillers.before > fillers.after == 0 and fillers.improved is True  # fewer is better
    assert diff.gained and not diff.lost
    assert diff.star == ()  # technical answers have no STAR shares
    assert [c.change for c in diff.before_text] == ["removed"]  # nothing of the first kept


def test_word_diff_ignores_case_and_punctuation() -> None:
    left, right = diff_words(
        ["We", "shipped", "it,", "early."], ["we", "shipped", "it", "early", "and", "safely"]
    )
    assert [(c.text, c.change) for c in left] == [("We shipped it, early.", "same")]
    assert [(c.text, c.change) for c in right] == [
        ("we shipped it early", "same"),
        ("and safely", "added"),
    ]


def test_an_attempts_follow_up_is_compared_with_it(tmp_path: Path) -> None:
    """Walkthrough 19: the comparison showed only the main answers' words, while the scores it
    compared had the follow-up merged in: a point gained in the follow-up came with no words."""
    from simulator.core.attempts import FOLLOW_UP_MARK
    from simulator.core.session.ledger import combine

    bank = load_packs([PACK])
    q = bank.get("tech.overfit")
    s = Storage(tmp_path / "s.sqlite3")
    main = "Overfitting is when the model memorizes noise."
    follow_up = "I watch the validation error."
    first = s.create_session(practice_plan(q.id, None))
    s.add_answer(first, q.id, 0, "typed", main, score=score_answer(q, Transcript(main)))
    second = s.create_session(practice_plan(q.id, None))
    merged = score_answer(q, combine([Transcript(main), Transcript(follow_up)]))
    s.add_answer(second, q.id, 0, "typed", main, score=merged)
    s.add_answer(second, q.id, 0, "typed", follow_up, follow_up="How do you notice it?")
    answers = s.attempts(q.id)
    assert len(attempts_of(answers)) == 2  # the follow-up is part of an attempt, not one
    before, after = (a for a in answers if a.follow_up is None)
    diff = compare(before, after, answers)
    assert [c.change for c in diff.before_text] == ["same"]
    assert [(c.change, c.text) for c in diff.after_text] == [
        ("same", main),
        ("added", f"{FOLLOW_UP_MARK} {follow_up}"),
    ]
    assert diff.gained == ("Gap between training and validation error",)
    s.close()


def test_the_pace_is_compared_in_whole_words_a_minute_r52(tmp_path: Path) -> None:
    """Attempts said the pace as "149.5" (the stored figure, to a tenth) where the Scorecard,
    Review and the tips say whole words a minute (walkthrough 52)."""
    from simulator.core.tables import shown_wpm

    bank = load_packs([PACK])
    q = bank.get("tech.overfit")
    s = Storage(tmp_path / "s.sqlite3")
    text = "Overfitting fits noise in the training set, so validation error rises; regularization helps."
    for gap in (0.13, 0.07):
        sid = s.create_session(practice_plan(q.id, None))
        tr = _spoken(text, gap)
        s.add_answer(
            sid, q.id, 0, "spoken", text, transcript=tr.to_dict(), duration_s=tr.duration_s,
            score=score_answer(q, tr),
        )  # fmt: skip
    before, after = s.attempts(q.id)
    stored = [a.score.delivery.wpm for a in (before, after) if a.score and a.score.delivery]
    assert len(stored) == 2 and any(w != int(w) for w in stored), stored  # a tenth stored
    pace = next(f for f in compare(before, after).delivery if f.label == "Pace")
    assert (pace.before, pace.after) == tuple(shown_wpm(w) for w in stored), pace
    assert pace.delta == shown_wpm(stored[1]) - shown_wpm(stored[0])
