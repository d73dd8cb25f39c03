"""A closed interviewer speaker starts no engine (issue 8, hang44).

The window's close failed the Piper job under way with "the voice was closed"; the fallback
chain took that for a broken Piper voice and started espeak-ng to read the question instead: a
``tts-owner`` thread nobody closed (tests/ui/test_read_only_run_home.py left one running in each
run, named by the suite's end-of-run list), and "the voice was closed" kept as the reason Piper
was not used. Stand-ins for both engines: no voice is rendered."""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path

import pytest

from simulator.speech import voices
from simulator.speech.errors import SpeechUnavailable
from simulator.speech.jobs import CLOSED, refuse
from simulator.speech.piper_voice import PiperModel


class _Piper:
    """A Piper voice whose jobs wait until its close fails them, as the real one's do."""

    def __init__(self, *_args: object) -> None:
        self.jobs: list[Future[Path]] = []

    def render_parts(self, _text: str, _rate: int, ahead: bool = False) -> list[Future[Path]]:
        self.jobs.append(Future())
        return [self.jobs[-1]]

    def close(self) -> None:
        for job in self.jobs:
            refuse(job, CLOSED)


class _Espeak:
    started: list[_Espeak] = []

    def __init__(self, *_args: object, **_kwargs: object) -> None:
        _Espeak.started.append(self)


@pytest.fixture
def speaker(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> voices.InterviewerSpeaker:
    monkeypatch.setattr(voices, "PiperSpeaker", _Piper)
    monkeypatch.setattr(voices, "Pyttsx3Speaker", _Espeak)
    _Espeak.started = []
    model = PiperModel("piper:joe", "Joe", "en-US", tmp_path / "joe.onnx", tmp_path / "j.json")
    return voices.InterviewerSpeaker(tmp_path, piper_models=[model])


def test_a_question_failed_by_the_close_is_not_read_by_espeak(
    speaker: voices.InterviewerSpeaker,
) -> None:
    (part,) = speaker.render_parts("Tell me about a model you shipped.")
    speaker.close()
    with pytest.raises(SpeechUnavailable, match=CLOSED):
        part.result(timeout=5)
    assert _Espeak.started == []  # (before: started to read it, and never closed)
    assert speaker.fallback_reason == ""  # the Piper voice is not broken


def test_nothing_asked_after_the_close_starts_an_engine(
    speaker: voices.InterviewerSpeaker,
) -> None:
    speaker.close()
    asked = [
        speaker.render("Hello."),
        *speaker.render_parts("Hello."),
        *speaker.render_ahead("Next question."),
        speaker.voices(),
    ]
    speaker.preload()
    for future in asked:
        with pytest.raises(SpeechUnavailable, match=CLOSED):
            future.result(timeout=5)
    assert _Espeak.started == [] and speaker._piper == {}
