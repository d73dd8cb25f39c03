"""Where the speech is, before Whisper decodes anything: Silero VAD (shipped in faster-whisper).

Whisper invents text for audio that holds no speech ("Thank you for watching" after a silence,
a one-word answer that grows into a sentence). So only the regions Silero hears as speech are
decoded: ``speech_regions`` finds them (padded so a slow speaker's last word is kept), and
``chunks`` packs them into decoding windows of at most ``MAX_CHUNK_S`` seconds with the long
silences between them cut out (``Chunk.to_original`` maps a time back to the recording).

``speech_map`` keeps Silero's speech probability for every 32 ms of the recording, so a decoded
word can be checked against it: a word with no speech under it was made up (Whisper fills the
silence after an answer with "a", "so", "thank you"), and a short stretch Silero is sure of is
worth decoding again when Whisper called it silence (a one-word answer).

``snr_db`` estimates how loud the speech is over the background, to decide whether Whisper may
be shown the filler prompt: on clean speech it keeps the "um"s that were said, under noise it
makes Whisper hear fillers in the noise.

faster-whisper (and its onnxruntime) is imported on first use, so importing this stays cheap.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import numpy as np

from simulator.speech.audiofile import SAMPLE_RATE, FloatArray
from simulator.speech.loading import defer_unused, loading, preload
from simulator.speech.memory import heavy_step
from simulator.speech.speech_stretches import speech_stretches

MAX_CHUNK_S = 25.0  # under Whisper's 30 s window, so one chunk is one decoding pass
# Silero's defaults in faster-whisper are tuned for long media; these suit spoken answers:
THRESHOLD = 0.5
MIN_SPEECH_MS = 120  # shorter blips (a click, a breath) are not words
MIN_SILENCE_MS = 400  # a pause this long separates two regions
SPEECH_PAD_MS = 300  # kept around each region: quiet word endings and onsets
GAP_KEPT_S = 0.3  # silence left between two regions joined in one chunk
FRAME_S = 0.03
VAD_FRAME = 512  # samples Silero judges at a time (32 ms)
CONTEXT_SAMPLES = 64  # of the frame before, given with each frame
BATCH_FRAMES = 256  # frames through the model at once (8 s of audio)
MIN_SAMPLES = SAMPLE_RATE // 10  # shorter audio holds no word
SPEECH_PROBABILITY = 0.5  # Silero's own threshold for "speech"
# ... and for "speech goes on" (its hysteresis: threshold - 0.15): a word with no frame even
# this likely to be speech has nothing under it. Word times are rough, and a soft last word in
# noise stays between the two.
SPEECH_GOES_ON_PROBABILITY = 0.35

_model_lock = threading.Lock()


@dataclass(frozen=True)
class Chunk:
    """Audio to decode in one pass: speech regions of the recording laid end to end."""

    regions: tuple[tuple[float, float], ...]  # (start, end) seconds in the recording

    @property
    def duration_s(self) -> float:
        return sum(end - start for start, end in self.regions)

    def audio(self, samples: FloatArray) -> FloatArray:
        parts = [samples[int(s * SAMPLE_RATE) : int(e * SAMPLE_RATE)] for s, e in self.regions]
        return np.concatenate(parts).astype(np.float32, copy=False)

    def to_original(self, t: float) -> float:
        """A time in the chunk's audio as a time in the recording."""
        elapsed = 0.0
        for start, end in self.regions:
            length = end - start
            if t <= elapsed + length:
                return start + max(0.0, t - elapsed)
            elapsed += length
        return self.regions[-1][1]


@dataclass(frozen=True)
class SpeechMap:
    """Silero's speech probability for each 32 ms frame of a recording."""

    probabilities: FloatArray

    def _frames(self, start: float, end: float) -> FloatArray:
        frame_s = VAD_FRAME / SAMPLE_RATE
        first = max(0, int(start / frame_s))
        last = max(first + 1, int(np.ceil(end / frame_s)))  # at least the frame at ``start``
        return self.probabilities[first:last]

    def peak(self, start: float, end: float) -> float:
        """The highest speech probability between ``start`` and ``end`` seconds."""
        frames = self._frames(start, end)
        return float(frames.max()) if frames.size else 0.0

    def speech_s(self, start: float, end: float, at_least: float = SPEECH_PROBABILITY) -> float:
        """Seconds between ``start`` and ``end`` that Silero hears as speech (``at_least``)."""
        return (
            float(np.count_nonzero(self._frames(start, end) >= at_least)) * VAD_FRAME / SAMPLE_RATE
        )


