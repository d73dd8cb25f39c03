"""What to keep of Whisper's output for one chunk of speech.

Whisper's known ways of making words up, each answered here:

* a tail that was never said at the end of a chunk ("Thank you.", "So, we're going to take a
  look at"): such words are often stamped with no duration, or Whisper was very unsure of them;
* a closing phrase from its training videos ("Thank you for watching", "See you next time");
* a repetition loop ("I think, uh, I think, uh, ..."): the chunk is decoded again without the
  filler prompt, which is what starts such loops.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from simulator.core.transcript import Word

MIN_WORD_S = 0.02  # a word stamped shorter than this at a chunk's end was not heard
LOOP_COMPRESSION = 2.4  # Whisper's own limit: text this repetitive is a decoding loop
# Closing lines of the videos Whisper learnt from; nobody ends an interview answer with them.
OUTROS = (
    "thank you for watching",
    "thanks for watching",
    "see you next time",
    "see you in the next video",
    "we'll see you next time",
    "i'll see you in the next video",
    "i hope you enjoyed this video",
    "please subscribe",
    "subscribe to my channel",
    "like and subscribe",
)


@dataclass(frozen=True)
class Heard:
    """A word as decoded, with Whisper's confidence in it."""

    word: Word
    probability: float


def collect(segments: Iterable[Any], to_time: Any) -> tuple[list[Heard], bool]:
    """Words of faster-whisper segments (times mapped by ``to_time``) and whether the text
    loops. Iterating the segments is what runs the decoder."""
    heard: list[Heard] = []
    looped = False
    for segment in segments:
        if float(getattr(segment, "compression_ratio", 0.0)) > LOOP_COMPRESSION:
            looped = True
        for w in segment.words or ():
            token = w.word.strip()
            if token:
                start, end = to_time(float(w.start)), to_time(float(w.end))
                heard.append(
                    Heard(Word(token, round(start, 3), round(end, 3)), float(w.probability))
                )
    return heard, looped or _repetitive([h.word.word for h in heard])


def _repetitive(tokens: list[str]) -> bool:
    text = " ".join(tokens).encode()
    return len(tokens) >= 12 and len(text) / max(1, len(zlib.compress(text))) > LOOP_COMPRESSION


def keep(heard: list[Heard]) -> list[Word]:
    """The words that were said: without made-up tails, zero-length edge words and outros."""
    words = list(heard)
    words = _without_outros(words)
    while words and words[-1].word.end - words[-1].word.start < MIN_WORD_S:
        words.pop()
    while words and words[0].word.end - words[0].word.start < MIN_WORD_S:
        words.pop(0)
    return [h.word for h in words[: _without_unsure_tail([h.probability for h in words])]]


def _without_unsure_tail(confidence: list[float]) -> int:
    """How many words to keep: an invented tail (at most 3 words, after at least one word
    that stays: a one-word answer is often said unclearly, it is still an answer) starts with a
    word Whisper was very unsure of, or it is unsure throughout."""
    n = len(confidence)
    for start in range(max(1, n - 3), n):
        tail = confidence[start:]
        if tail[0] < 0.1 or max(tail) < 0.3:
            return start
    return n


def _normal(token: str) -> str:
    return re.sub(r"[^a-z' ]", "", token.lower())


def _without_outros(words: list[Heard]) -> list[Heard]:
    """Drop every occurrence of an outro phrase (matched on whole words)."""
    tokens = [_normal(h.word.word) for h in words]
    drop: set[int] = set()
    for phrase in OUTROS:
        target = phrase.split()
        for i in range(len(tokens) - len(target) + 1):
            if tokens[i : i + len(target)] == target:
                drop.update(range(i, i + len(target)))
    return [h for i, h in enumerate(words) if i not in drop]


def text_of(words: list[Word]) -> str:
    return " ".join(w.word for w in words)
