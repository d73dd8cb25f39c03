"""Progress leaves out the pace and filler rate of an answer too short to judge them (issue 8,
walk63): a spoken answer of 7 words in 4 seconds was "Delivery: not scored: too few words to
judge pace, fillers and pauses" on its scorecard and Review, and Progress drew its session at
116 words per minute and 0 fillers per 100 words on "Pace and fillers over time"."""

from __future__ import annotations

from simulator.core.progress import answer_facts
from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript, Word


def _spoken(text: str) -> Transcript:
    words = tuple(Word(w, i * 0.5, i * 0.5 + 0.4) for i, w in enumerate(text.split()))
    return Transcript(text, words, "test", "test", len(words) * 0.5)


def test_an_answer_too_short_to_judge_adds_no_pace_or_filler_rate(bank: QuestionBank) -> None:
    question = bank.questions["tech.bias-variance"]
    short = score_answer(question, _spoken("Regularization, more data, dropout or early stopping."))
    assert short.delivery is not None and short.components.get("delivery") is None  # unjudged
    facts = answer_facts(short)
    assert facts.wpm is None and facts.fillers_per_100 is None


def test_an_answer_long_enough_adds_its_pace(bank: QuestionBank) -> None:
    question = bank.questions["tech.bias-variance"]
    text = (
        "Overfitting is when a model memorizes noise in the training data, so it does well "
        "on training data and badly on new data; I compare training and validation error."
    )
    whole = score_answer(question, _spoken(text))
    assert whole.components.get("delivery") is not None
    facts = answer_facts(whole)
    assert facts.wpm is not None and facts.fillers_per_100 is not None


def test_facts_stored_by_the_earlier_rule_are_computed_again(tmp_path, bank: QuestionBank) -> None:  # type: ignore[no-untyped-def]
    """Progress keeps each answer's figures for its next visit: those stored before the rule
    changed still drew the pace of an answer too short to judge."""
    import json

    from simulator.core.progress import build_progress
    from simulator.core.storage import Storage
    from simulator.core.storage_codec import AnswerFacts
    from tests.scores import session_score

    storage = Storage(tmp_path / "s.sqlite3")
    question = bank.questions["tech.bias-variance"]
    short = score_answer(question, _spoken("Regularization, more data, dropout or early stopping."))
    sid = storage.create_session({"name": "Quick", "question_ids": [question.id]})
    aid = storage.add_answer(sid, question.id, 0, "spoken", "t", score=short)
    storage.finish_session(sid, session_score(short.overall))
    old = json.dumps({"wpm": 116.0, "f100": 0.0, "star": None, "missed": [], "fillers": {}})
    storage.save_progress_facts([(aid, AnswerFacts.from_json(old) or AnswerFacts(wpm=116.0))])
    with storage._lock:  # as an earlier version wrote it (no version)
        storage._db.execute("UPDATE progress_facts SET facts_json = ?", (old,))
    sessions, answers = storage.progress_rows()
    assert answers[0].facts is None  # not taken as computed
    new: list[tuple[int, AnswerFacts]] = []
    progress = build_progress(sessions, answers, {}, new_facts=new)
    assert progress.points[0].wpm is None
    assert new and new[0][1].wpm is None
