"""Memory-heavy speech steps take turns (``speech.memory``): one at a time, a person's first,
nothing done ahead of time while an answer is recorded, no deadlock, and a closing voice stops
waiting. Fakes stand in for the engines, except in the last test (the real Whisper model)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from simulator.speech import memory, piper_voice
from simulator.speech.memory import LATER, NOW, TURNS, TurnAbandoned, Turns
from simulator.speech.tts import SpeechUnavailable


def _start(target: Any, *args: Any) -> threading.Thread:
    thread = threading.Thread(target=target, args=args, daemon=True)
    thread.start()
    return thread


def _until(condition: Any, seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def test_waiting_steps_go_by_priority_then_arrival() -> None:
    turns = Turns()
    order: list[str] = []
    release = threading.Event()

    def holder() -> None:
        with turns.step(NOW):
            release.wait(5)

    def step(name: str, priority: int) -> None:
        with turns.step(priority):
            order.append(name)

    first = _start(holder)
    _until(lambda: turns._owner is not None)
    threads = []
    for name, priority in (("refine", LATER), ("caption 1", NOW), ("next voice", LATER)):
        threads.append(_start(step, name, priority))
        waiting = len(threads)
        _until(lambda n=waiting: turns.waiting == n)
    threads.append(_start(step, "caption 2", NOW))
    _until(lambda: turns.waiting == 4)
    release.set()
    for thread in [first, *threads]:
        thread.join(5)
    assert order == ["caption 1", "caption 2", "refine", "next voice"]


def test_a_step_inside_a_step_of_the_same_thread_does_not_wait_for_itself() -> None:
    turns = Turns(max_wait_s=600)  # a self-deadlock would wait all of it
    waited: list[int] = []

    def nested() -> None:
        with turns.step(NOW), turns.step(LATER):
            waited.append(turns.waiting)
            with turns.step(NOW):
                waited.append(turns.waiting)

    worker = _start(nested)
    worker.join(60)  # generous for a loaded machine; a deadlock never ends
    assert not worker.is_alive() and waited == [0, 0]  # no step ever waited
    with turns.step(LATER):  # and the turn was handed back
        pass


def test_nothing_done_ahead_starts_while_an_answer_is_recorded() -> None:
    turns = Turns()
    ran: list[str] = []
    turns.listening(True)

    def refine() -> None:
        with turns.step(LATER):
            ran.append("refine")

    later = _start(refine)
    _until(lambda: turns.waiting == 1)
    time.sleep(0.2)
    with turns.step(NOW):  # a live caption is not held up
        ran.append("caption")
    assert ran == ["caption"]
    turns.listening(False)
    later.join(5)
    assert ran == ["caption", "refine"]


def test_a_holder_that_never_lets_go_delays_a_step_at_most_its_patience() -> None:
    turns = Turns(max_wait_s=0.3)
    stuck = threading.Event()

    def holder() -> None:
        with turns.step(NOW):
            stuck.wait(120)

    held = _start(holder)
    _until(lambda: turns._owner is not None)
    started = time.monotonic()
    with turns.step(NOW):
        waited = time.monotonic() - started
    # its patience, not the holder's 120 s (the upper bound is loose: a loaded machine is slow)
    assert 0.25 <= waited < 60
    assert turns._owner is not None  # running beside did not take the holder's turn
    stuck.set()
    held.join(5)


def test_a_waiting_step_gives_up_when_its_owner_closes_and_the_next_one_goes() -> None:
    turns = Turns()
    closing = threading.Event()
    outcome: list[str] = []
    release = threading.Event()

    def holder() -> None:
        with turns.step(NOW):
            release.wait(5)

    def abandoned() -> None:
        try:
            with turns.step(NOW, closing):
                outcome.append("ran")
        except TurnAbandoned:
            outcome.append("gave up")

    def next_one() -> None:
        with turns.step(LATER):
            outcome.append("next")

    held = _start(holder)
    _until(lambda: turns._owner is not None)
    waiter = _start(abandoned)
    _until(lambda: turns.waiting == 1)
    after = _start(next_one)
    _until(lambda: turns.waiting == 2)
    closing.set()
    waiter.join(5)
    assert outcome == ["gave up"]
    assert turns.waiting == 1  # it left the line
    release.set()
    after.join(5)
    held.join(5)
    assert outcome == ["gave up", "next"]


def test_an_exclusive_step_waits_for_a_resident_model_whose_own_steps_go_on() -> None:
    turns = Turns()
    asked: list[int] = []
    let_go = threading.Event()
    log: list[str] = []

    piper, whisper = object(), object()

    def voice() -> None:  # loads, is asked to let go, finishes its piece, unloads
        turns.resident(piper, True, lambda priority: (asked.append(priority), let_go.set()))
        assert let_go.wait(5)
        with turns.step(LATER):  # not held back by the decode waiting in front of it
            log.append("piece")
        log.append("unloaded")
        turns.resident(piper, False)

    def decode() -> None:
        with turns.step(NOW, owner=whisper):
            log.append("decode")

    resident_thread = _start(voice)
    _until(lambda: bool(turns._residents))
    decoder = _start(decode)
    resident_thread.join(5)
    decoder.join(5)
    assert asked and set(asked) == {NOW}  # asked (again at each wake-up) until it let go
    assert log == ["piece", "unloaded", "decode"]
    with turns.step(NOW):  # a step that is not exclusive never waited for the model
        pass


class _FakeVoice:
    """Stands in for piper.PiperVoice: records what it synthesised, in order."""

    def __init__(self) -> None:
        self.config = SimpleNamespace(sample_rate=16000)
        self.spoken: list[str] = []

    def synthesize(self, text: str, _config: Any) -> Iterator[Any]:
        self.spoken.append(text)
        tone = (np.sin(np.arange(1600) / 5) * 8000).astype(np.int16).tobytes()
        yield SimpleNamespace(audio_int16_bytes=tone)


@pytest.fixture
def fake_piper(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Any]:
    voice = _FakeVoice()
    monkeypatch.setattr(piper_voice, "load_voice", lambda _model: voice)
    monkeypatch.setattr(memory, "TURNS", Turns())  # this test's own turns
    model = piper_voice.PiperModel("piper:fake", "Fake", "en-US", tmp_path / "m", tmp_path / "c")
    speaker = piper_voice.PiperSpeaker(tmp_path / "cache", model)
    speaker.voice = voice  # type: ignore[attr-defined]
    yield speaker
    speaker.close()


def test_the_question_being_read_renders_before_those_rendered_ahead(fake_piper: Any) -> None:
    turns = memory.TURNS
    with turns.step(NOW):  # Whisper is decoding: the voice's thread waits for its turn
        ahead = fake_piper.render_parts("The next question.", ahead=True)
        _until(lambda: turns.waiting == 1)  # the first job has started and waits
        more_ahead = fake_piper.render_parts("A follow-up.", ahead=True)
        now = fake_piper.render_parts("The question read now.")
    for future in [*ahead, *more_ahead, *now]:
        future.result(timeout=5)
    assert fake_piper.voice.spoken == [
        "The next question.",
        "The question read now.",
        "A follow-up.",
    ]


def test_closing_the_voice_while_it_waits_for_its_turn_returns_at_once(fake_piper: Any) -> None:
    turns = memory.TURNS
    with turns.step(NOW):  # held by "Whisper" throughout
        first = fake_piper.render_parts("One.")[0]
        _until(lambda: turns.waiting == 1)
        queued = fake_piper.render_parts("Two.", ahead=True)[0]
        fake_piper.close()
        # the voice's thread gave up waiting and ended: close did not leave it stuck after its
        # 5 s join (checked without a clock: a loaded machine is slow at anything)
        assert not fake_piper._thread.is_alive()
    for future in (first, queued):
        with pytest.raises(SpeechUnavailable, match="closed"):
            future.result(timeout=1)
    assert fake_piper.voice.spoken == []


def test_a_decode_makes_the_loaded_voice_unload_after_the_question_being_read(
    fake_piper: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    loads: list[str] = []
    monkeypatch.setattr(
        piper_voice, "load_voice", lambda _m: loads.append("load") or fake_piper.voice
    )
    turns = memory.TURNS
    fake_piper.render_parts("The question.")[0].result(timeout=5)
    assert fake_piper._voice is not None  # loaded, idle: kept for a moment
    loaded_during_decode: list[bool] = []
    with turns.step(LATER):  # the decode waits until the voice has let go
        now = fake_piper.render_parts("Read now.")  # queued before the decode asked
    decoder = _start(
        lambda: _decode(turns, lambda: loaded_during_decode.append(fake_piper._voice is not None))
    )
    now[0].result(timeout=5)
    decoder.join(5)
    assert loaded_during_decode == [False]
    assert fake_piper.voice.spoken == ["The question.", "Read now."]  # read before it let go
    fake_piper.render_parts("Next.")[0].result(timeout=5)
    assert loads == ["load", "load"]  # loaded again for the next sentence


def test_a_caption_gets_the_memory_of_a_voice_rendering_ahead_during_an_answer(
    fake_piper: Any,
) -> None:
    turns = memory.TURNS
    fake_piper.render_parts("The question.")[0].result(timeout=5)  # loaded, kept a moment
    turns.listening(True)
    try:
        ahead = fake_piper.render_parts("The next question.", ahead=True)
        _until(lambda: turns.waiting == 1)  # its piece waits: nothing ahead while listening
        loaded_during_decode: list[bool] = []
        decoder = _start(
            lambda: _decode(
                turns, lambda: loaded_during_decode.append(fake_piper._voice is not None)
            )
        )
        decoder.join(5)  # not the minutes of the whole answer
        assert loaded_during_decode == [False]
        assert ahead[0].result(timeout=1)  # the voice finished that sentence, then let go
    finally:
        turns.listening(False)


def _decode(turns: Turns, during: Any) -> None:
    with turns.step(NOW, owner="whisper"):
        during()


@pytest.mark.slow
def test_a_whisper_chunk_waits_for_its_turn_and_then_reads_the_same(speak: Any) -> None:
    """The real model: decoding takes the turn (the hook in asr), and the text is right."""
    from simulator.speech.asr import get_whisper
    from simulator.speech.audiofile import read_audio

    samples, _ = read_audio(speak("Cross validation estimates the error on unseen data."))
    whisper = get_whisper(None)
    whisper.load()
    result: list[str] = []
    with TURNS.step(NOW):
        worker = _start(lambda: result.append(whisper.transcribe_array(samples).text))
        _until(lambda: TURNS.waiting == 1)
        time.sleep(0.2)
        assert not result  # still waiting: the voice (here, this test) holds the turn
    worker.join(60)
    assert "cross validation" in result[0].lower().replace("-", " ")


@pytest.mark.slow
def test_the_voice_loads_once_whisper_has_unloaded_and_whisper_loads_again_after(
    fake_piper: Any, speak: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real model: the two never stay loaded together (speech.memory)."""
    from simulator.speech.asr import WhisperTranscriber
    from simulator.speech.audiofile import read_audio

    samples, _ = read_audio(speak("Cross validation estimates the error on unseen data."))
    whisper = WhisperTranscriber()  # its own: the shared one stays as other tests left it
    whisper.load()
    whisper_loaded: list[bool] = []

    def load_voice(_model: Any) -> Any:
        whisper_loaded.append(whisper.loaded)
        return fake_piper.voice

    monkeypatch.setattr(piper_voice, "load_voice", load_voice)
    fake_piper.render_parts("The question.")[0].result(timeout=30)
    assert whisper_loaded == [False]  # it let go before the voice loaded
    text = whisper.transcribe_array(samples).text  # the voice lets go, Whisper loads again
    assert fake_piper._voice is None
    assert "cross validation" in text.lower().replace("-", " ")


