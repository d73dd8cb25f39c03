"""A cost's order of growth said wrong (issue 9, wrong67).

English names how fast a quantity grows with a few words that stand on one scale: constant,
logarithmic, linear, quadratic ("n squared"), cubic ("n cubed"), exponential, and their adverbs
("grows linearly", "scales quadratically"). Two of them said of the same quantity and the same
argument cannot both be true: "the kernel trick scales linearly in the number of samples" says
the opposite of a rubric's "the Gram matrix grows quadratically with the number of samples",
"memory grows linearly with the number of points" the opposite of "a distance matrix that is
quadratic in memory". A confidently wrong answer says such a claim in the rubric's own nouns (the
cost, the samples, the sequence length), so it earned the point it names; only the order word
is wrong, and a contradicted_by list catches it only in the words its writer thought of.

Read here:

* a *growth statement*: a clause holding an order word used of growth: an adverb ("linearly",
  "exponentially") after a verb of growth or cost ("grows", "scales", "costs", "explodes") or
  before "in" / "with"; an adjective ("linear", "quadratic") before "in" / "with" or a resource
  ("quadratic time", "linear memory"), or said of a resource ("the cost is linear"); a
  one-letter size squared or cubed ("the cost is n squared"). Its *argument* is what it grows
  with (the words after "in" / "with": "the number of samples", "sequence length"), its *terms*
  the other content words of the clause.
* the accepted view's statements (model answer, key-point labels, misconception corrections),
  asserted clauses only (no negation, hedge, condition or warning).
* an answer's statement that names the same thing as an accepted one (the arguments share a
  word when both have one, else their terms do), says another order, is asserted (not negated,
  hedged, conditional, warned against, nor in a sentence that contrasts or names a remedy:
  "unlike", "than", "instead", "reduce", "approximate") and in an answer that never states the
  accepted order of that thing, contradicts the key point whose words say the accepted one.
  A higher order than an accepted "at least quadratic" / "quadratically or worse" is no
  contradiction.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from simulator.core.questions import GENERIC_WORDS, Question
from simulator.core.scoring.contradiction import Contradiction
from simulator.core.scoring.relation_facts import accepted_texts, point_of, rejecting
from simulator.core.scoring.stance import NEGATION_WORDS
from simulator.core.scoring.text import STOPWORDS, Tokens, split_sentences, stem, word_set, words

# The scale of growth, lowest first: each word's rank on it.
_ADJECTIVES = {
    "constant": 0,
    "logarithmic": 1,
    "linear": 2,
    "quadratic": 3,
    "cubic": 4,
    "exponential": 6,
}
_ADVERBS = {
    "logarithmically": 1,
    "linearly": 2,
    "quadratically": 3,
    "cubically": 4,
    "exponentially": 6,
}
_POWERS = {"squared": 3, "cubed": 4}  # after a one-letter size: "n squared"
_NAMES = {
    0: "constant",
    1: "logarithmic",
    2: "linear",
    3: "quadratic",
    4: "cubic",
    6: "exponential",
}
# Verbs of growth and cost that an order adverb says how fast of.
_GROWTH_VERBS = frozenset(
    stem(w)
    for w in word_set(
        "grow grows growing grew scale scales scaling scaled increase increases increasing rise"
        " rises rising shrink shrinks shrinking decay decays decaying decrease decreases"
        " decreasing explode explodes exploding vanish vanishes vanishing blow blows cost costs"
        " take takes run runs fall falls drop drops expand expands multiply multiplies"
    )
)
# What a cost is counted in: a clause saying one of these is about growth when its order
# adjective stands alone ("the memory is linear").
_RESOURCES = word_set(
    "time memory cost costs space complexity runtime compute storage work operations"
)
_ARGUMENT_OPENERS = word_set("in with")
# Words after an order adverb that make it no growth: "linearly separable".
_NOT_GROWTH_AFTER = word_set(
    "separable inseparable independent dependent related correlated combined"
)
_LINKS = word_set("is are be being was were stays remains becomes become")
# Clause ends, as relation_facts reads them, and what stops an argument.
_CLAUSE_BREAKS = word_set(
    "so because while whereas but which who that when where if unless since although though"
    " and or then"
)
# A sentence with one of these sets a growth against another's or against a remedy: "unlike
# RNNs", "faster than linearly", "approximations bring it down to linear".
_CONTRASTS = frozenset(
    stem(w)
    for w in word_set(
        "unlike whereas than compared versus instead rather approximate approximates"
        " approximation approximations reduce reduces reduced reducing cut cuts bring brings"
        " brought avoid avoids avoiding down variant variants alternative alternatives"
    )
)
_NOT_ASSERTED = NEGATION_WORDS | word_set(
    "might may could if unless whether suppose assume assuming would"
)
# An accepted order given as a floor: a higher order is not against it.
_FLOORS = (("at", "least"), ("or", "worse"), ("or", "more"), ("or", "higher"))
_LOW = frozenset(stem(w) for w in GENERIC_WORDS) | frozenset(
    stem(w) for w in ("number", "size", "amount", "count", "roughly", "about", "least", "worse")
)
_MEASURES = frozenset(stem(w) for w in ("number", "size", "amount", "count", "total"))
_ORDER_STEMS = frozenset(stem(w) for w in (*_ADJECTIVES, *_ADVERBS, *_POWERS))


@dataclass(frozen=True)
class Growth:
    """One clause's order of growth, what it grows with and the clause's other terms."""

    rank: int
    argument: frozenset[str]
    terms: frozenset[str]
    floor: bool
    clause: str


def _clauses(sentence: str) -> list[list[str]]:
    out: list[list[str]] = []
    for part in sentence.replace(";", ",").replace(":", ",").split(","):
        current: list[str] = []
        for w in words(part):
            if w in _CLAUSE_BREAKS:
                if current:
                    out.append(current)
                current = []
            else:
                current.append(w)
        if current:
            out.append(current)
    return out


def _term(w: str) -> str | None:
    if w in STOPWORDS or len(w) < 2 or w.isdigit():
        return None
    s = stem(w)
    return None if s in _LOW or s in _GROWTH_VERBS or s in _ORDER_STEMS else s


def _argument(ws: list[str], i: int) -> frozenset[str]:
    """The terms after "in" / "with" at ``i`` (up to four words), resources left out: what the
    quantity grows with."""
    if i >= len(ws) or ws[i] not in _ARGUMENT_OPENERS:
        return frozenset()
    out = set()
    for w in ws[i + 1 : i + 6]:
        if w in _ARGUMENT_OPENERS:
            break
        if w in STOPWORDS or w in _RESOURCES or len(w) < 2 or w.isdigit():
            continue
        t = stem(w)
        if t not in _MEASURES:  # "features", "samples": generic words, but what it grows with
            out.add(t)
    return frozenset(out)


def growth_of(ws: list[str]) -> Growth | None:
    """The clause's growth statement, or None when it says no order of growth."""
    stems = [stem(w) for w in ws]
    for i, w in enumerate(ws):
        nxt = ws[i + 1] if i + 1 < len(ws) else ""
        rank: int | None = None
        if w in _ADVERBS and nxt not in _NOT_GROWTH_AFTER:
            if nxt in _ARGUMENT_OPENERS or set(stems[max(0, i - 3) : i]) & _GROWTH_VERBS:
                rank = _ADVERBS[w]
        elif w in _ADJECTIVES:
            before = ws[i - 1] if i else ""
            if w == "constant":
                if nxt in _RESOURCES:
                    rank = 0
            elif (
                nxt in _ARGUMENT_OPENERS
                or nxt in _RESOURCES
                or (before in _LINKS and set(ws) & _RESOURCES and not nxt)
            ):
                rank = _ADJECTIVES[w]
        elif w in _POWERS and i and len(ws[i - 1]) == 1 and ws[i - 1].isalpha():
            rank = _POWERS[w]
        if rank is None:
            continue
        if _names_a_method(ws[:i]):
            return None
        # "linear in n", and past a resource: "cubic time in the number of features"
        argument = _argument(ws, i + 2 if nxt in _RESOURCES else i + 1)
        terms = frozenset(t for t in (_term(x) for x in ws) if t is not None) - argument
        floor = any(
            tuple(ws[j : j + 2]) in _FLOORS for j in range(max(0, i - 3), min(len(ws), i + 6))
        )
        return Growth(rank, argument, terms, floor, " ".join(ws))
    return None


