"""Ctrl+P pressed again before the microphone's thread has acted on the last one (a quick
double press, or a held key's auto-repeat): each pause and resume reaches the microphone, and
a silence it heard before a pause never ends the answer. A stand-in microphone whose events
come when the test says, as the capture thread's do."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from simulator.ui.tasks import TaskManager
from simulator.ui.voice import VoiceAnswers


class _SlowMic(QObject):
    """Requests are recorded; its events are emitted by the test (the capture thread's lag)."""

    silence_detected = Signal(float)
    resumed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[str] = []
        self.is_recording = True

    def pause(self) -> None:
        self.requests.append("pause")

    def resume(self) -> None:
        self.requests.append("resume")


def test_a_pause_asked_before_the_last_resume_arrived_still_holds_the_microphone() -> None:
    tasks = TaskManager()
    try:
        voice = VoiceAnswers(tasks)
        mic = _SlowMic()
        voice._mic = mic  # type: ignore[assignment]
        mic.silence_detected.connect(voice._silence)
        mic.resumed.connect(voice._mic_resumed)
        ended: list[str] = []
        voice.answer_ended.connect(ended.append)

        voice.pause()
        voice.resume()
        voice.pause()  # before the microphone said it records again
        assert mic.requests == ["pause", "resume", "pause"]
        mic.resumed.emit()  # the first resume, acted on late
        mic.silence_detected.emit(4.0)  # counted before the second pause
        assert ended == []
        voice.resume()
        assert mic.requests == ["pause", "resume", "pause", "resume"] and voice.paused
        mic.silence_detected.emit(4.0)  # before that resume was acted on
        assert ended == []
        mic.resumed.emit()
        assert not voice.paused
        mic.silence_detected.emit(4.0)  # recording again: a silence now ends the answer
        assert ended == ["4 seconds of silence"]
    finally:
        tasks.shutdown()
