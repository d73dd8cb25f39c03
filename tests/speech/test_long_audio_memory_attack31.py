"""A long recording is read in blocks (attack run 31): a 20-minute 48 kHz stereo WAV took
2.1 GB of memory to become 77 MB of 16 kHz mono (the whole file as float32, its mono mix, the
filtered copy and two float64 position arrays at once), so the hour the reader accepts needed
about 6 GB: the app or the command was killed. Reading block by block gives the same samples
with memory about the size of the result."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import numpy as np
import pytest
import soundfile

from simulator.speech import audiofile
from simulator.speech.audiofile import read_audio, resample


def _noise_file(path: Path, seconds: float, rate: int, channels: int, subtype: str) -> np.ndarray:
    rng = np.random.default_rng(7)
    data = rng.normal(0, 0.1, (int(seconds * rate), channels)).astype(np.float32)
    t = np.arange(data.shape[0]) / rate
    data += (0.3 * np.sin(2 * np.pi * 440 * t))[:, None].astype(np.float32)
    soundfile.write(str(path), data, rate, subtype=subtype)
    return soundfile.read(str(path), dtype="float32", always_2d=True)[0]


@pytest.mark.parametrize(("rate", "channels"), [(48_000, 2), (44_100, 1), (8_000, 3), (16_000, 2)])
def test_blocks_give_the_samples_the_whole_file_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rate: int, channels: int
) -> None:
    path = tmp_path / "a.wav"
    data = _noise_file(path, 3.3, rate, channels, "PCM_16")
    whole = resample(data.mean(axis=1, dtype=np.float32), rate)
    monkeypatch.setattr(audiofile, "BLOCK_FRAMES", 4_001)  # many blocks, odd boundaries
    samples, duration = read_audio(path)
    assert duration == pytest.approx(data.shape[0] / rate)
    assert samples.dtype == np.float32 and samples.shape == whole.shape
    np.testing.assert_allclose(samples, whole, rtol=0, atol=1e-7)  # (float32 rounding)


def test_a_long_recording_takes_memory_about_its_result(tmp_path: Path) -> None:
    path = tmp_path / "long.wav"
    _noise_file(path, 120, 48_000, 2, "PCM_16")
    tracemalloc.start()
    try:
        samples, _ = read_audio(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    result = samples.nbytes  # 7.7 MB; the whole-file reading peaked near 150 MB
    assert peak < 3 * result + 24_000_000, (peak, result)


def test_a_float_file_past_full_scale_is_scaled_in_blocks_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "loud.wav"
    data = _noise_file(path, 2.0, 44_100, 2, "FLOAT")
    soundfile.write(str(path), data * 32_767, 44_100, subtype="FLOAT")
    monkeypatch.setattr(audiofile, "BLOCK_FRAMES", 3_000)
    samples, _ = read_audio(path)
    expected = resample(data.mean(axis=1, dtype=np.float32), 44_100)
    expected = expected / (np.abs(data).max())
    assert np.isfinite(samples).all()
    np.testing.assert_allclose(samples, expected, atol=1e-4)
