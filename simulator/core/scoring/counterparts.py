"""Counterparts: pairs of terms a wrong answer swaps, and families of alternatives.

A clause that says what the accepted one says with one side of a pair exchanged for the other
("linear" for "nonlinear", "pointwise" for "pairwise", "minimum" for "maximum") contradicts it
(claims.py). opposites.py's direction words (increase/decrease, sparse/dense, before/after ...)
are pairs too; ``COUNTERPARTS`` adds the terms ML answers confuse. A family (Gaussian, Laplace,
Bernoulli ...) names alternatives: a different member is never a swap on its own, only a sign
that two different things are being compared.
"""

from __future__ import annotations

from typing import Protocol

from simulator.core.scoring.opposite_pairs import OPPOSITE_PAIRS, side_map
from simulator.core.scoring.relation_ends import clause_span, same_relation_or_unlike
from simulator.core.scoring.text import Tokens, stem

# Counterparts beyond opposites.py's directions: terms an answer swaps for the other one.
COUNTERPARTS: tuple[tuple[str, str], ...] = (
    (
        "minimize minimizes minimizing minimum minimise lowest smallest least",
        "maximize maximizes maximizing maximum maximise highest largest biggest most",
    ),
    ("features columns dimensions", "rows observations"),
    ("train training", "test testing"),
    ("overfit overfits overfitting", "underfit underfits underfitting"),
    ("supervised", "unsupervised"),
    ("precision", "recall"),
    ("bias", "variance"),
    ("l1 lasso", "l2 ridge"),
    ("parallel parallelizable", "sequential sequentially serial"),
    ("deterministic", "stochastic random randomness"),
    ("pointwise", "pairwise"),
    ("online", "offline"),
    ("short", "long"),
    ("quadratic", "linear"),
    ("approved accepted", "rejected denied declined"),
    ("absolute", "squared"),
)
# "above"/"below" say the higher/lower end of a scale (wrong33): "a temperature *below* one
# sharpens" and "a *higher* temperature makes it random" speak of opposite ends, so an answer's
# "higher ... sharpens" turns the accepted clause over, and "higher ... random" against "below
# ... deterministic" swaps two pairs at once (no contradiction), as with "higher"/"lower".
_SCALE_ENDS = ("above", "below")
_MORE_LESS = "more"  # more/less modify other words ("less noisy"): no counterpart on their own
# Families of alternatives: two different members in otherwise matching clauses say that
# different things are being compared ("Laplace noise gives absolute error" against "Gaussian
# noise gives squared error"), so a second difference there is no contradiction.
FAMILIES: tuple[tuple[str, ...], ...] = (
    ("gaussian", "laplace laplacian", "bernoulli", "poisson", "uniform", "categorical multinomial"),
)
PAIRS: tuple[tuple[str, ...], ...] = (
    *(
        (f"{p[0]} {_SCALE_ENDS[0]}", f"{p[1]} {_SCALE_ENDS[1]}") if "higher" in p[0].split() else p
        for p in (*OPPOSITE_PAIRS, *COUNTERPARTS)
        if _MORE_LESS not in p[0].split()
    ),
    *FAMILIES,
)
TWO_SIDED = frozenset(n for n, p in enumerate(PAIRS) if len(p) == 2)
SIZE = next(n for n, p in enumerate(PAIRS) if "larger" in p[0].split())
# The pairs of direction words (opposite_pairs.py, first in PAIRS): what "less" / "least" turn
# over ("less noisy" is smoother); a counterpart that names a thing ("variance") they do not.
DIRECTION_PAIRS = frozenset(
    n for n, p in enumerate(PAIRS) if p in OPPOSITE_PAIRS and _MORE_LESS not in p[0].split()
)


SIDE = side_map(PAIRS)
_EVERY_SIDE: dict[str, set[tuple[int, int]]] = {}  # a stem in several pairs ("bias") has each
for _n, _pair in enumerate(PAIRS):
    for _side, _forms in enumerate(_pair):
        for _w in _forms.split():
            _EVERY_SIDE.setdefault(stem(_w), set()).add((_n, _side))
MINMAX = next(n for n, p in enumerate(PAIRS) if "minimize" in p[0].split())
CHANGE = SIDE[stem("increase")][0]  # the pair of change words: "increase" / "decrease"


# Prefixes that deny the word they open: "unlabeled" is the opposite of "labeled".
DENYING_PREFIXES = ("un", "non", "im", "ir", "il")
_PREFIXED_MIN = 4  # the word left after the prefix: "in" + "put" is no denial of "put"


def prefix_opposites(a: str, b: str) -> bool:
    """One stem is the other with a denying prefix ("unlabel" / "label", "imbalanc" /
    "balanc", "non" "linear" written as one word)."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= _PREFIXED_MIN and any(long_ == p + short for p in DENYING_PREFIXES)


def opposite_stems(a: str, b: str) -> bool:
    """Two stems that say opposite things: counterparts ("train" / "test") or a word and its
    denial by prefix ("labeled" / "unlabeled")."""
    if prefix_opposites(a, b):
        return True
    sides = _EVERY_SIDE.get(b, set())
    return any((p, 1 - side) in sides for p, side in _EVERY_SIDE.get(a, ()))


def counterpart_between(tokens: Tokens, span: tuple[int, int], stems: tuple[str, ...]) -> bool:
    """A word inside a loosely matched claim that is the counterpart of one of the claim's own
    words: "simple models have high *bias and low* variance" does not say "simple models have
    high variance", and "supervised learning uses *labeled* data and clustering for unlabeled
    data" does not say "supervised learning uses unlabeled data"."""
    own = {key for s in stems for key in _EVERY_SIDE.get(s, ())}
    return any(
        (p, 1 - side) in own
        for i in range(*span)
        if tokens.stems[i] not in stems
        for p, side in _EVERY_SIDE.get(tokens.stems[i], ())
    ) or any(
        prefix_opposites(tokens.stems[i], s)
        for i in range(*span)
        if tokens.stems[i] not in stems
        for s in stems
    )


class _Said(Protocol):
    @property
    def words(self) -> tuple[str, ...]: ...
    @property
    def stems(self) -> tuple[str, ...]: ...
    @property
    def sentence(self) -> str: ...


def other_end(said: _Said, accepted: _Said, pair: int) -> bool:
    """The answer's clause turns the accepted clause's counterpart of ``pair`` over, but read
    with the clause before each and the up/down words that say which end of a relation they
    speak of (relation_ends.py), it says the same relation from the other end ("fewer trees
    with a *larger* rate" beside "more trees with a smaller rate"), or an end the accepted one
    does not say ("C trades a *wide* margin against errors" beside "a large C ... a narrower
    margin"): no swap."""
    word = next(
        (w for w, s in zip(said.words, said.stems, strict=True) if SIDE.get(s, (-1, 0))[0] == pair),
        None,
    )
    if word is None:
        return False
    return same_relation_or_unlike(
        clause_span(said.sentence, word, said.words),
        clause_span(accepted.sentence, "", accepted.words),
        word,
    )
