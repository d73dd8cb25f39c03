"""Text cut for the interviewer's voice: sentences, and pieces of a sentence rendered one at a
time (``piper_voice``).

Piper's synthesis memory grows with the audio a piece makes (~10 MB + ~27 MB a second, measured
at 1-6 s): a piece is kept under ``MAX_PIECE_S`` (~90 MB), estimated from its characters
(``CHAR_S`` each at length_scale 1; measured 0.045-0.066): an 8-word piece of long words ran
5-6 s, ~140 MB, and was a voice interview's memory peak. Cuts go where a speaker would pause.
"""

from __future__ import annotations

import re

MAX_PIECE_WORDS = 8
MAX_PIECE_S = 3.0
CHAR_S = 0.055


def split_sentences(text: str) -> list[str]:
    """Sentences in order; a sentence ends at . ! or ? followed by a space and a capital,
    a digit or a quote (so "e.g. the" and "3.5" stay inside their sentence)."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])", " ".join(text.split()))
    return [p for p in parts if p.strip()]


def max_piece_chars(length_scale: float) -> int:
    """The longest piece, in characters, whose audio at Piper's ``length_scale`` stays within
    ``MAX_PIECE_S`` (its synthesis takes ~10 MB + ~27 MB per second of audio it makes)."""
    return max(12, round(MAX_PIECE_S / (CHAR_S * length_scale)))


_JOINS = {"and", "or", "but", "when", "which", "that", "while", "because", "so", "if", "where"}
# Words that start a phrase: a cut before one is fine, after one (a piece ending "... of a")
# sounds broken off.
_STARTERS = {
    "a",
    "an",
    "the",
    "to",
    "of",
    "in",
    "on",
    "for",
    "with",
    "about",
    "from",
    "by",
    "into",
    "without",
    "over",
    "under",
    "between",
    "your",
    "you",
    "my",
    "our",
    "their",
    "its",
    "how",
    "what",
    "why",
    "who",
    "whether",
    "than",
    "as",
    "at",
    "any",
    "another",
    "this",
    "these",
}
_PIECE_COST = 1  # one piece more...
_PLAIN_CUT_COST = 4  # ... is better than a cut inside a phrase,
_JOIN_CUT_COST = 1  # a cut before a joining word is almost as good as one at a comma,
_STARTER_CUT_COST = 2  # one before a phrase's first word fair,
_BROKEN_CUT_COST = 8  # one after it bad;
_SHORT_PIECE_COST = 4  # and a piece of one or two words sounds cut off.


def pieces(sentence: str, max_words: int = MAX_PIECE_WORDS, max_chars: int = 1000) -> list[str]:
    """``sentence`` cut into pieces of at most ``max_words`` words and ``max_chars``
    characters (a single longer word stays whole), choosing the cuts that sound best: at
    commas, semicolons and colons, else before a joining word, into few pieces of more than
    two words."""
    words = sentence.split()

    def fits(start: int, end: int) -> bool:
        piece = words[start:end]
        return len(piece) <= max_words and (len(piece) == 1 or len(" ".join(piece)) <= max_chars)

    if not words or fits(0, len(words)):
        return [sentence] if words else []
    n = len(words)
    best: list[float] = [0.0] + [float("inf")] * n  # cost of cutting words[:end] well
    back = [0] * (n + 1)
    for end in range(1, n + 1):
        cut = 0 if end == n else _cut_cost(words[end - 1], words[end])
        for start in range(end - 1, -1, -1):
            if not fits(start, end):
                break  # longer pieces do not fit either
            cost = best[start] + _PIECE_COST + cut
            cost += _SHORT_PIECE_COST if end - start < 3 else 0
            if cost < best[end]:
                best[end], back[end] = cost, start
    cuts, end = [], n
    while end > 0:
        cuts.append(" ".join(words[back[end] : end]))
        end = back[end]
    return cuts[::-1]


def _cut_cost(before: str, after: str) -> int:
    if before.endswith((",", ";", ":")):
        return 0
    if before.lower() in _STARTERS or before.lower() in _JOINS:
        return _BROKEN_CUT_COST
    if after.lower() in _JOINS:
        return _JOIN_CUT_COST
    return _STARTER_CUT_COST if after.lower() in _STARTERS else _PLAIN_CUT_COST
