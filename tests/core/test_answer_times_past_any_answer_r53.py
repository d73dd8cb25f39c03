"""A stored answer's length or word times that no answer could have (a hand-made archive, a
database edited by hand) read as unknown, so the answer can be scored again (attack run 53).

An archive whose answer says 'duration_s': 1e300 imports (any number is a number there).
Review said 'spoken, 1000000...000 s' (301 digits), and scoring the session again stored a
score its own reader refuses (its delivery said 1e300 s used; 1e-300 s gave 8.8e303 words a
minute): the answer listed 91 while its scorecard, Review and exports called it unscored, and
each "score again" wrote the same unreadable score."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.rescore import rescore_session
from simulator.core.review import build_review
from simulator.core.storage import Storage

QID = "tech.supervised-vs-unsupervised"
DAY = 24 * 3600.0


def _stored(storage: Storage, bank: QuestionBank, **cells: object) -> int:
    """A finished session of one typed answer (the model answer), its cells then set by hand."""
    sid = storage.create_session({"name": "Quick practice", "question_ids": [QID]})
    aid = storage.add_answer(sid, QID, 0, "typed", bank.get(QID).model_answer, duration_s=60.0)
    storage.finish_session(sid, None)
    with sqlite3.connect(storage.path) as db:
        for column, value in cells.items():
            db.execute(f"UPDATE answers SET {column} = ? WHERE id = ?", (value, aid))
    return aid


def _timed(last_start: float, duration: float) -> str:
    words = [
        {"word": "Supervised", "start": 0.0, "end": 0.5},
        {"word": "learning", "start": 0.6, "end": 1.0},
        {"word": "labels", "start": last_start, "end": last_start + 0.5},
    ]
    return json.dumps({"text": "Supervised learning labels", "words": words, "engine": "whisper",
                       "model": "tiny.en", "duration_s": duration})  # fmt: skip


CELLS = {
    "a length of 1e300 s": {"duration_s": 1e300},
    "a length of 1e-300 s": {"duration_s": 1e-300},
    "a length of a million years": {"duration_s": 3.2e13},
    "a transcript of 1e300 s": {"mode": "spoken", "transcript_json": _timed(1.0, 1e300)},
    "a word said at 1e300 s": {"mode": "spoken", "transcript_json": _timed(1e300, 2.0)},
}


@pytest.mark.parametrize("cells", CELLS.values(), ids=CELLS.keys())
def test_an_answer_of_impossible_times_is_scored_again_readably_r53(
    data_dir: Path, bank: QuestionBank, cells: dict[str, object]
) -> None:
    storage = Storage(data_dir / "sessions.sqlite3")
    aid = _stored(storage, bank, **cells)
    answer = storage.answer(aid)
    assert answer.duration_s is None or answer.duration_s <= DAY
    # (before, Review counted the pace of each second up to the word at 1e300 s, for good)
    words = answer.transcript["words"] if answer.transcript else []
    assert all(w["end"] <= DAY for w in words)
    review = build_review(storage.session(answer.session_id), answer, bank.get(QID))
    assert review.duration_s is None or review.duration_s <= DAY

    rescore_session(storage, bank, answer.session_id)
    again = storage.answer(aid)
    assert again.overall is not None
    assert again.score is not None, "the score just written reads as damaged"
    assert again.score.overall == again.overall
    delivery = again.score.delivery
    if delivery is not None:
        assert delivery.duration_s <= DAY and delivery.wpm <= 700
    storage.close()


def test_a_plausible_length_is_kept_r53(data_dir: Path, bank: QuestionBank) -> None:
    storage = Storage(data_dir / "sessions.sqlite3")
    aid = _stored(storage, bank, duration_s=75.5)
    assert storage.answer(aid).duration_s == 75.5
    storage.close()
