"""A batch line's key that the batch does not read is named (attack run 37): the command line's
flag is --duration, so '{"question_id": ..., "answer": ..., "duration": 95}' is what people write;
the key was passed over without a word and the answer scored with no delivery, as if no time had
been given. The line is still scored (a key of one's own, "candidate", stays allowed); its result
says which keys were not read and the key meant, and the terminal shows it on stderr."""

from __future__ import annotations

import io
import json

import pytest

from simulator.cli import main

ANSWER = "Bias is error from a too simple model; variance is sensitivity to the training sample."


def _batch(
    lines: list[dict[str, object]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[int, list[dict[str, object]], str]:
    text = "\n".join(json.dumps(line) for line in lines) + "\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    code = main(["score", "--batch", "--json"])
    out = capsys.readouterr()
    return code, [json.loads(x) for x in out.out.splitlines()], out.err


def test_a_key_the_batch_does_not_read_is_named_with_the_key_meant(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    base = {"question_id": "tech.bias-variance", "answer": ANSWER}
    code, (typo, own, plain_line), err = _batch(
        [{**base, "duration": 95}, {**base, "candidate": "me"}, base], capsys, monkeypatch
    )
    assert code == 0  # every line scored
    assert typo["overall"] == plain_line["overall"]
    assert typo["warning"] == (
        'not read, so ignored: "duration" (a line reads "question_id", "answer" and '
        '"duration_s"); did you mean "duration_s" for "duration"?'
    )
    assert own["warning"].startswith('not read, so ignored: "candidate" (')
    assert "did you mean" not in own["warning"]
    assert "warning" not in plain_line
    lines = err.splitlines()
    assert lines[0].startswith('ml-interview: line 1: not read, so ignored: "duration"')
    assert lines[1].startswith('ml-interview: line 2: not read, so ignored: "candidate"')
    assert len(lines) == 2


def test_no_key_is_suggested_that_the_line_already_gives(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    line = {"question_id": "tech.bias-variance", "answer": ANSWER, "duration_s": 30, "Answer": 1}
    _, (result,), _ = _batch([line], capsys, monkeypatch)
    assert result["warning"] == (
        'not read, so ignored: "Answer" (a line reads "question_id", "answer" and "duration_s")'
    )
