"""Everyday words for the ideas key points name: one lexicon shared by every key point.

A correct answer in plain language says "graphics card" for GPU, "columns" for features,
"throw out" for remove and "corridor" for margin. Listing such wordings per key point never
ends (each point would need every combination of its words), so the equivalence lives at the
level of words: a key-point phrase whose word belongs to a group below also matches any member
of that group, in the same place of the phrase ("copy of the model on every gpu" matches
"every graphics card gets its own full copy of the network").

Only key points are matched this way. Misconceptions, contradicting claims and dismissals keep
their exact words: a wrong claim is charged on what was said, never on a near word.

A word may sit in two groups ("cut" reduces and splits); a rubric word takes the first group
it is in, an answer word counts for all of its groups. Words with a second technical meaning
are left out ("prior" is not "past", "test" is not "check", "score" is not "metric").
"""

from __future__ import annotations

import re
from functools import lru_cache

from simulator.core.scoring.everyday_ml import EVERYDAY_GROUPS
from simulator.core.scoring.everyday_terms import TERM_GROUPS
from simulator.core.scoring.text import STOPWORDS, stem, words

PLAIN_GROUPS: tuple[tuple[str, ...], ...] = (
    # things: data, models, hardware
    ("example", "sample", "row", "data point", "record", "observation"),
    ("feature", "input", "column", "variable", "predictor", "attribute"),
    ("weight", "coefficient", "parameter"),
    ("model", "network"),
    ("gpu", "graphics card", "card", "accelerator", "device"),
    ("vector", "embedding", "list of numbers", "numeric fingerprint", "coordinates"),
    ("image", "picture", "photo"),
    ("matrix", "table", "grid"),
    ("copy", "replica", "clone", "duplicate"),
    ("piece", "chunk", "slice", "part", "portion", "shard"),
    ("label", "class", "tag", "category"),
    ("user", "customer", "person", "people", "human", "someone"),
    ("item", "product"),
    ("rater", "annotator"),
    ("email", "mail", "message"),
    ("spam", "junk"),
    ("topic", "theme", "subject"),
    ("cluster", "group", "bucket"),
    ("gate", "dial", "valve"),
    ("gradient", "learning signal", "error signal", "slope", "derivative"),
    ("margin", "corridor", "street"),
    ("boundary", "border", "dividing line"),
    ("split", "divide", "cut", "partition"),
    ("threshold", "cutoff", "cut off", "cut point", "cut"),
    ("lag", "gap", "time gap"),
    ("token", "word piece"),
    ("mistake", "error", "slip"),
    ("probability", "chance", "odds"),
    ("latency", "response time", "speed", "slowness"),
    ("loss", "error"),
    ("curvature", "curve"),
    ("penalty", "penalize", "punish", "charge"),
    ("share", "fraction", "proportion", "percentage", "slice"),
    ("subset", "subgroup", "coalition"),
    ("payout", "prize", "reward"),
    ("target", "outcome"),
    ("outlier", "extreme value", "anomaly", "freak value", "oddity"),
    ("noise", "quirk", "fluke", "jitter"),
    ("context", "surroundings"),
    ("confidence", "certainty", "sureness"),
    # doing
    ("reduce", "lower", "shrink", "decrease", "lessen", "cut", "trim"),
    ("increase", "raise", "grow", "boost"),
    ("remove", "drop", "discard", "eliminate", "throw out", "get rid of", "subtract", "prune"),
    ("combine", "merge", "blend", "mix"),
    ("crop", "cut out"),
    ("train", "learn", "teach"),
    ("evaluate", "judge", "assess", "validate", "check"),
    ("tune", "adjust", "retune", "tweak"),
    ("shuffle", "mix up", "scramble"),
    ("detect", "spot", "catch", "flag"),
    ("rank", "rerank", "reorder"),
    ("buy", "purchase"),
    ("write", "save", "store"),
    ("happen", "occur"),
    ("drift", "wander"),
    ("vanish", "fade", "fade away", "die out"),
    ("explode", "blow up"),
    # how, when, how much
    ("past", "earlier", "previous", "historical", "older"),
    ("future", "later", "upcoming"),
    ("fast", "quick", "quickly", "rapid", "speedy", "instant", "instantly"),
    ("nightly", "once a night", "every night"),
    ("each", "every", "per"),
    ("live", "real"),
    ("moving", "rolling"),
    ("complex", "complicated", "flexible", "expressive"),
    ("big", "large", "huge"),
    ("small", "little", "tiny"),
    ("wide", "broad", "wider", "widest"),
    ("narrow", "thin"),
    ("similar", "alike", "close", "closest", "near", "nearest"),
    ("stable", "steady", "constant", "unchanged", "stay put", "stays put"),
    ("unstable", "shaky", "wobbly", "erratic"),
    ("spread", "variance", "swing", "scatter"),
    ("average", "mean"),
    ("cheap", "inexpensive"),
    ("expensive", "pricey"),
    ("simple", "basic", "plain", "rigid"),
    ("known", "available"),
    ("forecast", "prediction", "predict", "guess"),
    ("overfit", "memorize", "memorise"),
    ("unseen", "held out", "never seen", "fresh", "held aside", "set aside", "kept aside"),
    ("rare", "uncommon", "infrequent", "scarce"),
    ("imbalanced", "lopsided", "skewed"),
    ("nonlinear", "bendy"),
    # para30: how ML answers say these in everyday speech ("the share of right guesses", "check
    # on the later months", "backed by our help articles", "each row is a separate draw")
    ("correct", "right"),
    ("independent", "unrelated", "separate"),
    ("document", "article", "page", "doc"),
)

