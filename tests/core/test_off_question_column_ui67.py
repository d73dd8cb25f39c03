"""History's verdict reads a typed column, not the score's JSON as one writer spells it (issue 8,
ui67; round 66 left it): its query matched '"off_question": ["' with LIKE, json.dumps's own
spacing, so a story off the question stored in another spelling (an older version's cell, an
archive's, compact JSON) was green in History and amber on its scorecard."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

from simulator.core.history import history
from simulator.core.questions import Category, QuestionBank
from simulator.core.scorecard.build import build_scorecard
from simulator.core.scoring import score_answer
from simulator.core.storage import Storage
from simulator.core.storage_schema import apply_migrations
from simulator.core.tables import GOOD, WARN
from simulator.core.transcript import Transcript
from tests.scores import session_score

# a story told of a deadline missed, under a question about something else
STORY = (
    "At my previous company the quarterly report slipped, so I took charge of it. I split the"
    " work into daily pieces, I moved two reviews earlier and I sent it a day ahead of time."
)


def _older_file(path: Path, bank: QuestionBank) -> tuple[int, int]:
    """A file at schema 9 holding two finished sessions of one story scored 82, its cells
    written compactly: one off the question asked, one on it; their ids."""
    question = next(q for q in bank.questions.values() if q.category is Category.BEHAVIORAL)
    scored = score_answer(question, Transcript(STORY))
    assert scored.star is not None
    db = sqlite3.connect(path, isolation_level=None)
    apply_migrations(db, up_to=9)
    ids = []
    for off in (["deadline"], []):
        score = replace(scored, overall=82, star=replace(scored.star, off_question=off))
        summary = session_score(82, {"behavioral": 82})
        cursor = db.execute(
            """INSERT INTO sessions (started_at, ended_at, status, plan_json, score_json)
               VALUES (1.8e9, 1.8e9 + 60, 'finished', ?, ?)""",
            (json.dumps({"name": "Drill", "question_ids": [question.id]}),
             json.dumps(summary.to_dict(), separators=(",", ":"))),
        )  # fmt: skip
        sid = int(cursor.lastrowid or 0)
        db.execute(
            """INSERT INTO answers (session_id, question_id, position, mode, text, overall,
               score_json, created_at) VALUES (?, ?, 0, 'typed', ?, 82, ?, 1.8e9)""",
            (sid, question.id, STORY, json.dumps(score.to_dict(), separators=(",", ":"))),
        )
        ids.append(sid)
    db.close()
    return ids[0], ids[1]


def test_history_reads_a_story_off_the_question_whatever_its_cell_s_spelling(
    tmp_path: Path, bank: QuestionBank
) -> None:
    path = tmp_path / "sessions.sqlite3"
    off, on = _older_file(path, bank)
    storage = Storage(path, upkeep_later=True)  # as the window opens it: the fill left for later
    try:
        for when in ("before the upkeep", "after it"):
            rows = {r.session_id: r for r in history(storage, {}, {})}
            for sid, colour in ((off, WARN), (on, GOOD)):
                card = build_scorecard(storage.session(sid), bank)
                assert card.overall_color == colour, (when, sid)
                assert rows[sid].color == colour, (when, sid)
            while storage.upkeep():
                pass
        with storage._transaction() as db:
            filled = dict(db.execute("SELECT session_id, off_question FROM answers").fetchall())
        assert filled == {off: 1, on: 0}
    finally:
        storage.close()


def test_an_answer_saved_or_scored_again_keeps_its_column(
    tmp_path: Path, bank: QuestionBank
) -> None:
    """Every writer of an answer's score writes the column with it."""
    question = next(q for q in bank.questions.values() if q.category is Category.BEHAVIORAL)
    scored = score_answer(question, Transcript(STORY))
    assert scored.star is not None
    storage = Storage(tmp_path / "sessions.sqlite3")
    try:
        sid = storage.create_session({"name": "Drill", "question_ids": [question.id]})
        off = replace(scored, overall=82, star=replace(scored.star, off_question=["deadline"]))
        answer = storage.add_answer(sid, question.id, 0, "typed", STORY, score=off)
        storage.finish_session(sid, session_score(82, {"behavioral": 82}))

        def column() -> object:
            with storage._transaction() as db:
                return db.execute(
                    "SELECT off_question FROM answers WHERE id = ?", (answer,)
                ).fetchone()[0]

        assert column() == 1
        storage.update_score(answer, replace(off, star=replace(off.star, off_question=[])))
        assert column() == 0
        assert history(storage, {}, {})[0].color == GOOD
    finally:
        storage.close()
