"""A Whisper model folder whose model.bin or config.json is cut short (attack run 49, a copy
stopped half way): transcribe and the window said CTranslate2's "Variable
'decoder/embeddings/weight' has an invalid payload size", "File model.bin is incomplete: failed
to read a value of size 4 at position 0" or "[json.exception.parse_error.101] parse error at
line 2, column 1: ...", and doctor the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.cli import doctor
from simulator.speech.asr import ModelUnavailableError, WhisperTranscriber
from tests.speech.model_folders import bundled_but


def _cut(tmp_path: Path, name: str, keep: int) -> Path:
    folder, bundled = bundled_but(tmp_path, name, "copied-model")
    with (bundled / name).open("rb") as whole:
        (folder / name).write_bytes(whole.read(keep))
    return folder


@pytest.mark.parametrize(
    ("name", "keep", "said"),
    [
        ("model.bin", 0, "its model.bin is cut short or damaged: copy or download the model again"),
        ("model.bin", 4096, "its model.bin is cut short or damaged"),
        ("config.json", 7, "its config.json is not valid JSON: copy or download the model again"),
    ],
)
def test_a_model_cut_short_is_said_so_hard49(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, keep: int, said: str
) -> None:
    monkeypatch.setenv("ML_INTERVIEW_DATA_DIR", str(tmp_path / "data"))
    folder = _cut(tmp_path, name, keep)
    with pytest.raises(ModelUnavailableError) as caught:
        WhisperTranscriber(str(folder)).load()
    message = str(caught.value)
    assert message == f"{folder}: cannot load speech model ({said})" or said in message, message
    assert "payload" not in message and "json.exception" not in message, message
    assert "position 0" not in message, message


def test_doctor_says_the_chosen_model_is_cut_short_hard49(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    folder = _cut(tmp_path, "model.bin", 4096)
    (data / "settings.json").write_text(f'{{"speech_model": "{folder}"}}')
    monkeypatch.setenv("ML_INTERVIEW_DATA_DIR", str(data))
    check = doctor.check_speech_model()
    assert not check.ok
    assert check.detail == (
        f"cannot load the model chosen in Settings at {folder}: its model.bin is cut short or "
        "damaged: copy or download the model again"
    ), check
