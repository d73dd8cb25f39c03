"""Work done ahead of time lets Whisper's model go for a step someone waits for (issue 8,
perf58).

The whole-file transcription (``later()``) decodes one chunk per memory turn. A step of the
voice that someone waits for (the next question read aloud) waited for Whisper's resident model
to let go, but asked it only when it found the turn free, and the next chunk's step took the turn
back at once: at load 13-17 the voice waited out its patience (``MAX_WAIT_S``, 120 s) and then
loaded beside the model (``benchmarks/voice_interview.py``: 453 MB, goal 450). Now the work done
ahead lets the model go before its next step while such a step waits, and goes after it."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from simulator.speech import asr, memory
from tests.speech.test_memory_turns import _start, _until

CHUNKS = 5


def _refine_and_voice(monkeypatch: pytest.MonkeyPatch, priority: int) -> list[tuple[str, bool]]:
    turns = memory.Turns()
    monkeypatch.setattr(memory, "TURNS", turns)
    whisper = asr.WhisperTranscriber()
    whisper._model = object()  # loaded (no real model needed: the steps decode nothing)
    turns.resident(whisper, True, whisper._let_go)
    voice = object()
    first_chunk, go_on = threading.Event(), threading.Event()
    order: list[tuple[str, bool]] = []

    def refine() -> None:  # the chunks' steps, as ``_decode`` takes them
        with memory.later():
            for chunk in range(CHUNKS):
                whisper._make_way()
                with memory.heavy_step(owner=whisper):
                    order.append(("chunk", whisper.loaded))
                    if chunk == 0:
                        first_chunk.set()
                        assert go_on.wait(10)

    def voice_step() -> None:
        with memory.TURNS.step(priority, owner=voice):
            order.append(("voice", whisper.loaded))

    worker = _start(refine)
    assert first_chunk.wait(10)
    speaker = _start(voice_step)
    _until(lambda: turns.waiting == 1)  # the voice waits for Whisper's memory
    go_on.set()
    for thread in (worker, speaker):
        thread.join(20)
    return order


def test_the_refine_lets_the_model_go_for_the_voice_someone_waits_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    order = _refine_and_voice(monkeypatch, memory.NOW)
    assert order[:2] == [("chunk", True), ("voice", False)]  # next, and the model gone
    assert len(order) == CHUNKS + 1


def test_the_refine_keeps_the_model_for_the_voice_rendering_ahead(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Two kinds of work done ahead do not unload each other's model at every step."""
    order = _refine_and_voice(monkeypatch, memory.LATER)
    assert [who for who, _loaded in order[:CHUNKS]] == ["chunk"] * CHUNKS
    assert order[-1][0] == "voice"


def test_a_model_in_use_is_not_taken_from_its_step(monkeypatch: pytest.MonkeyPatch) -> None:
    """The live lane holds the model's lock while it decodes: making way leaves it loaded."""
    turns = memory.Turns()
    monkeypatch.setattr(memory, "TURNS", turns)
    whisper: Any = asr.WhisperTranscriber()
    whisper._model = object()
    turns.resident(whisper, True, whisper._let_go)
    queued = threading.Event()

    def waiting_voice() -> None:
        queued.set()
        with memory.TURNS.step(memory.NOW, owner=object()):
            pass

    with whisper._lock:  # a live decode
        voice = _start(waiting_voice)
        assert queued.wait(10)
        _until(lambda: turns.waiting == 1)
        with memory.later():
            whisper._make_way()
        assert whisper.loaded
    _until(lambda: not whisper.loaded or turns.waiting == 0, 10)
    voice.join(10)
