"""Whisper on real human recordings (fetched from PyPI packages into tests/.cache, see
benchmarks/speech_set.py): nothing made up around silence, one-word answers stay one word,
a reference is what its recording says, and decoding is repeatable. In noise:
test_real_speech_noise.py, a file of its own since the suite gives each file whole to one of
its two processes: the halves run side by side. The figures over the whole set are printed by
benchmarks/real_speech.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks import speech_metrics as sm
from benchmarks.speech_set import BY_ID
from simulator.speech.asr import get_whisper
from simulator.speech.audiofile import float_to_pcm16, read_audio
from simulator.speech.streaming import StreamingSession

pytestmark = pytest.mark.slow


def test_silence_before_and_after_adds_no_words(heard: Callable[[str, str], str]) -> None:
    for item in ("beckett", "cards-4"):  # a read passage and a two-word answer
        text = heard(item, "clean")
        reference = BY_ID[item].reference or ""
        alignment = sm.align(reference, text)
        assert alignment.edge_insertions == 0 and sm.outro_words(text) == 0, text
        assert alignment.errors <= 1, text


def test_one_word_answers_stay_one_word(heard: Callable[[str, str], str]) -> None:
    for item in ("word-better", "word-tried"):
        for condition in ("clean", "noisy"):
            text = heard(item, condition)
            assert len(sm.content_words(text)) == 1, (item, condition, text)


def test_the_same_noisy_file_twice_gives_the_same_text(heard: Callable[[str, str], str]) -> None:
    assert heard("beckett", "noisy") == heard("beckett", "noisy")


def test_the_live_path_adds_no_tail_after_the_answer(real: Callable[[str, str], Path]) -> None:
    samples, _ = read_audio(real("beckett", "clean"))
    session = StreamingSession(get_whisper(None), partial_interval_s=None)
    pcm = float_to_pcm16(samples)
    for i in range(0, len(pcm), 3200):
        session.feed(pcm[i : i + 3200])
    text = session.finish().text
    alignment = sm.align(BY_ID["beckett"].reference or "", text)
    assert alignment.edge_insertions == 0 and alignment.errors <= 1, text


def test_a_reference_is_what_the_recording_says(heard: Callable[[str, str], str]) -> None:
    """Tux Paint's stamp narrator says the animal's name alone ("Giraffe."), not the stamp
    text's "A giraffe.": a reference with the article charged Whisper a word it rightly did not
    hear (held5's five stamp items, 5 of its 111 words, until speech23)."""
    for item in ("h5-a-giraffe", "h5-a-penguin"):
        text = heard(item, "clean")
        assert sm.align(BY_ID[item].reference or "", text).errors == 0, (item, text)
