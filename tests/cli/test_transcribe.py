"""``ml-interview transcribe``: JSON output, and one clear line for every bad file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile

from simulator.cli import main

TEXT = "Regularization reduces overfitting by penalizing large weights."


@pytest.fixture(scope="module")
def spoken(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "answer.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-w", str(out), TEXT], check=True)
    return out


@pytest.mark.slow
def test_json_has_text_words_engine_model_and_duration(
    spoken: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["transcribe", str(spoken), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"text", "words", "engine", "model", "duration_s"}
    assert "overfitting" in data["text"].lower()
    assert data["engine"] == "faster-whisper" and data["model"] == "tiny.en"
    assert data["duration_s"] == pytest.approx(soundfile.info(str(spoken)).duration, abs=0.01)
    first = data["words"][0]
    assert set(first) == {"word", "start", "end", "probability"}
    assert 0 <= first["start"] <= first["end"]
    # Whisper says how sure it was of each word (the review shows unsure words, round 39)
    assert 0.0 <= first["probability"] <= 1.0


@pytest.mark.slow
def test_plain_output_is_the_text(spoken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["transcribe", str(spoken)]) == 0
    out = capsys.readouterr().out.strip()
    assert "overfitting" in out.lower() and not out.startswith("{")


@pytest.mark.slow
def test_stereo_44k1_is_accepted(
    spoken: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mono, rate = soundfile.read(str(spoken), dtype="float32")
    n = int(len(mono) * 44_100 / rate)
    resampled = np.interp(np.arange(n) * rate / 44_100, np.arange(len(mono)), mono)
    stereo = tmp_path / "stereo.wav"
    soundfile.write(str(stereo), np.stack([resampled, resampled * 0.8], axis=1), 44_100)
    assert main(["transcribe", str(stereo), "--json"]) == 0
    assert "overfitting" in json.loads(capsys.readouterr().out)["text"].lower()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.wav", None, "no such file"),
        ("empty.wav", b"", "empty"),
        ("notes.wav", b"These are notes, not a recording.\n" * 10, "not an audio file"),
        (
            "broken.wav",
            b"RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00junk" + b"\xff" * 40,
            "corrupt",
        ),
    ],
)
def test_bad_file_is_one_line_naming_it_and_exit_1(
    tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = subprocess.run(
        [sys.executable, "-m", "simulator", "transcribe", str(path), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(path) in lines[0] and message in lines[0]
    assert "Traceback" not in result.stderr


def test_unknown_model_is_a_user_error(spoken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["transcribe", str(spoken), "--model", "gigantic"]) == 1
    err = capsys.readouterr().err
    # (as score --audio says it: the file not transcribed, then why)
    assert err.startswith(
        f"ml-interview: cannot transcribe {spoken}: unknown speech model 'gigantic'"
    )


@pytest.mark.slow
@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_a_file_of_silence_says_no_speech_was_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], as_json: bool
) -> None:
    """It printed an empty line and exited 0, as if the transcript were empty by success."""
    silence = tmp_path / "silence.wav"
    soundfile.write(str(silence), np.zeros(3 * 16_000, dtype=np.float32), 16_000)
    assert main(["transcribe", str(silence), *(["--json"] if as_json else [])]) == 1
    out = capsys.readouterr()
    assert str(silence) in out.err and "no speech found" in out.err and "3.0 s" in out.err
    if as_json:  # still one JSON document for a script to read
        assert json.loads(out.out)["text"] == ""
    else:
        assert out.out == ""


@pytest.mark.slow
def test_scoring_a_file_of_silence_says_no_speech_was_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    silence = tmp_path / "silence.wav"
    soundfile.write(str(silence), np.zeros(2 * 16_000, dtype=np.float32), 16_000)
    assert main(["score", "--question", "tech.bias-variance", "--audio", str(silence)]) == 0
    out = capsys.readouterr()
    assert "0/100" in out.out and "no speech found" in out.err and str(silence) in out.err
