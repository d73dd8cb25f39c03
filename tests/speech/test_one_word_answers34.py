"""A short clean answer is not heard as the start of a sentence (round 34, speech34): with the
filler prompt Whisper heard "removed" as "We moved." and "messages" as "The message is...";
without it, the one word. Real model, real recordings (benchmarks/speech_set.py, dev splits)."""

from __future__ import annotations

import pytest

from benchmarks import speech_metrics as sm
from benchmarks.speech_set import BY_ID, clip, default_cache
from simulator.core.transcript import Word
from simulator.speech import decoding
from simulator.speech.asr import get_whisper


def said(item: str, condition: str = "clean") -> list[str]:
    path = clip(BY_ID[item], condition, default_cache())
    return sm.content_words(get_whisper(None).transcribe_file(path).text)


@pytest.mark.slow
@pytest.mark.parametrize("item", ["h13-removed", "h13-vm-messages"])
def test_a_one_word_answer_stays_one_word(item: str) -> None:
    assert said(item) == [BY_ID[item].reference], item


@pytest.mark.slow
@pytest.mark.parametrize("item", ["tune-young-man", "tune-no-matter", "h13-vm-youhave"])
def test_a_two_word_answer_keeps_both_words(item: str) -> None:
    assert said(item) == sm.words(BY_ID[item].reference or ""), item


def test_fillers_are_not_words_of_the_answer() -> None:
    words = [Word(w, 0.0, 0.1) for w in ("Um,", "yes.", "Uh...", "-")]
    assert decoding.said_words(words) == 1
    # a number written in digits is a word said: "90 is" is no shorter than "Ninety is."
    assert decoding.said_words([Word("90", 0.0, 0.1), Word("is", 0.1, 0.2)]) == 2


def _reading(*words: tuple[str, float]) -> object:
    from types import SimpleNamespace

    heard = [
        SimpleNamespace(word=f" {w}", start=i * 0.4, end=i * 0.4 + 0.35, probability=p)
        for i, (w, p) in enumerate(words)
    ]
    return SimpleNamespace(seek=0, words=heard, compression_ratio=1.0)


@pytest.mark.parametrize(
    ("first", "decodes", "text"),
    [
        # Whisper hardly believed a word it began with: read again without the filler prompt
        ((("We", 0.09), ("moved.", 0.86)), 2, "removed"),
        # two words heard plainly: one decode, as before
        ((("Young", 0.6), ("man.", 0.82)), 1, "Young man."),
    ],
)
def test_a_short_clean_answer_is_read_again_only_when_whisper_began_a_sentence(
    first: tuple[tuple[str, float], ...], decodes: int, text: str
) -> None:
    import numpy as np

    from simulator.speech import prompting, silero
    from simulator.speech.asr import WhisperTranscriber

    prompts: list[object] = []

    class Model:
        def transcribe(self, audio: object, **options: object) -> tuple[list[object], None]:
            prompts.append(options["initial_prompt"])
            plain = options["initial_prompt"] is None
            return [_reading(("removed", 0.3)) if plain else _reading(*first)], None

    whisper = WhisperTranscriber()
    whisper._model = Model()
    chunk = silero.Chunk(((0.0, 1.0),))
    speech = silero.SpeechMap(np.ones(40, np.float32))
    words = whisper._decode(chunk, np.zeros(16_000, np.float32), "", 40.0, False, 0.0, speech, True)
    assert decoding.text_of(words) == text
    assert prompts[0] == prompting.FILLER_PROMPT and len(prompts) == decodes
