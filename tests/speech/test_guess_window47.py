"""A live caption's guess is decoded with an encoder window cut to its own audio, not Whisper's
30 s one: the encoder was most of a guess's cost (round 47, ``benchmarks/caption_lag.py``). The
transcript's own decodes keep the whole window."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from benchmarks.speech_set import BY_ID, clip, default_cache
from simulator.speech.audiofile import read_audio
from simulator.speech.chunk_decoder import encoder_window, windowed


class Encoder:
    """Stands in for faster-whisper's model: records the frames each encode was given."""

    def __init__(self) -> None:
        self.frames: list[int] = []

    def encode(self, features: Any) -> Any:
        self.frames.append(features.shape[-1])
        return features


def test_the_window_holds_the_audio_and_the_margin_then_is_whole_again() -> None:
    model = windowed(Encoder)()
    features = np.zeros((80, 3000), np.float32)
    with encoder_window(model, 2.3):  # 2.3 s + 1 s margin, in whole seconds
        model.encode(features)
    model.encode(features)
    with encoder_window(model, None):
        model.encode(features)
    with encoder_window(model, 45.0):  # never more than Whisper's window
        model.encode(features)
    assert model.frames == [400, 3000, 3000, 3000]


def test_the_window_is_whole_again_after_a_failed_decode() -> None:
    model = windowed(Encoder)()
    with pytest.raises(RuntimeError), encoder_window(model, 1.0):
        raise RuntimeError("decoding failed")
    model.encode(np.zeros((80, 3000), np.float32))
    assert model.frames == [3000]


def test_a_model_of_another_kind_keeps_its_window() -> None:
    model = Encoder()
    with encoder_window(model, 1.0):
        model.encode(np.zeros((80, 3000), np.float32))
    assert model.frames == [3000] and not hasattr(model, "window_frames")


@pytest.mark.slow
def test_a_guess_encodes_its_own_seconds_and_hears_the_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from simulator.speech.asr import get_whisper

    whisper = get_whisper(None)
    whisper.load()
    model = whisper._model  # noqa: SLF001 (the loaded faster-whisper model)
    assert hasattr(model, "window_frames")  # made by chunk_decoder.windowed
    frames: list[int] = []
    encode = type(model).encode

    def counted(self: Any, features: Any) -> Any:
        result = encode(self, features)
        frames.append(int(result.shape[1]) * 2)  # the encoder halves the frames
        return result

    monkeypatch.setattr(type(model), "encode", counted)
    samples, _ = read_audio(clip(BY_ID["beckett"], "clean", default_cache()))
    said = samples[: int(5.5 * 16_000)]  # 1.5 s of room, then "Ever tried. Ever failed."
    guess = whisper.transcribe_array(said, fast=True)
    assert frames and max(frames) <= 700  # at most 5.5 s and the margin, not 3000 frames
    assert "ever tried" in guess.text.lower().replace(",", "").replace(".", "")
    frames.clear()
    whisper.transcribe_array(said)  # a transcript's decode: the whole window
    assert frames and min(frames) == 3000
