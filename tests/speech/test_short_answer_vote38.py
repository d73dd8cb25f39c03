"""Round 38 (speech38, issue 8): a short noisy answer is read as the stored transcript reads it
(``speech.vote``) on the live path too, so that what the person is shown first and what is
stored agree. held16 at 10 dB: the live path read "Message marked urgent" once as "that's it
Mark, good." (4 errors) where the stored transcript's vote kept "message Mark, again" (2); the
only difference between the two paths on that split (21.6 % live vs 19.3 % stored)."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.speech import silero, vote
from simulator.speech.asr import WhisperTranscriber
from simulator.speech.streaming import StreamingSession
from tests.speech.test_vote35 import _decode, _Model


def test_a_short_noisy_chunk_is_voted_on_even_when_not_stored() -> None:
    text, firsts = _decode(10.0, voted=False, seconds=1.0)
    assert firsts == [0.0, *map(float, vote.SHIFTS)]
    assert text == "no"


def test_a_long_noisy_chunk_is_voted_on_only_when_stored() -> None:
    # (the fake's one word leaves most of 3 s unheard: each reading is decoded again with less
    # prompt, from the same start)
    text, firsts = _decode(10.0, voted=False, seconds=3.0)
    assert text == "bye" and set(firsts) == {0.0}
    text, firsts = _decode(10.0, voted=True, seconds=3.0)
    assert text == "no" and set(firsts) == {0.0, *map(float, vote.SHIFTS)}


def test_a_short_clean_chunk_and_a_caption_guess_are_read_once() -> None:
    assert _decode(40.0, voted=False) == ("bye", [0.0])
    assert _decode(10.0, voted=False, fast=True) == ("bye", [0.0])


def test_short_means_a_short_answers_speech() -> None:
    speech = silero.SpeechMap(np.array([1.0] * 40 + [0.0] * 100, np.float32))  # 1.28 s
    assert vote.short(silero.Chunk(((0.0, 4.0),)), speech)
    assert not vote.short(silero.Chunk(((0.0, 4.0),)), silero.SpeechMap(np.ones(140, np.float32)))


def test_a_short_noisy_live_answer_is_read_with_the_vote(monkeypatch: pytest.MonkeyPatch) -> None:
    """Through ``StreamingSession``: the one short piece of a noisy answer is read from every
    shifted start, and the words the shifted readings agree on are what the live path keeps."""
    model = _Model()
    whisper = WhisperTranscriber()
    whisper._model = model
    speech = silero.SpeechMap(np.array([0.0] * 30 + [1.0] * 30 + [0.0] * 40, np.float32))
    monkeypatch.setattr(silero, "listen", lambda samples: ([(1.0, 2.0)], speech))
    rng = np.random.default_rng(0)
    noisy = rng.standard_normal(16_000 * 3).astype(np.float32) * 0.01
    noisy[16_000:32_000] *= 4.0  # a second of "speech" 12 dB over the noise
    session = StreamingSession(whisper, partial_interval_s=None)
    session.feed((np.clip(noisy, -1, 1) * 32767).astype("<i2").tobytes())
    text = session.finish().text
    assert len(model.firsts) == 1 + len(vote.SHIFTS)
    assert text == "no"
