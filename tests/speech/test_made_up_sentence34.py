"""A closing sentence Whisper makes up after a short answer's last one (round 34, speech34)."""

from __future__ import annotations

import numpy as np
import pytest

from benchmarks import speech_metrics as sm
from benchmarks.speech_set import BY_ID, clip, default_cache
from simulator.core.transcript import Word
from simulator.speech import decoding, silero
from simulator.speech.asr import get_whisper
from simulator.speech.decoding import Heard

FRAME_S = silero.VAD_FRAME / silero.SAMPLE_RATE


def speech_over(*stretches: tuple[float, float, float], until: float = 28.0) -> silero.SpeechMap:
    """A speech map with Silero's probability ``p`` from ``start`` to ``end`` seconds."""
    frames = np.zeros(int(until / FRAME_S) + 1, np.float32)
    for start, end, p in stretches:
        frames[int(start / FRAME_S) : int(np.ceil(end / FRAME_S))] = p
    return silero.SpeechMap(frames)


# The words, probabilities and times Whisper gave the last chunk of held13's long IVR prompt
# (clean): "Press zero." then, in the quiet after it, "Thank you very much. Thank you."
HEARD = [
    Heard(Word("Press", 25.49, 26.01), 0.88),
    Heard(Word("zero.", 26.01, 26.37), 0.37),
    Heard(Word("Thank", 26.37, 26.37), 0.02),
    Heard(Word("you", 26.35, 26.47), 0.98),
    Heard(Word("very", 26.47, 26.53), 0.16),
    Heard(Word("much.", 26.53, 26.67), 0.99),
    Heard(Word("Thank", 26.67, 26.83), 0.09),
    Heard(Word("you.", 26.83, 26.83), 0.99),
]
# Silero: the answer's speech up to 26.4 s, its fading end a few frames after it (the words'
# own speech as in the recording: "Thank" 0.03 s, "you" 0.16, "very" 0.1, "much." 0.06)
SPEECH = speech_over((25.45, 26.4, 0.95), (26.4, 26.59, 0.55), (26.59, 26.66, 0.4))


@pytest.mark.parametrize("short", [True, False])
def test_a_made_up_closing_sentence_after_the_answer_is_dropped_whole(short: bool) -> None:
    # it came out "Press zero. you": the timeless "Thank" dropped, its sentence left behind
    kept = decoding.keep(HEARD, SPEECH, short=short)
    assert decoding.text_of(kept) == "Press zero."


def test_a_sentence_said_after_the_answer_with_speech_under_it_is_kept() -> None:
    # the same unsure first word, but the words after it were said: Silero hears them
    said = speech_over((25.45, 27.0, 0.95))
    heard = [*HEARD[:2], Heard(Word("Thank", 26.37, 26.5), 0.05)]
    heard += [Heard(Word("you.", 26.5, 26.9), 0.98)]
    assert decoding.text_of(decoding.keep(heard, said, short=True)) == "Press zero. Thank you."


@pytest.mark.slow
def test_a_long_prompt_ends_on_its_last_word() -> None:
    path = clip(BY_ID["h13-basic-pbx-ivr-main"], "clean", default_cache())
    text = get_whisper(None).transcribe_file(path).text
    alignment = sm.align(BY_ID["h13-basic-pbx-ivr-main"].reference or "", text)
    assert alignment.edge_insertions == 0, text
