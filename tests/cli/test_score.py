"""``ml-interview score``: single answers, batches, audio, and one clear line for bad input."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from simulator.cli import main
from simulator.core.transcript import Transcript, Word

STRONG = (
    "Bias is the error from a model that is too simple, so it underfits and misses the pattern. "
    "Variance is the error from being too sensitive to the training sample, so the model fits the "
    "noise and overfits. Making the model more complex lowers bias but raises variance, so the "
    "trade-off is to pick the complexity where the total error on validation data is lowest."
)
STORY = (
    "At my last job two engineers on my team disagreed about the pipeline design. "
    "As the tech lead I was responsible for getting a decision before the release. "
    "I met each of them and then I set up a design review with clear criteria. "
    "As a result we agreed in two days and shipped on time."
)


def _score(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["score", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_answer_file_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answer = tmp_path / "a.txt"
    answer.write_text(STRONG, encoding="utf-8")
    code, out, _ = _score(
        ["--question", "tech.bias-variance", "--answer-file", str(answer), "--json"], capsys
    )
    assert code == 0
    data = json.loads(out)
    assert data["question_id"] == "tech.bias-variance" and data["category"] == "technical"
    assert 0 <= data["overall"] <= 100 and data["overall"] >= 50
    assert set(data["components"]) == {"content", "structure", "delivery"}
    assert data["components"]["delivery"] is None and data["delivery"] is None
    assert data["star"] is None and "transcript" not in data
    kp = data["key_points"][0]
    assert {"id", "label", "covered", "evidence"} <= set(kp)
    assert isinstance(data["misconceptions"], list) and isinstance(data["feedback"], list)


def test_duration_enables_delivery(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answer = tmp_path / "a.txt"
    answer.write_text(STRONG, encoding="utf-8")
    args = ["--question", "tech.bias-variance", "--answer-file", str(answer), "--duration", "30"]
    code, out, _ = _score([*args, "--json"], capsys)
    d = json.loads(out)["delivery"]
    assert code == 0
    assert {"duration_s", "words", "wpm", "fillers", "fillers_per_100_words", "long_pauses"} <= set(
        d
    )
    assert d["duration_s"] == 30 and d["wpm"] == pytest.approx(d["words"] * 2, abs=0.1)


def test_behavioral_star_with_null_times(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answer = tmp_path / "story.txt"
    answer.write_text(STORY, encoding="utf-8")
    code, out, _ = _score(
        ["--question", "beh.resolve-conflict", "--answer-file", str(answer), "--json"], capsys
    )
    star = json.loads(out)["star"]
    assert code == 0
    assert set(star["parts"]) == {"situation", "task", "action", "result"}
    assert {"present", "share"} <= set(star["parts"]["action"])
    first = star["segments"][0]
    assert first == {"label": "situation", "text": STORY.split(". ")[0] + ".",
                     "start": None, "end": None, "why": first["why"]}  # fmt: skip
    assert "says when it happened" in first["why"]  # why the sentence was read as the situation


def test_plain_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answer = tmp_path / "a.txt"
    answer.write_text(STRONG, encoding="utf-8")
    code, out, _ = _score(
        ["--question", "tech.bias-variance", "--answer-file", str(answer)], capsys
    )
    assert code == 0 and out.startswith("tech.bias-variance (technical): ") and "/100" in out


def test_plain_summary_says_why_a_delivery_is_not_scored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Walked by voice: `score --audio` of a one-word answer printed its content line only."""
    answer = tmp_path / "a.txt"
    answer.write_text("No.", encoding="utf-8")
    args = ["--question", "tech.bias-variance", "--answer-file", str(answer), "--duration", "8"]
    code, out, _ = _score(args, capsys)
    assert code == 0 and "  delivery: not scored: too few words" in out


def test_unknown_question_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answer = tmp_path / "a.txt"
    answer.write_text("x", encoding="utf-8")
    code, out, err = _score(["--question", "tech.nope", "--answer-file", str(answer)], capsys)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "tech.nope" in err


@pytest.mark.parametrize("content", [None, b"\xff\xfe\x00bad"])
def test_unreadable_answer_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None
) -> None:
    path = tmp_path / "answer.txt"
    if content is not None:
        path.write_bytes(content)
    code, _, err = _score(["--question", "tech.bias-variance", "--answer-file", str(path)], capsys)
    assert code == 1 and err.count("\n") == 1 and str(path) in err


def test_batch_keeps_order_and_reports_bad_lines(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        {"question_id": "tech.bias-variance", "answer": STRONG},
        {"question_id": "beh.resolve-conflict", "answer": STORY, "duration_s": 60},
        {"question_id": "tech.unknown", "answer": "x"},
        {"question_id": "tech.bias-variance", "answer": "I like trains."},
    ]
    text = "\n".join(json.dumps(x) for x in lines) + "\nnot json\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    code, out, _ = _score(["--batch", "--json"], capsys)
    results = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert [r.get("question_id") for r in results] == [
        "tech.bias-variance", "beh.resolve-conflict", "tech.unknown", "tech.bias-variance", None,
    ]  # fmt: skip
    assert results[0]["overall"] > results[3]["overall"]
    assert results[1]["delivery"]["duration_s"] == 60
    assert "tech.unknown" in results[2]["error"] and "error" in results[4]


def test_audio_uses_the_transcriber(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    wav = tmp_path / "a.wav"
    wav.write_bytes(b"RIFF")
    words = tuple(Word(w, i * 0.4, i * 0.4 + 0.3) for i, w in enumerate(STORY.split()))
    fake = Transcript(STORY, words, "fake", "tiny", words[-1].end)
    topics: list[Any] = []

    def transcribe(path: Path, model: str | None = None, topic: Any = None) -> Transcript:
        topics.append(topic)
        return fake

    monkeypatch.setattr("simulator.speech.asr.transcribe_file", transcribe)
    code, out, _ = _score(
        ["--question", "beh.resolve-conflict", "--audio", str(wav), "--json"], capsys
    )
    data = json.loads(out)
    assert code == 0 and data["transcript"]["text"] == STORY
    assert "conflict" in topics[0].question  # Whisper is told the question answered
    assert data["delivery"]["words"] == len(STORY.split())
    assert all(isinstance(s["start"], float) for s in data["star"]["segments"])


def test_bad_audio_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wav = tmp_path / "broken.wav"
    wav.write_bytes(b"this is not audio")
    code, _, err = _score(["--question", "beh.resolve-conflict", "--audio", str(wav)], capsys)
    assert code == 1 and err.count("\n") == 1 and "broken.wav" in err
    code, _, err = _score(
        ["--question", "beh.resolve-conflict", "--audio", str(tmp_path / "x.wav")], capsys
    )
    assert code == 1 and "x.wav" in err


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs espeak-ng")
def test_real_audio_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wav = tmp_path / "answer.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-w", str(wav), STRONG], check=True)
    code, out, _ = _score(
        ["--question", "tech.bias-variance", "--audio", str(wav), "--json"], capsys
    )
    data = json.loads(out)
    assert code == 0 and data["delivery"]["wpm"] > 0 and data["transcript"]["words"]
    assert data["overall"] >= 40
