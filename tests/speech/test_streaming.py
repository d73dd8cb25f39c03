"""StreamingSession: captions during the answer, the final transcript right after it."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from simulator.speech.asr import get_whisper
from simulator.speech.audiofile import float_to_pcm16, read_audio
from simulator.speech.fakes import FakeTranscriber
from simulator.speech.streaming import StreamingSession

RATE = 16_000


def hum(seconds: float) -> np.ndarray:
    t = np.arange(int(RATE * seconds)) / RATE
    return (0.2 * np.sign(np.sin(2 * np.pi * 150 * t))).astype(np.float32)


def feed_in_chunks(session: StreamingSession, samples: np.ndarray, chunk_s: float = 0.1) -> None:
    pcm = float_to_pcm16(samples)
    step = int(RATE * chunk_s) * 2
    for i in range(0, len(pcm), step):
        session.feed(pcm[i : i + step])


def test_segments_are_transcribed_during_the_answer() -> None:
    fake = FakeTranscriber("so I would start")
    session = StreamingSession(fake, partial_interval_s=None)
    quiet = np.zeros(RATE, np.float32)
    feed_in_chunks(session, np.concatenate([quiet, hum(2), quiet, hum(1.5), quiet]))
    assert fake.calls == ["array", "array"]  # both segments done before finish()
    assert session.partial_text() == "so I would start so I would start"
    result = session.finish()
    assert fake.calls == ["array", "array"]
    assert result.text == "so I would start so I would start"
    assert result.duration_s == pytest.approx(6.5)
    # Word times are relative to the whole recording, not to each segment; each piece starts
    # where the previous one ended, so no audio between two segments goes untranscribed.
    assert result.words[0].start == pytest.approx(0.0, abs=0.05)
    assert result.words[4].start == pytest.approx(3.2, abs=0.05)
    assert session.finish() is result


def test_a_long_segment_gets_a_moving_caption() -> None:
    fake = FakeTranscriber("and then")
    session = StreamingSession(fake, partial_interval_s=1.0)
    feed_in_chunks(session, hum(3.5))
    assert session.partial_text() == "and then"  # a guess at the open segment
    assert fake.calls.count("array") >= 2


def test_silence_only_gives_an_empty_transcript() -> None:
    session = StreamingSession(get_whisper(None))
    feed_in_chunks(session, np.zeros(RATE * 3, np.float32))
    assert session.finish().text == ""
    with pytest.raises(RuntimeError):
        session.feed(b"\0\0")


@pytest.mark.slow
def test_streamed_transcript_matches_the_answer_and_is_ready_at_once(
    speak: Callable[..., Path], wer: Callable[[str, str], float]
) -> None:
    text = (
        "I would start with a simple baseline model. Then I would look at the errors. "
        "Finally I would add features that fix the biggest groups of errors."
    )
    samples, _ = read_audio(speak(text))
    session = StreamingSession(get_whisper(None))
    feed_in_chunks(session, np.concatenate([samples, np.zeros(RATE * 2, np.float32)]))
    assert session.partial_text()
    started = time.perf_counter()
    result = session.finish()
    assert time.perf_counter() - started < 0.5  # everything was transcribed during the answer
    assert wer(text, result.text) <= 0.15, result.text
    assert [w.start for w in result.words] == sorted(w.start for w in result.words)