def test_a_model_that_lets_go_at_once_does_not_keep_the_step_waiting() -> None:
    """An idle Whisper model unloads inside the waiting step's call (``let_go`` runs on the
    waiting thread and notifies before it waits): the step goes at once, not after
    ``max_wait_s`` (a whole test run stalled two minutes per decode)."""
    turns = Turns(max_wait_s=30)
    idle_model = object()
    turns.resident(idle_model, True, lambda _priority: turns.resident(idle_model, False))
    ran = threading.Event()

    def decode() -> None:
        with turns.step(NOW, owner="another model"):
            ran.set()

    worker = _start(decode)
    worker.join(5)
    assert ran.is_set()


def test_a_step_out_of_patience_still_waits_for_the_step_running_now() -> None:
    """Held back past its patience (work done ahead while an answer is recorded), a step goes
    next, but never beside a heavy step that is running: on a starved machine, one that ran
    beside after its patience made two peaks meet (a Piper load during a Whisper encode)."""
    turns = Turns(max_wait_s=0.2)
    turns.listening(True)
    ended = threading.Event()

    def holder() -> None:
        with turns.step(NOW):
            time.sleep(0.5)  # past the patience, well before the holder counts as stuck
        ended.set()

    held = _start(holder)
    _until(lambda: turns._owner is not None)
    with turns.step(LATER):
        assert turns._owner == threading.get_ident()  # its own turn, not beside the holder
        assert ended.wait(30)  # (at once: the holder has let go)
    held.join(5)
    turns.listening(False)


