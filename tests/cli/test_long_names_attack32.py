"""A value thousands of characters long is named by its start, end and length (attack run 32):
a 5,000-character question id, topic, session or number given on the command line, in a batch
line or in a pack was quoted whole, so a one-line message ran to 5,000 characters and what to
do was out of sight."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from simulator.cli import main
from simulator.core.long_names import SHOWN_RUN, shortened, shortened_runs

LONG = "q" * 4991 + "-tail.end"


def _only_short_lines(text: str) -> None:
    assert text.strip()
    for line in text.splitlines():
        assert len(line) <= 1000, line[:200]  # (the list of topics is ~850)


@pytest.mark.parametrize(
    "args",
    [
        ["score", "--question", LONG, "--answer-file", "ANSWER"],
        ["questions", "--topic", LONG],
        ["export", LONG, "-o", "OUT"],
        ["history", "--limit", "9" * 5000],
        ["due", "--limit", LONG],
    ],
)
def test_a_long_value_on_the_command_line_is_shortened_in_the_message(
    data_dir: Path, tmp_path: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text("Bias is error from wrong assumptions.")
    args = [
        str(answer) if a == "ANSWER" else str(tmp_path / "o.md") if a == "OUT" else a for a in args
    ]
    try:
        code = main(args)
    except SystemExit as exc:  # argparse's own error
        code = int(exc.code or 0)
    assert code in (1, 2)
    err = capsys.readouterr().err
    _only_short_lines(err)
    assert "5,000 characters" in err, err


def test_a_batch_lines_error_names_a_long_id_shortened(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    line = json.dumps({"question_id": LONG, "answer": "Bias is error."})
    monkeypatch.setattr("sys.stdin", io.StringIO(line + "\n"))
    assert main(["score", "--batch"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["question_id"] == LONG  # the data stays whole
    assert len(result["error"]) < 300 and "5,000 characters" in result["error"]
    assert result["error"].startswith("unknown question id 'qqq")


def test_validate_names_a_long_id_shortened(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = tmp_path / "long.yaml"
    pack.write_text(
        f"pack: {{name: p}}\nquestions:\n  - id: {LONG}\n    category: technical\n"
        "    topic: t\n    prompt: What is bias in machine learning?\n"
        "    model_answer: Bias is the error from wrong assumptions in a model.\n"
    )
    main(["validate", str(pack)])
    out = capsys.readouterr().out
    _only_short_lines(out)
    assert "tail.end" in out  # its end still tells it apart


def test_shortened_keeps_start_end_and_length_and_reads_the_same_twice() -> None:
    assert shortened("short.id") == "short.id"
    cut = shortened(LONG)
    assert cut.startswith("qqq") and "…" in cut and cut.endswith("tail.end (5,000 characters)")
    message = f"unknown question id '{LONG}' (see: ml-interview questions)"
    once = shortened_runs(message)
    assert once.endswith("tail.end (5,000 characters)' (see: ml-interview questions)")
    assert shortened_runs(once) == once
    words = "a normal sentence " * 100
    assert shortened_runs(words) == words
    path = "/home/me/" + "d" * SHOWN_RUN + "/answer.md"
    assert shortened_runs(f"cannot write {path}: read-only").endswith(
        f"/answer.md ({len(path):,} characters): read-only"
    )


def test_a_pack_problem_names_a_long_id_and_field_shortened() -> None:
    from simulator.core.questions_models import Problem

    text = str(Problem("p.yaml", LONG, "k" * 3000, f"bad value {'v' * 3000}"))
    assert len(text) < 500 and "5,000 characters" in text and "3,000 characters" in text


def test_a_gone_questions_long_id_is_shortened_where_it_is_named() -> None:
    from simulator.core.tables import QUESTION_GONE, gone_id

    shown = gone_id(QUESTION_GONE, LONG)
    assert len(shown) < 200 and shown.endswith("tail.end (5,000 characters)")
    assert gone_id(QUESTION_GONE, "my.gone") == "question id my.gone"
