"""Attack run of round 26: cells of the session database damaged by hand or by another program
(the schema's CHECKs pass: SQLite keeps any type in a column) read as missing, never as a crash.
Before, each of these gave a traceback: a text stored as a BLOB (``history --json``, every
export, ``archive export``), an overall stored as text (``due``), an infinite duration or an
infinite word time in a transcript (``history --json``), a plan whose counts are not a mapping
(every export)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from simulator.core.scorecard.history import plan_key
from simulator.core.storage import Storage
from tests.core.damaged_cells import damaged, every_command_reads

DAMAGE = [
    "UPDATE answers SET text = X'FFFE00', follow_up = X'00' WHERE position = 1",
    "UPDATE answers SET overall = 'abc' WHERE position = 0",
    "UPDATE answers SET duration_s = 9e999 WHERE position = 0",
    """UPDATE answers SET transcript_json = '{"text": "hi", "words": [[9e999, 1]]}'
       WHERE position = 0""",
    """UPDATE sessions SET plan_json = '{"name": "x", "counts": "three", "topics": 5,
       "question_ids": ["tech.bias-variance", "tech.overfitting"]}'""",
]


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_cell_reads_as_missing_in_every_command(
    data_dir: Path, tmp_path: Path, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged(data_dir, damage)
    storage = Storage(data_dir / "sessions.sqlite3")
    (session,) = storage.sessions()
    for answer in session.answers:
        assert isinstance(answer.text, str) and isinstance(answer.question_id, str)
        assert answer.follow_up is None or isinstance(answer.follow_up, str)
        assert answer.overall is None or type(answer.overall) is int
        assert answer.duration_s is None or answer.duration_s < 1e9
        json.dumps(answer.to_dict(), allow_nan=False)
    plan_key(session.plan)
    storage.close()
    # and what was exported reads back: nothing written out is lost
    restored = every_command_reads(tmp_path, capsys)
    assert len(restored.sessions()[0].answers) == 2
    restored.close()


def test_a_note_stored_as_a_blob_reads_as_its_text(tmp_path: Path) -> None:
    storage = Storage(tmp_path / "sessions.sqlite3")
    sid = storage.create_session({"name": "x"})
    aid = storage.add_answer(sid, "tech.bias-variance", 0, "typed", "an answer")
    storage.set_note(aid, "placeholder")
    with sqlite3.connect(storage.path) as db:
        db.execute("UPDATE answer_notes SET note = CAST('look again' AS BLOB)")
    db.close()
    assert storage.note(aid) == "look again"  # it read "b'look again'"
    assert storage.notes(sid) == {aid: "look again"}
    storage.close()
