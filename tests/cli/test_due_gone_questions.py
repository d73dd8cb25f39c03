"""``ml-interview due`` listed questions whose pack is gone (removed, or their ids changed) as due
for review, with their id where the prompt goes: nothing to practise. They are now left out of
the due list, said so in one line, and marked in ``--all``."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from simulator.cli import main
from simulator.core.storage import Storage
from tests.scores import answer_score, session_score


def test_due_leaves_out_questions_no_longer_in_the_bank_and_says_so(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    storage = Storage(data_dir / "sessions.sqlite3")
    sid = storage.create_session({"name": "Quick practice"})
    for position, qid in enumerate(("gone.question", "tech.bias-variance")):
        aid = storage.add_answer(sid, qid, position, "typed", "t", score=answer_score(10))
        storage._write("UPDATE answers SET created_at = ? WHERE id = ?", (time.time() - 9e5, aid))
    storage.finish_session(sid, session_score(10))
    storage.close()

    assert main(["due", "--json"]) == 0
    out = capsys.readouterr()
    assert [r["question_id"] for r in json.loads(out.out)] == ["tech.bias-variance"]
    assert "1 due question(s) are no longer in the question bank" in out.err

    assert main(["due", "--all"]) == 0
    lines = capsys.readouterr().out.splitlines()
    (gone,) = [line for line in lines if "gone.question" in line]
    assert gone.endswith("(no longer in the question bank)")
