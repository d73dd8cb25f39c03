"""Reading answer audio from disk into what the recognisers want: float32, 16 kHz, mono.

Any WAV (or other libsndfile format) is accepted: other sample rates are resampled and extra
channels are averaged, with numpy only. Every failure becomes an ``AudioFileError`` whose message
names the file, so the CLI and the UI can show it as one line.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from simulator.core.recording_check import UnusableRecording

SAMPLE_RATE = 16_000
FloatArray = npt.NDArray[np.float32]

# What a recorded answer can plausibly be. A header can claim anything: 1 Hz made the
# resampler allocate 58.8 GiB, 200 Hz cost 125 s of CPU. Checked before any sample is decoded.
MIN_RATE = 4_000
MAX_RATE = 384_000
MAX_CHANNELS = 8
MAX_DURATION_S = 3_600.0  # the longest question allows 30 minutes
MAX_SAMPLES = 200_000_000  # frames x channels: 800 MB as float32


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
        _check_header(path, soundfile.info(str(path)))
        data, rate = soundfile.read(str(path), dtype="float32", always_2d=True)
    except AudioFileError:
        raise
    except Exception as exc:  # libsndfile reports every problem as its own error type
        with path.open("rb") as fh:
            head = fh.read(12)
        if head[:4] in (b"RIFF", b"RIFX", b"RF64") and head[8:12] == b"WAVE":
            raise AudioFileError(path, f"corrupt WAV file ({_short(exc)})") from exc
        raise AudioFileError(path, f"not an audio file ({_short(exc)})") from exc
    if data.shape[0] == 0:
        raise AudioFileError(path, "contains no audio")
    if not np.isfinite(data).all():
        raise AudioFileError(path, "contains invalid samples (NaN or infinity)")
    data = _within_full_scale(data)
    mono = data.mean(axis=1, dtype=np.float32) if data.shape[1] > 1 else data[:, 0]
    duration = data.shape[0] / float(rate)
    return resample(mono, int(rate), SAMPLE_RATE), duration


def _within_full_scale(data: FloatArray) -> FloatArray:
    """``data`` scaled as a whole into [-1, 1] when a float file goes past it (float keeps the
    headroom, and some tools write floats at the 16-bit scale): the speech model and the voice
    detector expect full scale at most, and turned a clear answer at 32,767x into made-up
    words. Nothing is clipped; the overall level is all that changes."""
    peak = max(float(data.max()), -float(data.min()))  # (no copy of a long recording)
    if peak <= 1.0:
        return data
    data /= np.float32(peak)
    return data


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
    message names the file already: attack run 29 read the path three times in one line)."""
    text = str(exc).strip().splitlines()
    last = text[-1] if text else type(exc).__name__
    return re.sub(r"^Error opening '.*': (?=\S)", "", last) or last


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


def _lowpass(samples: FloatArray, cutoff: float, taps: int = 63) -> FloatArray:
    """FIR low-pass; ``cutoff`` as a fraction of the sample rate (0..0.5)."""
    n = np.arange(taps) - (taps - 1) / 2
    kernel = 2 * cutoff * np.sinc(2 * cutoff * n) * np.hamming(taps)
    kernel /= kernel.sum()
    return np.convolve(samples, kernel.astype(np.float32), mode="same").astype(np.float32)


def pcm16_to_float(pcm: bytes) -> FloatArray:
    """Little-endian signed 16-bit PCM to float32 in [-1, 1] (a trailing odd byte is dropped)."""
    usable = len(pcm) - (len(pcm) % 2)
    return np.frombuffer(pcm[:usable], dtype="<i2").astype(np.float32) / 32768.0


def float_to_pcm16(samples: FloatArray) -> bytes:
    clipped = np.clip(np.asarray(samples, dtype=np.float32), -1.0, 1.0)
    return (clipped * 32767.0).astype("<i2").tobytes()
