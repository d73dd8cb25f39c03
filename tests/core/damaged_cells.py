"""What the damaged-cell tests share (attack runs 26 and 29): a session database with one cell
damaged by hand or by another program, and every command that reads the sessions run on it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from simulator.cli import main
from simulator.core.storage import Storage
from tests.scores import answer_score, session_score


def damaged(data: Path, damage: str) -> None:
    """A finished session of two answers in ``data``'s database, then ``damage`` (SQL) run on
    it (the schema's CHECKs pass: SQLite keeps any type in a column)."""
    storage = Storage(data / "sessions.sqlite3")
    sid = storage.create_session(
        {"name": "x", "question_ids": ["tech.bias-variance", "tech.overfitting"]}
    )
    storage.add_answer(
        sid,
        "tech.bias-variance",
        0,
        "spoken",
        "bias is error from a too simple model",
        transcript={"text": "bias", "words": []},
        duration_s=3.0,
        score=answer_score(55, "tech.bias-variance"),
    )
    storage.add_answer(sid, "tech.overfitting", 1, "typed", "fits noise", score=answer_score(40))
    storage.finish_session(sid, session_score(47))
    storage.close()
    with sqlite3.connect(data / "sessions.sqlite3") as db:
        db.execute(damage)
    db.close()


def every_command_reads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Storage:
    """Each reading command succeeds with no traceback; the archive exported is imported into a
    new data folder, whose storage is returned (the caller checks what it holds and closes it)."""
    for argv in (
        ["history", "--json"],
        ["due"],
        ["export", "1", "-o", str(tmp_path / "s.md")],
        ["export", "1", "-o", str(tmp_path / "s.html")],
        ["export", "1", "-o", str(tmp_path / "s.json")],
        ["archive", "export", str(tmp_path / "all.zip")],
    ):
        code = main(argv)
        err = capsys.readouterr().err
        assert code == 0 and "Traceback" not in err, (argv, err)
    code = main(
        ["--data-dir", str(tmp_path / "new"), "archive", "import", str(tmp_path / "all.zip")]
    )
    assert code == 0, capsys.readouterr().err
    return Storage(tmp_path / "new" / "sessions.sqlite3")