def _names_a_method(ws: list[str]) -> bool:
    """An order adjective before a noun names a method, not a growth: "a *linear SVM*
    scales ...", "*linear attention* is ...": the clause is about that alternative."""
    return any(
        w in _ADJECTIVES and nxt not in _ARGUMENT_OPENERS and nxt not in _RESOURCES
        for w, nxt in zip(ws, ws[1:], strict=False)
    )


def _same_thing(said: Growth, accepted: Growth) -> bool:
    """Both name the same quantity growing with the same argument: the arguments share a term
    when both have one, else the clauses' terms do. An answer that names no argument where the
    accepted statement names one ("each epoch costs linear time" against "cubic time in the
    number of features") cannot be told to be about the same growth."""
    if accepted.argument:
        return bool(said.argument & accepted.argument)
    return bool((said.terms | said.argument) & accepted.terms)


@lru_cache(maxsize=256)
def _accepted(texts: tuple[str, ...]) -> tuple[Growth, ...]:
    out = []
    for text in texts:
        for sentence in split_sentences(text):
            if rejecting(sentence):
                continue
            for ws in _clauses(sentence):
                if set(ws) & _NOT_ASSERTED:
                    continue
                g = growth_of(ws)
                if g is not None:
                    out.append(g)
    return tuple(out)


