"""Ctrl+P pressed again before the microphone's thread has acted on the last one (a quick
double press, or a held key's auto-repeat): each pause and resume reaches the microphone, and
a silence it heard before a pause never ends the answer. A stand-in microphone whose events
come when the test says, as the capture thread's do."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from simulator.ui.tasks import TaskManager
from simulator.ui.voice import VoiceAnswers
from tests.ui.waits import HANG_MS


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


class _Session:
    """The speech lane's streaming session: each chunk fed is a word once transcribed; a
    pause transcribes the words still open (their piece ends at the pause)."""

    def __init__(self) -> None:
        self.heard: list[str] = []
        self.open: list[str] = []

    def feed(self, pcm: bytes, *, guess: bool = True) -> None:
        self.open.append(pcm.decode())

    def pause(self) -> None:
        self.heard += self.open
        self.open = []

    def partial_text(self) -> str:
        return " ".join(self.heard)


class _Mic(QObject):
    audio_captured = Signal(bytes)
    paused = Signal()
    is_recording = True

    def pause(self) -> None:
        pass


def test_held_says_when_the_caption_holds_all_that_was_said_before_the_pause(qtbot) -> None:  # type: ignore[no-untyped-def]
    """What a person sees while paused: ``held`` comes once the chunks captured before the
    pause are transcribed, with the caption that holds them all."""
    tasks = TaskManager()
    try:
        voice = VoiceAnswers(tasks)
        mic = _Mic()
        voice._mic = mic  # type: ignore[assignment]
        voice._worker.session = _Session()  # type: ignore[assignment]
        mic.audio_captured.connect(voice._feed)
        mic.paused.connect(voice._mic_paused)
        voice.pause()
        for word in ("variance", "is", "large"):
            mic.audio_captured.emit(word.encode())
        with qtbot.waitSignal(voice.held, timeout=HANG_MS) as held:
            mic.paused.emit()  # after the last chunk before the pause, as the capture thread
        assert held.args == ["variance is large"]
    finally:
        tasks.shutdown()
