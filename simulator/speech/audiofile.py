"""Reading answer audio from disk into what the recognisers want: float32, 16 kHz, mono.

Any WAV (or other libsndfile format) is accepted: other sample rates are resampled and extra
channels are averaged, with numpy only. Every failure becomes an ``AudioFileError`` whose message
names the file, so the CLI and the UI can show it as one line.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from simulator.core.recording_check import HEAD_BYTES, UnusableRecording, wav_header_problem

SAMPLE_RATE = 16_000
FloatArray = npt.NDArray[np.float32]

# What a recorded answer can plausibly be. A header can claim anything: 1 Hz made the
# resampler allocate 58.8 GiB, 200 Hz cost 125 s of CPU. Checked before any sample is decoded.
MIN_RATE = 4_000
MAX_RATE = 384_000
MAX_CHANNELS = 8
MAX_DURATION_S = 3_600.0  # the longest question allows 30 minutes
MAX_SAMPLES = 200_000_000  # frames x channels: 800 MB as float32
BLOCK_FRAMES = 1 << 18  # read at a time: ~5 s of 48 kHz, 4 MB of float64 stereo
LOWPASS_TAPS = 63


class AudioFileError(UnusableRecording):
    """An audio file that cannot be used: missing, empty, not audio or corrupt (``path`` and
    ``reason``, as the core's ``UnusableRecording``)."""


def read_audio(path: Path | str) -> tuple[FloatArray, float]:
    """Return (samples at 16 kHz mono in [-1, 1], duration in seconds) of the file at ``path``."""
    import soundfile

    path = Path(path)
    if not path.exists():
        raise AudioFileError(path, "no such file")
    if path.is_dir():
        raise AudioFileError(path, "is a folder, not an audio file")
    if not path.is_file():
        raise AudioFileError(path, "not a regular file (a pipe or device), not an audio file")
    size = path.stat().st_size
    if size == 0:
        raise AudioFileError(path, "the file is empty")
    try:
        info = soundfile.info(os.fsencode(path))
        _check_header(path, info)
        samples, frames = _read_16k_mono(path, info.subtype)
        rate = int(info.samplerate)
    except AudioFileError:
        raise
    except Exception as exc:  # libsndfile reports every problem as its own error type
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
        if head[:4] in (b"RIFF", b"RIFX", b"RF64") and head[8:12] == b"WAVE":
            # what the header claims, when that is what is wrong, in the player's words
            problem = wav_header_problem(head) or ""
            if problem.startswith("its header"):
                raise AudioFileError(path, f"corrupt WAV file: {problem}") from exc
            raise AudioFileError(path, f"corrupt WAV file ({_short(exc)})") from exc
        raise AudioFileError(path, f"not an audio file ({_short(exc)})") from exc
    return samples, frames / float(rate)


def _read_16k_mono(path: Path, subtype: str) -> tuple[FloatArray, int]:
    """(the samples at 16 kHz mono, frames read), read ``BLOCK_FRAMES`` at a time: the whole
    file at once took 2.1 GB for 20 minutes of 48 kHz stereo (attack run 31); in blocks the
    memory is about the result's. Same samples as ``resample`` of the whole mono mix."""
    import soundfile

    with soundfile.SoundFile(os.fsencode(path)) as audio:
        scale = 1.0
        # GSM 6.10 and G.721 are read forward only: no second pass, and the blocks need their
        # count ("frames must be specified for non-seekable files" was said as a damaged
        # header, attack run 52); both decode to whole numbers, within full scale.
        seekable = audio.seekable()
        if seekable and not subtype.startswith("PCM_") and subtype not in ("ULAW", "ALAW"):
            scale = _float_scale(path, audio)  # (integer samples are within full scale)
            audio.seek(0)
        rate = int(audio.samplerate)
        resampler = _Resampler(rate) if rate != SAMPLE_RATE else None
        pieces: list[FloatArray] = []
        frames = 0
        # (float32 throughout, as the whole-file reading was: the same samples to the bit)
        count = -1 if seekable else audio.frames
        for block in audio.blocks(BLOCK_FRAMES, frames=count, dtype="float32", always_2d=True):
            frames += block.shape[0]
            if scale != 1.0:
                block /= np.float32(scale)
            mono = block.mean(axis=1, dtype=np.float32) if block.shape[1] > 1 else block[:, 0]
            pieces.extend(resampler.feed(mono) if resampler else [mono.copy()])
    if frames == 0:
        raise AudioFileError(path, "contains no audio")
    wanted = frames
    if resampler is not None:
        last, wanted = resampler.finish(frames)
        pieces.extend(last)
    samples = np.concatenate(pieces) if len(pieces) != 1 else pieces[0]
    return samples[:wanted].astype(np.float32, copy=False), frames


def _float_scale(path: Path, audio: Any) -> float:
    """What a float file's samples are divided by: its peak when past full scale (float keeps
    the headroom, and some tools write floats at the 16-bit scale: the speech model and the
    voice detector turned a clear answer at 32,767x into made-up words), else 1. Nothing is
    clipped; the overall level is all that changes. Raises on NaN or infinity."""
    peak = 0.0
    for block in audio.blocks(BLOCK_FRAMES, dtype="float32", always_2d=True):
        if not np.isfinite(block).all():
            raise AudioFileError(path, "contains invalid samples (NaN or infinity)")
        if block.size:
            peak = max(peak, float(block.max()), -float(block.min()))
    return peak if peak > 1.0 else 1.0


class _Resampler:
    """``resample`` of a long signal fed in pieces: the low-pass keeps the last samples of
    each piece as the next one's context, the interpolation the last filtered sample."""

    def __init__(self, rate: int, target: int = SAMPLE_RATE) -> None:
        self.step = rate / target
        self.target, self.rate = target, rate
        self.kernel = _kernel(0.5 * target / rate).astype(np.float32) if rate > target else None
        self.half = (LOWPASS_TAPS - 1) // 2
        self.keep = np.zeros(
            self.half, dtype=np.float32
        )  # zeros before the start, as np.convolve "same"
        self.filtered_upto = 0  # global index of the next filtered sample
        self.last: float | None = None  # the filtered sample before the next piece
        self.next_out = 0  # index of the next output sample

    def feed(self, mono: FloatArray) -> list[FloatArray]:
        if self.kernel is None:
            return [self._interpolate(mono)]
        x = np.concatenate((self.keep, mono))
        if x.size - 2 * self.half <= 0:
            self.keep = x
            return []
        self.keep = x[-2 * self.half :]
        return [self._interpolate(np.convolve(x, self.kernel, mode="valid"))]

    def finish(self, frames: int) -> tuple[list[FloatArray], int]:
        """(the last output pieces, how many samples the whole output has: the pieces may run
        past it by one or two, which the caller cuts)."""
        out: list[FloatArray] = []
        if self.kernel is not None and self.filtered_upto < frames:
            x = np.concatenate((self.keep, np.zeros(self.half, dtype=np.float32)))
            out.append(self._interpolate(np.convolve(x, self.kernel, mode="valid")))
        wanted = max(1, int(round(frames * self.target / self.rate)))
        if self.next_out < wanted:  # past the last sample: np.interp holds the last value
            out.append(np.full(wanted - self.next_out, self.last or 0.0, dtype=np.float32))
        return out, wanted

    def _interpolate(self, filtered: FloatArray) -> FloatArray:
        """The output samples whose positions fall before the last of ``filtered``."""
        start = self.filtered_upto
        if self.last is not None:
            y = np.concatenate((np.array([self.last], dtype=np.float32), filtered))
            first = start - 1
        else:
            y, first = filtered, start
        self.filtered_upto += filtered.size
        if filtered.size:
            self.last = float(filtered[-1])
        end = self.filtered_upto - 1  # positions strictly before it have both neighbours here
        stop = int(np.ceil(end / self.step)) if end > 0 else 0
        if stop <= self.next_out:
            return np.zeros(0, dtype=np.float32)
        positions = np.arange(self.next_out, stop, dtype=np.float64) * self.step
        self.next_out = stop
        return np.interp(positions, np.arange(first, first + y.size, dtype=np.float64), y).astype(
            np.float32
        )


def _check_header(path: Path, info: Any) -> None:
    """Refuse what the header claims before decoding: rate, channels, length."""
    rate, channels, frames = int(info.samplerate), int(info.channels), int(info.frames)
    if not MIN_RATE <= rate <= MAX_RATE:
        raise AudioFileError(
            path,
            f"a sample rate of {rate:,} Hz is not plausible for speech "
            f"(expected {MIN_RATE:,} to {MAX_RATE:,} Hz)",
        )
    if not 1 <= channels <= MAX_CHANNELS:
        raise AudioFileError(path, f"{channels} channels; at most {MAX_CHANNELS} are accepted")
    if frames / rate > MAX_DURATION_S or frames * channels > MAX_SAMPLES:
        minutes = frames / rate / 60
        raise AudioFileError(
            path,
            f"{minutes:,.0f} minutes long; at most {MAX_DURATION_S / 60:.0f} minutes "
            "of audio are accepted",
        )


def _short(exc: Exception) -> str:
    """The reader's own words, without its "Error opening '<the path again>': " (the
    message names the file already: attack run 29 read the path three times in one line).
    The name goes to libsndfile as bytes, so it comes back as b'...' (attack run 49)."""
    text = str(exc).strip().splitlines()
    last = text[-1] if text else type(exc).__name__
    return re.sub(r"^Error opening b?(['\"]).*\1: (?=\S)", "", last) or last


def resample(samples: FloatArray, rate: int, target: int = SAMPLE_RATE) -> FloatArray:
    """Resample mono ``samples`` from ``rate`` to ``target`` Hz.

    Downsampling first applies a windowed-sinc low-pass (so 44.1 kHz hiss does not fold into
    the speech band), then linear interpolation; good enough for speech recognition.
    """
    samples = np.asarray(samples, dtype=np.float32)
    if rate == target or samples.size == 0:
        return samples
    if rate > target:
        samples = _lowpass(samples, cutoff=0.5 * target / rate)
    n_out = max(1, int(round(samples.size * target / rate)))
    x_out = np.arange(n_out, dtype=np.float64) * (rate / target)
    x_in = np.arange(samples.size, dtype=np.float64)
    return np.interp(x_out, x_in, samples).astype(np.float32)


def _lowpass(samples: FloatArray, cutoff: float) -> FloatArray:
    """FIR low-pass; ``cutoff`` as a fraction of the sample rate (0..0.5)."""
    kernel = _kernel(cutoff).astype(np.float32)
    return np.convolve(samples, kernel, mode="same").astype(np.float32)


def _kernel(cutoff: float) -> npt.NDArray[np.float64]:
    n = np.arange(LOWPASS_TAPS) - (LOWPASS_TAPS - 1) / 2
    kernel = 2 * cutoff * np.sinc(2 * cutoff * n) * np.hamming(LOWPASS_TAPS)
    return kernel / kernel.sum()


def pcm16_to_float(pcm: bytes) -> FloatArray:
    """Little-endian signed 16-bit PCM to float32 in [-1, 1] (a trailing odd byte is dropped)."""
    usable = len(pcm) - (len(pcm) % 2)
    return np.frombuffer(pcm[:usable], dtype="<i2").astype(np.float32) / 32768.0


def float_to_pcm16(samples: FloatArray) -> bytes:
    clipped = np.clip(np.asarray(samples, dtype=np.float32), -1.0, 1.0)
    return (clipped * 32767.0).astype("<i2").tobytes()
