"""Schema 10's typed ``answers.off_question`` (``storage_codec.off_question``), filled for the
answers a file held when migrated: a batch of sessions per transaction after the file has
opened (``storage_schema.LATER``), as schema 6's re-rounding is. Until an answer's is filled
(NULL), History reads it from the answer's score (``Storage.history_rows``)."""

from __future__ import annotations

import sqlite3

from simulator.core import storage_codec as codec

# The upkeep step (``storage_schema.LATER``) this module's work is recorded under.
STEP = "off-question answers"


def fill_batch(db: sqlite3.Connection, after: int, limit: int) -> tuple[int | None, list[int]]:
    """Fill the column of the scored answers of up to ``limit`` sessions whose id is above
    ``after``, in the caller's transaction: (the last session id done, None when the last one
    is done; no unread ids: a cell that is not a score is on the question, as the scorecard
    reads it). Running it again changes nothing."""
    ids = [
        int(r[0])
        for r in db.execute(
            "SELECT id FROM sessions WHERE id > ? ORDER BY id LIMIT ?", (after, limit)
        )
    ]
    if not ids:
        return None, []
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        f"""SELECT id, score_json FROM answers WHERE session_id IN ({marks})
            AND off_question IS NULL AND score_json IS NOT NULL""",
        ids,
    ).fetchall()
    db.executemany(
        "UPDATE answers SET off_question = ? WHERE id = ?",
        [(codec.off_question_of(text if isinstance(text, str) else None) or 0, answer_id)
         for answer_id, text in rows],
    )  # fmt: skip
    return (ids[-1] if len(ids) == limit else None), []


def unread_notice(_unread: list[int]) -> str:
    return ""


def none_unread(_db: sqlite3.Connection, _upto: int) -> list[int]:
    return []
