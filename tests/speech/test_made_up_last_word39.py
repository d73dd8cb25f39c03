"""Round 39 (speech39, issue 8): a short answer's made-up last sentence of one word, with
the figures of a real reading of the dev split held16 (an 8 kHz Asterisk prompt, clean)."""

from __future__ import annotations

import numpy as np

from simulator.core.transcript import Word
from simulator.speech import decoding, silero
from simulator.speech.decoding import Heard

FRAME_S = 0.032  # one of Silero's frames


def _speech_until(end_s: float) -> silero.SpeechMap:
    frames = int(round(end_s / FRAME_S))
    return silero.SpeechMap(np.array([0.9] * frames + [0.0] * 20, np.float32))


def _kept(spec: list[tuple[str, float, float, float]], short: bool = True) -> list[str]:
    heard = [Heard(Word(word, start, end), p) for word, start, end, p in spec]
    speech = _speech_until(spec[-1][2])
    return [w.word for w in decoding.keep(heard, speech, short=short)]


def test_a_one_word_answer_grown_by_an_unsure_sentence_of_one_word_stays_one_word() -> None:
    # "million" read live as "Million. end." ("end." 0.34, 0.35 s of speech under it)
    assert _kept([("Million.", 1.24, 1.94, 0.49), ("end.", 1.94, 2.26, 0.34)]) == ["Million."]


def test_a_second_sentence_whisper_is_sure_of_or_inside_a_sentence_is_kept() -> None:
    assert _kept([("No.", 0.0, 0.4, 0.9), ("Never.", 0.5, 1.0, 0.8)]) == ["No.", "Never."]
    # the same unsure word going on with the sentence is not a sentence of its own
    said = [("Call", 0.0, 0.4, 0.9), ("forwarding", 0.4, 1.0, 0.8), ("on.", 1.0, 1.3, 0.5)]
    assert _kept(said) == ["Call", "forwarding", "on."]


def test_a_longer_answer_is_left_to_the_rules_of_long_answers() -> None:
    spec = [("It", 0.0, 0.3, 0.9), ("overfits.", 0.3, 1.0, 0.9), ("Badly.", 1.1, 1.6, 0.35)]
    assert _kept(spec, short=False) == ["It", "overfits.", "Badly."]


def test_a_short_sentences_unsure_last_word_with_speech_of_its_own_is_kept() -> None:
    # held17 at 10 dB: "Your message has been saved." was stored without "saved." (0.28, 0.32 s)
    said = [
        ("Your", 0.0, 0.66, 0.85),
        ("message", 0.66, 0.96, 0.83),
        ("has", 0.96, 1.38, 0.95),
        ("been", 1.38, 1.72, 1.0),
        ("saved.", 1.72, 2.04, 0.28),
    ]
    assert _kept(said) == ["Your", "message", "has", "been", "saved."]


def test_an_unsure_last_word_is_still_dropped_after_one_word_in_the_quiet_or_alone() -> None:
    # one word heard as two: "nineteenth" as "9 pin"
    assert _kept([("9", 0.0, 0.5, 0.7), ("pin", 0.5, 0.9, 0.15)]) == ["9"]
    # a sentence of its own after the answer's
    spec = [("Press", 0.0, 0.4, 0.9), ("zero", 0.4, 0.8, 0.9), ("now.", 0.8, 1.2, 0.9)]
    assert _kept([*spec, ("Thank", 1.2, 1.5, 0.05)]) == ["Press", "zero", "now."]
    # a last word lying in the quiet after the answer (no speech under it)
    heard = [Heard(Word(w, a, b), p) for w, a, b, p in [*spec[:2], ("please", 0.8, 1.2, 0.9)]]
    heard.append(Heard(Word("hold", 1.3, 1.6), 0.05))
    kept = decoding.keep(heard, _speech_until(1.2), short=True)
    assert [w.word for w in kept] == ["Press", "zero", "please"]
