"""Every job given to a voice is answered: after its close, and after its thread ended.

The window waits for each sentence's future ("Interviewer is speaking", the answer not yet
recorded). A job queued to a closed voice, or to one whose thread had ended by an exception,
sat in a queue nobody read: the question was never read nor shown as text, and the interview
stood still. Stand-ins replace the voice model; events, not sleeps, order the steps.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from simulator.speech import piper_voice, tts
from simulator.speech.memory import TURNS
from simulator.speech.piper_voice import PiperModel, PiperSpeaker
from simulator.speech.tts import Pyttsx3Speaker, SpeechUnavailable


def _model(tmp_path: Path) -> PiperModel:
    return PiperModel("piper:stand-in", "Stand-in", "en-US", tmp_path / "m.onnx", tmp_path / "c")


def _fails_at_once(future: Future[Any]) -> str:
    """The future is already answered with ``SpeechUnavailable``; its message."""
    assert future.done(), "the job was queued where nobody reads it: its waiter waits forever"
    with pytest.raises(SpeechUnavailable) as failed:
        future.result(timeout=0)
    return str(failed.value)


def test_a_piper_voice_asked_after_its_close_says_so_at_once(tmp_path: Path) -> None:
    speaker = PiperSpeaker(tmp_path, _model(tmp_path))
    speaker.close()
    assert "closed" in _fails_at_once(speaker.render_parts("Tell me about a project.")[0])
    assert "closed" in _fails_at_once(speaker.load())
    assert "closed" in _fails_at_once(speaker.render_parts("Next one.", ahead=True)[0])


def test_an_espeak_voice_asked_after_its_close_says_so_at_once(tmp_path: Path) -> None:
    speaker = Pyttsx3Speaker(tmp_path)
    speaker.close()
    assert "closed" in _fails_at_once(speaker.render("Tell me about a project."))
    assert "closed" in _fails_at_once(speaker.voices())


class _Voice:
    """Stands in for a voice process whose end fails."""

    out_of_process = True

    def close(self) -> None:
        raise OSError("the process table is full")


def test_a_voice_thread_that_dies_answers_its_jobs_and_lets_go_of_the_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The thread dies while loading (anything its handlers do not catch), with a sentence
    queued behind: the load, the queued sentence and any later one fail with the reason."""
    loading, go = threading.Event(), threading.Event()

    def load_voice(_model: PiperModel) -> _Voice:
        loading.set()
        assert go.wait(timeout=30)
        raise SystemExit("stopped under us")  # not an Exception: the handlers let it through

    monkeypatch.setattr(piper_voice, "load_voice", load_voice)
    speaker = PiperSpeaker(tmp_path, _model(tmp_path))
    try:
        load = speaker.load()
        assert loading.wait(timeout=30)
        queued = speaker.render_parts("Tell me about a project.")[0]
        go.set()
        speaker._thread.join(timeout=30)
        assert not speaker._thread.is_alive()
        for future in (load, queued, speaker.render_parts("Next one.")[0]):
            assert "stopped under us" in _fails_at_once(future)
    finally:
        speaker.close()


def test_a_voice_whose_end_fails_is_no_longer_resident(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A voice still marked as keeping its model loaded makes every Whisper load wait for it
    to let go (speech.memory): an ended thread never does, so each waited out its patience."""
    monkeypatch.setattr(piper_voice, "load_voice", lambda _model: _Voice())
    monkeypatch.setattr(piper_voice, "warm_phonemizer", lambda _voice: None)
    speaker = PiperSpeaker(tmp_path, _model(tmp_path))
    speaker.load().result(timeout=30)
    assert id(speaker) in TURNS._residents
    speaker.close()
    assert not speaker._thread.is_alive()
    assert id(speaker) not in TURNS._residents


def test_an_espeak_thread_that_dies_answers_its_job_and_later_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def start_engine() -> None:
        raise SystemExit("stopped under us")  # not an Exception: the handlers let it through

    monkeypatch.setattr(tts, "_start_engine", start_engine)
    speaker = Pyttsx3Speaker(tmp_path)
    try:
        first = speaker.voices()
        speaker._thread.join(timeout=30)
        assert not speaker._thread.is_alive()
        for future in (first, speaker.render("Tell me about a project.")):
            assert "stopped under us" in _fails_at_once(future)
    finally:
        speaker.close()


def test_a_cancelled_render_is_passed_on_as_a_failure() -> None:
    """``Future.exception()`` raises for a cancelled future: raised in the done callback that
    passes a render on, it was only logged and the future the window waited on stayed pending."""
    from simulator.speech.voices import _chain

    source: Future[Path] = Future()
    target: Future[Path] = Future()
    _chain(source, target)
    assert source.cancel()
    assert "cancelled" in _fails_at_once(target)


class _SlowVoice:
    """Stands in for a voice whose first piece renders until the test lets it go."""

    class config:  # noqa: N801 (as PiperVoice.config)
        sample_rate = 22050

    def __init__(self) -> None:
        self.rendering, self.go = threading.Event(), threading.Event()
        self.pieces: list[str] = []

    def synthesize(self, piece: str, _config: object = None) -> list[object]:
        self.pieces.append(piece)
        self.rendering.set()
        assert self.go.wait(timeout=30)

        class Chunk:
            audio_int16_bytes = b"\x00\x10" * 2205  # 0.1 s, loud enough to be kept

        return [Chunk()]


def test_a_close_stops_a_long_sentence_between_its_pieces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long sentence renders in pieces of up to 8 words; a close's join (5 s) gave up while
    it went on under load, and the voice and its process outlived the window."""
    voice = _SlowVoice()
    monkeypatch.setattr(piper_voice, "load_voice", lambda _model: voice)
    monkeypatch.setattr(piper_voice, "warm_phonemizer", lambda _voice: None)
    speaker = PiperSpeaker(tmp_path, _model(tmp_path))
    sentence = " ".join(["one two three four five six seven eight"] * 4) + "."
    (future,) = speaker.render_parts(sentence)
    assert voice.rendering.wait(timeout=30)
    closer = threading.Thread(target=speaker.close, daemon=True)
    closer.start()
    assert speaker._closing.wait(timeout=30)
    voice.go.set()
    closer.join(timeout=30)
    assert not speaker._thread.is_alive()
    assert "closed" in _fails_at_once(future)
    assert len(voice.pieces) == 1  # the other pieces were not rendered


def test_an_espeak_close_fails_its_queued_jobs_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The queue is first in, first out: the stop put behind the queued jobs let every one be
    rendered first, and the window's close (GUI thread) waited for them (up to its 5 s join)."""
    rendering, go = threading.Event(), threading.Event()
    rendered: list[str] = []

    def render(_self: Pyttsx3Speaker, text: str) -> Path:
        rendering.set()
        assert go.wait(timeout=30)
        rendered.append(text)
        return tmp_path / f"{text}.wav"

    monkeypatch.setattr(tts, "_start_engine", object)
    monkeypatch.setattr(Pyttsx3Speaker, "_render", render)
    speaker = Pyttsx3Speaker(tmp_path)
    futures = [speaker.render(f"q{i}") for i in range(4)]
    assert rendering.wait(timeout=30)  # q0 under way, the rest queued
    closer = threading.Thread(target=speaker.close, daemon=True)
    closer.start()
    try:
        for future in futures[1:]:  # failed by the close, while q0 is still being rendered
            with pytest.raises(SpeechUnavailable, match="closed"):
                future.result(timeout=10)
    finally:
        go.set()
        closer.join(timeout=30)
    assert futures[0].result(timeout=10) == tmp_path / "q0.wav"
    assert rendered == ["q0"]
