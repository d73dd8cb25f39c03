"""A whole recording transcribed again when the app closes: told to stop near the end of the
close's wait, the decode stops between two pieces and what it heard is thrown away (the quick
transcript stays stored); the close then ends with no lane in native code (perf31: at load a
decode still running as the interpreter shut down ended the process with a segmentation fault
or an abort)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from simulator.core.transcript import Transcript
from simulator.speech.errors import TranscriptionCancelled
from simulator.ui import voice as voice_module
from simulator.ui.tasks import TaskManager
from simulator.ui.voice import VoiceAnswers


class _SlowWhisper:
    """Decodes piece after piece until told to stop, as ``WhisperTranscriber`` does."""

    def __init__(self) -> None:
        self.pieces = 0

    def transcribe_file(
        self,
        path: Path,
        *,
        topic: object = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Transcript:
        while cancelled is None or not cancelled():
            self.pieces += 1
            threading.Event().wait(0.01)
        return Transcript("what was heard so far")


def test_a_decode_running_at_close_is_stopped_and_thrown_away(qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    slow = _SlowWhisper()
    monkeypatch.setattr(voice_module, "_whisper", lambda model: slow)
    tasks = TaskManager()
    voice = VoiceAnswers(tasks)
    got: list[object] = []
    tasks.submit(
        lambda: voice.transcribe_whole(tmp_path / "answer.wav"),
        on_done=got.append,
        on_error=got.append,
        lane="speech-background",
    )
    qtbot.waitUntil(lambda: slow.pieces > 0, timeout=5000)
    assert tasks.drain(500)
    assert len(got) == 1 and isinstance(got[0], TranscriptionCancelled)
    assert tasks.busy() == []


def test_a_decode_not_told_to_stop_returns_its_transcript(qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    class Quick(_SlowWhisper):
        def transcribe_file(self, path: Path, **kwargs: object) -> Transcript:
            return Transcript("the whole answer")

    monkeypatch.setattr(voice_module, "_whisper", lambda model: Quick())
    tasks = TaskManager()
    voice = VoiceAnswers(tasks)
    try:
        assert voice.transcribe_whole(tmp_path / "answer.wav").text == "the whole answer"
    finally:
        assert tasks.shutdown(5000)


def test_only_whisper_is_asked_to_stop() -> None:
    """The SpeechRecognition engines' transcribe_file takes no ``cancelled``."""
    assert voice_module._whisper_engine("whisper")
    assert not voice_module._whisper_engine("sphinx") and not voice_module._whisper_engine("google")


def test_a_decode_stopped_by_the_close_is_logged_in_one_line(
    qtbot, monkeypatch, tmp_path, caplog
) -> None:  # type: ignore[no-untyped-def]
    slow = _SlowWhisper()
    monkeypatch.setattr(voice_module, "_whisper", lambda model: slow)
    tasks = TaskManager()
    voice = VoiceAnswers(tasks)
    tasks.submit(
        lambda: voice.transcribe_whole(tmp_path / "answer.wav"),
        on_error=lambda exc: None,
        lane="speech-background",
    )
    qtbot.waitUntil(lambda: slow.pieces > 0, timeout=5000)
    with caplog.at_level(logging.WARNING, logger="simulator.ui.tasks"):
        assert tasks.drain(500)
    assert "the app closed" in caplog.text and "Traceback" not in caplog.text
