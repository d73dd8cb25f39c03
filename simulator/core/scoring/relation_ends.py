"""Which end of a relation a statement speaks of (issue 9, round 22, contra22).

"A large C punishes errors heavily, so the margin is *narrower*" and "a small C tolerates
errors, so the margin is *wider*" state one relation from its two ends: "wider" reverses
"narrower" only in a clause that keeps the large end. A statement is read for its signed
direction words: up or down (increase/decrease, raise/lower, more/fewer, larger/smaller,
large/small, high/low, adding/removing, ... one family), and each other pair of opposites
(wide/narrow, sparse/dense, smooth/noisy ...) on its own. The *relation* a span states is the
product of the signs of its end (its first up/down word) and of the reversed word's family
after it: turning both over keeps it ("decrease the batch, a smaller learning rate" says what
"larger batches, a larger learning rate" says), turning one over reverses it.

A reversed word contradicts an accepted statement when neither span says an end, or both do
and their relations differ. A span that says an end the other does not (a consequence said
without its end: "C trades a *wide* margin against training errors" beside "a large C, a
narrower margin"; an extra one: "a larger batch only *reduces* the gradient noise" beside
"smaller batches, noisier gradients") states no comparable relation and is not read as its
opposite: a single uncertain reading must not zero a correct answer. Two up/down words said
of one noun ("*large* steps early, *smaller* steps later") are a contrast, not an end and a
consequence: there the reversed word stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from simulator.core.scoring.opposite_pairs import OPPOSITE_PAIRS
from simulator.core.scoring.passive import in_active_order
from simulator.core.scoring.stance import NEGATION_WORDS, clause_ids
from simulator.core.scoring.text import stem, tokenize, word_set

_UP = word_set(
    "increase increases increased increasing raise raises raised raising grow grows grew"
    " growing rise rises rising climb climbs climbing higher larger bigger greater more high"
    " large big add adds adding added"
)
_DOWN = word_set(
    "decrease decreases decreased decreasing reduce reduces reduced reducing lower lowers"
    " lowered lowering shrink shrinks shrank shrinking fall falls fell falling drop drops"
    " dropped dropping smaller less fewer low small few remove removes removed removing"
)
_GO = word_set("go goes going went gone")
_MAGNITUDE = -1  # the family of up/down words


@lru_cache(maxsize=1)
def _other() -> dict[str, tuple[int, int]]:
    """Each other pair of opposites (opposite_pairs.py), by stem: its own
    family and sign. The first three pairs there are the up/down words above."""
    out: dict[str, tuple[int, int]] = {}
    for n, pair in enumerate(OPPOSITE_PAIRS[3:], start=3):
        for side, forms in enumerate(pair):
            for w in forms.split():
                out.setdefault(stem(w), (n, 1 if side == 0 else -1))
    return out


def signed(ws: Sequence[str]) -> list[tuple[int, int]]:
    """(family, +1 / -1) of each direction word, in order. "less" / "more" before a word of
    another pair turn it over or leave it, and say nothing themselves ("less noisy"); "non"
    or a negation just before turns a word over ("not a linear projection")."""
    out = _signed(ws)
    return [(f, -sign if _denied(ws, i) else sign) for i, (f, sign) in out]


def _denied(ws: Sequence[str], i: int) -> bool:
    return any(w == "non" or w in NEGATION_WORDS for w in ws[max(0, i - 2) : i])


def _signed(ws: Sequence[str]) -> list[tuple[int, tuple[int, int]]]:
    other = _other()
    out: list[tuple[int, tuple[int, int]]] = []
    skip = False
    for i, w in enumerate(ws):
        if skip:
            skip = False
            continue
        nxt = other.get(stem(ws[i + 1])) if i + 1 < len(ws) else None
        if w in ("more", "less", "fewer") and nxt is not None:
            out.append((i, (nxt[0], nxt[1] if w == "more" else -nxt[1])))
            skip = True
            continue
        if w in ("few", "lot", "little") and i and ws[i - 1] == "a":
            continue  # "after a few epochs": a count, no end of a relation
        if w in ("up", "down") and i and ws[i - 1] in _GO:
            out.append((i, (_MAGNITUDE, 1 if w == "up" else -1)))
        elif w in _UP:
            out.append((i, (_MAGNITUDE, 1)))
        elif w in _DOWN:
            out.append((i, (_MAGNITUDE, -1)))
        elif (key := other.get(stem(w))) is not None:
            out.append((i, key))
    return out


def relation(ws: Sequence[str], reversed_family: int) -> int:
    """The sign of the relation a span states between its end (its first up/down word) and
    the reversed word's family (the first word of that family after the end; for the up/down
    family, its last word): +1 together, -1 apart, 0 for a span that states no end."""
    found = signed(ws)
    ends = [n for n, (f, _sign) in enumerate(found) if f == _MAGNITUDE]
    if not ends:
        return 0
    end = ends[0]
    if reversed_family == _MAGNITUDE:
        consequence = ends[-1] if len(ends) > 1 else None
    else:
        consequence = next(
            (n for n, (f, _s) in enumerate(found) if f == reversed_family and n > end), None
        )
    if consequence is None:
        return 0
    return found[end][1] * found[consequence][1]


def family(word: str) -> int | None:
    """The family of a direction word; None for a word that says no direction."""
    found = signed((word,))
    return found[0][0] if found else None


def same_relation_or_unlike(said: Sequence[str], accepted: Sequence[str], word: str) -> bool:
    """True when ``said``, where ``word`` reverses the accepted span's direction, does not
    state ``accepted``'s relation reversed: read on the reversed word's family and the up/down
    words (the ends), it states the same relation from the other end, or one span says an end
    the other does not (no comparable relation). A word of no direction: False."""
    reversed_family = family(word)
    if reversed_family is None:
        return False
    if _contrast(said) or _contrast(accepted):
        return False
    mine, theirs = relation(said, reversed_family), relation(accepted, reversed_family)
    if mine == 0 and theirs == 0:
        return False  # neither says an end: the word itself is reversed
    if theirs == 0 and not _is_end(said, word):
        return False  # "as you add dimensions the volume *falls*" against "volume grows"
    if mine == 0 or theirs == 0:
        return True  # one says an end the other does not
    return mine == theirs


def _is_end(ws: Sequence[str], word: str) -> bool:
    """``word`` is the span's end: its first up/down word, with a consequence after it."""
    at = [i for i, (f, _sign) in _signed(ws) if f == _MAGNITUDE]
    return len(at) > 1 and ws[at[0]] == word


