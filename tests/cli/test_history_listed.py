"""``ml-interview history`` lists the sessions Home and History list (walkthrough 27, issue 8).

A session opened and ended at once has no answer: since round 26 the window lists it nowhere,
but the command line still printed it ("#3 ... 0 of 2 answered overall -") and gave it in
``--json``. One rule in the core (``Storage.listed_sessions``) serves both."""

from __future__ import annotations

import json
from pathlib import Path

from simulator.core.storage import Storage
from tests.cli.test_cli import cli
from tests.scores import answer_score, session_score


def _sessions(data_dir: Path) -> tuple[int, int, int]:
    storage = Storage(data_dir / "sessions.sqlite3")
    answered = storage.create_session({"name": "Answered", "question_ids": ["tech.a"]})
    storage.add_answer(answered, "tech.a", 0, "typed", "an answer", score=answer_score(61))
    storage.finish_session(answered, session_score(61))
    skipped = storage.create_session({"name": "Skipped", "question_ids": ["tech.b"]})
    storage.add_answer(skipped, "tech.b", 0, "skipped", "")
    storage.finish_session(skipped, session_score(0))
    empty = storage.create_session({"name": "Opened and ended", "question_ids": ["tech.a"]})
    storage.finish_session(empty, None)
    listed = [s.id for s in storage.listed_sessions()]
    assert listed == [skipped, answered]  # the window's lists
    assert empty in [s.id for s in storage.sessions()]  # kept in the database
    storage.close()
    return answered, skipped, empty


def test_history_leaves_out_a_session_with_no_answers(data_dir: Path) -> None:
    answered, skipped, _empty = _sessions(data_dir)
    out = cli("history", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    assert "Opened and ended" not in out.stdout
    heads = [line.split()[0] for line in out.stdout.splitlines() if line.startswith("#")]
    assert heads == [f"#{skipped}", f"#{answered}"]
    data = json.loads(cli("history", "--json", data_dir=data_dir).stdout)
    assert [s["id"] for s in data] == [skipped, answered]


def test_history_limit_counts_listed_sessions(data_dir: Path) -> None:
    _answered, skipped, _empty = _sessions(data_dir)
    data = json.loads(cli("history", "--json", "--limit", "1", data_dir=data_dir).stdout)
    assert [s["id"] for s in data] == [skipped]


def test_history_with_only_unanswered_sessions_says_none_yet(data_dir: Path) -> None:
    storage = Storage(data_dir / "sessions.sqlite3")
    storage.finish_session(storage.create_session({"name": "Opened and ended"}), None)
    storage.close()
    out = cli("history", data_dir=data_dir)
    assert out.stdout.strip() == "no sessions yet"
