"""Directions an answer says of a case the point is not about (claims42, issue 9).

opposites.py reads an answer clause that pairs a point's anchor with the opposite direction
word as the point said backwards. Two readings made correct answers charged on the dev sets:

* **the case without the method**: "Without spectral normalization, GAN training is far *less
  stable*" against "it stabilises GAN training". A sentence that sets the asked method aside
  ("without it", "without spectral normalization") says how things go in its absence, which is
  the point itself, turned round once more. "Spectral normalization makes training less
  stable" (no absence) is still read; "without a gradient penalty" names no asked term.
* **how the data really is, against what a method assumes**: "It works well *even though*
  words clearly do *depend* on each other" against "assumes features are conditionally
  independent". A point that states an assumption is not contradicted by a sentence that
  grants the world differs (a concession, or "in reality", "in practice"), unless that clause
  itself says the method assumes it ("even though it assumes the words depend on each other").
* **the case a method fails on** (charge50): "It *struggles with* strongly *correlated*
  features" against "assumes features are conditionally independent". A limitation told as what
  the method struggles with, breaks down on, is hurt by or does badly with names the case it
  fails in: the opposite of what it needs, so the point itself, turned round once more. "Naive
  Bayes works well with correlated features" (no trouble) is still read, and so is a point that
  itself tells a trouble ("sensitive to outliers").
"""

from __future__ import annotations

import re

from simulator.core.scoring.stance import clause_ids
from simulator.core.scoring.text import Tokens, stem, word_set, words

# What may stand between "without" and the asked thing: "without *the* method", "without
# *any* normalization".
_BETWEEN = word_set("a an the any such this that its their")
_STANDS_FOR = word_set("it this that them these one")
_ABSENCE_REACH = 3  # words after "without" that may name the asked thing


def said_of_its_absence(tokens: Tokens, pos: int, subject: frozenset[str]) -> bool:
    """The sentence of ``pos`` sets the asked method aside: "without" followed, past small
    words, by a pronoun or by a word of the question's prompt."""
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    first, last = sentence.first_word, sentence.last_word
    ws = tokens.words
    for w in range(first, last):
        if ws[w] != "without":
            continue
        for q in range(w + 1, min(last, w + 1 + _ABSENCE_REACH)):
            if ws[q] in _STANDS_FOR or tokens.stems[q] in subject:
                return True
            if ws[q] not in _BETWEEN:
                break
    return False


_ASSUMING = frozenset(stem(w) for w in ("assume", "assumes", "assumption", "assumed", "pretends"))
# Words that grant how the world is: a concession, or the real case named.
_CONCESSIVE = word_set("although though despite")
_REALITY = word_set("reality really actually practice real")


def assumption_of(label: str) -> bool:
    """The point states what a method assumes ("Assumes features are conditionally
    independent given the class")."""
    return any(stem(w) in _ASSUMING for w in words(label))


def granted_otherwise(tokens: Tokens, pos: int) -> bool:
    """The clause of ``pos`` grants how things really are (a concession: "even though",
    "although", "despite"; or "in reality", "in practice", "actually"), and says nothing of an
    assumption itself."""
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    first, last = sentence.first_word, sentence.last_word
    ids = clause_ids(sentence)
    clause = [p for p in range(first, last) if ids[p - first] == ids[pos - first]]
    if any(tokens.stems[p] in _ASSUMING for p in clause):
        return False
    before = range(max(first, clause[0] - 2), pos)
    conceded = any(tokens.words[p] in _CONCESSIVE for p in before) or any(
        tokens.words[p] == "if" and p > first and tokens.words[p - 1] == "even" for p in before
    )
    return conceded or any(tokens.words[p] in _REALITY for p in clause)