# Words deliberately in two groups (each sense is common): every other member is in one only.
IN_TWO_GROUPS = frozenset(("cut", "error", "slice"))


def _content(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in words(text) if w not in STOPWORDS)


def _whole(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in words(text))


def concept_key(group: int) -> str:
    """The index key standing for every member of one group (never a real stem)."""
    return f"~{group}"


@lru_cache(maxsize=1)
def _tables() -> tuple[
    dict[str, int], dict[tuple[str, ...], int], dict[int, tuple[tuple[str, ...], ...]]
]:
    first_group: dict[str, int] = {}  # one-word member -> the first group it is in
    multi_first: dict[tuple[str, ...], int] = {}  # several-word member (content stems) -> group
    members: dict[int, list[tuple[str, ...]]] = {}  # group -> members, every word kept
    for g, group in enumerate(PLAIN_GROUPS):
        for member in group:
            content = _content(member)
            members.setdefault(g, []).append(_whole(member))
            if len(content) == 1:
                first_group.setdefault(content[0], g)
            elif content:
                multi_first.setdefault(content, g)
    return first_group, multi_first, {g: tuple(m) for g, m in members.items()}


def group_members(key: str) -> tuple[tuple[str, ...], ...]:
    """Every member of the group a concept key stands for, as stem sequences."""
    return _tables()[2].get(int(key[1:]), ())


