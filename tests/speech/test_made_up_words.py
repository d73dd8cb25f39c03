"""Words Whisper makes up around a short answer, checked against Silero VAD (real model and VAD
on real recordings from the tuning split of benchmarks/speech_set.py; the whole set's figures
are printed by benchmarks/real_speech.py)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from benchmarks import speech_metrics as sm
from benchmarks.speech_set import BY_ID, clip, default_cache
from simulator.core.transcript import Word
from simulator.speech import decoding, silero
from simulator.speech.asr import get_whisper
from simulator.speech.decoding import Heard
from tests.speech.lost_words import LOST_WORD_SPEECH_S, speech_after_last_word


def transcribe(item: str, condition: str) -> str:
    return get_whisper(None).transcribe_file(clip(BY_ID[item], condition, default_cache())).text


def test_a_word_with_no_speech_under_it_is_dropped_and_speech_is_kept() -> None:
    speech = silero.SpeechMap(np.array([0.0, 0.9, 0.95, 0.4, 0.1, 0.0, 0.0], np.float32))
    words = [
        Heard(Word("Ever", 0.0, 0.09), 0.2),
        Heard(Word("them.", 0.1, 0.13), 0.9),  # a soft last word: Silero says 0.4
        Heard(Word("a", 0.15, 0.22), 0.99),  # sure, yet nothing but silence under it
    ]
    assert [w.word for w in decoding.keep(words, speech)] == ["Ever", "them."]
    later = [
        Heard(Word(h.word.word, h.word.start + 10, h.word.end + 10), h.probability) for h in words
    ]
    assert [w.word for w in decoding.keep(later, speech, offset=10.0)] == ["Ever", "them."]
    assert len(decoding.keep(words)) == 3  # no map: nothing to check against


@pytest.mark.slow
def test_a_one_word_answer_does_not_grow_a_word_in_the_silence_after_it() -> None:
    # Whisper heard "Have a" for "ever": the "a" lies in the silence after the word
    assert len(sm.content_words(transcribe("tune-ever", "clean"))) == 1


@pytest.mark.slow
def test_a_short_word_silero_is_sure_of_is_not_thrown_away_as_silence() -> None:
    # at 10 dB SNR Whisper's no-speech test threw the word away (an empty answer)
    assert len(sm.content_words(transcribe("tune-ever", "noisy"))) == 1


def test_a_word_decoded_in_pieces_is_one_word() -> None:
    def piece(text: str, start: float, end: float) -> SimpleNamespace:
        return SimpleNamespace(word=text, start=start, end=end, probability=0.9)

    segment = SimpleNamespace(
        compression_ratio=1.0,
        words=[piece(" ill", 0.0, 0.2), piece("-disposed", 0.2, 0.6), piece(" man", 0.6, 0.9)],
    )
    heard, looped = decoding.collect([segment], lambda t: t)
    assert [h.word.word for h in heard] == ["ill-disposed", "man"] and not looped
    assert (heard[0].word.start, heard[0].word.end) == (0.0, 0.6)


@pytest.mark.slow
def test_real_word_pieces_are_joined() -> None:
    text = transcribe("austen-880", "clean")  # "ill-disposed" comes in two pieces
    assert not any(w[:1] in "-'" for w in text.split()), text


@pytest.mark.slow
def test_a_first_word_guessed_in_the_quiet_before_the_answer_is_dropped() -> None:
    # Whisper heard "I failed." for "failed": the "I" (probability 0.03) lies over the quiet
    assert sm.content_words(transcribe("tune-failed", "clean")) == ["failed"]


@pytest.mark.slow
def test_a_first_word_guessed_in_the_noise_before_the_answer_is_dropped() -> None:
    # at 10 dB SNR Whisper heard "I failed." again, giving the "I" 0.085. How the word itself
    # is heard in noise differs between machines ("failed", "fail"): one word is what is guarded
    text = transcribe("tune-failed", "noisy")
    assert len(sm.content_words(text)) == 1 and sm.align("failed", text).edge_insertions == 0, text


def test_an_unsure_first_word_with_speech_under_it_is_kept() -> None:
    speech = silero.SpeechMap(np.array([0.0, 0.9, 0.95, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9], np.float32))
    guess = [Heard(Word("I", 0.0, 0.07), 0.03), Heard(Word("failed.", 0.07, 0.25), 0.9)]
    assert [w.word for w in decoding.keep(guess, speech)] == ["failed."]
    said = [Heard(Word("Five,", 0.0, 0.28), 0.03), Heard(Word("five.", 0.28, 0.4), 0.9)]
    assert [w.word for w in decoding.keep(said, speech)] == ["Five,", "five."]
    assert [w.word for w in decoding.keep(guess[:1], speech)] == ["I"]  # never an empty answer


def test_in_a_short_answer_an_edge_word_with_no_speech_of_its_own_is_dropped() -> None:
    # 32 ms frames: the said word has 8 frames of speech, the words around it 1 and 2
    speech = silero.SpeechMap(np.array([0.0, *[0.9] * 10, 0.45, 0.2, 0.0], np.float32))
    words = [
        Heard(Word("Got", 0.0, 0.064), 0.9),  # one frame of speech
        Heard(Word("country", 0.064, 0.29), 0.9),  # 7 frames
        Heard(Word("free.", 0.29, 0.38), 0.9),  # 2 frames, one of them speech
    ]
    assert [w.word for w in decoding.keep(words, speech, short=True)] == ["country"]
    assert len(decoding.keep(words, speech)) == 3  # a long answer's edges are left alone
    # a word with enough speech of its own stays, even where a word before it has little
    said = [Heard(Word("of", 0.032, 0.192), 0.9), Heard(Word("clubs.", 0.192, 0.35), 0.9)]
    assert [w.word for w in decoding.keep(said, speech, short=True)] == ["of", "clubs."]
    # none has enough: the one with the most speech is the answer
    thin = [Heard(Word("on,", 0.0, 0.064), 0.9), Heard(Word("I", 0.29, 0.42), 0.9)]
    assert [w.word for w in decoding.keep(thin, speech, short=True)] == ["I"]


@pytest.mark.slow
def test_a_one_word_answer_does_not_repeat_into_the_quiet_after_it() -> None:
    # "nine" (held2, a split the edge rule was chosen on): Whisper heard "Nine... Nine...", the
    # second one with a single frame of speech under it
    assert sm.content_words(transcribe("word-nine", "clean")) == ["nine"]


def test_in_a_short_answer_a_word_stamped_with_no_time_is_dropped_wherever_it_stands() -> None:
    speech = silero.SpeechMap(np.array([0.0, *[0.9] * 10, 0.0], np.float32))
    words = [
        Heard(Word("You're", 0.032, 0.2), 0.23),
        Heard(Word("all", 0.2, 0.2), 0.31),  # inside the answer, no time of its own
        Heard(Word("disposed.", 0.2, 0.33), 0.98),
    ]
    assert [w.word for w in decoding.keep(words, speech, short=True)] == ["You're", "disposed."]
    assert len(decoding.keep(words, speech)) == 3  # a long answer's inner words are left alone


@pytest.mark.slow
def test_a_short_answer_does_not_grow_a_word_stamped_with_no_time() -> None:
    # "ill disposed" (tune, clean): Whisper heard "You're all disposed.", the "all" at
    # 1.80-1.80 s with one of Silero's frames under it
    assert sm.align("ill disposed", transcribe("tune-ill-disposed", "clean")).edge_insertions == 0


@pytest.mark.slow
def test_in_noise_a_two_word_answer_is_not_heard_as_a_longer_phrase() -> None:
    # at 10 dB SNR "fail again" was heard "there we go": the beam search now favours the
    # shorter reading in noise (chunk_decoder.NOISY_LENGTH_PENALTY). Which two words a machine
    # hears in noise may differ; no more words than were said is what is guarded.
    text = transcribe("tune-fail-again", "noisy")
    assert len(sm.content_words(text)) <= 2 and sm.align("fail again", text).edge_insertions == 0, (
        text
    )


@pytest.mark.slow
def test_in_noise_a_sentence_keeps_its_last_word() -> None:
    # held8 (the dev split of round 31) at 10 dB: "To decrease the audio volume from other" for
    # "... other participants" while timestamp tokens were decoded (chunk_decoder: a long noisy
    # chunk is decoded without them). Whichever word a machine hears there ("participants",
    # "particles apart"), the speech after "other" has a word on it.
    text, unheard_s = speech_after_last_word("h8-confbridge-dec-list-vol-in", "noisy")
    assert unheard_s < LOST_WORD_SPEECH_S, text
