"""StreamingSession: captions during the answer, the final transcript right after it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from benchmarks.speech_set import BY_ID, clip, default_cache
from simulator.core.speech_topic import SpeechTopic
from simulator.core.transcript import Transcript, Word
from simulator.speech.asr import get_whisper
from simulator.speech.audiofile import float_to_pcm16, read_audio
from simulator.speech.fakes import FakeTranscriber
from simulator.speech.streaming import StreamingSession
from simulator.speech.wer import word_error_rate

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
    session = StreamingSession(fake, partial_interval_s=None, context_s=0.0)
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


def test_each_piece_is_decoded_with_the_audio_before_it_as_context() -> None:
    fake = FakeTranscriber("so I would start")
    session = StreamingSession(fake, partial_interval_s=None, context_s=4.0)
    quiet = np.zeros(RATE, np.float32)
    feed_in_chunks(session, np.concatenate([quiet, hum(2), quiet, hum(1.5), quiet]))
    # the first piece starts at the start (no context); the second, from 3.2 s where the
    # first ended, gets all the 3.2 s before it, and its new words are those after the last
    # word already heard (the fake's "start" ends at 1.5 s), up to 1 s before the piece
    assert fake.contexts[0] == 0.0
    assert fake.contexts[1] == pytest.approx(3.2 - 1.0, abs=0.1)
    # the fake's words come back timed from the start of what it was given, which began at
    # 0 s both times: times stay those of the recording
    assert session.finish().words[4].start == pytest.approx(0.0, abs=0.05)


class Scripted:
    """A transcriber that answers each call with the next of ``replies`` (word, start, end)."""

    engine = "scripted"
    model_label = None

    def __init__(self, *replies: list[tuple[str, float, float]]) -> None:
        self.replies = list(replies)
        self.prompts: list[str | None] = []

    def transcribe_array(
        self,
        samples: np.ndarray,
        *,
        prompt: str | None = None,
        fast: bool = False,
        snr_db: float | None = None,
        context_s: float = 0.0,
        topic: object = None,
    ) -> Transcript:
        self.prompts.append(prompt)
        words = tuple(Word(*w) for w in self.replies.pop(0))
        return Transcript(" ".join(w.word for w in words), words, self.engine, None, 1.0)

    def transcribe_file(self, path: Path) -> Transcript:
        raise AssertionError("not used")


def test_a_word_heard_again_in_the_next_pieces_context_is_kept_once() -> None:
    # the first piece ends on "start", which Whisper places a little later when it hears it
    # again with the next piece: the same word, twice, 0.1 s apart
    scripted = Scripted(
        [("so", 0.2, 0.5), ("I'd", 0.6, 0.8), ("start", 1.0, 2.6)],
        [("start.", 2.7, 2.9), ("Then", 3.3, 3.6), ("scale.", 3.6, 4.2)],
    )
    session = StreamingSession(scripted, partial_interval_s=None, context_s=4.0)
    quiet = np.zeros(RATE, np.float32)
    feed_in_chunks(session, np.concatenate([quiet, hum(2), quiet, hum(1.5), quiet]))
    assert session.finish().text == "so I'd start Then scale."
    # the audio before is the context, not the text: the transcriber's own filler prompt
    # must come right before the audio (after the words said before, the "um"s were lost)
    assert scripted.prompts == [None, None]


@pytest.mark.slow
def test_a_live_piece_in_noise_is_heard_with_the_audio_before_it() -> None:
    # decoded alone, the pieces of this 10 dB recording came back "Ever tried. a very matter
    # Try again." (its first 7.5 s; the whole one ended "there we go They all bed up.")
    samples, _ = read_audio(clip(BY_ID["beckett"], "noisy", default_cache()))
    session = StreamingSession(get_whisper(None), partial_interval_s=None)
    feed_in_chunks(session, samples[: int(7.5 * RATE)])
    said = "ever tried ever failed no matter try again"
    assert word_error_rate(said, session.finish().text) <= 0.1


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
    decoded_at_finish: list[object] = []
    commit = session._commit

    def counted(event: object) -> None:
        decoded_at_finish.append(event)
        commit(event)  # type: ignore[arg-type]

    session._commit = counted  # type: ignore[method-assign]
    result = session.finish()
    # everything was transcribed during the answer: nothing is left to decode at the end
    # (counted, not timed: this asserted finish() < 0.5 s, which a loaded machine misses)
    assert decoded_at_finish == []
    assert wer(text, result.text) <= 0.15, result.text
    assert [w.start for w in result.words] == sorted(w.start for w in result.words)


def test_every_piece_and_every_caption_guess_is_decoded_with_the_question() -> None:
    fake = FakeTranscriber("so I would start")
    topic = SpeechTopic("What does XGBoost add?", ("hessian",))
    session = StreamingSession(fake, partial_interval_s=1.0, topic=topic)
    quiet = np.zeros(RATE, np.float32)
    feed_in_chunks(session, np.concatenate([quiet, hum(2.5), quiet, hum(1.5), quiet]))
    session.finish()
    assert len(fake.topics) >= 3 and set(fake.topics) == {topic}  # guesses and pieces alike


def test_a_pause_transcribes_the_words_so_far_and_keeps_them_apart_from_later_ones() -> None:
    """Paused mid-sentence: the caption shows every word said before the pause while it is
    paused; the audio after the resume is a piece of its own, in the same transcript."""
    fake = FakeTranscriber("so I would start")
    session = StreamingSession(fake, partial_interval_s=None, context_s=0.0)
    feed_in_chunks(session, np.concatenate([np.zeros(RATE, np.float32), hum(2)]))
    assert fake.calls == [] and session.partial_text() == ""  # still speaking: no piece yet
    session.pause()
    assert fake.calls == ["array"] and session.partial_text() == "so I would start"
    session.resume()
    feed_in_chunks(session, np.concatenate([hum(1.5), np.zeros(RATE, np.float32)]))
    result = session.finish()
    assert fake.calls == ["array", "array"]
    assert result.text == "so I would start so I would start"
    assert result.duration_s == pytest.approx(5.5)
    assert 2.75 <= result.words[4].start <= 3.05  # where the resume began
