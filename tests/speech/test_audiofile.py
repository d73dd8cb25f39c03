"""Reading any audio file into 16 kHz mono float, with errors that name the file."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile

from simulator.speech.audiofile import AudioFileError, read_audio, resample


def write(path: Path, data: np.ndarray, rate: int) -> Path:
    soundfile.write(str(path), data, rate)
    return path


def test_stereo_44k1_is_downmixed_and_resampled(tmp_path: Path) -> None:
    t = np.arange(44_100 * 2) / 44_100
    left = 0.5 * np.sin(2 * np.pi * 300 * t)
    path = write(tmp_path / "s.wav", np.stack([left, left], axis=1), 44_100)
    samples, duration = read_audio(path)
    assert duration == pytest.approx(2.0)
    assert samples.dtype == np.float32 and samples.size == 32_000
    spectrum = np.abs(np.fft.rfft(samples))
    assert np.argmax(spectrum) * 16_000 / samples.size == pytest.approx(300, abs=2)


def test_downsampling_removes_frequencies_above_the_new_band() -> None:
    t = np.arange(48_000) / 48_000
    hiss = np.sin(2 * np.pi * 12_000 * t).astype(np.float32)  # would alias to 4 kHz
    out = resample(hiss, 48_000, 16_000)
    assert np.sqrt(np.mean(out[100:-100] ** 2)) < 0.05


def test_upsampling_8k_keeps_the_duration() -> None:
    out = resample(np.zeros(8_000, np.float32), 8_000, 16_000)
    assert out.size == 16_000


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "empty"),
        (b"I am a text file, not a recording.\n" * 20, "not an audio file"),
        (b"RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00garbage!" + b"\xff" * 30, "corrupt"),
    ],
)
def test_bad_files_raise_an_error_naming_the_file(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "answer.wav"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(AudioFileError, match=message) as info:
        read_audio(path)
    assert str(path) in str(info.value)


def test_a_wav_without_samples_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path / "silent.wav", np.zeros((0, 1)), 16_000)
    with pytest.raises(AudioFileError, match="no audio"):
        read_audio(path)


def test_a_folder_is_not_audio(tmp_path: Path) -> None:
    with pytest.raises(AudioFileError, match="folder"):
        read_audio(tmp_path)


@pytest.mark.parametrize("scale", [32_767.0, 3e38])
def test_float_samples_beyond_full_scale_are_brought_into_range(
    tmp_path: Path, scale: float
) -> None:
    """A float WAV may hold samples past +-1 (float keeps the headroom; some tools write floats
    at the 16-bit scale): the samples reached the speech model as they were, and a clear
    7-second answer spoken at that scale came back as 'one. It's good one. It's' (attack
    run 31). The recording is brought to full scale as a whole: same shape, nothing clipped;
    a stereo one at the float maximum no longer averages to infinity."""
    t = np.arange(16_000) / 16_000
    voice = 0.5 * np.sin(2 * np.pi * 200 * t) * np.sin(2 * np.pi * 3 * t)
    loud = np.stack([voice, voice], axis=1) * scale
    path = tmp_path / "loud.wav"
    soundfile.write(str(path), loud.astype(np.float32), 16_000, subtype="FLOAT")
    samples, duration = read_audio(path)
    assert duration == pytest.approx(1.0)
    assert np.isfinite(samples).all()
    assert np.abs(samples).max() == pytest.approx(1.0, abs=1e-3)
    assert np.corrcoef(samples, voice)[0, 1] > 0.999


def test_float_samples_within_full_scale_keep_their_level(tmp_path: Path) -> None:
    quiet = (0.1 * np.sin(2 * np.pi * 200 * np.arange(16_000) / 16_000)).astype(np.float32)
    path = tmp_path / "quiet.wav"
    soundfile.write(str(path), quiet, 16_000, subtype="FLOAT")
    samples, _ = read_audio(path)
    assert np.abs(samples).max() == pytest.approx(0.1, abs=1e-3)


@pytest.mark.parametrize("subtype", ["GSM610", "G721_32"])
def test_a_wav_libsndfile_reads_only_forward_is_read_r52(tmp_path: Path, subtype: str) -> None:
    """GSM 6.10 and G.721 WAVs cannot be sought in (libsndfile): reading them in blocks
    raised 'frames must be specified for non-seekable files', said as 'corrupt WAV file: its
    header is damaged (it claims 0-bit samples)' (attack run 52, ml-interview transcribe)."""
    t = np.arange(16_000) / 16_000
    path = tmp_path / "c.wav"
    tone = 0.3 * np.sin(2 * np.pi * 440 * t)
    soundfile.write(str(path), tone, 16_000, subtype=subtype, format="WAV")
    samples, duration = read_audio(path)
    assert duration == pytest.approx(1.0, abs=0.02)
    spectrum = np.abs(np.fft.rfft(samples))
    assert np.argmax(spectrum) * 16_000 / samples.size == pytest.approx(440, abs=3)
