"""A speech lane behind the speaker decodes no caption guess for audio already followed by
more: only the job of the last chunk queued guesses (on a busy machine the lane fell 5-23 s
behind and still decoded a guess for every 2 s of that old audio, ``benchmarks/
voice_interview.py`` stop 28). The transcript does not change: guesses are never part of it."""

from __future__ import annotations

import threading

import numpy as np
from PySide6.QtCore import QObject, Signal

from simulator.core.session.ports import SPEECH
from simulator.speech.audiofile import float_to_pcm16
from simulator.speech.fakes import FakeTranscriber
from simulator.speech.streaming import StreamingSession
from simulator.ui.tasks import TaskManager
from simulator.ui.voice import VoiceAnswers
from tests.ui.waits import HANG_MS

RATE = 16_000


class _Session:
    """The lane's streaming session: records whether each chunk was fed with a guess."""

    def __init__(self) -> None:
        self.guesses: list[tuple[str, bool]] = []

    def feed(self, pcm: bytes, *, guess: bool = True) -> None:
        self.guesses.append((pcm.decode(), guess))

    def partial_text(self) -> str:
        return " ".join(word for word, _ in self.guesses)


class _Mic(QObject):
    audio_captured = Signal(bytes)


def test_only_the_last_chunk_queued_behind_a_busy_lane_guesses(qtbot) -> None:  # type: ignore[no-untyped-def]
    tasks = TaskManager()
    try:
        voice = VoiceAnswers(tasks)
        mic = _Mic()
        mic.audio_captured.connect(voice._feed)
        session = _Session()
        voice._worker.session = session  # type: ignore[assignment]
        busy = threading.Event()
        tasks.lane(SPEECH).submit(lambda: busy.wait(10))  # a decode that takes a while
        for word in ("bias", "is", "error"):
            mic.audio_captured.emit(word.encode())
        busy.set()
        qtbot.waitUntil(lambda: len(session.guesses) == 3, timeout=HANG_MS)
        assert session.guesses == [("bias", False), ("is", False), ("error", True)]
        mic.audio_captured.emit(b"again")  # the lane has caught up: its chunk guesses
        qtbot.waitUntil(lambda: len(session.guesses) == 4, timeout=HANG_MS)
        assert session.guesses[-1] == ("again", True)
        qtbot.waitUntil(lambda: voice._caption == "bias is error again", timeout=HANG_MS)
    finally:
        tasks.shutdown()


def _hum(seconds: float) -> np.ndarray:
    t = np.arange(int(RATE * seconds)) / RATE
    return (0.2 * np.sign(np.sin(2 * np.pi * 150 * t))).astype(np.float32)


def _fed(guess: bool) -> tuple[FakeTranscriber, str]:
    fake = FakeTranscriber("and then")
    session = StreamingSession(fake, partial_interval_s=1.0)
    pcm = float_to_pcm16(np.concatenate([_hum(3.5), np.zeros(RATE, np.float32)]))
    step = int(RATE * 0.1) * 2
    for i in range(0, len(pcm), step):
        session.feed(pcm[i : i + step], guess=guess)
    return fake, session.finish().text


def test_a_chunk_fed_without_a_guess_decodes_only_the_finished_pieces() -> None:
    guessing, text = _fed(guess=True)
    behind, same_text = _fed(guess=False)
    assert guessing.calls.count("array") > behind.calls.count("array") == 1  # the piece alone
    assert same_text == text