_SKIP = word_set("the a an its their your this that very much")


def _contrast(ws: Sequence[str]) -> bool:
    """Two up/down words said of the same noun ("*large* steps early, *smaller* steps later"):
    two values of one quantity set against each other, no relation between two quantities,
    so turning both over reverses the contrast."""
    heads = []
    for i, (f, _sign) in _signed(ws):
        if f != _MAGNITUDE:
            continue
        j = i + 1
        while j < len(ws) and ws[j] in _SKIP:
            j += 1
        if j < len(ws):
            heads.append(stem(ws[j]))
    return len(heads) != len(set(heads))


@lru_cache(maxsize=4096)
def clause_span(text: str, at_word: str, clause_words: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The words of the clause of ``text`` that holds ``at_word`` (or overlaps
    ``clause_words`` most), with the clause before it in its sentence: where the end of a
    relation is said ("a large C punishes errors heavily, *so* the margin is narrower")."""
    tokens = tokenize(text)
    want = set(clause_words)
    best: tuple[int, tuple[str, ...]] = (-1, ())
    for sentence in tokens.sentences:
        ws = tokens.words[sentence.first_word : sentence.last_word]
        ids = clause_ids(sentence)
        for c in sorted(set(ids)):
            own = [w for w, i in zip(ws, ids, strict=True) if i == c]
            score = len(want & set(own)) if want else int(at_word in own)
            if score > best[0]:
                # a passive clause read in the active order, as claim_clauses.py reads it
                before = tuple(w for w, i in zip(ws, ids, strict=True) if i == c - 1)
                best = (score, before + tuple(in_active_order(own)))
    return best[1]


def moved_things(ws: Sequence[str], skip: frozenset[int] = frozenset()) -> dict[str, int]:
    """What each up/down word of a clause says moves, by the stem of its thing, with its sign:
    "lowers *variance*" -1, "*higher* variance" +1, "variance *falls*" -1 (the word after it,
    past small words, or else the content word just before it). ``skip``: places not read."""
    out: dict[str, int] = {}
    for i, (f, sign) in _signed(ws):
        if f != _MAGNITUDE or i in skip:
            continue
        j = i + 1
        while j < len(ws) and ws[j] in _SKIP:
            j += 1
        if j < len(ws) and family(ws[j]) is None:
            thing = ws[j]
        elif i and family(ws[i - 1]) is None and ws[i - 1] not in _SKIP:
            thing = ws[i - 1]
        else:
            continue
        out[stem(thing)] = -sign if _denied(ws, i) else sign
    return out
