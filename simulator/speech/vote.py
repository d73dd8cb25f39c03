"""Noisy speech read three times, and the words two of the readings agree on kept.

In noise Whisper's reading of a word hangs on details that carry no meaning: the same noisy
recording started a few samples later (within one of its 10 ms feature frames), or louder,
comes out with other words in about a quarter of the dev recordings (round 35: 60 of 259 at
10 dB changed with the level alone), each reading about as often right as the other. Those
errors are partly independent, so a word two readings agree on is more often right than either
reading alone (ROVER, Fiscus 1997, with Whisper as its own three systems).

``agreed`` keeps the first reading (the recording as it is) and replaces a stretch of it only
where the two other readings both replace it by the same words, never more of them (a word
left out likewise); the times of such words are the second reading's. Only speech below
``NOISY_SNR_DB`` estimated SNR is read three times (the cost is three decodes), and only for the
stored transcript (``WhisperTranscriber.transcribe_file``); clean speech, live pieces and a
caption's guesses are read once. Deterministic: the perturbations are fixed shifts
of the samples, so the same audio always gives the same text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from simulator.core.transcript import Word
from simulator.speech.audiofile import SAMPLE_RATE
from simulator.speech.chunk_decoder import NOISY_SNR_DB
from simulator.speech.silero import Chunk

__all__ = ["NOISY_SNR_DB", "SHIFTS", "agreed", "shifted"]

# The other readings: the audio started this many samples later (16 kHz), between Whisper's
# 10 ms feature frames (160 samples), so that every frame straddles other samples.
SHIFTS = (53, 107)


def shifted(chunk: Chunk, samples: int) -> Chunk:
    """``chunk`` starting ``samples`` later (its first region is far longer: 120 ms at least)."""
    (start, end), *rest = chunk.regions
    return Chunk(((start + samples / SAMPLE_RATE, end), *rest))


def _normal(word: Word) -> str:
    return re.sub(r"[^\w']", "", word.word.casefold())


def _changes(first: Sequence[str], other: Sequence[str]) -> dict[tuple[int, int], tuple[int, int]]:
    """Each stretch ``first[i1:i2]`` that ``other`` says otherwise in no more words, with
    ``other``'s stretch. In noise Whisper hears one word as two ("there we go" for "fail
    again", twice in three readings): as the beam search there (``chunk_decoder.
    NOISY_LENGTH_PENALTY``), the vote never lengthens what the first reading heard (dev, 10 dB:
    203 -> 201 errors with this limit, "fail again" kept)."""
    matcher = SequenceMatcher(None, list(first), list(other), autojunk=False)
    return {
        (i1, i2): (j1, j2)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal" and j2 - j1 <= i2 - i1
    }


def agreed(first: list[Word], second: list[Word], third: list[Word]) -> list[Word]:
    """``first`` with every stretch that ``second`` and ``third`` both say otherwise, in the
    same words, replaced by ``second``'s words (compared without case or punctuation)."""
    a, b, c = ([_normal(w) for w in r] for r in (first, second, third))
    in_b, in_c = _changes(a, b), _changes(a, c)
    replaced: dict[int, tuple[int, int, int]] = {}  # i1 -> (i2, j1, j2) in ``second``
    for (i1, i2), (j1, j2) in in_b.items():
        other = in_c.get((i1, i2))
        if other is not None and b[j1:j2] == c[other[0] : other[1]]:
            replaced[i1] = (i2, j1, j2)
    if not replaced:
        return first
    words: list[Word] = []
    i = 0
    while i <= len(first):
        if i in replaced:
            i2, j1, j2 = replaced[i]
            words.extend(second[j1:j2])
            if i2 > i:  # a stretch said otherwise (or left out): ``first``'s words go
                i = i2
                continue
        if i < len(first):  # (an insertion keeps the word it goes before)
            words.append(first[i])
        i += 1
    return words
