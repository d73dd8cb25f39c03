"""Energy-based voice-activity detection over 16 kHz mono PCM, in audio time (no clock).

Two jobs:

* **End of answer**: after the speaker has said something, a silence of ``end_silence_s``
  (default 4 s) means they are done. Silence before any speech never ends the answer (that is
  thinking time), and any speech, however short, restarts the count: a thinking pause is never
  cut short, the worst case is waiting a little longer.
* **Segments for streaming**: a pause of ``segment_gap_s`` after speech closes a segment, so the
  streaming transcriber can recognise it while the person goes on. Very long runs of speech
  are cut at their quietest frame so a segment never exceeds ``max_segment_s``.

The threshold follows the background noise: the quietest frame of the last ``noise_window_s``
(speech always has gaps, so this is the room, not the voice) plus ``margin_db``, kept between
``min_threshold_db`` (digital silence and a quiet room are silence) and ``max_threshold_db`` (a
normal voice is always speech, even in a noisy room or when speaking from the first frame).
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass

import numpy as np

from simulator.speech.audiofile import SAMPLE_RATE, FloatArray, pcm16_to_float

SILENCE_DB = -100.0


@dataclass(frozen=True)
class SpeechSegment:
    """Speech between ``start`` and ``end`` seconds of the recording (with a little padding)."""

    start: float
    end: float


@dataclass(frozen=True)
class AnswerEnded:
    """The speaker has been silent for ``silence_s`` seconds after speaking."""

    at: float
    silence_s: float


VadEvent = SpeechSegment | AnswerEnded


def level_db(samples: FloatArray) -> float:
    """RMS level in dBFS of float samples in [-1, 1] (``SILENCE_DB`` for digital silence)."""
    if samples.size == 0:
        return SILENCE_DB
    rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))
    return max(SILENCE_DB, 20.0 * math.log10(rms)) if rms > 0 else SILENCE_DB


def meter_level(db: float, floor_db: float = -60.0) -> float:
    """Map dBFS to 0..1 for a level meter (``floor_db`` and below show as empty)."""
    return min(1.0, max(0.0, (db - floor_db) / -floor_db))


class EnergyVad:
    """Feed PCM as it arrives; get ``SpeechSegment`` and ``AnswerEnded`` events back."""

    def __init__(
        self,
        *,
        end_silence_s: float = 4.0,
        segment_gap_s: float = 0.6,
        max_segment_s: float = 20.0,
        min_speech_s: float = 0.09,
        frame_s: float = 0.03,
        margin_db: float = 12.0,
        min_threshold_db: float = -50.0,
        max_threshold_db: float = -28.0,
        noise_window_s: float = 10.0,
        padding_s: float = 0.2,
        sample_rate: int = SAMPLE_RATE,
    ) -> None:
        if end_silence_s <= 0 or segment_gap_s <= 0:
            raise ValueError("silence lengths must be positive")
        self.end_silence_s = end_silence_s
        self.segment_gap_s = segment_gap_s
        self.max_segment_s = max_segment_s
        self.frame_len = max(1, int(round(frame_s * sample_rate)))
        self.sample_rate = sample_rate
        self._frame_s = self.frame_len / sample_rate
        self._min_speech_frames = max(1, int(round(min_speech_s / self._frame_s)))
        self._margin_db = margin_db
        self._min_threshold_db = min_threshold_db
        self._max_threshold_db = max_threshold_db
        self._recent_db: deque[float] = deque(maxlen=max(1, int(noise_window_s / self._frame_s)))
        self._padding_s = padding_s
        self._buffer = np.zeros(0, dtype=np.float32)
        self._frames = 0  # frames seen
        self._loud_run = 0  # consecutive loud frames not yet counted as speech
        self._heard_speech = False
        self._segment_start: float | None = None
        self._last_speech_end = 0.0  # time the last speech frame ended
        self._answer_ended = False
        self._segment_levels: list[tuple[float, float]] = []  # (frame end, dB) in this segment
        self.level_db = SILENCE_DB

    @property
    def now(self) -> float:
        """Seconds of audio analysed so far."""
        return self._frames * self._frame_s

    @property
    def heard_speech(self) -> bool:
        return self._heard_speech

    @property
    def in_speech(self) -> bool:
        return self._segment_start is not None

    @property
    def open_segment_start(self) -> float | None:
        """Start of the segment being spoken now (None between segments)."""
        return self._segment_start

    @property
    def silence_s(self) -> float:
        """Length of the current silence after speech (0 while speaking or before any speech)."""
        if not self._heard_speech or self._loud_run >= self._min_speech_frames:
            return 0.0
        return max(0.0, self.now - self._last_speech_end)

    @property
    def noise_db(self) -> float:
        return min(self._recent_db, default=SILENCE_DB)

    @property
    def threshold_db(self) -> float:
        threshold = min(self.noise_db + self._margin_db, self._max_threshold_db)
        return max(self._min_threshold_db, threshold)

    def feed_pcm(self, pcm: bytes) -> list[VadEvent]:
        return self.feed(pcm16_to_float(pcm))

    def feed(self, samples: FloatArray) -> list[VadEvent]:
        self._buffer = np.concatenate([self._buffer, np.asarray(samples, dtype=np.float32)])
        n_frames = self._buffer.size // self.frame_len
        events: list[VadEvent] = []
        for i in range(n_frames):
            frame = self._buffer[i * self.frame_len : (i + 1) * self.frame_len]
            events.extend(self._frame(level_db(frame)))
        self._buffer = self._buffer[n_frames * self.frame_len :]
        return events

    def restart_silence(self) -> None:
        """The recording was paused and goes on: the silence heard before the pause no longer
        counts towards the end of the answer (the speaker gets the whole ``end_silence_s``
        again), and a sound cut by the pause does not join what comes after it."""
        self._loud_run = 0
        self._answer_ended = False  # an end heard just before the pause was not acted on
        if self._heard_speech:
            self._last_speech_end = self.now

    def flush(self) -> list[SpeechSegment]:
        """The recording stopped: close the open segment, if any."""
        if self._segment_start is None:
            return []
        end = min(self.now, self._last_speech_end + self._padding_s)
        segment = SpeechSegment(self._segment_start, end)
        self._segment_start = None
        self._segment_levels = []
        return [segment]

    def _frame(self, db: float) -> list[VadEvent]:
        self.level_db = db
        frame_start = self.now
        self._frames += 1
        events: list[VadEvent] = []
        self._recent_db.append(db)
        loud = db > self.threshold_db
        if loud:
            self._loud_run += 1
            if self._loud_run >= self._min_speech_frames:
                if self._segment_start is None:
                    onset = frame_start - (self._loud_run - 1) * self._frame_s
                    self._segment_start = max(0.0, onset - self._padding_s)
                    self._segment_levels = []
                self._heard_speech = True
                self._answer_ended = False
                self._last_speech_end = self.now
        else:
            self._loud_run = 0
        if self._segment_start is not None:
            self._segment_levels.append((self.now, db))
            gap = self.now - self._last_speech_end
            if gap >= self.segment_gap_s:
                end = self._last_speech_end + min(self._padding_s, gap)
                events.append(SpeechSegment(self._segment_start, end))
                self._segment_start = None
                self._segment_levels = []
            elif self.now - self._segment_start >= self.max_segment_s:
                events.append(self._cut_long_segment())
        if self._heard_speech and not self._answer_ended and self.silence_s >= self.end_silence_s:
            self._answer_ended = True
            events.append(AnswerEnded(self.now, self.silence_s))
        return events

    def _cut_long_segment(self) -> SpeechSegment:
        """Split a segment that grew too long at its quietest frame of the last few seconds."""
        assert self._segment_start is not None
        window = int(3.0 / self._frame_s)
        tail = self._segment_levels[-window:]
        cut_end, _ = min(tail, key=lambda item: item[1])
        cut = max(cut_end - self._frame_s / 2, self._segment_start + self._frame_s)
        segment = SpeechSegment(self._segment_start, cut)
        self._segment_levels = [item for item in self._segment_levels if item[0] > cut]
        self._segment_start = cut
        return segment
