"""The file a command wrote is named in its last line: ``export`` and ``archive`` printed the
name as given, so an ESC or a line break in it (a folder named so, a variable holding it)
reached the terminal as an escape sequence or a second line; every other line was escaped."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.cli import main
from simulator.core.storage import Storage
from tests.scores import answer_score, session_score


def test_export_and_archive_name_the_written_file_escaped(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    storage = Storage(data_dir / "sessions.sqlite3")
    sid = storage.create_session({"name": "x", "question_ids": ["tech.bias-variance"]})
    storage.add_answer(sid, "tech.bias-variance", 0, "typed", "t", score=answer_score(50))
    storage.finish_session(sid, session_score(50))
    storage.close()
    folder = tmp_path / "red\x1b[31m\nline"
    folder.mkdir()
    for argv in (
        ["export", "latest", "-o", str(folder / "card.md")],
        ["archive", "export", str(folder / "all.zip")],
    ):
        assert main(argv) == 0
        out = capsys.readouterr().out
        assert "\x1b" not in out and out.count("\n") == 1 and "red\\x1b[31m\\nline" in out