@dataclass(frozen=True)
class SileroPass:
    """Silero's speech probability for each 32 ms frame of a recording, from one pass."""

    padded: FloatArray  # with faster-whisper's padding: what its speech timestamps read
    frames: FloatArray  # one per frame of the recording (the ``SpeechMap``)


def silero_pass(samples: FloatArray) -> SileroPass:
    """Run Silero once over ``samples`` (16 kHz mono float32, at least one sample).

    Both results are exactly what faster-whisper's model call gives (``padded``: on the audio
    padded as ``get_speech_timestamps`` pads it; ``frames``: padded to whole frames only, as the
    map always was), from one pass instead of two. The frames go through the model
    ``BATCH_FRAMES`` at a time, its state carried from batch to batch as faster-whisper carries
    it between its 10,000-frame batches: the same probabilities, bit for bit, without holding a
    whole answer's intermediate tensors at once (a 3-minute answer: +78-97 MB for a moment in
    one batch, +29-38 MB in 8 s batches)."""
    samples = np.ascontiguousarray(samples, dtype=np.float32)
    session = _model().session
    padded = np.pad(samples, (0, VAD_FRAME - samples.size % VAD_FRAME))
    frames = padded.reshape(-1, VAD_FRAME)
    # Each frame is preceded by the last CONTEXT_SAMPLES of the frame before (zeros for the
    # first); faster-whisper also zeroes those samples of the last frame itself (it writes
    # through a view): kept, so that every probability is the library's.
    frames[-1, -CONTEXT_SAMPLES:] = 0.0
    inputs = np.concatenate([np.roll(frames[:, -CONTEXT_SAMPLES:], 1, axis=0), frames], 1)
    # A recording of whole frames gets a whole frame of padding from faster-whisper, so in the
    # map (no padding) its last frame is the one zeroed: that frame is judged both ways.
    whole = samples.size % VAD_FRAME == 0
    head = inputs.shape[0] - 2 if whole else inputs.shape[0]
    state: list[FloatArray] = [np.zeros((1, 1, 128), np.float32) for _ in range(2)]  # h, c

    def run(batch: FloatArray, h: FloatArray, c: FloatArray) -> tuple[FloatArray, ...]:
        probability, h, c = session.run(None, {"input": batch, "h": h, "c": c})
        return np.asarray(probability, dtype=np.float32).reshape(-1), h, c

    out: list[FloatArray] = []
    with heavy_step():  # not beside a decode
        for first in range(0, head, BATCH_FRAMES):
            probability, *state = run(inputs[first : min(first + BATCH_FRAMES, head)], *state)
            out.append(probability)
        if whole:
            out.append(run(inputs[head:], *state)[0])
            last = inputs[head : head + 1].copy()
            last[0, -CONTEXT_SAMPLES:] = 0.0
            zeroed = run(last, *state)[0]
    probabilities = np.concatenate(out)
    if not whole:
        return SileroPass(probabilities, probabilities)
    return SileroPass(probabilities, np.concatenate([probabilities[:head], zeroed]))


def speech_map(samples: FloatArray, heard: SileroPass | None = None) -> SpeechMap:
    """Silero's speech probabilities over ``samples`` (16 kHz mono float32); ``heard``:
    ``silero_pass(samples)`` when already run."""
    if samples.size == 0:
        return SpeechMap(np.zeros(0, np.float32))
    return SpeechMap((heard or silero_pass(samples)).frames)


def listen(samples: FloatArray) -> tuple[list[tuple[float, float]], SpeechMap]:
    """``speech_regions`` and ``speech_map`` of ``samples`` from one Silero pass (the map is
    empty when there is no speech)."""
    samples = np.ascontiguousarray(samples, dtype=np.float32)
    if samples.size < MIN_SAMPLES:
        return [], speech_map(samples[:0])
    heard = silero_pass(samples)
    regions = speech_regions(samples, heard)
    return regions, speech_map(samples if regions else samples[:0], heard)


