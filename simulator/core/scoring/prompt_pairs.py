"""The two sides a question's prompt names, as a pair an answer can swap (swap28, issue 9).

pair_sides.py's ``SWAP_PAIRS`` is a fixed list of subjects answers confuse. A question that
asks for "the difference between X and Y", "X versus Y", to "compare X and Y", or why something
"behaves differently at training and inference time" names its own two sides, whether or not
the list has them. This module reads them off the prompt: contradiction.swapped() then gives each
key point whose label is about one side its attributes (the point's phrases), and an answer that
says one of them only of the other side ("at training time it uses the running averages")
contradicts the point, the same check the fixed pairs get.

A side is named by the words the prompt uses, without a head noun only the second carries
("supervised and unsupervised *learning*"); a head both carry stays ("online learning" and
"batch learning": "batch" alone is said of much else). Training and inference
are named by their common wordings ("during training", "at test time", "when serving"). A pair
that one of the fixed pairs already covers is left to it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from simulator.core.scoring.pair_sides import SWAP_PAIRS, names_side
from simulator.core.scoring.text import STOPWORDS, stem, words

Pair = tuple[tuple[str, ...], tuple[str, ...]]

TRAINING_INFERENCE: Pair = (
    ("training", "train time"),
    ("inference", "test time", "prediction time", "serving time"),
)
# "training and inference", "train and test time", "training versus inference"
_TRAIN_INFER = re.compile(
    r"\btrain(?:ing)?\b(?: time)?,? (?:and|versus|vs\.?|or|compared to) "
    r"(?:at )?(?:inference|test|prediction|serving)\b",
    re.I,
)
_SIDE = r"(?:an? |the )?([a-z][a-z0-9 \-]{1,40}?)"
_TWO_SIDED = (
    re.compile(rf"\bdifference between {_SIDE} and {_SIDE}(?=[,.?;:]| like | such | and |$)", re.I),
    re.compile(
        rf"\bcompare {_SIDE} (?:and|with|to) {_SIDE}(?=[,.?;:]| like | such | and |$)", re.I
    ),
    re.compile(rf"\b{_SIDE} (?:versus|vs\.?) {_SIDE}(?=[,.?;:]| like | such | and |$)", re.I),
)
# Head nouns two sides share ("supervised and unsupervised learning"): not what tells them apart.
_HEADS = frozenset(
    stem(w)
    for w in words(
        "learning model models method methods approach approaches estimation regularization"
        " algorithm algorithms technique techniques network networks loss"
    )
)
_STOP = frozenset(stem(w) for w in STOPWORDS)


def _named(x: tuple[str, ...], y: tuple[str, ...]) -> Pair | None:
    """The two names without the head noun they share, or None when they are no two subjects
    (the same words, one inside the other, a stop word alone)."""
    # "supervised and unsupervised learning": the second carries the shared head alone
    if len(y) > len(x) and stem(y[-1]) in _HEADS:
        y = y[:-1]
    if len(x) > len(y) and stem(x[-1]) in _HEADS:
        x = x[:-1]
    sx, sy = tuple(stem(w) for w in x), tuple(stem(w) for w in y)
    if not sx or not sy or sx == sy:
        return None
    if all(s in _STOP for s in sx) or all(s in _STOP for s in sy):
        return None
    if set(sx) <= set(sy) or set(sy) <= set(sx):
        return None
    return ((" ".join(x),), (" ".join(y),))


def _covered(pair: Pair) -> bool:
    """A fixed pair names one of these sides already."""
    for side in pair:
        stems = tuple(stem(w) for w in words(side[0]))
        if any(names_side(stems, s) for p in SWAP_PAIRS for s in p):
            return True
    return False


@lru_cache(maxsize=512)
def prompt_pairs(prompt: str) -> tuple[Pair, ...]:
    """The pairs of sides the prompt asks to tell apart, not already in ``SWAP_PAIRS``."""
    out: list[Pair] = []
    if _TRAIN_INFER.search(prompt):
        out.append(TRAINING_INFERENCE)
    for pattern in _TWO_SIDED:
        for m in pattern.finditer(prompt):
            pair = _named(tuple(words(m.group(1).lower())), tuple(words(m.group(2).lower())))
            if pair is not None and not _covered(pair) and pair not in out:
                out.append(pair)
    return tuple(out)


@lru_cache(maxsize=512)
def question_pairs(prompt: str) -> tuple[Pair, ...]:
    """``SWAP_PAIRS`` and then the prompt's own pairs: indices below len(SWAP_PAIRS) are the
    fixed pairs' own."""
    return SWAP_PAIRS + prompt_pairs(prompt)
