"""The command line as scripts use it: real subprocesses, exit codes, one-line errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.core.storage import Storage
from tests.scores import answer_score, session_score

REPO = Path(__file__).resolve().parents[2]


def cli(*args: str, data_dir: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=REPO,
        timeout=120,
    )


def test_version(data_dir: Path) -> None:
    out = cli("--version", data_dir=data_dir)
    assert out.returncode == 0 and out.stdout.startswith("ml-interview ")


def test_questions_json_prints_full_objects(data_dir: Path) -> None:
    out = cli("questions", "--json", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    questions = json.loads(out.stdout)
    assert len(questions) >= 10
    first = questions[0]
    assert {"id", "category", "topic", "prompt", "key_points", "model_answer", "follow_ups"} <= set(
        first
    )


def test_questions_filter_by_category_and_topic(data_dir: Path) -> None:
    out = cli("questions", "--json", "--category", "behavioral", data_dir=data_dir)
    cats = {q["category"] for q in json.loads(out.stdout)}
    assert cats == {"behavioral"}
    topic = json.loads(out.stdout)[0]["topic"]
    out = cli(
        "questions", "--json", "--category", "behavioral", "--topic", topic, data_dir=data_dir
    )
    assert {q["topic"] for q in json.loads(out.stdout)} == {topic}


def test_user_packs_in_the_data_dir_are_loaded(data_dir: Path) -> None:
    packs = data_dir / "questions"
    packs.mkdir(parents=True)
    (packs / "mine.yaml").write_text((REPO / "tests/data/mini_pack.yaml").read_text())
    out = cli("questions", "--json", data_dir=data_dir)
    ids = {q["id"] for q in json.loads(out.stdout)}
    assert "tech.overfit" in ids


def test_validate_ok_and_problems(tmp_path: Path, data_dir: Path) -> None:
    good = cli("validate", str(REPO / "tests/data/mini_pack.yaml"), data_dir=data_dir)
    assert good.returncode == 0 and good.stdout.startswith("ok: 3 question(s)")
    bad = tmp_path / "bad.yaml"
    bad.write_text("questions:\n  - id: tech.broken\n    category: trivia\n")
    out = cli("validate", str(bad), data_dir=data_dir)
    assert out.returncode == 1
    lines = out.stdout.strip().splitlines()
    # each with the line it is on, "file:line" (walkthrough 43)
    assert all(
        re.match(rf"{re.escape(str(bad))}:\d+: question tech\.broken: field ", s) for s in lines
    )
    assert any("field category:" in line for line in lines)
    assert "Traceback" not in out.stderr


def test_validate_missing_file(tmp_path: Path, data_dir: Path) -> None:
    out = cli("validate", str(tmp_path / "nope.yaml"), data_dir=data_dir)
    assert out.returncode == 1 and "no such file" in out.stdout


def test_shipped_bank_validates(data_dir: Path) -> None:
    out = cli("validate", str(REPO / "questions"), data_dir=data_dir)
    assert out.returncode == 0, out.stdout


def test_history_json(data_dir: Path) -> None:
    storage = Storage(data_dir / "sessions.sqlite3")
    sid = storage.create_session({"name": "Quick practice", "question_ids": ["tech.a"]})
    storage.add_answer(sid, "tech.a", 0, "typed", "an answer", score=answer_score(61))
    storage.finish_session(sid, session_score(61))
    storage.close()
    out = cli("history", "--json", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    (session,) = json.loads(out.stdout)
    assert session["status"] == "finished" and session["score"]["overall"] == 61
    assert session["answers"][0]["text"] == "an answer"
    assert session["answers"][0]["attempt"] == 1 and session["answers"][0]["attempts"] == 1


def test_history_text_shows_plan_answers_scores_and_attempts(data_dir: Path) -> None:
    storage = Storage(data_dir / "sessions.sqlite3")
    for overall in (40, 75):
        sid = storage.create_session({"name": "Quick practice"})
        score = answer_score(overall, "tech.a")
        storage.add_answer(sid, "tech.a", 0, "spoken", "x", audio_path="/r/a.wav", score=score)
        storage.add_answer(sid, "tech.b", 1, "skipped", "")
        storage.finish_session(sid, session_score(overall))
    storage.close()
    lines = cli("history", data_dir=data_dir).stdout.splitlines()
    assert "Quick practice  finished  1 of 2 answered  overall 75" in lines[0]
    assert "1. tech.a" in lines[1] and "75  content 75  attempt 2" in lines[1]
    assert "2. tech.b" in lines[2] and "skipped" in lines[2]
    data = json.loads(cli("history", "--json", data_dir=data_dir).stdout)
    assert (
        data[0]["answers"][0]["audio_path"] == "/r/a.wav" and data[0]["answers"][0]["attempt"] == 2
    )


def test_history_on_a_corrupt_database_says_it_was_kept_aside(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "sessions.sqlite3").write_bytes(b"garbage" * 1000)
    out = cli("history", "--json", data_dir=data_dir)
    assert out.returncode == 0 and json.loads(out.stdout) == []
    assert out.stderr.count("\n") == 1 and "sessions.sqlite3" in out.stderr
    assert "damaged" in out.stderr


@pytest.mark.slow
def test_doctor_reports_each_part(data_dir: Path) -> None:
    out = cli("doctor", data_dir=data_dir)
    assert out.returncode == 0, out.stdout + out.stderr
    for part in (
        "data dir",
        "question packs",
        "interviewer voice",
        "audio output",
        "microphone",
        "speech model",
    ):
        assert f"] {part}:" in out.stdout
    # espeak-ng is installed by the set-up: the fallback voice (one line with Piper's, ux50)
    assert "espeak-ng (" in out.stdout and ") is the fallback" in out.stdout
    assert "[ok] speech model" in out.stdout


def test_due_lists_questions_whose_review_is_due(data_dir: Path) -> None:
    s = Storage(data_dir / "sessions.sqlite3")
    sid = s.create_session({"name": "x"}, started_at=1.0)
    aid = s.add_answer(sid, "tech.bias-variance", 0, "typed", "t", score=answer_score(30))
    s._write("UPDATE answers SET created_at = 1000 WHERE id = ?", (aid,))
    s.finish_session(sid, session_score(30))
    s.close()
    out = cli("due", "--json", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    (row,) = json.loads(out.stdout)
    assert row["question_id"] == "tech.bias-variance" and row["is_due"] and row["last_score"] == 30
    assert row["due"].startswith("1970-01-02")  # a poor answer comes back the next day
    text = cli("due", data_dir=data_dir).stdout
    assert "tech.bias-variance" in text and "last  30" in text


def test_archive_export_and_import_from_the_command_line(tmp_path: Path, data_dir: Path) -> None:
    s = Storage(data_dir / "sessions.sqlite3")
    sid = s.create_session({"name": "Quick practice"})
    s.add_answer(sid, "tech.a", 0, "typed", "an answer", score=answer_score(61))
    s.finish_session(sid, session_score(61))
    s.close()
    archive = tmp_path / "all.zip"
    out = cli("archive", "export", str(archive), data_dir=data_dir)
    assert out.returncode == 0 and "exported 1 session(s), 1 answer(s)" in out.stdout, out.stderr
    again = cli("archive", "export", str(archive), data_dir=data_dir)
    assert again.returncode == 1 and "exists already" in again.stderr
    before = json.loads(cli("history", "--json", data_dir=data_dir).stdout)
    # walk57: an import adds beside the history; the interview already here is not stored twice
    same = cli("archive", "import", str(archive), data_dir=data_dir)
    assert same.returncode == 0, same.stderr
    assert "Already here, not imported again: 1 interview (1 answer)" in same.stderr
    one = json.loads(cli("history", "--json", data_dir=data_dir).stdout)
    assert one == before and len(one) == 1
    fresh = tmp_path / "fresh"
    assert cli("archive", "import", str(archive), data_dir=fresh).returncode == 0
    two = json.loads(cli("history", "--json", data_dir=fresh).stdout)
    assert one == two


def test_history_counts_the_questions_planned_as_the_scorecard_does(data_dir: Path) -> None:
    # ended after two of six questions: the scorecard says "1 of 6 questions answered"
    storage = Storage(data_dir / "sessions.sqlite3")
    ids = [f"tech.q{i}" for i in range(6)]
    sid = storage.create_session({"name": "Full loop", "question_ids": ids})
    storage.add_answer(sid, "tech.q0", 0, "typed", "x", score=answer_score(60, "tech.q0"))
    storage.add_answer(sid, "tech.q1", 1, "skipped", "")
    storage.finish_session(sid, session_score(30))
    storage.close()
    assert "1 of 6 answered" in cli("history", data_dir=data_dir).stdout


def test_history_says_an_interrupted_session_is_unfinished(data_dir: Path) -> None:
    """It printed the stored status "active" of an interview interrupted days ago, and "aborted"
    of a discarded one; --json keeps the stored status."""
    storage = Storage(data_dir / "sessions.sqlite3")
    sid = storage.create_session({"name": "Full loop", "question_ids": ["tech.q0", "tech.q1"]})
    storage.add_answer(sid, "tech.q0", 0, "typed", "x")
    gone = storage.create_session({"name": "Quick", "question_ids": ["tech.q0"]})
    storage.add_answer(gone, "tech.q0", 0, "typed", "y")
    storage.finish_session(gone, None, status="aborted")
    storage.close()
    out = cli("history", data_dir=data_dir).stdout
    assert "unfinished  1 of 2 answered" in out and "discarded  1 of 1 answered" in out, out
    assert " active " not in out and " aborted " not in out
    statuses = {s["status"] for s in json.loads(cli("history", "--json", data_dir=data_dir).stdout)}
    assert statuses == {"active", "aborted"}
