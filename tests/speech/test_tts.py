"""The real espeak-ng voice through pyttsx3: rendered WAVs contain speech of a plausible length."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from simulator.speech.tts import Pyttsx3Speaker, english_voices, wav_duration

PROMPT = "Explain the bias variance trade-off, and how you would detect overfitting in practice."


@pytest.fixture
def speaker(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = Pyttsx3Speaker(tmp_path / "speech")
    s.wait_ready()
    yield s
    s.close()


def _samples(path: Path) -> np.ndarray:
    with wave.open(str(path), "rb") as w:
        assert w.getsampwidth() == 2
        return np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16)


def test_renders_a_prompt_to_a_wav_with_speech(speaker: Pyttsx3Speaker) -> None:
    path = speaker.render(PROMPT).result(timeout=20)
    samples = _samples(path)
    duration = wav_duration(path)
    words = len(PROMPT.split())
    assert words / 4.5 < duration < words / 1.0  # between ~270 and ~60 words per minute
    assert np.mean(np.abs(samples) > 500) > 0.2  # a good share of clearly non-silent samples
    assert np.abs(samples).max() > 5000


def test_each_text_gets_its_own_file_and_cache(speaker: Pyttsx3Speaker) -> None:
    short = speaker.render("Hello.").result(timeout=20)
    long = speaker.render(PROMPT).result(timeout=20)
    assert short != long and wav_duration(short) < wav_duration(long)
    assert speaker.render("Hello.").result(timeout=20) == short  # rendered once, then cached


def test_rate_changes_the_length(speaker: Pyttsx3Speaker) -> None:
    speaker.configure(rate=120)
    slow = wav_duration(speaker.render(PROMPT).result(timeout=20))
    speaker.configure(rate=240)
    fast = wav_duration(speaker.render(PROMPT).result(timeout=20))
    assert fast < slow * 0.75


def test_english_voices_are_listed(speaker: Pyttsx3Speaker) -> None:
    voices = english_voices(speaker.voices().result(timeout=20))
    assert voices and any("en" in v.id for v in voices)


def test_no_engine_gives_a_reason_not_a_hang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import simulator.speech.tts as tts

    def broken() -> None:
        raise OSError("libespeak-ng.so.1: cannot open shared object file")

    monkeypatch.setattr(tts, "_start_engine", broken)
    s = Pyttsx3Speaker(tmp_path)
    with pytest.raises(tts.SpeechUnavailable, match="espeak-ng"):
        s.render("Hello").result(timeout=5)
    s.close()