def load() -> None:
    """Load the Silero model now (it is otherwise loaded on the first call)."""
    _model()


def _model() -> Any:
    with _model_lock:  # lru_cache'd in faster-whisper, but two first calls would build it twice
        defer_unused()  # importing faster-whisper imports PyAV and asyncio, never used here
        from faster_whisper.vad import get_vad_model

        if get_vad_model.cache_info().currsize:
            return get_vad_model()
        with loading(), heavy_step():
            preload("onnxruntime")
            return get_vad_model()


def speech_regions(
    samples: FloatArray, heard: SileroPass | None = None
) -> list[tuple[float, float]]:
    """(start, end) seconds of each stretch of speech, padded, in time order; [] for none;
    ``heard``: ``silero_pass(samples)`` when already run."""
    samples = np.ascontiguousarray(samples, dtype=np.float32)
    if samples.size < MIN_SAMPLES:
        return []
    stamps = speech_stretches(
        (heard or silero_pass(samples)).padded,
        samples.size,
        threshold=THRESHOLD,
        min_speech_ms=MIN_SPEECH_MS,
        max_speech_s=MAX_CHUNK_S,
        min_silence_ms=MIN_SILENCE_MS,
        speech_pad_ms=SPEECH_PAD_MS,
        sampling_rate=SAMPLE_RATE,
    )
    total = samples.size / SAMPLE_RATE
    regions: list[tuple[float, float]] = []
    for stamp in stamps:
        start = max(0.0, stamp["start"] / SAMPLE_RATE)
        end = min(total, stamp["end"] / SAMPLE_RATE)
        if regions and start <= regions[-1][1]:
            first, last = regions[-1]
            if max(end, last) - first <= MAX_CHUNK_S:
                regions[-1] = (first, max(end, last))
                continue
            # Silero cut a long stretch of speech here (``max_speech_duration_s``) and the
            # padding joined the two parts again: one region longer than Whisper's window, whose
            # first seconds it lost ("So, zero." for 9 s of speech). Keep the cut.
            cut = (start + last) / 2
            regions[-1] = (first, cut)
            start = cut
        if end > start:
            regions.append((start, end))
    return regions


def chunks(regions: list[tuple[float, float]], max_chunk_s: float = MAX_CHUNK_S) -> list[Chunk]:
    """Pack regions into chunks of at most ``max_chunk_s`` seconds of audio; a silence longer
    than ``GAP_KEPT_S`` between two regions is cut down to it (long silences are where Whisper
    makes things up)."""
    result: list[list[tuple[float, float]]] = []
    length = 0.0
    for start, end in regions:
        if result:
            prev_end = result[-1][-1][1]
            joined_start = max(start - GAP_KEPT_S, prev_end)
            if length + (end - joined_start) <= max_chunk_s:
                if joined_start <= prev_end:
                    result[-1][-1] = (result[-1][-1][0], end)
                else:
                    result[-1].append((joined_start, end))
                length += end - joined_start
                continue
        result.append([(start, end)])
        length = end - start
    return [Chunk(tuple(group)) for group in result]


def snr_db(samples: FloatArray, regions: list[tuple[float, float]]) -> float:
    """Speech level over background level, in dB, from 30 ms frame energies.

    The speech level is a loud frame (90th percentile) of the speech regions; the background
    is a quiet frame (10th percentile) of the whole take: between words, even clean speech
    falls close to the room's level, noise never lets it fall below the noise."""
    frame = int(FRAME_S * SAMPLE_RATE)
    n = samples.size // frame
    if n == 0 or not regions:
        return 0.0
    frames = samples[: n * frame].reshape(n, frame).astype(np.float64)
    db = 10.0 * np.log10(np.mean(np.square(frames), axis=1) + 1e-12)
    times = (np.arange(n) + 0.5) * FRAME_S
    in_speech = np.zeros(n, dtype=bool)
    for start, end in regions:
        in_speech |= (times >= start) & (times < end)
    if not in_speech.any():
        return 0.0
    speech = float(np.percentile(db[in_speech], 90))
    background = float(np.percentile(db, 10))
    return speech - background
