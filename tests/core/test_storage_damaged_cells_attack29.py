"""Attack run of round 29: more cells of the session database damaged by hand or by another
program (round 26 covered texts, scores, durations and plans). An answer's place stored as a
BLOB or a text gave a traceback from ``history --json`` and every export; a recording's path
stored as a BLOB did too (and from Home, Review and the scorecard, which read the same rows)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.core.storage import Storage
from tests.core.damaged_cells import damaged, every_command_reads

DAMAGE = [
    "UPDATE answers SET position = X'00FF' WHERE position = 1",
    "UPDATE answers SET position = 'second' WHERE position = 1",
    "UPDATE answers SET position = 1e999 WHERE position = 1",
    "UPDATE answers SET audio_path = X'00FF' WHERE position = 0",
    "UPDATE answers SET audio_path = 12 WHERE position = 0",
]


@pytest.mark.parametrize("damage", DAMAGE, ids=["blob", "text", "inf", "blob-path", "int-path"])
def test_a_damaged_cell_reads_as_missing_in_every_command(
    data_dir: Path, tmp_path: Path, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged(data_dir, damage)
    storage = Storage(data_dir / "sessions.sqlite3")
    (session,) = storage.sessions()
    texts = sorted(a.text for a in session.answers)
    for answer in session.answers:
        assert type(answer.position) is int
        assert answer.audio_path is None or isinstance(answer.audio_path, str)
        json.dumps(answer.to_dict(), allow_nan=False)
    storage.close()
    restored = every_command_reads(tmp_path, capsys)
    assert sorted(a.text for a in restored.sessions()[0].answers) == texts  # nothing lost
    restored.close()


def test_a_damaged_replaced_transcript_reads_as_missing(data_dir: Path) -> None:
    """Review lists the transcripts a new transcription replaced: a time stored as text raised
    ValueError out of the page's load (Review did not open); a BLOB text read "b'hi'"."""
    import sqlite3

    damaged(data_dir, "SELECT 1")
    with sqlite3.connect(data_dir / "sessions.sqlite3") as db:
        db.execute(
            """INSERT INTO transcript_history (answer_id, replaced_at, text, transcript_json,
               overall_before, overall_after, why)
               VALUES (1, 'yesterday', CAST('hi' AS BLOB), NULL, 'abc', 1e999, X'FF')"""
        )
    db.close()
    storage = Storage(data_dir / "sessions.sqlite3")
    try:
        (revision,) = storage.transcript_revisions(1)[1]
    finally:
        storage.close()
    assert revision.text == "hi" and revision.replaced_at == 0.0
    assert revision.overall_before is None and revision.overall_after is None
    assert revision.why == "\ufffd"
