"""A natural (Piper) voice whose model is cut short is said, and espeak-ng reads instead
(attack run 52: en_US-joe-medium.onnx cut to 5 MB of 63, as an interrupted install leaves it).
The interviewer went on in espeak-ng's robotic voice without a word while Settings still named
Joe, and `ml-interview speak` printed only 'voice espeak-ng (default voice)'; the reason,
naming the file, was kept in InterviewerSpeaker.fallback_reason and shown nowhere."""

from __future__ import annotations

import shutil
from concurrent.futures import Future
from pathlib import Path

import pytest

REASON = (
    "the Piper voice Joe could not load (InvalidProtobuf: [ONNXRuntimeError] : 7 : "
    "INVALID_PROTOBUF : Load model from /x/en_US-joe-medium.onnx failed:Protobuf parsing failed.)"
)


class _FellBack:
    """A speaker whose Piper voice failed: it renders with espeak-ng and says why."""

    built = True
    fallback_reason = REASON

    def __init__(self, path: Path) -> None:
        self.path = path

    def render_parts(self, text: str) -> list[Future[Path]]:
        done: Future[Path] = Future()
        done.set_result(self.path)
        return [done]


def test_the_window_says_the_natural_voice_failed_r52(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtMultimedia import QMediaDevices

    from simulator.ui.interviewer_voice import NO_OUTPUT, InterviewerVoice
    from simulator.ui.tasks import TaskManager

    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    tasks = TaskManager()
    voice = InterviewerVoice(_FellBack(tmp_path / "part.wav"), tasks)  # type: ignore[arg-type]
    notices: list[str] = []
    voice.notice_posted.connect(notices.append)
    said: list[str] = []
    voice.say("Welcome.", lambda: said.append("welcome"))
    qtbot.waitUntil(lambda: said == ["welcome"], timeout=5000)
    told = "T" + REASON[1:] + ": espeak-ng reads the questions instead."
    assert notices == [told, NO_OUTPUT]
    voice.say("Next?", lambda: said.append("next"))
    qtbot.waitUntil(lambda: said == ["welcome", "next"], timeout=5000)
    assert notices.count(told) == 1  # once
    assert tasks.shutdown(5000)


def test_speak_says_the_natural_voice_failed_r52(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from simulator.cli import main
    from simulator.speech import piper_voice, voices

    (model,) = piper_voice.installed_models()
    cut = tmp_path / model.model.name
    cut.write_bytes(model.model.read_bytes()[:5_000_000])
    shutil.copy(model.config, tmp_path / model.config.name)
    broken = piper_voice.PiperModel(
        model.id, model.name, model.language, cut, tmp_path / model.config.name
    )
    monkeypatch.setattr(voices, "installed_models", lambda: [broken])
    code = main(["speak", "Hello there.", "-o", str(tmp_path / "out.wav")])
    out, err = capsys.readouterr()
    assert code == 0 and "espeak-ng" in out
    assert "the Piper voice Joe could not load" in err and str(cut) in err, err
