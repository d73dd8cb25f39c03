"""Alternatives a rubric sets against each other, whatever the prompt says (claims37, issue 9).

named_sides.py charges an answer that gives each of two alternatives the other's words, for the
alternatives it knows: the fixed pairs, the prompt's own ("the difference between X and Y"), and
names the model answer writes with capitals. A rubric often contrasts two things in lowercase
words the prompt never names: "What are the main ways to deploy a model, and how would you roll
out a new version safely?" is answered with batch scoring against online serving and a shadow
deployment against a canary release; a ticket-search question with a bi encoder against a cross
encoder. An answer that swapped them throughout ("a canary gets a copy of live traffic whose
predictions are only logged; a shadow release sends a small percentage of users to it") scored
100. The rubric says which things it contrasts in three ways, read here:

* a wrong claim that ranks one against the other: "a cross encoder is faster than a bi encoder",
  "batch scoring has lower latency than online" (its subject, and what follows "than");
* a key point label that sets them against each other: "Batch scoring *versus* online real time
  serving *versus* streaming or on device";
* a label that lists them, when the point's wrong claims open on two of them or more: "Shadow
  deployment, canary release, blue-green, A B test" with "shadow deployment serves the new
  model's predictions to users" and "a canary release sends all the traffic ...".

Each group is a set of alternatives (any two of them), each said as the rubric writes it and, for
a label's longer item, by its first word too when that word is specific ("online" for "online
real time serving", "shadow" for "shadow deployment": answers say "online serving", "shadow
mode"). Only the alternatives the model answer says count (named_sides reads what it says of
each).
"""

from __future__ import annotations

import re
from functools import lru_cache

from simulator.core.questions import GENERIC_WORDS
from simulator.core.scoring.text import STOPWORDS, stem, words

Side = tuple[str, ...]  # the ways of saying one alternative, as written (lowercase words)
Group = tuple[Side, ...]  # alternatives the rubric sets against each other

# Words that end a wrong claim's subject: its verb ("a cross encoder *is* faster than ...").
_VERBS = frozenset(
    words(
        """is are was were has have had gives give makes make needs need uses use runs run can
        will does do scales scale handles handle works work reaches reach trains train learns
        learn finds find costs cost takes take"""
    )
)
_THAN = re.compile(r"\bthan\s+(?:an?\s+|the\s+)?([a-z][a-z0-9\- ]*)", re.I)
_VERSUS = re.compile(r"\s+(?:versus|vs\.?)\s+", re.I)
_ARTICLES = frozenset(("a", "an", "the"))
_MAX_WORDS = 4  # a name longer than this is a description, not a name
_FIRST_WORD_MIN = 4  # letters a first word needs to name its item alone ("bi" does not)
# Where a name after "than" ends: "faster than RNNs *on* GPUs", "than partial dependence *when*".
_NAME_ENDS = STOPWORDS | frozenset(words("on in at when with for while because since so"))
# Heads that say what kind of thing an item is: its first word names it alone ("*online* real
# time serving" said "online serving", "*shadow* deployment" said "shadow mode"), unlike "naive
# Bayes" or "step decay", whose words together are the name.
_KIND_HEADS = frozenset(
    words(
        """deployment deployments release releases serving scoring mode rollout inference
        prediction predictions encoder encoders"""
    )
)


def _name(ws: list[str]) -> Side | None:
    """The words as one alternative's name: articles dropped, at most ``_MAX_WORDS`` words, not
    only small or generic words."""
    while ws and ws[0] in _ARTICLES:
        ws = ws[1:]
    if not ws or len(ws) > _MAX_WORDS or sum(len(w) for w in ws) < 3:
        return None
    if all(w in STOPWORDS or w in GENERIC_WORDS for w in ws):
        return None
    if len(ws) > 1 and ws[0].endswith("ing") and ws[1] not in _KIND_HEADS:
        return None  # an act and its object ("missing spam"), not a thing's name
    return (" ".join(ws),)


def _with_first_word(name: str) -> Side:
    """A label item said by its first word too, when that word is specific ("online" for
    "online real time serving"); a one-word item is itself."""
    ws = name.split()
    first = ws[0]
    if (
        len(ws) > 1
        and ws[-1] in _KIND_HEADS
        and len(first) >= _FIRST_WORD_MIN
        and first not in STOPWORDS
        and first not in GENERIC_WORDS
    ):
        return (name, first)
    return (name,)


