"""A caption guess whose cut encoder window (round 47, ``chunk_decoder.encoder_window``) leaves
Whisper looping past the audio's end is read again in the whole window: the loop's words were
dropped and the caption lost words the guess before had shown (round 48: beckett's "Fail
again." guessed as "Fair again. Fair again. ..." in every cut window with the filler prompt,
so the guess heard nothing)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from benchmarks.speech_set import BY_ID, clip, default_cache
from simulator.speech import silero
from simulator.speech.audiofile import SAMPLE_RATE, read_audio
from simulator.speech.chunk_decoder import decode_chunk, windowed


def _segment(text: str, words: list[tuple[str, float, float]], ratio: float) -> Any:
    return SimpleNamespace(
        text=text,
        seek=0,
        compression_ratio=ratio,
        words=[SimpleNamespace(word=f" {w}", start=s, end=e, probability=0.9) for w, s, e in words],
    )


class Looping:
    """Stands in for faster-whisper's model: in a cut window it loops on its last words."""

    def __init__(self) -> None:
        self.windows: list[int | None] = []

    def transcribe(self, audio: Any, **kw: Any) -> tuple[Any, None]:
        cut = getattr(self, "window_frames", None)
        self.windows.append(cut)
        if cut is not None:
            loop = [("Fair", 0.2, 0.6), ("again.", 0.6, 1.0)] + [("Fair", 1.4, 1.4)] * 20
            return iter([_segment("Fair again." * 11, loop, 9.0)]), None
        return iter(
            [_segment("Fail again.", [("Fail", 0.2, 0.6), ("again.", 0.6, 1.0)], 1.0)]
        ), None


def _decode(model: Any) -> list[str]:
    audio = np.zeros(int(1.5 * SAMPLE_RATE), np.float32)
    chunk = silero.Chunk(((0.0, 1.5),))
    words = decode_chunk(
        model,
        chunk,
        audio,
        language="en",
        beam_size=1,
        filler_prompt=None,
        context="",
        snr_db=40.0,
        offset=0.0,
        speech=SimpleNamespace(speech_s=lambda start, end, *a: end - start),  # type: ignore[arg-type]
        sure=True,
        retry=False,
        short_window=True,
    )
    return [w.word for w in words]


@pytest.fixture(autouse=True)
def _every_word_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """What Whisper heard is kept as it is (``decoding.keep``'s rules are not tested here)."""
    monkeypatch.setattr(
        "simulator.speech.decoding.keep", lambda heard, *a, **k: [h.word for h in heard]
    )
    monkeypatch.setattr("simulator.speech.decoding.unheard_s", lambda *a, **k: 0.0)


def test_a_guess_that_loops_in_its_cut_window_is_read_in_the_whole_window_r48() -> None:
    model = windowed(Looping)()
    assert _decode(model) == ["Fail", "again."]
    assert model.windows == [300, None]  # 1.5 s + 1 s margin, then the whole window


def test_a_guess_that_does_not_loop_is_read_once_r48() -> None:

    class Plain(Looping):
        def transcribe(self, audio: Any, **kw: Any) -> tuple[Any, None]:
            self.windows.append(getattr(self, "window_frames", None))
            return iter(
                [_segment("Fail again.", [("Fail", 0.2, 0.6), ("again.", 0.6, 1.0)], 1.0)]
            ), None

    model = windowed(Plain)()
    assert _decode(model) == ["Fail", "again."]
    assert model.windows == [300]


@pytest.mark.slow
def test_beckett_fail_again_guess_is_heard_r48() -> None:
    from simulator.speech.asr import get_whisper

    whisper = get_whisper(None)
    whisper.load()
    samples, _ = read_audio(clip(BY_ID["beckett"], "clean", default_cache()))
    said = samples[int(7.22 * SAMPLE_RATE) : int(8.70 * SAMPLE_RATE)]  # "Fail again."
    guess = whisper.transcribe_array(said, fast=True, snr_db=44.6)  # clean: the filler prompt
    assert guess.text.lower().replace(".", "") == "fail again"
