"""The table of opposite direction words (increase/decrease, sparse/dense, before/after ...),
shared by opposites.py, relation_ends.py and counterparts.py. A module of its own so that
relation_ends.py can read it without importing opposites.py, which reads relation_ends.py."""

from __future__ import annotations

from simulator.core.scoring.text import stem

# Each pair: words saying one direction, words saying the opposite one.
OPPOSITE_PAIRS: tuple[tuple[str, str], ...] = (
    (
        "increase increases increased increasing raise raises raised grow grows grew growing"
        " rise rises rising climb climbs climbing",
        "decrease decreases decreased decreasing reduce reduces reduced reducing lower lowers"
        " lowered shrink shrinks shrank shrinking fall falls falling fell",
    ),
    ("higher larger bigger greater", "lower smaller"),
    ("more", "less fewer"),
    ("sparse sparser sparsity", "dense denser density"),
    ("faster quicker speeds accelerate accelerates", "slower slows slowed decelerate"),
    ("before earlier", "after later"),
    ("always", "never"),
    ("stable stabilize stabilizes stabilizing", "unstable destabilize destabilizes"),
    ("dampen dampens damp damps dampened", "amplify amplifies amplified"),
    ("smooth smooths smoother", "noisier noisy"),
    ("independent independence", "dependent correlated"),
    ("linear", "nonlinear"),
    ("convex", "nonconvex"),
    ("shallow shallower", "deep deeper"),
    ("past previous history", "future"),
    ("biased", "unbiased"),
    ("improve improves improved", "hurt hurts worsen worsens degrade degrades"),
    ("wider wide", "narrower narrow"),
    ("vanish vanishes vanishing", "explode explodes exploding"),
    ("similar", "different distinct"),
    ("concentrate concentrates", "spread"),
    ("robust robustness", "sensitive sensitivity"),
    ("cheap cheaper cheaply", "expensive costly"),
    ("global", "local"),
    ("symmetric", "asymmetric"),
    ("prevent prevents prevented", "cause causes caused"),
    ("easier easy", "harder"),
    ("stronger strong", "weaker weak"),
    ("overestimate overestimates overconfident", "underestimate underestimates underconfident"),
)


# Phrasal verbs that say a direction with a particle: "the scaler *backs off*" lowers the factor
# (false33: "grows the factor and backs off and skips the step" said both directions of the
# mechanism, and was read as saying only "grows").
_BACK = frozenset(("back", "backs", "backed", "backing"))


def phrasal_side(ws: tuple[str, ...] | list[str], i: int) -> str | None:
    """The table word a particle at ``i`` says with the verb before it ("backs *off*":
    "decrease"), or None."""
    if ws[i] == "off" and i and ws[i - 1] in _BACK:
        return "decrease"
    return None


def side_map(pairs: tuple[tuple[str, ...], ...]) -> dict[str, tuple[int, int]]:
    """Each stem of a table of pairs -> (its pair, its side); the first pair that says it."""
    out: dict[str, tuple[int, int]] = {}
    for n, pair in enumerate(pairs):
        for side, forms in enumerate(pair):
            for w in forms.split():
                out.setdefault(stem(w), (n, side))
    return out


def _word_sides() -> dict[str, tuple[int, int]]:
    """Each table word, and each comparative's base ("slower": "slow"), -> (pair, side)."""
    out: dict[str, tuple[int, int]] = {}
    for n, pair in enumerate(OPPOSITE_PAIRS):
        for side, forms in enumerate(pair):
            for w in forms.split():
                out.setdefault(w, (n, side))
                if w.endswith("er") and len(w) > 4:
                    out.setdefault(w[:-2], (n, side))
    return out


_WORD_SIDES = _word_sides()


def _word_side(word: str) -> tuple[int, int] | None:
    word = word.lower()
    found = _WORD_SIDES.get(word)
    if found is None and word.endswith("ly") and len(word) > 5:  # "quickly": "quick"
        found = _WORD_SIDES.get(word[:-2])
    return found


def turned_words(a: str, b: str) -> bool:
    """The two words say the two sides of one pair of the table: "quickly" and "slowly",
    "weaker" and "strong"."""
    x, y = _word_side(a), _word_side(b)
    return x is not None and y is not None and x[0] == y[0] and x[1] != y[1]
