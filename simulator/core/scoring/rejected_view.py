"""The accepted answer turned down in so many words (issue 9, round 41, wrong41).

A confidently wrong candidate often says what it believes against what it rejects: "the weights
are fitted on the period after the policy, not the one before it", "it counts trailing ones
rather than leading zeros", "divide by the recognised words instead of the reference". The
rejected side is the rubric's own wording, so every claim check that matches the rubric's
words reads the sentence as saying the key point; only the contrast word tells that the
speaker denies it. This module reads, per sentence, the contrasts "A, not B", "A and not B",
"A but not B" and "A rather than B": the few terms just before the contrast word (A, what is
asserted) and just after it (B, what is turned down).

A contrast is a wrong claim when all of this holds, so that a correct answer that restates the
accepted contrast ("divide by the reference, not the hypothesis") or prefers, in its own words,
what the rubric prefers ("flagged rather than forced into a cluster") is not charged:

* B says a term of an asserted clause of the accepted view (model answer, key-point labels,
  misconception corrections), and one the accepted view never denies, hedges, warns against
  or turns down itself ("... instead of forcing them into a cluster");
* A says no term of the accepted view at all: the accepted side is turned down for one the
  rubric never names;
* the sentence is about the same thing as an accepted clause that says B: they share another
  term besides A and B;
* the speaker asserts it: not hedged, not otherwise negated, not inside a warning or a report
  of what other people think (relation_facts' and Stance's readers), and not "not just" /
  "not only" (which add to B rather than deny it).

An answer's "A instead of B" is not read: it mostly names a practice the candidate prefers to a
plain alternative ("the hashing trick instead of one-hot encoding", "learns from experience
instead of being told the right answer"), and on dev three correct answers were read as turning
the rubric down for every wrong one. Dev (every content set with every pack, 4812 correct
answers and 959 verbose-wrong ones, with and without the rubrics' claims): 0 correct answers
read, 4 verbose-wrong ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.contradiction import Contradiction
from simulator.core.scoring.relation_facts import (
    accepted_texts,
    point_of,
    rejecting,
    terms_of,
    unasserted,
)
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import Sentence, Tokens, split_sentences, word_set, words

# "A, not B" and its kin; "not just" / "not only" / "not always" add to B or soften it.
_CONTRAST = re.compile(
    r"(?:,\s*(?:and\s+|but\s+)?not|\b(?:and|but)\s+not|\brather\s+than)\s+"
    r"(?!(?:just|only|merely|simply|always|necessarily|all|every|quite|exactly|too)\b)",
    re.IGNORECASE,
)
# ... and in the accepted view, where "instead of" turns B down too ("labels them as noise
# instead of forcing them into a cluster"). An answer's "A instead of B" mostly names the
# practice it prefers to a plain alternative ("the hashing trick instead of one-hot encoding"),
# not a claim against the rubric: not read.
_ACCEPTED_CONTRAST = re.compile(_CONTRAST.pattern + r"|\binstead\s+of\s+", re.IGNORECASE)
# Where A's and B's words stop: punctuation, or a word that opens another clause.
_STOPS = re.compile(r"[.;:!?(),]")
_CLAUSE_OPENERS = word_set(
    "so because while whereas but which who that when where if unless since although though"
    " and or then"
)
REACH = 3  # terms read on each side of the contrast word
# A contrast inside a clause a condition opens is supposed, not asserted: "the boundaries fall
# halfway between centroids *even when* that cuts through a dense group rather than through a
# low density gap" tells when k-means goes wrong, it turns nothing down (heldout_ux44: a
# correct k-means answer was charged with turning down the density point).
_SUPPOSING = word_set("when whenever if unless")


@dataclass(frozen=True)
class Rejection:
    rejected: frozenset[str]  # B's terms the accepted view says
    clause: str  # the words of the contrast, as the feedback quotes them


def _side(ws: list[str]) -> list[str]:
    """One side's words up to the first clause opener (``ws`` nearest first), holding at most
    ``REACH`` terms."""
    out: list[str] = []
    for w in ws:
        if (w.lower() in _CLAUSE_OPENERS and out) or len(terms_of(out)) >= REACH:
            break
        out.append(w)
    return out


@lru_cache(maxsize=256)
def _accepted(texts: tuple[str, ...]) -> tuple[tuple[frozenset[str], ...], frozenset[str]]:
    """Each asserted accepted clause's terms, and the terms the accepted view itself denies,
    hedges or turns down somewhere (those set no truth to charge against)."""
    asserted: list[frozenset[str]] = []
    doubted: set[str] = set()
    for t in texts:
        for sentence in split_sentences(t):
            if rejecting(sentence):
                doubted |= terms_of(words(sentence))
                continue
            for m in _ACCEPTED_CONTRAST.finditer(sentence):
                doubted |= terms_of(_side(words(_STOPS.split(sentence[m.end() :])[0])))
            for part in _STOPS.split(sentence):
                ws = words(part)
                if unasserted(ws):
                    doubted |= terms_of(ws)
                elif terms_of(ws):
                    asserted.append(terms_of(ws))
    return tuple(asserted), frozenset(doubted)


def rejections(
    question: Question, sentence: Sentence, stance: Stance | None = None
) -> list[Rejection]:
    """The contrasts of ``sentence`` that turn the accepted view down for another term (with
    ``stance``, none the speaker warns against)."""
    text = sentence.text
    if rejecting(text):
        return []
    accepted, doubted = _accepted(accepted_texts(question))
    out = []
    for m in _CONTRAST.finditer(text):
        before = words(text[: m.start()])
        left = _side(list(reversed(words(_STOPS.split(text[: m.start()])[-1]))))
        right = _side(words(_STOPS.split(text[m.end() :])[0]))
        if not left or unasserted(left) or unasserted(right):
            continue  # hedged, or a negation of its own: not a plain "A, not B"
        if any(w.lower() in _SUPPOSING for w in words(_STOPS.split(text[: m.start()])[-1])):
            continue  # "... even when that cuts through A rather than B": supposed
        b = terms_of(right) - doubted
        a = terms_of(left) - terms_of(right)
        rest = terms_of(words(text)) - a - b
        if not a or not b:
            continue
        # the accepted clauses that say B of the same thing the sentence is about; A is said
        # nowhere in the accepted view
        about = [c for c in accepted if c & b and (c - b) & rest]
        if not about or any(c & a for c in accepted) or a & doubted:
            continue
        if stance is not None:
            end = sentence.first_word + len(before)
            span = (end - len(left), end)
            if stance.warned(span) or stance.negated(span):
                continue
        said = " ".join([*reversed(left), m.group(0).strip(", "), *right])
        out.append(Rejection(b, said))
    return out


def rejected_points(question: Question, tokens: Tokens, stance: Stance) -> dict[int, Contradiction]:
    """Key points turned down for another term, each with the sentence that says it."""
    if question.category.value == "behavioral":
        return {}
    out: dict[int, Contradiction] = {}
    for sentence in tokens.sentences:
        for r in rejections(question, sentence, stance):
            k = point_of(question, set(r.rejected))
            if k is not None:
                out.setdefault(
                    k,
                    Contradiction(
                        f'"{r.clause}", turning down what the accepted answer says', sentence.text
                    ),
                )
    return out
