"""A stored score whose inner fields are of the wrong type or past any real value (a hand-made
archive, a database edited by hand) reads as missing, as a score of bad JSON does (attack run
52: an archive whose data.json says a key point's 'evidence' is 3, or a STAR part's 'share'
1e308, imported without a word). The scorecard of that session, its Review page, each of its
exports, and the scorecard of the next session of its plan (which compares with it) stopped
on "'int' object has no attribute 'split'" or "OverflowError: cannot convert float infinity to
integer": the window's status bar said only that, and nothing opened."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from simulator.core.export import render
from simulator.core.questions import QuestionBank
from simulator.core.review import build_review
from simulator.core.scorecard import load_scorecard
from simulator.core.scoring import score_answer, score_session
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript, Word

TECH, BEH = "tech.supervised-vs-unsupervised", "beh.resolve-conflict"

# (the answer, the path inside its stored score, the value put there)
DAMAGE = {
    "evidence a number": (TECH, ("key_points", 0, "evidence"), 3),
    "evidence a list": (TECH, ("key_points", 0, "evidence"), ["a", "b"]),
    "credit past any number": (TECH, ("key_points", 0, "credit"), -1e308),
    "share past any number": (BEH, ("star", "parts", "situation", "share"), 1e308),
    "segment start as text": (BEH, ("star", "segments", 0, "start"), "soon"),
    "time limit as text": (BEH, ("delivery", "time_limit_s"), "two minutes"),
    "overall past 100": (TECH, ("overall",), 1e12),
}


def _sessions(storage: Storage, bank: QuestionBank) -> list[int]:
    """Two finished sessions of one plan, each a technical and a spoken behavioral answer."""
    ids = []
    for _ in range(2):
        sid = storage.create_session({"name": "Loop", "question_ids": [TECH, BEH]})
        items = []
        for position, qid in enumerate((TECH, BEH)):
            question = bank.get(qid)
            said = question.model_answer
            words = tuple(Word(w, i * 0.4, i * 0.4 + 0.3) for i, w in enumerate(said.split()))
            transcript = Transcript(said, words, "whisper", "tiny.en", len(words) * 0.4)
            score = score_answer(question, transcript)
            storage.add_answer(
                sid, qid, position, "spoken", said, transcript=transcript.to_dict(),
                duration_s=transcript.duration_s, score=score,
            )  # fmt: skip
            items.append((question, score))
        storage.finish_session(sid, score_session(items))
        ids.append(sid)
    return ids


def _damage(db_file: Path, session_id: int, question_id: str, where: tuple, value) -> None:  # type: ignore[no-untyped-def,type-arg]
    with sqlite3.connect(db_file) as db:
        (answer_id, text) = db.execute(
            "SELECT id, score_json FROM answers WHERE session_id = ? AND question_id = ?",
            (session_id, question_id),
        ).fetchone()
        stored = json.loads(text)
        inner = stored
        for key in where[:-1]:
            inner = inner[key]
        inner[where[-1]] = value
        db.execute(
            "UPDATE answers SET score_json = ? WHERE id = ?", (json.dumps(stored), answer_id)
        )
    db.close()


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_score_field_reads_as_missing_r52(
    data_dir: Path, bank: QuestionBank, damage: str
) -> None:
    db_file = data_dir / "sessions.sqlite3"
    storage = Storage(db_file)
    first, second = _sessions(storage, bank)
    storage.close()
    qid, where, value = DAMAGE[damage]
    _damage(db_file, first, qid, where, value)
    storage = Storage(db_file)
    try:
        record = storage.session(first)
        hit = next(a for a in record.answers if a.question_id == qid)
        assert hit.score is None  # read as missing: Review offers to score it again
        for sid in (first, second):  # the second compares with the first
            _session, card = load_scorecard(storage, sid, bank)
            assert len(card.answers) == 2
            for fmt in ("md", "html", "json"):
                assert render(fmt, storage.session(sid), bank)
        for answer in record.answers:
            build_review(record, answer, bank.get(answer.question_id))
        assert [a.text for a in record.answers] == [
            bank.get(TECH).model_answer,
            bank.get(BEH).model_answer,
        ]
    finally:
        storage.close()


def test_a_score_as_written_reads_back_whole_r52(data_dir: Path, bank: QuestionBank) -> None:
    """Every field the scorer writes is within what is read back (nothing real is refused)."""
    storage = Storage(data_dir / "sessions.sqlite3")
    try:
        first, _second = _sessions(storage, bank)
        record = storage.session(first)
        assert record.score is not None
        assert all(a.score is not None for a in record.answers)
    finally:
        storage.close()