def test_two_resident_models_do_not_wait_for_each_other_voice60() -> None:
    """The voice loaded beside Whisper (its load out of patience while a long silent answer
    was recorded) renders its next piece ahead of time; the answer ends and its last words
    wait for the voice to let go. The voice finishes its piece, lets go, and the words are
    transcribed, rather than both waiting out the decode's patience (2 minutes in the app)."""
    turns = Turns(max_wait_s=60.0)
    piper, whisper = object(), object()
    log: list[str] = []
    let_go = threading.Event()
    turns.listening(True)  # the answer is not transcribed yet
    turns.resident(whisper, True, lambda _priority: None)  # in use: it stays
    turns.resident(piper, True, lambda _priority: let_go.set())

    def voice() -> None:
        with turns.step(LATER, owner=piper):  # its next piece, rendered ahead
            log.append("piece")
        if let_go.wait(5):
            log.append("unloaded")
            turns.resident(piper, False)

    def decode() -> None:
        with turns.step(NOW, owner=whisper):
            log.append("decode")

    rendering = _start(voice)
    _until(lambda: turns.waiting == 1)  # held back while the answer is recorded
    decoding = _start(decode)
    rendering.join(10)
    decoding.join(10)
    assert log == ["piece", "unloaded", "decode"]
    turns.listening(False)
