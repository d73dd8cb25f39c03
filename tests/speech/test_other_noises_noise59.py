"""The real-speech set's other noises (``speech_set.OTHER_NOISES``, round 59): babble and pink
noise at the set's 10 dB, so that a change measured on its one white noise is also measured on
noises it was not tuned on; the white noise every earlier round measured stays the same."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from benchmarks import speech_set
from benchmarks.speech_set import (
    BY_ID,
    LEAD_S,
    NOISY_SNR_DB,
    SAMPLE_RATE,
    TAIL_S,
    speech_power,
    with_condition,
)
from simulator.speech.audiofile import read_audio

ITEM = BY_ID["h19-15"]


def _said() -> np.ndarray:
    """One second of a vowel-like tone with a syllable's rise and fall."""
    t = np.arange(SAMPLE_RATE) / SAMPLE_RATE
    return (0.1 * np.sin(2 * np.pi * 220 * t) * np.hanning(t.size)).astype(np.float32)


def _band_db(x: np.ndarray, low: float, high: float) -> float:
    spectrum = np.abs(np.fft.rfft(x)) ** 2
    f = np.fft.rfftfreq(x.size, 1 / SAMPLE_RATE)
    return float(10 * np.log10(spectrum[(f >= low) & (f < high)].mean()))


def test_the_white_noise_is_the_one_every_round_measured() -> None:
    said = _said()
    # the mix as rounds 1-58 made it, written out
    rng = np.random.default_rng(zlib.crc32(f"{ITEM.id}/noisy".encode()))
    padded = np.concatenate(
        [np.zeros(int(LEAD_S * SAMPLE_RATE)), said, np.zeros(int(TAIL_S * SAMPLE_RATE))]
    ).astype(np.float32)
    power = speech_power(said) / 10 ** (NOISY_SNR_DB / 10)
    old = padded + (rng.standard_normal(padded.size) * np.sqrt(power)).astype(np.float32)
    assert np.array_equal(with_condition(ITEM, said, "noisy"), old)


def test_pink_noise_is_at_10_db_and_falls_with_frequency() -> None:
    said = _said()
    mixed = with_condition(ITEM, said, "pink")
    lead = mixed[: int(LEAD_S * SAMPLE_RATE)]  # the noise alone
    snr = 10 * np.log10(speech_power(said) / np.mean(np.square(lead)))
    assert abs(snr - NOISY_SNR_DB) < 1.0
    # 1/f: the 4-8 kHz octave ~3 dB per octave under 2-4 kHz, and far under 250-500 Hz
    assert _band_db(lead, 250, 500) - _band_db(lead, 4000, 8000) > 10
    white = with_condition(ITEM, said, "noisy")[: lead.size]
    assert abs(_band_db(white, 250, 500) - _band_db(white, 4000, 8000)) < 2
    assert np.array_equal(mixed, with_condition(ITEM, said, "pink"))  # seeded: the same twice


@pytest.mark.slow
def test_babble_is_other_people_talking_at_10_db(real: Callable[[str, str], Path]) -> None:
    clean, _ = read_audio(real(ITEM.id, "clean"))
    babble, _ = read_audio(real(ITEM.id, "babble"))
    lead = babble[: int(LEAD_S * SAMPLE_RATE)]
    said = clean[int(LEAD_S * SAMPLE_RATE) : -int(TAIL_S * SAMPLE_RATE)]
    snr = 10 * np.log10(speech_power(said) / np.mean(np.square(lead)))
    assert abs(snr - NOISY_SNR_DB) < 1.5
    # talk, not steady noise: its level over 100 ms frames comes and goes more than white
    # noise's does, and little of its power lies above 4 kHz
    frames = lead[: lead.size // 1600 * 1600].reshape(-1, 1600)
    level = 10 * np.log10(np.mean(np.square(frames), axis=1))
    assert level.std() > 0.5
    assert _band_db(lead, 250, 1000) - _band_db(lead, 4000, 8000) > 15
    assert ITEM.split not in {
        i.split for i in speech_set.ITEMS if i.source in speech_set.BABBLE_SOURCES
    }
