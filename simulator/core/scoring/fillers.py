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
from collections.abc import Iterable, Sequence
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


def longest_first_by_word(phrases: Iterable[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each phrase's words, grouped under its first word, longest first: a word is compared
    only with the phrases that can start at it. Trying every phrase at every word made an answer
    of 200,000 words take seconds in Delivery and Review (attack42)."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        parts = tuple(phrase.split())
        if parts:
            grouped.setdefault(parts[0], []).append(parts)
    return {
        first: tuple(sorted(set(group), key=len, reverse=True)) for first, group in grouped.items()
    }


_PHRASES = longest_first_by_word(FILLERS)


@dataclass(frozen=True)
class FillerSpan:
    """One filler as said: the phrase, and the first and last piece (inclusive) holding it."""

    phrase: str
    first_piece: int
    last_piece: int


@dataclass
class _Tokens:
    """An answer's words (lower case), the piece each was written in, and the gaps around
    them: ``gaps[k]`` is all that stands between word k-1 and word k (the end of one piece,
    pieces with no word such as "--", the start of the next). Plain lists, not an object per
    word: a 200,000-word answer made 200,000 of them (attack42)."""

    words: list[str]
    pieces: list[int]
    gaps: list[str]


def _piece_parts(piece: str) -> tuple[tuple[tuple[str, str], ...], str]:
    """((text before the word, the word) for each word of ``piece``, the text after the last)."""
    lowered = piece.lower().replace("\u2019", "'")
    parts, at = [], 0
    for m in _TOKEN_RE.finditer(lowered):
        parts.append((lowered[at : m.start()], m.group()))
        at = m.end()
    return tuple(parts), lowered[at:]


def _tokens(pieces: Sequence[str]) -> _Tokens:
    out = _Tokens([], [], [])
    seen: dict[
        str, tuple[tuple[tuple[str, str], ...], str]
    ] = {}  # (a long answer repeats its words)
    pending = ""
    for index, piece in enumerate(pieces):
        parsed = seen.get(piece)
        if parsed is None:
            parsed = seen[piece] = _piece_parts(piece)
        parts, tail = parsed
        for lead, word in parts:
            out.gaps.append((pending + " " + lead).strip() if pending or lead else "")
            out.words.append(word)
            out.pieces.append(index)
            pending = ""
        pending = pending + " " + tail
    out.gaps.append(pending.strip())
    return out


def _like_is_filler(tokens: _Tokens, i: int) -> bool:
    """A "like" set off from its sentence: the filler, not the verb or the preposition."""
    before, after = tokens.gaps[i], tokens.gaps[i + 1]
    first, last = i == 0, i == len(tokens.words) - 1
    set_off_before = bool(before) or first
    set_off_after = bool(after) or last
    sound_next = not last and tokens.words[i + 1] in FILLER_SOUNDS
    return (
        (set_off_before and set_off_after and not (first and last))
        or bool(_PAUSE_RE.search(before))
        or (bool(after) and sound_next)
    )


def find_fillers(pieces: Sequence[str]) -> list[FillerSpan]:
    """Every filler said in ``pieces`` (an answer's words as written), in order, each once."""
    tokens = _tokens(pieces)
    words, owner = tokens.words, tokens.pieces
    spans: list[FillerSpan] = []
    i = 0
    while i < len(words):
        for parts in _PHRASES.get(words[i], ()):
            if tuple(words[i : i + len(parts)]) == parts:
                end = i + len(parts) - 1
                spans.append(FillerSpan(" ".join(parts), owner[i], owner[end]))
                i = end + 1
                break
        else:
            if words[i] == "like" and _like_is_filler(tokens, i):
                spans.append(FillerSpan("like", owner[i], owner[i]))
            i += 1
    return spans


def count_fillers(text: str) -> dict[str, int]:
    """How often each filler is said in ``text``: the counts Delivery shows."""
    return dict(Counter(span.phrase for span in find_fillers(text.split())))
