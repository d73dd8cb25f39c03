"""Noisy speech read several times, and the words two of the other readings agree on kept.

In noise Whisper's reading of a word hangs on details that carry no meaning: the same noisy
recording started a few samples later (within one of its 10 ms feature frames), or louder,
comes out with other words in about a quarter of the dev recordings (round 35: 60 of 259 at
10 dB changed with the level alone), each reading about as often right as the other. Those
errors are partly independent, so a word two readings agree on is more often right than either
reading alone (ROVER, Fiscus 1997, with Whisper as its own systems).

``agreed`` keeps the first reading (the recording as it is) and replaces a stretch of it only
where ``AGREEING`` of the other readings replace it by the same words, and no other
replacement of it is as well supported, never by more words (a word left out likewise). Only
the stored transcript's speech below ``NOISY_SNR_DB`` estimated SNR is read again (the cost is
one decode per reading, in the background after the answer; ``WhisperTranscriber.
transcribe_file``), and a live piece that is a ``short`` answer (round 38: so that a short
answer's live and stored transcripts agree); clean speech, the live pieces of longer answers
and a caption's guesses are read once.
Only an unsure first reading is voted on (``sure``): where Whisper is sure of what it heard,
the other readings changed as many right words as wrong ones, and a noisy answer's long, clear
sentences cost four decodes each for nothing.
Deterministic: the perturbations are fixed shifts of the samples, so the same audio always
gives the same text.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from difflib import SequenceMatcher

from simulator.core.transcript import Word
from simulator.speech.audiofile import SAMPLE_RATE
from simulator.speech.chunk_decoder import NOISY_SNR_DB
from simulator.speech.decoding import SHORT_ANSWER_SPEECH_S
from simulator.speech.silero import Chunk, SpeechMap

__all__ = [
    "AGREEING",
    "NOISY_SNR_DB",
    "SHIFTS",
    "SURE_READING_PROBABILITY",
    "agreed",
    "shifted",
    "short",
    "sure",
]

# The other readings: the audio started this many samples later (16 kHz), between Whisper's
# 10 ms feature frames (160 samples), so that every frame straddles other samples. Round 36:
# four other readings, a change two of them agree on (and no other change of the same stretch
# as many) kept; dev at 10 dB (stored path, tune, held8, held13, held14: 105 recordings, the
# readings replayed): 87 -> 83 word errors of 727 (first reading alone 93), edge words 7 -> 5,
# one-word answers one word 39 -> 40 of 43; three of the four other readings agreeing: 88.
# With two other readings, one flipping decided the text: on this round's machine the 107
# reading of held8's privacy prompt said "Leave it to your" where round 35's said "Please
# enter your", and main's vote kept "Leave them to your" (test_vote35's real-model test).
SHIFTS = (27, 53, 80, 107)
AGREEING = 2


# A first reading whose words' geometric-mean probability reaches this is not voted on (round 56,
# dev tune, held16 and held17 at 10 dB, 81 noisy chunks replayed: every chunk the vote made
# better had a first reading under 0.68 ("Very good." for Thursday 0.41, "Please have your
# conference number ..." 0.60, "He was not an old spouse, young man." 0.68); over 0.8 it only
# made words wrong ("the latency" -> "a latency" 0.90, "And says" -> "And said" 0.81). 0.75 lies
# between: 52 -> 50 errors of 417, and 153 of the 433 words read five times instead of all.)
SURE_READING_PROBABILITY = 0.75
_LEAST_PROBABILITY = 1e-3  # Whisper's probabilities are stored to three places: 0.0 is below it


def sure(reading: Sequence[Word]) -> bool:
    """Whisper was sure of ``reading``: the geometric mean of its words' probabilities is at least
    ``SURE_READING_PROBABILITY`` (one word it hardly believed pulls a short reading under). An
    empty reading, or one without probabilities, is not sure."""
    known = [w.probability for w in reading if w.probability is not None]
    if not known or len(known) < len(reading):
        return False
    mean_log = sum(math.log(max(p, _LEAST_PROBABILITY)) for p in known) / len(known)
    return mean_log >= math.log(SURE_READING_PROBABILITY)


def short(chunk: Chunk, speech: SpeechMap) -> bool:
    """A chunk that holds a short answer's speech (``decoding.SHORT_ANSWER_SPEECH_S``) or less."""
    return sum(speech.speech_s(s, e) for s, e in chunk.regions) <= SHORT_ANSWER_SPEECH_S


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


def agreed(first: list[Word], *others: list[Word]) -> list[Word]:
    """``first`` with every stretch that at least ``AGREEING`` of ``others`` say otherwise, in
    the same words, replaced by those words (compared without case or punctuation; the times
    are those of the earliest such reading). Where two replacements of a stretch are as well
    supported, or two stretches overlap, the better supported one wins and a tie changes
    nothing."""
    said = [_normal(w) for w in first]
    support: dict[tuple[int, int], Counter[tuple[str, ...]]] = defaultdict(Counter)
    words_of: dict[tuple[int, int, tuple[str, ...]], list[Word]] = {}
    for other in others:
        heard = [_normal(w) for w in other]
        for (i1, i2), (j1, j2) in _changes(said, heard).items():
            instead = tuple(heard[j1:j2])
            support[(i1, i2)][instead] += 1
            words_of.setdefault((i1, i2, instead), other[j1:j2])
    replaced: dict[int, tuple[int, list[Word]]] = {}  # i1 -> (i2, the words instead)
    taken: list[tuple[int, int]] = []
    for (i1, i2), counts in sorted(support.items(), key=lambda kv: -max(kv[1].values())):
        (instead, n), *rest = counts.most_common()
        if n < AGREEING or any(m == n for _, m in rest):
            continue
        if any(i1 == t1 or (i1 < t2 and t1 < i2) for t1, t2 in taken):
            continue
        taken.append((i1, i2))
        replaced[i1] = (i2, words_of[(i1, i2, instead)])
    if not replaced:
        return first
    words: list[Word] = []
    i = 0
    while i <= len(first):
        if i in replaced:
            i2, instead_words = replaced[i]
            words.extend(instead_words)
            if i2 > i:  # a stretch said otherwise (or left out): ``first``'s words go
                i = i2
                continue
        if i < len(first):  # (an insertion keeps the word it goes before)
            words.append(first[i])
        i += 1
    return words
