"""Live caption guesses cost little: each decodes only the open segment's new audio, a slow
one spaces out the next, and a guess is one greedy pass; the pieces (the live transcript) and
the whole-file decode keep their settings. No timing: the decoder's slowness is a fake clock."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from simulator.core.speech_topic import SpeechTopic
from simulator.core.transcript import Transcript, Word
from simulator.speech import silero, streaming
from simulator.speech.asr import WhisperTranscriber
from simulator.speech.audiofile import float_to_pcm16
from simulator.speech.fakes import FakeTranscriber
from simulator.speech.streaming import StreamingSession

RATE = 16_000
LONGEST_GUESS_S = streaming.MAX_GUESS_S + streaming.GUESS_CONTEXT_S + 0.01


def hum(seconds: float) -> np.ndarray:
    t = np.arange(int(RATE * seconds)) / RATE
    return (0.2 * np.sign(np.sin(2 * np.pi * 150 * t))).astype(np.float32)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class Timed(FakeTranscriber):
    """Hears a word ("w") every 0.5 s of the audio it is given, records how much audio each
    guess covered, and takes ``cost_s`` of the fake clock."""

    def __init__(self, clock: Clock, cost_s: float = 0.0) -> None:
        super().__init__("word")
        self.clock, self.cost_s = clock, cost_s
        self.guesses: list[float] = []  # seconds of audio in each caption guess
        self.pieces = 0

    def transcribe_array(
        self,
        samples: np.ndarray,
        *,
        prompt: str | None = None,
        fast: bool = False,
        snr_db: float | None = None,
        context_s: float = 0.0,
        topic: SpeechTopic | None = None,
    ) -> Transcript:
        seconds = samples.size / RATE
        if fast:
            self.guesses.append(seconds)
        else:
            self.pieces += 1
        self.clock.now += self.cost_s
        n = int(seconds / 0.5)
        words = tuple(Word("w", i * 0.5, i * 0.5 + 0.4) for i in range(n))
        text = " ".join(w.word for w in words)
        return Transcript(text, words, self.engine, "fake", round(seconds, 3))


def fed(transcriber: FakeTranscriber, clock: Clock, audio: np.ndarray) -> StreamingSession:
    session = StreamingSession(transcriber, partial_interval_s=2.0, clock=clock)
    pcm = float_to_pcm16(audio)
    step = int(RATE * 0.1) * 2
    for i in range(0, len(pcm), step):
        session.feed(pcm[i : i + step])
    return session


def test_a_guess_decodes_only_the_new_audio_of_a_long_open_segment() -> None:
    clock = Clock()
    fake = Timed(clock)
    session = fed(fake, clock, hum(19.0))  # one segment, still open
    assert len(fake.guesses) >= 6
    # each guess: the audio since the last settled word (the words of the guess before are
    # settled by this one) and a second before it, not the whole open segment (18 s at the
    # last guess, before)
    assert max(fake.guesses) <= LONGEST_GUESS_S
    assert sum(fake.guesses) < 0.6 * sum(2.0 * (i + 1) for i in range(len(fake.guesses)))
    # the caption still holds a word for every half second of the segment heard so far
    assert len(session.partial_text().split()) >= 30
    assert fake.pieces == 0  # nothing of the transcript yet: guesses are not part of it


def test_a_slow_guess_spaces_out_the_next_and_the_transcript_stays_the_same() -> None:
    audio = np.concatenate([hum(19.0), np.zeros(RATE, np.float32)])
    quick_clock, slow_clock = Clock(), Clock()
    quick, slow = Timed(quick_clock), Timed(slow_clock, cost_s=3.0)  # 3 s per decode
    quick_text = fed(quick, quick_clock, audio).finish().text
    slow_text = fed(slow, slow_clock, audio).finish().text
    assert len(slow.guesses) * 2 < len(quick.guesses)  # a guess per ~12 s, not per 2 s
    # the newest audio only, not all the audio since the last guess
    assert slow.guesses and max(slow.guesses) <= LONGEST_GUESS_S
    assert slow_text == quick_text and slow.pieces == quick.pieces


def test_an_engine_without_word_times_is_given_the_whole_open_segment() -> None:
    clock = Clock()
    fake = FakeTranscriber("and then")

    class Untimed(FakeTranscriber):
        def transcribe_array(self, samples: np.ndarray, **kw: object) -> Transcript:
            seconds.append(samples.size / RATE)
            result = fake.transcribe_array(samples, **kw)  # type: ignore[arg-type]
            return Transcript(result.text, (), "fake", "fake", result.duration_s)

    seconds: list[float] = []
    session = fed(Untimed(), clock, hum(9.0))
    assert seconds and seconds[-1] > streaming.MAX_GUESS_S  # nothing settled: no words lost
    assert session.partial_text() == "and then"


class Scripted(FakeTranscriber):
    """Each call hears the next of ``heard`` (words 0.4 s apart from the audio's start)."""

    def __init__(self, *heard: str) -> None:
        super().__init__()
        self.heard = list(heard)
        self.starts: list[float] = []  # seconds of audio before the new audio (context)

    def transcribe_array(self, samples: np.ndarray, **kw: object) -> Transcript:
        context_s = float(kw.get("context_s", 0.0))  # type: ignore[arg-type]
        self.starts.append(context_s)
        self.text = self.heard.pop(0)
        heard = self._transcript(samples.size / RATE)  # the words after the context
        words = tuple(Word(w.word, w.start + context_s, w.end + context_s) for w in heard.words)
        return Transcript(heard.text, words, heard.engine, heard.model, heard.duration_s)


def test_a_guessed_word_is_settled_only_once_two_guesses_in_a_row_heard_it() -> None:
    fake = Scripted("hi my name", "high bias means", "high bias means the", "x")
    session = StreamingSession(fake, partial_interval_s=1.0, clock=Clock())
    pcm = float_to_pcm16(hum(3.55))
    step = int(RATE * 0.1) * 2
    captions = []
    for i in range(0, len(pcm), step):
        session.feed(pcm[i : i + step])
        captions.append(session.partial_text())
    # the first guess misheard: the second replaced it all; the third agreed with the second
    assert [c for i, c in enumerate(captions) if not i or c != captions[i - 1]][1:] == [
        "hi my name",
        "high bias means",
        "high bias means the",
    ]
    # the third guess decoded from the segment's start (nothing settled yet), the fourth from
    # the end of "means" (1.1 s), with the second before it as context
    assert fake.starts[:3] == [0.0, 0.0, 0.0]
    session.feed(float_to_pcm16(hum(1.0)))
    assert fake.starts[3] == pytest.approx(1.0) and session.partial_text().startswith(
        "high bias means x"
    )


def _segment(text: str) -> object:
    words = [
        SimpleNamespace(word=f" {w}", start=i * 0.4, end=i * 0.4 + 0.3, probability=0.9)
        for i, w in enumerate(text.split())
    ]
    return SimpleNamespace(seek=0, words=words, compression_ratio=1.0)


def test_a_guess_is_one_greedy_pass_and_the_transcript_keeps_its_beam_and_retries() -> None:
    calls: list[dict[str, object]] = []

    class Model:
        def transcribe(self, audio: object, **options: object) -> tuple[list[object], None]:
            calls.append(options)
            return [], None  # Whisper hears nothing where Silero is sure of a word

    whisper = WhisperTranscriber(beam_size=5)
    whisper._model = Model()
    chunk = silero.Chunk(((0.0, 3.0),))
    samples = np.zeros(3 * RATE, np.float32)
    speech = silero.SpeechMap(np.ones(100, np.float32))
    whisper._decode(chunk, samples, "said before", 40.0, True, 0.0, speech, True)
    assert [c["beam_size"] for c in calls] == [1]  # a guess: one pass, no retry
    calls.clear()
    whisper._decode(chunk, samples, "said before", 40.0, False, 0.0, speech, True)
    assert len(calls) >= 2 and {c["beam_size"] for c in calls} == {5}  # the retries stay
