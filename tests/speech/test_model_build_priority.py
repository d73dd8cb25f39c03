"""Only CTranslate2's native model is built on the lowered thread (its worker, which runs every
decode, inherits that priority); faster-whisper's Python around it runs on the calling thread,
at the window's priority: built wholly lowered, that Python held the GIL while the lowered
thread waited for a CPU, and the window waited with it. Checked by priority, not by time."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import ctranslate2
import pytest

from simulator.speech.asr import WhisperTranscriber, native_model_lowered
from simulator.speech.cpu import SPEECH_NICE


def _nice() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


def test_only_the_native_model_is_built_lowered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, int] = {}

    def native_model(path: str, **kwargs: Any) -> str:
        seen["native"] = _nice()
        return f"native {path}"

    monkeypatch.setattr(ctranslate2.models, "Whisper", native_model)

    class PythonModel:  # stands for faster_whisper.WhisperModel: Python around the native build
        def __init__(self, path: str, **kwargs: Any) -> None:
            seen["python before"] = _nice()
            self.model = ctranslate2.models.Whisper(path)
            seen["python after"] = _nice()

    mine = _nice()
    model = WhisperTranscriber()._open(PythonModel, tmp_path)
    assert model.model == f"native {tmp_path}"
    assert seen["python before"] == seen["python after"] == mine
    assert seen["native"] == min(19, mine + SPEECH_NICE)
    assert ctranslate2.models.Whisper is native_model  # put back after the build
    assert _nice() == mine


def test_a_failed_native_build_is_raised_and_the_patch_undone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(path: str, **kwargs: Any) -> None:
        raise RuntimeError("unsupported model")

    monkeypatch.setattr(ctranslate2.models, "Whisper", broken)
    with pytest.raises(RuntimeError, match="unsupported model"), native_model_lowered():
        ctranslate2.models.Whisper("x")
    assert ctranslate2.models.Whisper is broken
