"""A first-use model download runs outside the memory turn (review of b25bc496, fix44).

A hub model asked for by name is downloaded on its first load. Inside the turn (``heavy_step``)
a download of minutes was presumed stuck after ``STUCK_HOLD_S`` and the voice loaded beside it;
a download needs no model memory, so it now runs before the turn is taken."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from simulator.speech import asr, memory
from simulator.speech.asr import WhisperTranscriber


def test_a_first_use_download_holds_no_turn_and_runs_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    downloads: list[object] = []  # who held the turn while each download ran
    loaded_from: list[str] = []

    def download(name: str, *_: Any, **__: Any) -> Path:
        downloads.append(memory.TURNS._owner)
        return tmp_path / name

    def load_model(_self: WhisperTranscriber, source: str) -> object:
        assert memory.TURNS._owner is not None  # the load itself takes the turn
        loaded_from.append(source)
        return object()

    monkeypatch.setattr(asr, "download_model", download)
    monkeypatch.setattr(WhisperTranscriber, "_load_model", load_model)
    transcriber = WhisperTranscriber("base.en")
    try:
        transcriber.load()
        transcriber._let_go(memory.NOW)  # unloaded: the next load needs no download
        transcriber.load()
    finally:
        transcriber._let_go(memory.NOW)
    assert downloads == [None]
    assert loaded_from == [str(tmp_path / "base.en")] * 2
