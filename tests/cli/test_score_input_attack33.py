"""Attack run 33 on ``ml-interview score``'s input.

* A duration shorter than the answer's words could ever be said in (``--duration 1e-300``, a
  milliseconds figure given as seconds, ``"duration_s": 0.0001`` in a batch) was scored: the
  delivery line read 'pace 1200000000...' (a 302-digit number of words a minute) with a
  delivery of 64/100. It is refused, naming the value, the words and the pace it would mean.
* A batch line naming "question_id" (or "answer") twice was scored against the last one
  without a word (JSON keeps the last): which question was meant cannot be told. It is refused,
  naming the key, like a pack's key given twice.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from simulator.cli import main

ANSWER = (
    "Bias is the error from a model that is too simple, so it underfits. Variance is the error "
    "from being too sensitive to the training sample, so it overfits."
)
WORDS = len(ANSWER.split())  # 27


def _answer_file(tmp_path: Path) -> str:
    path = tmp_path / "answer.txt"
    path.write_text(ANSWER, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("duration", ["1e-300", "0.001", "2"])
def test_a_duration_too_short_for_the_words_is_refused(
    tmp_path: Path, duration: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["score", "--question", "tech.bias-variance", "--answer-file", _answer_file(tmp_path)]
    assert main([*args, "--duration", duration]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err
    assert err.count("\n") == 1 and len(err) < 300, err
    assert f"--duration {duration}" in err and f"{WORDS} words" in err
    assert "words a minute" in err


def test_a_plausible_fast_duration_is_still_scored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """27 words in 5 s is 324 a minute: fast, but people do speak so; delivery judges it."""
    args = ["score", "--question", "tech.bias-variance", "--answer-file", _answer_file(tmp_path)]
    assert main([*args, "--duration", "5", "--json"]) == 0
    delivery = json.loads(capsys.readouterr().out)["delivery"]
    assert delivery["wpm"] == pytest.approx(WORDS * 12, abs=0.1)


def _batch(text: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> list:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    code = main(["score", "--batch", "--json"])
    results = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == (1 if any("error" in r for r in results) else 0)
    return results


def test_a_batch_duration_too_short_for_the_words_is_that_lines_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        {"question_id": "tech.bias-variance", "answer": ANSWER, "duration_s": 0.0001},
        {"question_id": "tech.bias-variance", "answer": ANSWER, "duration_s": 30},
    ]
    results = _batch("\n".join(json.dumps(x) for x in lines) + "\n", monkeypatch, capsys)
    assert results[0]["line"] == 1 and results[0]["question_id"] == "tech.bias-variance"
    assert '"duration_s"' in results[0]["error"] and f"{WORDS} words" in results[0]["error"]
    assert results[1]["delivery"]["duration_s"] == 30


@pytest.mark.parametrize("key", ["question_id", "answer", "duration_s"])
def test_a_batch_line_naming_a_key_twice_is_refused(
    key: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    values = {"question_id": '"tech.k-means"', "answer": '"x"', "duration_s": "40"}
    first = {"question_id": "tech.bias-variance", "answer": ANSWER, "duration_s": 30}
    line = json.dumps(first)[:-1] + f', "{key}": {values[key]}}}'
    (result,) = _batch(line + "\n", monkeypatch, capsys)
    assert "overall" not in result
    assert result["line"] == 1
    assert f'"{key}" twice' in result["error"]


def test_a_key_twice_inside_a_nested_value_is_refused_too(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    line = '{"question_id": "tech.bias-variance", "answer": "x", "meta": {"a": 1, "a": 2}}'
    (result,) = _batch(line + "\n", monkeypatch, capsys)
    assert '"a" twice' in result["error"]


def test_the_summary_names_a_correction_once_however_often_it_was_called_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An answer repeating one claim in 286 sentences printed 286 'misconception:' lines."""
    claims = " ".join(f"On project {i}, more data reduces bias." for i in range(40))
    path = tmp_path / "long.txt"
    path.write_text(ANSWER + " " + claims, encoding="utf-8")
    assert main(["score", "--question", "tech.bias-variance", "--answer-file", str(path)]) == 0
    out = capsys.readouterr().out
    listed = [line for line in out.splitlines() if line.startswith("  misconception")]
    assert len(listed) == 2 and sum("(said 39 times)" in line for line in listed) == 1, listed
    assert out.count("Misconception") == 2
