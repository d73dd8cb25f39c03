"""A Whisper model folder whose tokenizer.json is cut short or is not a tokenizer (a copy stopped
half way, a file from elsewhere) names that file (attack run 60: transcribe and doctor said only
the JSON reader's "Unterminated string starting at: line 247 column 7 (char 4996)", or the
tokenizer library's "missing field `model`", naming no file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.cli import doctor
from simulator.speech.asr import ModelUnavailableError, WhisperTranscriber
from tests.speech.model_folders import bundled_but


def _tokenizer(tmp_path: Path, text: str | None) -> Path:
    folder, bundled = bundled_but(tmp_path, "tokenizer.json", "copied-model")
    whole = (bundled / "tokenizer.json").read_text(encoding="utf-8")
    (folder / "tokenizer.json").write_text(whole[:5000] if text is None else text)
    return folder


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (None, "its tokenizer.json is not valid JSON (cut short or damaged)"),
        ("{}", "its tokenizer.json is not a tokenizer the model can read"),
    ],
)
def test_a_damaged_tokenizer_is_named_attack60(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str | None, said: str
) -> None:
    monkeypatch.setenv("ML_INTERVIEW_DATA_DIR", str(tmp_path / "data"))
    folder = _tokenizer(tmp_path, text)
    with pytest.raises(ModelUnavailableError) as caught:
        WhisperTranscriber(str(folder)).load()
    assert str(caught.value) == (
        f"{folder}: cannot load speech model ({said}: copy or download the model again)"
    )


def test_doctor_names_the_damaged_tokenizer_attack60(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    folder = _tokenizer(tmp_path, None)
    (data / "settings.json").write_text(f'{{"speech_model": "{folder}"}}')
    monkeypatch.setenv("ML_INTERVIEW_DATA_DIR", str(data))
    check = doctor.check_speech_model()
    assert not check.ok
    assert check.detail == (
        f"cannot load the model chosen in Settings at {folder}: its tokenizer.json is not valid "
        "JSON (cut short or damaged): copy or download the model again"
    )
