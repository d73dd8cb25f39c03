"""The waveform of a very long recording is read in blocks of a fixed size (attack run 61, issue 8).

Seen in the real window (Xvfb): an answer's recording replaced by an 8-hour WAV (16 kHz mono,
921 MB) took Review's process from 210 MB to 642 MB while the strip under the transcript was
drawn: its blocks were 64 of the strip's 800 buckets each, 8 % of the file (147 MB as float32,
twice that with its absolute values), so the longer the file, the larger each block."""

from __future__ import annotations

import struct
import tracemalloc
from pathlib import Path

import numpy as np
import soundfile as sf

from simulator.core.review import waveform_peaks

RATE = 16_000


def _silent_wav(path: Path, seconds: int) -> Path:
    """A real 16-bit PCM WAV of ``seconds`` of silence, written sparse (no disk used)."""
    size = RATE * 2 * seconds
    fmt = struct.pack("<HHIIHH", 1, 1, RATE, RATE * 2, 2, 16)
    with path.open("wb") as out:
        out.write(b"RIFF" + struct.pack("<I", 36 + size) + b"WAVE")
        out.write(b"fmt " + struct.pack("<I", 16) + fmt + b"data" + struct.pack("<I", size))
        out.truncate(44 + size)
    return path


def test_a_two_hour_recording_is_read_in_small_blocks_attack61(tmp_path: Path) -> None:
    path = _silent_wav(tmp_path / "long.wav", 2 * 3600)  # 230 MB of audio
    tracemalloc.start()
    try:
        peaks = waveform_peaks(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(peaks) == 800 and max(peaks) == 0.0
    assert peak < 20_000_000, f"{peak / 1e6:.0f} MB held at once"  # (184 MB before)


def test_the_strip_is_the_loudest_sample_of_each_bucket_attack61(tmp_path: Path) -> None:
    rng = np.random.default_rng(61)
    audio = (rng.standard_normal((40_003, 2)) * 0.1).astype(np.float32)
    audio[12_345, 1] = 0.9  # the loudest sample, in its bucket
    path = tmp_path / "stereo.wav"
    sf.write(str(path), audio, RATE, subtype="FLOAT")
    for buckets in (800, 7, 1):
        per = max(1, len(audio) // buckets)
        loud = np.abs(audio).max(axis=1)
        expected = [float(loud[i : i + per].max()) for i in range(0, len(loud), per)]
        top = max(expected)
        got = waveform_peaks(path, buckets)
        assert got == [e / top for e in expected]
