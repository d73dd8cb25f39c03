"""The live caption keeps every word heard, the first ones included (issue 8, voice61).

Seen in the real window with a virtual microphone: the caption read "model that is too rigid
underfits" while the stored transcript had "A model that is too rigid underfits", and on a busy
machine the first caption of an answer read "data, variance is the error ..." (a sentence and a
half gone) until the transcript came. A guess's window is cut to its newest ``MAX_GUESS_S``
(``StreamingSession._cut_guess``): a word across the cut was neither kept nor heard again, and
audio no guess had heard was passed over."""

from __future__ import annotations

import re

import numpy as np

from simulator.core.speech_topic import SpeechTopic
from simulator.core.transcript import Transcript, Word
from simulator.speech import streaming
from simulator.speech.audiofile import float_to_pcm16
from simulator.speech.fakes import FakeTranscriber
from simulator.speech.streaming import StreamingSession

RATE = 16_000
STEP = int(RATE * 0.1) * 2  # 0.1 s of PCM per chunk


def hum(seconds: float) -> np.ndarray:
    t = np.arange(int(RATE * seconds)) / RATE
    return (0.2 * np.sign(np.sin(2 * np.pi * 150 * t))).astype(np.float32)


class Spoken(FakeTranscriber):
    """The recording holds word i from 0.30 + 0.5 i to 0.75 + 0.5 i ("w<i>"); each call hears
    the words of the audio it is given, as Whisper does: timed from that audio's start, those
    after its context only, and a word only once it has been said whole. Every guess spells
    its words its own way (``w3.1``, ``w3.2``), so no two guesses agree and none is settled by
    agreement: only the window's cut settles words."""

    def __init__(self) -> None:
        super().__init__()
        self.session: StreamingSession | None = None
        self.calls = 0

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
        assert self.session is not None
        self.calls += 1
        now = self.session.duration_s
        begin = now - samples.size / RATE
        words = []
        i = 0
        while 0.75 + 0.5 * i <= now:
            start, end = 0.30 + 0.5 * i - begin, 0.75 + 0.5 * i - begin
            if (start + end) / 2 >= context_s and start >= -0.2:
                name = f"w{i}.{self.calls}" if fast else f"w{i}"
                words.append(Word(name, max(0.0, start), end))
            i += 1
        text = " ".join(w.word for w in words)
        return Transcript(text, tuple(words), self.engine, "fake", round(samples.size / RATE, 3))


def said(caption: str) -> list[int]:
    return [int(n) for n in re.findall(r"w(\d+)", caption)]


def session_of(fake: Spoken) -> StreamingSession:
    session = StreamingSession(fake, partial_interval_s=1.0)
    fake.session = session
    return session


def test_no_word_is_lost_where_a_long_open_segment_cuts_its_guesses() -> None:
    fake = Spoken()
    session = session_of(fake)
    pcm = float_to_pcm16(hum(14.0))  # one open segment, longer than MAX_GUESS_S twice over
    captions = []
    for i in range(0, len(pcm), STEP):
        session.feed(pcm[i : i + STEP])
        captions.append(session.partial_text())
    assert len(set(captions)) > 8  # guesses came all along
    for caption in captions:
        heard = said(caption)
        # every word said so far, from the first, each once, in order (none lost at a cut)
        assert heard == list(range(len(heard))), caption
    assert len(said(captions[-1])) >= 25
    assert streaming.UNHEARD not in captions[-1]  # every second was heard by a guess


def test_audio_no_guess_heard_is_marked_not_passed_over() -> None:
    """The speech lane was behind the speaker for the answer's first 9 s (chunks fed with
    ``guess=False``): the first guess hears the newest seconds only; what it did not hear is
    "…" until the segment's transcript comes, and the words after it are there."""
    fake = Spoken()
    session = session_of(fake)
    pcm = float_to_pcm16(hum(11.0))
    behind = int(9.0 * RATE) * 2
    for i in range(0, len(pcm), STEP):
        session.feed(pcm[i : i + STEP], guess=i + STEP >= behind)
    caption = session.partial_text()
    assert caption.startswith(streaming.UNHEARD + " "), caption
    heard = said(caption)
    assert heard and heard == list(range(heard[0], heard[0] + len(heard)))
    # the transcript, at the end, has every word and no mark
    text = session.finish().text
    assert streaming.UNHEARD not in text and said(text) == list(range(len(said(text))))
