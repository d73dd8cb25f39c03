"""``ml-interview history --json`` prints the same document as before, a session at a time: it
read every session whole into one list before printing (round 45's Left)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.cli import history
from simulator.cli.output import json_line
from simulator.core.storage import Storage
from tests.scores import answer_score, session_score


def _filled(path: Path, n: int = 7) -> Storage:
    storage = Storage(path)
    for i in range(n):
        sid = storage.create_session({"name": f"s{i}", "question_ids": ["tech.a", "tech.b"]})
        storage.add_answer(sid, "tech.a", 0, "typed", f"answer {i} \u202e", score=answer_score(i))
        storage.add_answer(sid, "tech.b", 1, "skipped", "")
        storage.finish_session(sid, session_score(i))
    storage.finish_session(storage.create_session({"name": "empty"}), None)  # not listed
    return storage


def _whole(storage: Storage, limit: int | None) -> str:
    """What the command printed when it built the whole list first."""
    seen, attempt = history.attempt_numbers(storage)
    out = []
    for s in storage.listed_sessions(limit=limit):
        data = s.to_dict()
        for a in data["answers"]:
            a["attempt"] = attempt.get(a["id"])
            a["attempts"] = seen.get(a["question_id"], 0)
        out.append(data)
    return json_line(out, indent=2) + "\n"


@pytest.mark.parametrize("limit", [None, 1, 3, 7, 50])
def test_the_same_document_read_a_page_at_a_time(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    limit: int | None,
) -> None:
    storage = _filled(tmp_path / "db.sqlite3")
    expected = _whole(storage, limit)
    pages: list[int] = []
    each = storage.each_listed_session

    def small_pages(limit: int | None = None, *, page: int = 100):  # type: ignore[no-untyped-def]
        for s in each(limit, page=3):
            pages.append(s.id)
            yield s

    monkeypatch.setattr(storage, "each_listed_session", small_pages)
    monkeypatch.setattr(storage, "sessions", lambda *a, **k: pytest.fail("read every session"))
    assert history._json(storage, limit) == 0
    printed = capsys.readouterr().out
    assert printed == expected
    assert len(json.loads(printed)) == min(limit or 7, 7) == len(pages)


def test_no_sessions_is_an_empty_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    storage = Storage(tmp_path / "db.sqlite3")
    history._json(storage, None)
    assert capsys.readouterr().out == "[]\n"


def test_sessions_that_start_at_the_same_moment_are_each_listed_once(tmp_path: Path) -> None:
    storage = _filled(tmp_path / "db.sqlite3")
    storage._db.execute("UPDATE sessions SET started_at = 1000")  # a clock that stood still
    ids = [s.id for s in storage.each_listed_session(page=2)]
    assert ids == [s.id for s in storage.listed_sessions()] == [7, 6, 5, 4, 3, 2, 1]
