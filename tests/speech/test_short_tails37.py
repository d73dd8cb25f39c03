"""Round 37 (speech37, issue 8): words kept and dropped at the end of an answer, with the
figures of real 10 dB readings of the dev splits (8 kHz Asterisk prompts of held12 and held14)."""

from __future__ import annotations

import numpy as np

from simulator.core.transcript import Word
from simulator.speech import decoding, silero
from simulator.speech.decoding import Heard

FRAME_S = 0.032  # one of Silero's frames


def _speech_until(end_s: float) -> silero.SpeechMap:
    """Silero sure of speech from 0 to ``end_s``, quiet after."""
    frames = int(round(end_s / FRAME_S))
    return silero.SpeechMap(np.array([0.9] * frames + [0.0] * 20, np.float32))


def _heard(*spec: tuple[str, float, float, float]) -> list[Heard]:
    return [Heard(Word(word, start, end), p) for word, start, end, p in spec]


def _kept(words: list[Heard], speech: silero.SpeechMap, short: bool) -> list[str]:
    return [w.word for w in decoding.keep(words, speech, short=short)]


def test_a_short_answer_keeps_an_unsure_phrase_said_after_its_first_word() -> None:
    # "press star to cancel" at 10 dB: all four words heard, "star" unsure, each with speech
    words = _heard(
        ("Press", 0.0, 0.7, 0.75),
        ("star", 0.7, 1.08, 0.08),
        ("to", 1.08, 1.34, 0.93),
        ("cancel.", 1.34, 1.76, 0.46),
    )
    assert _kept(words, _speech_until(1.76), short=True) == ["Press", "star", "to", "cancel."]


def test_one_word_heard_as_two_still_loses_its_unsure_second_word() -> None:
    # "seventieth" heard "seven deals" (0.15 / 0.15): a single unsure word is not a phrase
    words = _heard(("seven", 0.0, 0.54, 0.15), ("deals", 0.54, 0.86, 0.15))
    assert _kept(words, _speech_until(0.86), short=True) == ["seven"]


def test_an_unsure_made_up_phrase_in_noise_is_still_dropped() -> None:
    # "no more" heard "No more math signals." (0.20 / 0.11, each with speech in the noise):
    # no word of the tail is sure, so it is not taken for a phrase said
    words = _heard(
        ("No", 0.0, 0.4, 0.42),
        ("more", 0.4, 0.75, 1.0),
        ("math", 0.75, 0.93, 0.20),
        ("signals.", 0.93, 1.25, 0.11),
    )
    assert _kept(words, _speech_until(1.25), short=True) == ["No", "more"]


def test_a_phrase_that_starts_a_sentence_of_its_own_is_not_taken_for_one_said() -> None:
    words = _heard(
        ("Press", 0.0, 0.7, 0.75),
        ("Thank", 0.7, 1.08, 0.05),  # after a full stop below
        ("you", 1.08, 1.34, 0.93),
        ("much.", 1.34, 1.76, 0.46),
    )
    words[0] = Heard(Word("Press.", 0.0, 0.7), 0.75)
    assert _kept(words, _speech_until(1.76), short=True) == ["Press."]


def test_a_noisy_thank_you_after_the_answer_with_little_speech_is_dropped() -> None:
    # "... to the representative. Thank you." at 10 dB: "Thank" 0.41 with 0.16 s of speech,
    # "you." 0.98 with 0.10 s: a sentence of its own after the answer's last one. Round 34's
    # rule dropped it only with a first word under 0.1.
    speech = silero.SpeechMap(np.array([0.9] * 70 + [0.9] * 5 + [0.0] * 3 + [0.9] * 3, np.float32))
    words = _heard(
        ("Waiting", 0.0, 0.8, 0.52),
        ("to", 0.8, 1.06, 0.80),
        ("speak", 1.06, 1.24, 0.42),
        ("with", 1.24, 1.4, 0.72),
        ("a", 1.4, 1.48, 0.91),
        ("representative.", 1.48, 2.24, 0.69),
        ("Thank", 2.24, 2.40, 0.41),
        ("you.", 2.40, 2.50, 0.98),
    )
    assert _kept(words, speech, short=False)[-1] == "representative."


def test_a_said_closing_sentence_with_speech_of_its_own_is_kept() -> None:
    words = _heard(
        ("That", 0.0, 0.3, 0.9),
        ("is", 0.3, 0.5, 0.9),
        ("all.", 0.5, 0.9, 0.9),
        ("Thank", 0.9, 1.3, 0.41),
        ("you.", 1.3, 1.7, 0.98),
    )
    assert _kept(words, _speech_until(1.7), short=False) == ["That", "is", "all.", "Thank", "you."]
