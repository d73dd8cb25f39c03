"""Words made up over other people talking (round 60, noise60): where the background is talk,
Silero hears it as speech, and Whisper wrote the talkers' stretches before and after the answer
down as words ("Call forward on busy. Thank you. I need to take a look at this. Thank you
guys."). ``speech.foreground`` keeps, where the background is talk, only the frames loud enough
to be the answer's own voice, and a word needs speech there (``decoding.keep``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from benchmarks.speech_set import LEAD_S, TAIL_S
from simulator.core.transcript import Word
from simulator.speech import decoding, silero
from simulator.speech.audiofile import SAMPLE_RATE, read_audio
from simulator.speech.foreground import QUIET_DB, foreground
from simulator.speech.silero import VAD_FRAME, SpeechMap

FRAME_S = VAD_FRAME / SAMPLE_RATE
SECONDS = 6.0
ANSWER = (2.0, 3.0)  # seconds: where the answer is said


def _take(background_db: float, rng: np.random.Generator) -> np.ndarray:
    """A take with an answer (a loud vowel-like tone) at ``ANSWER`` over a background whose
    level is ``background_db`` under the answer's, all through the take."""
    n = int(SECONDS * SAMPLE_RATE)
    t = np.arange(n) / SAMPLE_RATE
    said = (t >= ANSWER[0]) & (t < ANSWER[1])
    answer = 0.2 * np.sin(2 * np.pi * 220 * t) * said
    background = rng.standard_normal(n) * 0.2 / np.sqrt(2) * 10 ** (background_db / 20)
    return (answer + background).astype(np.float32)


def _map(heard_everywhere: bool) -> SpeechMap:
    """Silero's map of ``_take``: speech all through (it hears the talkers), or only where the
    answer is (a background that is no talk)."""
    frames = int(np.ceil(SECONDS * SAMPLE_RATE / VAD_FRAME))
    times = (np.arange(frames) + 0.5) * FRAME_S
    in_answer = (times >= ANSWER[0]) & (times < ANSWER[1])
    return SpeechMap(np.where(heard_everywhere | in_answer, 0.9, 0.05).astype(np.float32))


def _word(start: float, end: float) -> decoding.Heard:
    return decoding.Heard(Word("thank", start, end, 0.9), 0.9)


def test_where_the_background_is_talk_only_the_answer_s_voice_is_speech() -> None:
    samples = _take(-12.0, np.random.default_rng(1))
    speech = _map(heard_everywhere=True)
    voice = foreground(samples, speech, silero.snr_db(samples, [(0.0, SECONDS)]))
    assert voice.speech_s(*ANSWER) >= 0.9  # the answer is the answer's voice
    assert voice.speech_s(0.0, 1.8) == 0.0  # the talkers before it and after it are not
    assert voice.speech_s(3.2, SECONDS) == 0.0
    assert speech.speech_s(0.0, 1.8) > 1.5  # (Silero heard them)
    # so a word made up over the talkers is dropped, one said in the answer kept
    heard = [_word(2.1, 2.6), _word(3.6, 4.2)]
    assert [w.start for w in decoding.keep(heard, speech, voice=voice)] == [2.1]
    assert [w.start for w in decoding.keep(heard, speech)] == [2.1, 3.6]  # as before


def test_a_background_that_is_no_talk_keeps_every_word() -> None:
    """White or pink noise, a fan: Silero hears no speech in the take's quiet, and a read
    passage's own quiet words lie as far under its stressed ones as talkers would: the level
    decides nothing there (round 60: tune at 10 dB white noise lost 11 of 151 words so)."""
    samples = _take(-12.0, np.random.default_rng(2))
    speech = _map(heard_everywhere=False)
    assert foreground(samples, speech, silero.snr_db(samples, [ANSWER])) is speech


def test_a_clean_take_keeps_its_quiet_words() -> None:
    """A clean answer's own quiet words can lie 16-21 dB under its loud ones: far over its
    background, so the take is not noisy and nothing is taken out."""
    samples = _take(-50.0, np.random.default_rng(3))
    speech = _map(heard_everywhere=True)
    snr = silero.snr_db(samples, [(0.0, SECONDS)])
    assert snr > 30
    assert foreground(samples, speech, snr) is speech


def test_talk_as_loud_as_the_answer_is_kept() -> None:
    """Talkers within ``QUIET_DB`` of the answer cannot be told from it by level: their
    stretches stay speech (Whisper's words there are kept, as before)."""
    samples = _take(-(QUIET_DB - 4.0), np.random.default_rng(4))
    speech = _map(heard_everywhere=True)
    voice = foreground(samples, speech, silero.snr_db(samples, [(0.0, SECONDS)]))
    assert voice.speech_s(0.0, 1.8) > 1.5


@pytest.mark.slow
@pytest.mark.parametrize("item", ["h16-playback", "h16-h-40"])
def test_no_word_is_made_up_over_the_talkers(item: str, real: Callable[[str, str], Path]) -> None:
    """Dev recordings (held16) under the set's babble, six people talking at 10 dB: before,
    "Playback. Playback. Thank you. I have a cranial." for "playback" and "What do you want to
    have? and do something. I go somewhere and do something." for "fortieth", words stamped
    over the talkers before and after the answer. The property, not the words: no word lies
    in the talkers' stretch before or after the answer."""
    from simulator.speech.asr import get_whisper

    path = real(item, "babble")
    _, duration = read_audio(path)
    words = get_whisper(None).transcribe_file(path).words
    assert words, "the answer itself is heard"
    margin = 0.3  # Whisper's word times are rough
    outside = [
        w.word for w in words if w.end <= LEAD_S - margin or w.start >= duration - TAIL_S + margin
    ]
    assert outside == [], [w.word for w in words]