def _claim_subject(text: str) -> list[str]:
    """A wrong claim's subject: its words before the first verb."""
    ws = words(text.lower())
    at = next((i for i, w in enumerate(ws) if w in _VERBS), None)
    return ws[:at] if at else []


def _ranked(claims: tuple[str, ...]) -> list[Group]:
    """Two things a wrong claim ranks against each other: its subject and what "than" names
    ("a cross encoder is faster than a bi encoder")."""
    out: list[Group] = []
    for text in claims:
        m = _THAN.search(text.lower())
        if m is None:
            continue
        mine = _name(_claim_subject(text[: m.start()]))
        after = words(m.group(1))
        end = next((i for i, w in enumerate(after) if w in _NAME_ENDS), len(after))
        theirs = _name(after[:end])
        if mine and theirs and mine != theirs:
            out.append((mine, theirs))
    return out


def _item(text: str) -> Side:
    """A label item's ways of being said: "streaming or on device" is either."""
    out: list[str] = []
    for part in re.split(r"\s+or\s+|\s+and\s+", text.strip()):
        named = _name(words(part.lower()))
        if named:
            out.extend(_with_first_word(named[0]))
    return tuple(dict.fromkeys(out))


def _set_against(labels: tuple[str, ...]) -> list[Group]:
    """A label that sets things against each other: "X versus Y versus Z"."""
    out: list[Group] = []
    for label in labels:
        parts = _VERSUS.split(label)
        if len(parts) < 2 or any(c in label for c in ",:;"):
            continue  # items that are lists or clauses name no one alternative
        items = [i for i in (_item(p) for p in parts) if i]
        if len(items) == len(parts):
            out.append(tuple(items))
    return out


def _listed_and_claimed(points: tuple[tuple[str, tuple[str, ...]], ...]) -> list[Group]:
    """A label listing alternatives ("Shadow deployment, canary release, blue-green, A B
    test") whose point's wrong claims open on two of them or more."""
    out: list[Group] = []
    for label, claims in points:
        items = [p.strip() for p in label.split(",")]
        if len(items) < 3 or not claims:
            continue
        openings = {" ".join(w for w in words(c.lower()) if w not in _ARTICLES) for c in claims}
        claimed: list[Side] = []
        for item in items:
            named = _name(words(item.lower()))
            if named is None:
                continue
            if any(o.startswith(named[0] + " ") or o == named[0] for o in openings):
                claimed.append(_with_first_word(named[0]))
        if len(claimed) >= 2:
            out.append(tuple(claimed))
    return out


@lru_cache(maxsize=512)
def rubric_groups(points: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[Group, ...]:
    """The groups of alternatives the rubric sets against each other; ``points``: each key
    point's label with its ``contradicted_by`` claims."""
    labels = tuple(label for label, _ in points)
    claims = tuple(c for _, cs in points for c in cs)
    found = [*_set_against(labels), *_listed_and_claimed(points), *_ranked(claims)]
    # groups that share an alternative are one group ("batch scoring versus online real time
    # serving" in a label, "real time serving is always better than batch" in a claim)
    merged: list[list[Side]] = []
    for group in found:
        into = next((m for m in merged if any(_same(s, t) for s in group for t in m)), None)
        if into is None:
            merged.append(list(group))
            continue
        for side in group:
            at = next((i for i, t in enumerate(into) if _same(side, t)), None)
            if at is None:
                into.append(side)
            else:
                into[at] = tuple(dict.fromkeys((*into[at], *side)))
    return tuple(tuple(m) for m in merged)


def _same(a: Side, b: Side) -> bool:
    """Two sides name one alternative: one way of saying it holds all the words of another
    ("batch" and "batch scoring", "real time serving" and "online real time serving")."""
    return any(
        set(x.split()) <= set(y.split()) or set(y.split()) <= set(x.split()) for x in a for y in b
    )


def stemmed(side: Side) -> tuple[tuple[str, ...], ...]:
    """Each way of saying a side, as stems."""
    return tuple(tuple(stem(w) for w in words(way)) for way in side)