def plain_stems(stems: tuple[str, ...], keep: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """A rubric phrase's content stems with each word (or run of words) that has everyday
    equivalents replaced by its group's key; the stems in ``keep`` stay themselves (words that
    only stem like a member, see :func:`takes_group`)."""
    first_group, multi_first, _ = _tables()
    out: list[str] = []
    i = 0
    while i < len(stems):
        for n in (3, 2):
            g = multi_first.get(stems[i : i + n]) if i + n <= len(stems) else None
            if g is not None:
                out.append(concept_key(g))
                i += n
                break
        else:
            g1 = first_group.get(stems[i]) if stems[i] not in keep else None
            out.append(concept_key(g1) if g1 is not None else stems[i])
            i += 1
    return tuple(out)


# A word is one of a group's members when it is the member inflected ("splits", "reduced",
# "cutting") or turned into the name of its action or quality ("detection", "similarity"). Other
# words that merely stem alike mean something else: "proportional to" is no "share",
# "production" no "product", "personal" no "person", "marginal" no "margin", "nearly" no
# "near", "meanings" no "mean", "odd" no "odds", "embedded" no "embedding".
_INFLECTIONS = ("", "s", "es", "ed", "d", "ing", "er", "ers")
_NOMINAL = ("ion", "ions", "ation", "ations", "ization", "ity", "ities", "ive", "able")
FALSE_FRIENDS = frozenset(("production", "productions", "productive"))


def is_form_of(word: str, member: str) -> bool:
    """``word`` is ``member`` inflected or named as an action or quality."""
    word = word.split("'")[0]  # "customer's" is "customer"
    if word in FALSE_FRIENDS:
        return False
    bases = {member, member + member[-1]}  # "cut" -> "cutting"
    if member[-1] in "ey":
        bases.add(member[:-1])  # "reduce" -> "reducing", "evaluate" -> "evaluation"
    if member[-1] == "y":
        bases.add(member[:-1] + "i")  # "boundary" -> "boundaries"
    return any(
        word.startswith(base) and word[len(base) :] in (*_INFLECTIONS, *_NOMINAL) for base in bases
    )


def takes_group(word: str) -> bool:
    """Does this word of a rubric phrase or an answer stand for its stem's group (it is a
    form of one of the group's one-word members), or does it only stem like one?"""
    g = _tables()[0].get(stem(word))
    if g is None:
        return True
    return any(is_form_of(word, m) for m in PLAIN_GROUPS[g] if " " not in m)


# The meaning signal (meaning.py) reads an answer sentence a second time with its everyday words
# said as the rubric would: each group's first member is its technical word. Words in two groups
# are ambiguous and stay themselves. Besides PLAIN_GROUPS, these everyday ways of saying common
# ML terms count for the meaning signal only (never for matching a rubric phrase, so they can
# never earn a point by words alone, nor charge one): static word vectors are close for shared
# words, and "switch off about half of the inner units" came nowhere near "randomly zero a
# fraction of activations" until it was read as "switch off ... neurons".
MEANING_GROUPS: tuple[tuple[str, ...], ...] = (
    ("neuron", "unit", "units", "node", "nodes", "inner unit", "hidden unit"),
    ("disable", "switch off", "turn off", "shut off", "silence", "mute", "deactivate"),
    ("randomly", "at random", "flip a coin", "coin flip", "by chance", "random draw"),
    ("ensemble", "crowd", "committee", "panel", "team of models"),
    ("minimum", "bottom", "lowest point", "valley"),
    ("convex", "bowl", "bowl shaped", "one bottom", "single bottom"),
    ("gradient descent", "downhill", "roll downhill", "walk downhill", "step downhill"),
    ("learning rate", "step size", "stride length"),
    ("residual", "leftover", "leftovers", "left over", "remaining error"),
    ("sigmoid", "s shaped", "s curve", "squash", "squashes", "squashing"),
    ("false positive", "false alarm", "false alarms"),
    ("false negative", "missed case", "missed cases"),
    ("validation set", "checking sample", "held back sample", "check set", "holdout sample"),
    ("held out", "held aside", "set aside", "kept aside", "held back", "kept back"),
    ("labeled", "tagged", "annotated", "hand marked"),
    ("unlabeled", "untagged", "unannotated", "without answers", "with no answers"),
    ("epoch", "pass over the data", "passes over the data", "full pass", "full passes"),
    ("checkpoint", "snapshot", "snapshots", "saved copy"),
    ("plateau", "level off", "levels off", "levelled off", "leveled off", "flatten out"),
    ("stop", "halt", "halts"),
    ("sparse", "mostly zeros", "mostly empty"),
    ("cosine similarity", "angle between"),
    ("nearest neighbors", "closest neighbours", "closest neighbors", "nearest ones"),
    ("pretrained", "already trained", "trained elsewhere"),
    ("confidence interval", "margin of error", "range of plausible values"),
    ("baseline", "yardstick"),
    ("seasonality", "weekly pattern", "yearly pattern", "repeating pattern", "daily pattern"),
    ("decision tree", "flowchart", "rule tree"),
    ("backpropagation", "backwards pass", "backward pass", "passed backwards"),
    ("centroid", "centre", "center", "middle point"),
    ("normalize", "rescale", "same scale", "same range"),
    ("impute", "fill in", "fill-in", "filled in"),
    ("missing", "blank", "empty"),
    ("leakage", "peek", "peeking", "sneak preview"),
    ("correlated", "move together", "go together", "rise together"),
    ("sequentially", "one after another", "one after the other", "in turn", "take turns"),
    ("parallel", "at the same time", "side by side", "simultaneously"),
    ("skip connection", "bypass", "shortcut", "detour"),
    ("distance", "how far apart", "far apart"),
    ("dimension", "axis", "axes"),
    ("hyperparameter", "knob", "knobs", "setting"),
    ("exponentially", "snowball", "snowballs", "compounds"),
    ("attention", "focus on", "pay attention"),
    ("inference", "prediction time", "at prediction", "when deployed", "in production"),
    ("generalize", "unseen data", "new examples"),
    ("regularization", "keep weights small", "keeps weights small", "penalty on size"),
)
_ANSWER_WORD = re.compile(r"[A-Za-z][A-Za-z']*")


@lru_cache(maxsize=1)
def _rewording_tables() -> tuple[dict[str, str], dict[tuple[str, ...], str]]:
    one: dict[str, str] = {}  # lower-case one-word member -> technical word
    several: dict[tuple[str, ...], str] = {}  # member of several words -> technical word
    for group in (*PLAIN_GROUPS, *MEANING_GROUPS, *EVERYDAY_GROUPS, *TERM_GROUPS):
        head = group[0]
        for member in group[1:]:
            if member in IN_TWO_GROUPS:
                continue
            parts = tuple(words(member))
            if len(parts) == 1:
                one.setdefault(member, head)
            else:
                several.setdefault(parts, head)
    return one, several


@lru_cache(maxsize=4096)
def _technical_word(low: str) -> str | None:
    one = _rewording_tables()[0]
    if low in one:
        return one[low]
    for member in _members_by_stem().get(stem(low), ()):
        if is_form_of(low, member):
            return one[member]
    return None


@lru_cache(maxsize=1)
def _members_by_stem() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for member in _rewording_tables()[0]:
        out.setdefault(stem(member), []).append(member)
    return {k: tuple(v) for k, v in out.items()}


def in_technical_words(sentence: str) -> str | None:
    """The sentence with its everyday words replaced by their groups' technical words ("the
    chance that a row is spam" -> "the probability that a example is spam"), or None when it
    says none. Only the meaning signal reads it: words are matched on what was said."""
    several = _rewording_tables()[1]
    found = list(_ANSWER_WORD.finditer(sentence))
    lows = [m.group().lower() for m in found]
    out: list[str] = []
    last = 0
    changed = False
    i = 0
    while i < len(found):
        for n in (5, 4, 3, 2):
            head = several.get(tuple(lows[i : i + n])) if i + n <= len(found) else None
            if head is not None:
                out.append(sentence[last : found[i].start()] + head)
                last = found[i + n - 1].end()
                i += n
                changed = True
                break
        else:
            head = _technical_word(lows[i].split("'")[0])
            if head is not None:
                out.append(sentence[last : found[i].start()] + head)
                last = found[i].end()
                changed = True
            i += 1
    if not changed:
        return None
    return "".join(out) + sentence[last:]
