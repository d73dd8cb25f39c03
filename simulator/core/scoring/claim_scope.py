"""What a denial is scoped to, and clauses that claim nothing (issue 9, falseA34).

Two ways claims.py read a correct answer as the opposite of a negated accepted clause:

* **a denial scoped to one part**: "so you don't need gradients or Adam optimizer state *for
  billions of weights*" denies them for the frozen weights only; "gradients and Adam states are
  kept *for them alone*" (the trained low-rank matrices) or "*for the head weights*" affirms them
  for the complementary part, and agrees. A scope is a phrase after "for", "on" or "of" that
  follows the denied word; two scopes are apart when they share a content word and each names
  one the other lacks ("head weights" against "backbone weights"; "the full network" against
  "billions of weights" share none and may be the same whole, so a wrong answer that still
  needs gradients "for the full network" stays charged), or when the answer's is restricted by "alone" /
  "only" / "just" and is a pronoun (the part the speaker has just named) or names a word the
  accepted one lacks ("for the adapter weights only"). Amounts and extents ("billions of",
  "every", "all") are no part of what a scope names: "you still need gradients *for every
  weight*" stays the denied claim.
* **a fragment with no verb**: the clause splitter can leave "so gradients and adam states"
  on its own (the verb follows after a comma or a relative clause). A coordinated noun list with
  no verb, no auxiliary and no subject pronoun asserts nothing, so it contradicts nothing.
"""

from __future__ import annotations

from simulator.core.scoring.claim_clauses import Clause
from simulator.core.scoring.text import STOPWORDS, word_set, words

_SCOPE_LEADS = word_set("for on of")
# Words that end a scope phrase: another clause or list starts.
_SCOPE_ENDS = word_set("and or but so because which that while whereas when if")
# Amounts and extents: how much of a thing, not which thing.
_EXTENTS = word_set(
    "every each all any whole entire billions billion millions million thousands thousand"
    " hundreds hundred many most few some several lots lot huge large small tiny number"
    " still full"
)
_RESTRICTED = word_set("alone only just solely exclusively")
_PRONOUNS = word_set("them it they these those this that themselves itself")
_SCOPE_WORDS = 4  # words of a scope phrase read


def _scope_after(clause: Clause, start: int) -> tuple[frozenset[str], bool] | None:
    """The content stems of the first "for/on/of" phrase at or after ``start``, and whether it
    names its part by a pronoun alone. None: no scope."""
    ws, st = clause.words, clause.stems
    for i in range(start, len(ws)):
        if ws[i] not in _SCOPE_LEADS:
            continue
        named: set[str] = set()
        pronoun = False
        for j in range(i + 1, min(len(ws), i + 1 + _SCOPE_WORDS)):
            w = ws[j]
            if w in _SCOPE_ENDS:
                break
            if w in _PRONOUNS:
                pronoun = True
            elif w not in STOPWORDS and w not in _EXTENTS and w not in _RESTRICTED:
                named.add(st[j])
        return frozenset(named), pronoun and not named
    return None


def _restricted(clause: Clause) -> bool:
    return any(w in _RESTRICTED for w in clause.words)


def scopes_apart(negated: Clause, other: Clause) -> bool:
    """The negated clause's denial is scoped to a part ("for the backbone weights") and the
    other clause says its words of another part ("for the head weights", "for them alone")."""
    at = next((i for i, s in enumerate(negated.stems) if s in negated.denied), None)
    if at is None:
        return False
    theirs = _scope_after(negated, at + 1)
    if theirs is None:
        return False
    shared = [i for i, s in enumerate(other.stems) if s in negated.denied]
    if not shared:
        return False
    mine = _scope_after(other, shared[0] + 1)
    if mine is None:
        return False
    (their_part, _), (my_part, my_pronoun) = theirs, mine
    if my_pronoun:
        # "kept for them alone": the part just named, set apart from the rest
        return _restricted(other) and not _restricted(negated)
    if not my_part - their_part:
        return False
    # "for the adapter weights only" sets a part apart as "for them alone" does
    if _restricted(other) and not _restricted(negated):
        return True
    # two parts of one kind of thing ("head weights" / "backbone weights"): a shared word and a
    # word each; two names with nothing in common ("for the full network" against "for billions
    # of weights") may be the same whole in other words, so the denial still reaches it
    return bool(their_part - my_part) and bool(their_part & my_part)


_AUXILIARIES = word_set(
    "is are was were be been being am has have had do does did can could will would shall should"
    " may might must need needs needed"
)
_SUBJECT_PRONOUNS = word_set("i we you he she it they there")
_LIST_WORDS = word_set("and or")
_OPENERS = word_set("so and but because since while whereas thus hence then")


def verbless(clause: Clause) -> bool:
    """A coordinated noun list with no verb ("so gradients and adam states") that does not end
    its sentence: the splitter cut its verb off, and on its own it claims nothing."""
    ws = clause.words
    said = tuple(words(clause.sentence))
    if not ws or said[-len(ws) :] == ws:
        return False
    if not any(w in _LIST_WORDS for w in ws[1:]):
        return False
    body = ws[1:] if ws and ws[0] in _OPENERS else ws
    if not body or len(body) > 6:
        return False
    return not any(
        w in _AUXILIARIES
        or w in _SUBJECT_PRONOUNS
        or w.endswith(("ed", "ing"))
        or w in STOPWORDS - _LIST_WORDS - word_set("the a an")
        for w in body
    )