def _against(said: Growth, accepted: Growth) -> bool:
    if said.rank == accepted.rank:
        return False
    return not (accepted.floor and said.rank > accepted.rank)


def growth_contradictions(question: Question, tokens: Tokens) -> dict[int, Contradiction]:
    """Key points contradicted by an order of growth the accepted view says otherwise, each
    with the sentence that says it."""
    if question.category.value == "behavioral":
        return {}
    accepted = _accepted(accepted_texts(question))
    if not accepted:
        return {}
    said: list[tuple[Growth, str, bool]] = []
    for sentence in tokens.sentences:
        ws_all = words(sentence.text)
        plain = (
            not rejecting(sentence.text)
            and not {stem(w) for w in ws_all} & _CONTRASTS
            and not _names_a_method(ws_all)
        )
        for ws in _clauses(sentence.text):
            g = growth_of(ws)
            if g is not None:
                said.append((g, sentence.text, plain and not set(ws) & _NOT_ASSERTED))
    out: dict[int, Contradiction] = {}
    for g, where, asserted in said:
        if not asserted:
            continue
        matched = [a for a in accepted if _same_thing(g, a)]
        against = [a for a in matched if _against(g, a)]
        if not against or len(against) < len(matched):
            continue  # no accepted order of this thing, or one that agrees
        # an answer that also states an accepted order of the thing anywhere is read as right
        if any(
            not _against(other, a) and _same_thing(other, a)
            for other, _w, _ok in said
            for a in against
        ):
            continue
        first = against[0]
        names = {stem(_NAMES[first.rank]), stem(_NAMES[first.rank] + "ly")}
        k = point_of(question, set(first.terms | first.argument) | names)
        if k is None:
            continue
        out.setdefault(
            k,
            Contradiction(
                f'"{g.clause}": {_NAMES[g.rank]}, where the accepted answer says "{first.clause}"',
                where,
            ),
        )
    return out