# What a method fails on, told as a trouble and the word that opens its case: "struggles
# *with*", "breaks down *on*", "is hurt *by*", "does badly *with*" (charge50).
_TROUBLE_VERBS = word_set(
    "struggle struggles struggled struggling fail fails failed failing suffer suffers suffered"
    " suffering degrade degrades degraded degrading"
)
_TROUBLE_AFTER = {
    "down": word_set("break breaks broke breaking"),  # "breaks down on"
    "apart": word_set("fall falls fell falling"),  # "falls apart with"
    "badly": word_set("do does did doing perform performs performed performing cope copes"),
    "poorly": word_set("do does did doing perform performs performed performing cope copes"),
    "trouble": word_set("has have had having"),
    "difficulty": word_set("has have had having"),
    "hurt": word_set("is are was were be been being get gets got"),
    "off": word_set("thrown"),  # "is thrown off by"
}
_SENSITIVE = word_set("sensitive vulnerable")  # "sensitive *to*": a trouble's case too
_UNABLE = word_set("can't cannot")  # "can't handle" names its case with no opener
_TROUBLE_OPENERS = word_set("with on by when in for from if where under")
_TROUBLE_REACH = (
    6  # words from the opener to the direction word ("with clusters of very *different*")
)
# A point that tells a trouble itself ("sensitive to outliers") is contradicted by the trouble
# turned round: the guard leaves it alone.
_TROUBLE_WORDS = _TROUBLE_VERBS | word_set(
    "badly poorly trouble difficulty hurt sensitive vulnerable"
)


# The parts of a label, each telling one thing ("Assumes roughly spherical, similarly sized
# clusters; sensitive to outliers and scale; k must be chosen").
_LABEL_PARTS = re.compile(r"[;:()]")


def tells_a_trouble(label: str, word: str = "") -> bool:
    """The point's label tells what a method has trouble with ("sensitive to outliers"); with
    ``word``, the part of the label that says ``word`` tells it: k-means' "similarly sized
    clusters" stays an assumption beside the label's "sensitive to outliers" (charge54: "it
    fails when the clusters have very different sizes" was charged as the opposite of
    "similarly")."""
    parts = [p for p in _LABEL_PARTS.split(label) if not word or word in words(p)]
    return any(w in _TROUBLE_WORDS for p in parts or [label] for w in words(p))


# Verbs of harm: their subject is what does the damage ("correlated features *distort* the
# probabilities" tells what "the probabilities are distorted by correlated features" tells).
_HARM_VERBS = word_set(
    "hurt hurts harm harms damage damages distort distorts degrade degrades break breaks bias"
    " biases skew skews corrupt corrupts confuse confuses mislead misleads undermine undermines"
    " violate violates weaken weakens spoil spoils ruin ruins"
)
_HARM_REACH = 3  # words from the direction word to the verb ("*correlated* input features hurt")


def _harm_subject(tokens: Tokens, pos: int, first: int, ids: tuple[int, ...]) -> bool:
    """The word at ``pos`` opens its clause's subject and the clause's verb, a few words on, is
    a verb of harm: the active voice of "is hurt by", whose subject is the case the harm comes
    from ("*Correlated* features distort its probability estimates" against "assumes features
    are conditionally independent": a correct naive-Bayes warning was charged as the opposite
    of independent)."""
    ws = tokens.words
    own = ids[pos - first]
    start = pos
    while start > first and ids[start - 1 - first] == own:
        start -= 1
    if any(w not in _SUBJECT_OPENERS for w in ws[start:pos]):
        return False
    for v in range(pos + 1, min(pos + 1 + _HARM_REACH, first + len(ids))):
        if ids[v - first] != own:
            return False
        if ws[v] in _HARM_VERBS:
            return True
    return False


_SUBJECT_OPENERS = word_set("a an the and but so highly strongly very many some most")


def said_as_its_trouble(tokens: Tokens, pos: int) -> bool:
    """The word at ``pos`` names, in its clause, the case a trouble is told of: it follows
    "struggles with", "breaks down on", "is hurt by", "does badly with", "fails on" ... within
    ``_TROUBLE_REACH`` words of the opener ("fails to converge" opens no case), or it opens the
    subject of a verb of harm (``_harm_subject``)."""
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    first = sentence.first_word
    ids = clause_ids(sentence)
    ws = tokens.words
    if _harm_subject(tokens, pos, first, ids):
        return True
    for o in range(pos - 1, max(first, pos - _TROUBLE_REACH - 1), -1):
        if ids[o - first] != ids[pos - first]:
            return False
        if o - 1 < first:
            continue
        v = o - 1
        if ws[o] == "handle" and ws[v] in _UNABLE:
            return True
        if ws[o] == "to" and ws[v] in _SENSITIVE:
            return True
        if ws[o] not in _TROUBLE_OPENERS:
            continue
        if ws[v] in _TROUBLE_VERBS:
            return True
        before = _TROUBLE_AFTER.get(ws[v])
        if before is not None and v - 1 >= first and ws[v - 1] in before:
            return True
    return False
