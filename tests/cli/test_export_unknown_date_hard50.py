"""A scorecard of a session whose start is no moment says 'date unknown', as History does
(attack run 50, a database with a session 'started_at' 1e300, 'NaN' or -1): the Markdown export
read 'Session 1 ·  · 2 of 3 questions answered', the HTML's title 'Scorecard: CLI test ()', and
an answer compared with one of a session of unknown date '-5 vs 80 on  (this question, last time)'."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator import paths
from simulator.cli import main
from simulator.core.questions import load_packs
from simulator.core.scoring import score_answer
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript
from tests.cli.test_cli_export import (
    PACK,
    session_id,  # noqa: F401 (a fixture)
)


@pytest.mark.parametrize("started", [1e300, "NaN"])
def test_a_session_of_unknown_date_says_so_hard50(
    session_id: int,  # noqa: F811
    tmp_path: Path,
    started: object,
) -> None:
    storage = Storage(paths.database_file())
    storage._write("UPDATE sessions SET started_at = ? WHERE id = ?", (started, session_id))
    storage.close()
    assert main(["export", str(session_id), "-o", str(tmp_path / "s.md")]) == 0
    assert main(["export", str(session_id), "-o", str(tmp_path / "s.html")]) == 0
    md = (tmp_path / "s.md").read_text(encoding="utf-8")
    html = (tmp_path / "s.html").read_text(encoding="utf-8")
    assert f"Session {session_id} · date unknown · " in md and " ·  · " not in md
    assert "<title>Scorecard: CLI test (date unknown)</title>" in html


def test_a_change_against_an_answer_of_unknown_date_names_no_date_hard50(
    session_id: int,  # noqa: F811
    tmp_path: Path,
) -> None:
    storage = Storage(paths.database_file())
    again = storage.create_session({"name": "CLI test", "question_ids": ["tech.overfit"]})
    text = "It memorizes noise."
    score = score_answer(load_packs([PACK]).get("tech.overfit"), Transcript(text))
    storage.add_answer(again, "tech.overfit", 0, "typed", text, score=score)
    storage._write("UPDATE sessions SET started_at = -1 WHERE id = ?", (session_id,))
    storage.close()
    assert main(["export", str(again), "-o", str(tmp_path / "s.md")]) == 0
    md = (tmp_path / "s.md").read_text(encoding="utf-8")
    assert " (this question, last time)" in md
    assert " on  (" not in md and " on (" not in md


def test_json_says_null_for_a_time_of_unknown_date_hard50(
    session_id: int,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """history --json and the JSON export said 'started_at': 0.0 of it, which reads 1970."""
    import json

    storage = Storage(paths.database_file())
    storage._write("UPDATE sessions SET started_at = 1e300 WHERE id = ?", (session_id,))
    storage._write("UPDATE answers SET created_at = 'NaN' WHERE session_id = ?", (session_id,))
    storage.close()
    capsys.readouterr()
    assert main(["history", "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["started_at"] is None and listed["ended_at"] is not None
    assert {a["created_at"] for a in listed["answers"]} == {None}
    assert main(["export", str(session_id), "-o", str(tmp_path / "s.json")]) == 0
    exported = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["session"]
    assert exported["started_at"] is None and exported["answers"][0]["created_at"] is None
