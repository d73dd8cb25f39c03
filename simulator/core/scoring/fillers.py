"""Filler words: which words of an answer are fillers, each said filler found once.

Delivery counts the fillers and Review marks them in the transcript, both from ``find_fillers``,
so the count a candidate reads is the number of words marked. An answer is read as the pieces it
was written in (whitespace-separated words, punctuation attached, or a recogniser's timed words),
so a filler can be traced back to the piece that holds it.

Two rules keep one said filler from counting twice:
- phrases are matched longest first and never overlap ("like, you know" is one filler, not
  "like you know" and "you know");
- "like" is a filler only when it is set off from the sentence (commas, an ellipsis, dashes,
  brackets or quotes on both sides, a pause before it, or a filler sound right after it), and it
  is judged once, by one rule. Three overlapping text patterns counted "..., like, um" twice (ux37).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

FILLERS = frozenset(
    (
        "um",
        "umm",
        "uh",
        "uhh",
        "uhm",
        "er",
        "erm",
        "ah",
        "hmm",
        "mm",
        "you know",
        "i mean",
        "like you know",
        "basically",
        "literally",
        "so yeah",
        "kind of like",
        "you see",
    )
)
# The one-word fillers that are sounds, not words: "like" right before one of them ("like, um")
# is a filler too.
FILLER_SOUNDS = frozenset(
    f for f in FILLERS if " " not in f and f not in ("basically", "literally")
)

_TOKEN_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Punctuation that marks a pause in a transcript: an ellipsis, written as three dots or as one
# character. A dash or a bracket sets a word off too, but "a model - like a forest" is "such as".
_PAUSE_RE = re.compile(r"\.\.\.|\u2026")
_PHRASES = sorted(((tuple(p.split()), p) for p in FILLERS), key=lambda pp: -len(pp[0]))


@dataclass(frozen=True)
class _Token:
    word: str  # lower case
    piece: int  # index of the piece it was written in
    before: str  # the punctuation between the previous word and this one ("" when none)
    after: str
    first: bool  # the answer's first word
    last: bool


@dataclass(frozen=True)
class FillerSpan:
    """One filler as said: the phrase, and the first and last piece (inclusive) holding it."""

    phrase: str
    first_piece: int
    last_piece: int


def _tokens(pieces: Sequence[str]) -> list[_Token]:
    # The words, and the gaps around them: gaps[k] is all that stands between word k-1 and
    # word k (the end of one piece, pieces with no word such as "--", the start of the next).
    words: list[tuple[str, int]] = []
    gaps: list[str] = []
    pending = ""
    for index, piece in enumerate(pieces):
        lowered = piece.lower().replace("\u2019", "'")
        at = 0
        for m in _TOKEN_RE.finditer(lowered):
            gaps.append((pending + " " + lowered[at : m.start()]).strip())
            words.append((m.group(), index))
            pending, at = "", m.end()
        pending = pending + " " + lowered[at:]
    gaps.append(pending.strip())
    last = len(words) - 1
    return [
        _Token(word, piece, gaps[k], gaps[k + 1], k == 0, k == last)
        for k, (word, piece) in enumerate(words)
    ]


def _like_is_filler(tokens: list[_Token], i: int) -> bool:
    """A "like" set off from its sentence: the filler, not the verb or the preposition."""
    token = tokens[i]
    set_off_before = bool(token.before) or token.first
    set_off_after = bool(token.after) or token.last
    sound_next = i + 1 < len(tokens) and tokens[i + 1].word in FILLER_SOUNDS
    return (
        (set_off_before and set_off_after and not (token.first and token.last))
        or bool(_PAUSE_RE.search(token.before))
        or (bool(token.after) and sound_next)
    )


def find_fillers(pieces: Sequence[str]) -> list[FillerSpan]:
    """Every filler said in ``pieces`` (an answer's words as written), in order, each once."""
    tokens = _tokens(pieces)
    words = [t.word for t in tokens]
    spans: list[FillerSpan] = []
    i = 0
    while i < len(tokens):
        for parts, phrase in _PHRASES:
            if tuple(words[i : i + len(parts)]) == parts:
                end = i + len(parts) - 1
                spans.append(FillerSpan(phrase, tokens[i].piece, tokens[end].piece))
                i = end + 1
                break
        else:
            if words[i] == "like" and _like_is_filler(tokens, i):
                spans.append(FillerSpan("like", tokens[i].piece, tokens[i].piece))
            i += 1
    return spans


def count_fillers(text: str) -> dict[str, int]:
    """How often each filler is said in ``text``: the counts Delivery shows."""
    return dict(Counter(span.phrase for span in find_fillers(text.split())))
