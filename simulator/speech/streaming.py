"""Live captions while an answer is spoken, and the final transcript moments after it ends.

``StreamingSession`` is Qt-free and meant to live in one worker thread: feed it the PCM chunks
the recorder captured (``feed``), read ``partial_text`` for the caption, call ``finish`` when the
recording stops. The energy VAD splits the audio at pauses (and ends the answer after a long
silence); the transcriber then trims each piece to what Silero VAD hears as speech; each finished segment is
transcribed at once during the answer, so at the end only the last segment (usually nothing:
the answer ends in silence) remains. While a long segment is still open, a fast (greedy) guess
of it is refreshed every ``partial_interval_s`` of audio so captions keep moving.

A word's caption waits for the next guess (half the interval on average) and for that guess's
decoding. A guess's encoder hears its own few seconds, not Whisper's 30 s window
(``chunk_decoder.encoder_window``), which made a guess about four times cheaper, so guesses
come every second, not every two (round 47, ``benchmarks/caption_lag.py``, tune's clips of six
words or more, clean: median lag after the word 1.66 -> 0.66 s, guesses' CPU 22 -> 9 % of a
core; at 10 dB 2.39 -> 0.66 s, 21 -> 7 %; the live transcript the same text).

A guess decodes only the open segment's new audio: a word two guesses in a row heard alike is
settled (shown as it was, not decoded again), and the next guess starts where the last settled
word ended, with ``GUESS_CONTEXT_S`` of audio before it heard as context, so each covers about
``partial_interval_s`` plus the words not agreed yet, never more than ``MAX_GUESS_S`` (the whole
open segment was decoded again every 2 s: up to 20 s of audio for 2 s of new speech). And
guesses take at most about ``GUESS_SHARE`` of the speaker's time: when one took long (a busy
machine), the next waits longer, and then decodes the newest audio, not every step it missed.
Guesses are never part of the transcript: the pieces and the whole-file decode are decoded as
before.

Each piece is decoded together with the ``CONTEXT_S`` seconds of audio before it, keeping only
the piece's own words: decoded alone, a short piece loses or mishears its first words (in
10 dB noise the live transcript had about a third more word errors than one pass over the
whole file). That audio is the context; no text of earlier pieces is given as a prompt, so
the transcriber's filler prompt (given on clean speech) comes right before the audio, where
it works: with earlier words after it, the live transcript lost the "um"s that were said.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from simulator.core.speech_topic import SpeechTopic
from simulator.core.transcript import Transcript, Word
from simulator.speech import decoding
from simulator.speech.audiofile import SAMPLE_RATE, FloatArray, pcm16_to_float
from simulator.speech.transcriber import Transcriber
from simulator.speech.vad import AnswerEnded, EnergyVad, SpeechSegment

CONTEXT_S = 4.0  # audio heard before a piece, decoded with it for context
# A piece's first word that repeats the word before it, this close, is that word heard twice
# (once at the end of the piece before, once in this piece's context): it is kept once.
REPEAT_GAP_S = 0.5
# Words the piece before left out at its very end (an "uh" before a pause, which Whisper drops
# when nothing follows it), heard again in this piece's context, are kept: the new words are
# those after the last committed word, up to this far before the piece.
REVISIT_S = 1.0
# Caption guesses: the audio before the new audio heard with it as context; at most this much
# audio after the context (older words not agreed yet are shown as last heard); and the time
# decoding guesses takes is at most this share of the audio's.
GUESS_CONTEXT_S = 1.0
PARTIAL_INTERVAL_S = 1.0  # audio between caption guesses (2.0 until round 47)
MAX_GUESS_S = 6.0
GUESS_SHARE = 0.5
# Audio of the open segment that no guess has heard, this long or longer, stands as UNHEARD in
# the caption until the segment's transcript replaces it (a pause between two words is shorter).
UNHEARD_S = 0.3
UNHEARD = "…"


class StreamingSession:
    def __init__(
        self,
        transcriber: Transcriber,
        *,
        vad: EnergyVad | None = None,
        partial_interval_s: float | None = PARTIAL_INTERVAL_S,
        context_s: float = CONTEXT_S,
        topic: SpeechTopic | None = None,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self._transcriber = transcriber
        self._clock = clock  # times the caption guesses' decoding (their cadence)
        self._topic = topic  # the question answered: words Whisper should expect
        self._context_s = context_s
        self._vad = vad or EnergyVad()
        self._partial_interval_s = partial_interval_s
        self._pcm = bytearray()
        self._committed: list[Transcript] = []
        self._offsets: list[float] = []
        self._tentative = ""
        self._tentative_at = 0.0
        self._covered_until = 0.0  # audio up to here has been transcribed
        # The open segment's caption guess: where that segment began, its settled words and
        # those the last guess heard after them (timed in the recording), where the next guess
        # starts, and how long the last took.
        self._guess_segment: float | None = None
        self._settled: list[Word] = []
        self._pending: list[Word] = []
        self._guess_from = 0.0
        self._guessed_until = 0.0  # the open segment's audio heard by a guess, up to here
        self._guess_cost_s = 0.0
        self._guess_untimed = False  # the engine gives no word times
        self._lock = threading.Lock()
        self._finished: Transcript | None = None
        self.answer_ended = False  # the VAD heard the long closing silence

    @property
    def duration_s(self) -> float:
        return len(self._pcm) // 2 / SAMPLE_RATE

    def feed(self, pcm: bytes, *, guess: bool = True) -> None:
        """Add captured 16 kHz mono Int16 audio; transcribes segments that just ended.

        ``guess=False``: later audio is already waiting to be fed (the caller is behind the
        speaker), so no guess at the open segment is decoded now: it would be out of date
        before anyone saw it, and replaced by the guess made with the latest audio. The
        transcript is the same either way (guesses are never part of it)."""
        if self._finished is not None:
            raise RuntimeError("feed() after finish()")
        self._pcm.extend(pcm)
        for event in self._vad.feed(pcm16_to_float(pcm)):
            if isinstance(event, SpeechSegment):
                self._commit(event)
            elif isinstance(event, AnswerEnded):
                self.answer_ended = True
        if guess:
            self._maybe_refresh_tentative()

    def pause(self) -> None:
        """The recording is paused: the words said up to now are transcribed (the caption
        shows them all while paused), and nothing said after the pause joins their piece."""
        for event in self._vad.flush():
            self._commit(event)
        with self._lock:
            self._tentative = ""
        self._guess_segment = None

    def resume(self) -> None:
        """The recording goes on after a pause: the silence before it counts no more."""
        self._vad.restart_silence()
        self.answer_ended = False

    def partial_text(self) -> str:
        """Caption so far: finished segments plus a guess at the one being spoken."""
        with self._lock:
            parts = [t.text for t in self._committed if t.text]
            if self._tentative:
                parts.append(self._tentative)
        return " ".join(parts)

    def finish(self) -> Transcript:
        """Transcribe what is left and return the whole answer's transcript (idempotent)."""
        if self._finished is not None:
            return self._finished
        for event in self._vad.flush():
            self._commit(event)
        if not self._committed and self.duration_s > 0:
            # The VAD heard nothing (a very quiet microphone?): let Whisper judge the whole take.
            self._commit(SpeechSegment(0.0, self.duration_s))
        with self._lock:
            self._tentative = ""
            words: list[Word] = []
            for transcript, offset in zip(self._committed, self._offsets, strict=True):
                words.extend(
                    replace(w, start=w.start + offset, end=w.end + offset) for w in transcript.words
                )
            text = " ".join(t.text for t in self._committed if t.text)
        self._finished = Transcript(
            text,
            tuple(words),
            self._transcriber.engine,
            self._transcriber.model_label,
            round(self.duration_s, 3),
        )
        return self._finished

    def _samples(self, start: float, end: float) -> FloatArray:
        a = max(0, int(start * SAMPLE_RATE)) * 2
        b = min(len(self._pcm), int(end * SAMPLE_RATE) * 2)
        return pcm16_to_float(bytes(self._pcm[a:b])) if b > a else np.zeros(0, np.float32)

    def _with_context(self, start: float, end: float) -> tuple[FloatArray, float, float]:
        """The audio of ``start``..``end`` with up to ``context_s`` seconds before it, where it
        begins, and how much of it is context (new words are those after it)."""
        begin = max(0.0, start - self._context_s)
        cut = max(begin, start - REVISIT_S, min(start, self._last_word_end()))
        return self._samples(begin, end), begin, cut - begin

    def _last_word_end(self) -> float:
        with self._lock:
            for transcript, offset in zip(
                reversed(self._committed), reversed(self._offsets), strict=True
            ):
                if transcript.words:
                    return transcript.words[-1].end + offset
        return float("-inf")

    def _commit(self, segment: SpeechSegment) -> None:
        # From where the last piece ended: in noise the energy VAD loses quiet word onsets
        # between its segments; Silero (in the transcriber) trims what is really silence.
        segment = SpeechSegment(min(segment.start, self._covered_until), segment.end)
        self._covered_until = max(self._covered_until, segment.end)
        piece = self._samples(segment.start, segment.end)
        if piece.size < SAMPLE_RATE // 10:
            return
        samples, begin, context_s = self._with_context(segment.start, segment.end)
        result = self._transcriber.transcribe_array(
            samples,
            snr_db=self._snr_db(piece),
            context_s=context_s,
            topic=self._topic,
        )
        result = self._without_repeat(result, begin)
        with self._lock:
            self._committed.append(result)
            self._offsets.append(begin)
            self._tentative = ""
            self._tentative_at = self._vad.now

    def _without_repeat(self, result: Transcript, offset: float) -> Transcript:
        """``result`` without a first word that is the last committed word heard again."""
        with self._lock:
            last = next(
                (
                    (t.words[-1], o)
                    for t, o in zip(reversed(self._committed), reversed(self._offsets), strict=True)
                    if t.words
                ),
                None,
            )
        if last is None or not result.words:
            return result
        (previous, previous_offset), first = last, result.words[0]
        same = _normal(previous.word) == _normal(first.word)
        if not same or first.start + offset > previous.end + previous_offset + REPEAT_GAP_S:
            return result
        words = list(result.words[1:])
        return Transcript(
            decoding.text_of(words), tuple(words), result.engine, result.model, result.duration_s
        )

    def _maybe_refresh_tentative(self) -> None:
        start = self._open_segment_start()
        if self._partial_interval_s is None or start is None:
            return
        start = min(start, self._covered_until)
        now = self._vad.now
        # A guess that took long (the machine is busy) spaces out the next ones.
        interval = max(self._partial_interval_s, self._guess_cost_s / GUESS_SHARE)
        if now - max(self._tentative_at, start) < interval:
            return
        if self._guess_segment != start:  # a new open segment: nothing of it guessed yet
            self._guess_segment, self._guess_from = start, start
            self._settled, self._pending = [], []
            self._guessed_until = start
        # A guess, soon replaced by the piece's own transcript: greedy, with a second of
        # context, from the end of the last settled word: only the new audio. Words older than
        # the newest MAX_GUESS_S stay as last heard; an engine that gives no word times
        # settles nothing, and is given the whole segment.
        if not self._guess_untimed and now - self._guess_from > MAX_GUESS_S:
            self._cut_guess(now - MAX_GUESS_S)
        begin = max(start, self._guess_from - GUESS_CONTEXT_S)
        if self._guess_untimed:
            begin = self._guess_from
        samples = self._samples(begin, now)
        started = self._clock()
        guess = self._transcriber.transcribe_array(
            samples,
            fast=True,
            snr_db=self._snr_db(samples),
            context_s=self._guess_from - begin,
            topic=self._topic,
        )
        self._guess_cost_s = max(0.0, self._clock() - started)
        self._guess_untimed = self._guess_untimed or bool(guess.text and not guess.words)
        words = decoding.after(
            [replace(w, start=w.start + begin, end=w.end + begin) for w in guess.words],
            self._guess_from,
        )
        # Two guesses in a row that begin alike: those words are settled.
        agreed = 0
        for before, now_heard in zip(self._pending, words, strict=False):
            if _normal(before.word) != _normal(now_heard.word):
                break
            agreed += 1
        if agreed:
            self._settled.extend(words[:agreed])
            self._guess_from = words[agreed - 1].end
        self._pending = words[agreed:]
        self._guessed_until = now
        shown = decoding.text_of(self._settled)
        heard = decoding.text_of(self._pending) if guess.words else guess.text
        with self._lock:
            self._tentative = " ".join(t for t in (shown, heard) if t)
            self._tentative_at = now

    def _cut_guess(self, cut: float) -> None:
        """The next guess starts at ``cut``: the words heard before it stay as last heard.

        A word is on the side of ``cut`` that holds most of it, as the guess takes its own
        (``decoding.after``): one that began before the cut and ended after it was neither kept
        nor heard again, and the caption lost it ("model that is too rigid" for "A model ...":
        the first word of an answer once the open segment outgrew ``MAX_GUESS_S``). Audio
        before the cut that no guess has heard (the speech lane was behind the speaker, or a
        slow guess spaced out the next) is shown as "…": its words come with the segment's
        transcript, and the caption does not pass them over as if nothing had been said (after
        a busy first minute, "data, variance is ..." for a sentence and a half)."""
        kept = [w for w in self._pending if (w.start + w.end) / 2 < cut]
        self._pending = [w for w in self._pending if (w.start + w.end) / 2 >= cut]
        self._settled.extend(kept)
        if cut > self._guessed_until + UNHEARD_S:
            self._settled.append(Word(UNHEARD, self._guessed_until, cut))
        self._guess_from = cut

    def _snr_db(self, segment: FloatArray) -> float:
        """Speech over noise for a segment: its loud frames against the quietest frame the
        VAD heard in the last seconds (a short segment alone holds too little background)."""
        frame = int(0.03 * SAMPLE_RATE)
        n = segment.size // frame
        if n == 0:
            return 0.0
        frames = segment[: n * frame].reshape(n, frame).astype(np.float64)
        db = 10.0 * np.log10(np.mean(np.square(frames), axis=1) + 1e-12)
        noise = max(self._vad.noise_db, -90.0)
        louder = db[db > noise + 6.0]  # the segment may hold long silences: judge the speech
        return float(np.percentile(louder, 90)) - noise if louder.size else 0.0

    def _open_segment_start(self) -> float | None:
        return self._vad.open_segment_start


def _normal(word: str) -> str:
    return "".join(c for c in word.lower() if c.isalnum())
