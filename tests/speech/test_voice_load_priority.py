"""The voice's model is freed at the window's priority, not on its lowered thread.

The onnxruntime session's teardown holds the GIL in native code; on the voice's thread,
lowered so that rendering gives way to the window (``speech.cpu``), it kept the GIL while that
thread waited for a CPU, and the window waited with it. A stand-in model records the thread and
the nice value it is freed with."""

from __future__ import annotations

import os
import threading
import weakref
from pathlib import Path

import pytest

from simulator.speech import piper_voice
from simulator.speech.piper_voice import PiperModel, PiperSpeaker

pytestmark = pytest.mark.skipif(
    not hasattr(os, "setpriority") or not hasattr(threading, "get_native_id"),
    reason="per-thread priorities",
)


def _nice() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


class _Voice:
    """Stands in for a PiperVoice."""


def test_the_voice_model_is_freed_off_the_lowered_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, tuple[str, int]] = {}

    def load_voice(_model: PiperModel) -> _Voice:
        voice = _Voice()
        weakref.finalize(
            voice, lambda: seen.setdefault("freed", (threading.current_thread().name, _nice()))
        )
        return voice

    monkeypatch.setattr(piper_voice, "load_voice", load_voice)
    model = PiperModel("piper:stand-in", "Stand-in", "en-US", tmp_path / "m.onnx", tmp_path / "c")
    speaker = PiperSpeaker(tmp_path, model)
    owner = speaker._thread
    try:
        speaker.load().result(timeout=30)
        owner_nice = os.getpriority(os.PRIO_PROCESS, owner.native_id or 0)
        assert owner_nice > _nice(), "the voice's thread renders at a lower priority"
    finally:
        speaker.close()
    assert not owner.is_alive() and "freed" in seen
    name, nice = seen["freed"]
    assert name != "piper-voice"
    assert nice == _nice()  # the priority of the thread that made the speaker


def test_unloading_the_voice_runs_no_full_garbage_collection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full collection holds the GIL while it walks every object of the app, and could not
    free the voice anyway (frozen when it loaded): the reference count frees it."""
    import gc

    freed = threading.Event()

    def load_voice(_model: PiperModel) -> _Voice:
        voice = _Voice()
        weakref.finalize(voice, freed.set)
        return voice

    monkeypatch.setattr(piper_voice, "load_voice", load_voice)
    model = PiperModel("piper:stand-in", "Stand-in", "en-US", tmp_path / "m.onnx", tmp_path / "c")
    speaker = PiperSpeaker(tmp_path, model)
    full: list[int] = []

    def collection(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 2:
            full.append(1)

    try:
        speaker.load().result(timeout=30)
        speaker._put(None)  # stop the owner thread, then unload as it does when idle
        speaker._thread.join(timeout=10)
        gc.callbacks.append(collection)
        try:
            speaker._unload()
        finally:
            gc.callbacks.remove(collection)
    finally:
        speaker.close()
    assert freed.is_set() and not full


class _PhonemizingVoice:
    """Stands in for a PiperVoice whose phonemizer (espeak-ng, native code holding the GIL)
    starts up on its first use."""

    def __init__(self) -> None:
        self.phonemized: list[tuple[str, int]] = []

    def phonemize(self, _text: str) -> list[list[str]]:
        self.phonemized.append((threading.current_thread().name, _nice()))
        return [["h"]]


def test_the_phonemizer_starts_with_the_load_off_the_lowered_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    voice = _PhonemizingVoice()
    monkeypatch.setattr(piper_voice, "load_voice", lambda _model: voice)
    model = PiperModel("piper:stand-in", "Stand-in", "en-US", tmp_path / "m.onnx", tmp_path / "c")
    speaker = PiperSpeaker(tmp_path, model)
    try:
        speaker.load().result(timeout=30)
        assert len(voice.phonemized) == 1  # at the load, before any sentence is rendered
        name, nice = voice.phonemized[0]
        assert name != "piper-voice"
        assert nice == _nice()  # the window's priority, not the voice thread's
    finally:
        speaker.close()


def test_a_phonemizer_that_fails_to_start_leaves_the_load_to_go_on() -> None:
    class Broken:
        def phonemize(self, _text: str) -> list[list[str]]:
            raise RuntimeError("no espeak-ng data")

    piper_voice.warm_phonemizer(Broken())  # the first render reports it
    piper_voice.warm_phonemizer(object())  # a voice without a phonemizer
