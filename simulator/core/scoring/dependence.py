"""Said to depend on what the rubric says it holds regardless of (issue 9, round 58, wrong58).

A confidently wrong answer often keeps a key point's terms and turns what it says about their
dependence round: "static embeddings do change with context at inference time" where the rubric
has "one vector per word regardless of context"; "the interval depends on the shape of the
original distribution" where it holds "whatever the original distribution". Each term is the
rubric's, so the point counts as said, and no listed wrong claim words it that way.

The accepted view (model answer, key-point labels, misconception corrections) says a thing A
holds independently of B when one of its asserted sentences says "A ... regardless of /
irrespective of / independent(ly) of / no matter / whatever / invariant to / insensitive to /
unaffected by / does not depend on B" (A: the rubric terms before those words in the sentence;
B: the first ``REACH`` after them). An answer's clause says A depends on B when it says "A
depends on / is dependent on / changes with / varies with / varies across / differs across /
is sensitive to / is affected by B". It is charged, as the key point A and B name
contradicted, quoting the accepted sentence, when

* its B shares a term with the accepted B and its A shares one with the accepted A, and every
  rubric term of its A is in the accepted sentence: "in BERT a word's vector changes with
  context" names BERT, which the sentence about word2vec's static vectors does not, and is
  another thing's dependence, not this one turned round;
* the accepted view never says A depends on B itself, and the answer never says it holds
  regardless;
* the speaker asserts it: no negation, hedge, condition, question, warning frame or reported
  belief in its sentence.
"""

from __future__ import annotations

from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.claim_clauses import HEDGES
from simulator.core.scoring.contradiction import Contradiction
from simulator.core.scoring.relation_facts import (
    _stems_of,
    _term,
    accepted_texts,
    point_of,
    rejecting,
)
from simulator.core.scoring.stance import NEGATION_WORDS, Stance
from simulator.core.scoring.text import Tokens, split_sentences, word_set, words

REACH = 3  # rubric terms read after the words that say what something depends on
# "regardless of", "does not depend on": what follows is what the thing before holds without.
_REGARDLESS = (
    ("regardless", "of"),
    ("irrespective", "of"),
    ("independent", "of"),
    ("independently", "of"),
    ("no", "matter"),
    ("whatever",),
    ("invariant", "to"),
    ("insensitive", "to"),
    ("unaffected", "by"),
    ("not", "depend", "on"),
    ("not", "depends", "on"),
    ("doesn't", "depend", "on"),
    ("don't", "depend", "on"),
    ("not", "affected", "by"),
)
# "depends on", "changes with": what follows is what the thing before varies with.
_DEPENDS = (
    ("depends", "on"),
    ("depend", "on"),
    ("dependent", "on"),
    ("changes", "with"),
    ("change", "with"),
    ("varies", "with"),
    ("vary", "with"),
    ("varies", "across"),
    ("differs", "across"),
    ("differ", "across"),
    ("sensitive", "to"),
    ("affected", "by"),
)
# ... and what the accepted view says grows with something: it depends on it too.
_GROWS = (
    ("grows", "with"),
    ("grow", "with"),
    ("scales", "with"),
    ("scale", "with"),
    ("increases", "with"),
    ("increase", "with"),
    ("proportional", "to"),
    ("quadratic", "in"),
    ("linear", "in"),
)
# Words that end what B names ("regardless of context, so ...").
_ENDS = word_set(
    "so because while whereas but which who that when where if unless since and or then"
)
# "depends" is a hedge elsewhere ("it depends"); here it is what is read
_UNSURE = (HEDGES - word_set("depends depend")) | word_set("whether also too")
_VERDICTS = word_set("wrong mistake myth misconception wrongly incorrect")


def _plain(ws: list[str]) -> list[str]:
    """The words without adverbs ("depends *heavily* on"), lowercased."""
    return [w.lower() for w in ws if not (len(w) > 4 and w.lower().endswith("ly"))]


def _at(ws: list[str], marker: tuple[str, ...]) -> list[int]:
    n = len(marker)
    return [i for i in range(len(ws) - n + 1) if tuple(ws[i : i + n]) == marker]


def _terms(ws: list[str], terms: frozenset[str]) -> list[str]:
    return [s for s in (_term(w) for w in ws) if s is not None and s in terms]


def _after(ws: list[str], terms: frozenset[str]) -> frozenset[str]:
    out: list[str] = []
    for w in ws:
        if w in _ENDS or w in (",", ";"):
            break
        s = _term(w)
        if s is not None and s in terms:
            out.append(s)
            if len(out) == REACH:
                break
    return frozenset(out)


def _readings(
    sentence: str, terms: frozenset[str], markers: tuple[tuple[str, ...], ...]
) -> list[tuple[frozenset[str], frozenset[str]]]:
    """(A, B) for each marker of ``markers`` in the sentence's clause: A the rubric terms
    before the marker in its clause, B the first ``REACH`` after it."""
    out: list[tuple[frozenset[str], frozenset[str]]] = []
    for part in sentence.replace(";", ",").split(","):
        ws = _plain(words(part))
        for marker in markers:
            for i in _at(ws, marker):
                a = frozenset(_terms(ws[:i], terms))
                b = _after(ws[i + len(marker) :], terms)
                if a and b:
                    out.append((a, b))
    return out


def _independences(
    text: str, terms: frozenset[str]
) -> list[tuple[frozenset[str], frozenset[str], frozenset[str], str]]:
    """(A, B, the sentence's terms, the sentence) for each independence an accepted text
    asserts; A is read over the whole sentence before the marker ("The main limitation is that
    they are static: one vector per word regardless of context")."""
    out = []
    for sentence in split_sentences(text):
        lowered = _plain(words(sentence))
        if rejecting(sentence) or set(lowered) & _UNSURE:
            continue
        said = frozenset(_terms(lowered, terms))
        for marker in _REGARDLESS:
            for i in _at(lowered, marker):
                rest = lowered[:i] + lowered[i + len(marker) :]
                if set(rest) & NEGATION_WORDS:
                    continue  # "it is not true that ... regardless of": denied
                a = frozenset(_terms(lowered[:i], terms))
                b = _after(lowered[i + len(marker) :], terms)
                if a and b:
                    out.append((a, b, said, sentence))
    return out


@lru_cache(maxsize=256)
def _accepted(
    texts: tuple[str, ...],
) -> tuple[
    frozenset[str],
    tuple[tuple[frozenset[str], frozenset[str], frozenset[str], str], ...],
    tuple[tuple[frozenset[str], frozenset[str], frozenset[str], str], ...],
]:
    terms = frozenset(s for t in texts for s in _stems_of(t))
    held = tuple(x for t in texts for x in _independences(t, terms))
    varies = tuple(
        (a, b, frozenset(_terms(_plain(words(sentence)), terms)), sentence)
        for t in texts
        for sentence in split_sentences(t)
        if _asserted(sentence)
        for a, b in _readings(sentence, terms, _DEPENDS + _GROWS)
    )
    return terms, held, varies


def _asserted(sentence: str) -> bool:
    """Does the speaker assert the sentence: no warning frame or reported belief, question,
    negation, hedge or verdict?"""
    lowered = set(_plain(words(sentence)))
    return not (
        rejecting(sentence)
        or sentence.rstrip().endswith("?")
        or bool(lowered & (_UNSURE | NEGATION_WORDS | _VERDICTS))
    )


def _covers(b: frozenset[str], other: frozenset[str]) -> bool:
    """Do two B sides name the same thing: one holds all of the other's terms ("the sentence
    context" and "context"; not "the filter size" and "the image size", which share a head)?"""
    return bool(b) and bool(other) and (b <= other or other <= b)


def _meets(
    a: frozenset[str], b: frozenset[str], other: tuple[frozenset[str], frozenset[str]]
) -> bool:
    return bool(a & other[0]) and bool(b & other[1])


def _charge(
    question: Question,
    accepted: tuple[frozenset[str], frozenset[str], frozenset[str], str],
    sentence: str,
    told: str,
) -> tuple[int, Contradiction] | None:
    """The key point the accepted statement's two sides name, and the charge quoting it."""
    k = point_of(question, set(accepted[0] | accepted[1]))
    if k is None:
        return None
    return k, Contradiction(f'"{sentence.strip()}": {told}: "{accepted[3].strip()}"', sentence)


def dependence_contradictions(
    question: Question, tokens: Tokens, stance: Stance
) -> dict[int, Contradiction]:
    """Key points contradicted by a thing said to depend on what the accepted view says it
    holds regardless of, or to hold regardless of what the accepted view says it depends on,
    each with the sentence that says it."""
    if question.category.value == "behavioral":
        return {}
    terms, held, varies = _accepted(accepted_texts(question))
    claims = tuple((k, c) for k, kp in enumerate(question.key_points) for c in kp.contradicted_by)
    wrong = _wrong_readings(terms, claims)
    if not held and not varies and not wrong:
        return {}
    terms = terms | frozenset(t for _, _, a, b, _ in wrong for t in a | b)
    answer_held = [(a, b) for s in tokens.sentences for a, b, _, _ in _independences(s.text, terms)]
    answer_varies = [
        (a, b)
        for s in tokens.sentences
        if _asserted(s.text)
        for a, b in _readings(s.text, terms, _DEPENDS + _GROWS)
    ]
    out: dict[int, Contradiction] = {}
    for sentence in tokens.sentences:
        if any(stance.warned((p, p + 1)) for p in range(sentence.first_word, sentence.last_word)):
            continue
        found: tuple[int, Contradiction] | None = None
        if _asserted(sentence.text):
            # said to depend on what the rubric holds it independent of
            for a, b in _readings(sentence.text, terms, _DEPENDS):
                if any(_meets(a, b, v[:2]) for v in varies) or any(
                    _meets(a, b, h) for h in answer_held
                ):
                    continue
                match = next((h for h in held if a & h[0] and _covers(b, h[1]) and a <= h[2]), None)
                if match is not None:
                    told = "said to depend on what the accepted answer says it holds regardless of"
                    found = _charge(question, match, sentence.text, told)
                    break
        if found is None and not (
            rejecting(sentence.text)
            or sentence.text.rstrip().endswith("?")
            or set(_plain(words(sentence.text))) & (_UNSURE | _VERDICTS)
        ):
            # said to hold regardless of what the rubric says it depends on
            for a, b, _, _ in _independences(sentence.text, terms):
                if any(_meets(a, b, h[:2]) for h in held) or any(
                    _meets(a, b, v) for v in answer_varies
                ):
                    continue
                match = next(
                    (v for v in varies if a & v[0] and _covers(b, v[1]) and a <= v[2]), None
                )
                if match is not None:
                    told = "said to hold regardless of what the accepted answer says it depends on"
                    found = _charge(question, match, sentence.text, told)
                    break
        if found is None and _asserted_but_denial(sentence.text):
            found = _restated(sentence.text, terms, wrong, held, varies)
        if found is not None:
            out.setdefault(found[0], found[1])
    return out


def _asserted_but_denial(sentence: str) -> bool:
    """Asserted but for the negation an independence says itself ("does not depend on")."""
    return not (
        rejecting(sentence)
        or sentence.rstrip().endswith("?")
        or bool(set(_plain(words(sentence))) & (_UNSURE | _VERDICTS))
    )


Reading = tuple[int, str, frozenset[str], frozenset[str], str]  # point, kind, A, B, claim


@lru_cache(maxsize=256)
def _wrong_readings(
    terms: frozenset[str], claims: tuple[tuple[int, str], ...]
) -> tuple[Reading, ...]:
    """What each key point's listed wrong claim says depends on what ("varies"), or holds
    regardless of what ("held"): "power does not depend on the effect size"."""
    out: list[Reading] = []
    for k, claim in claims:
        said = terms | frozenset(_stems_of(claim))
        out += [(k, "held", a, b, claim) for a, b, _, _ in _independences(claim, said)]
        if _asserted(claim):
            out += [
                (k, "varies", a, b, claim) for a, b in _readings(claim, said, _DEPENDS + _GROWS)
            ]
    return tuple(out)


def _restated(
    sentence: str,
    terms: frozenset[str],
    wrong: tuple[Reading, ...],
    held: tuple[tuple[frozenset[str], frozenset[str], frozenset[str], str], ...],
    varies: tuple[tuple[frozenset[str], frozenset[str], frozenset[str], str], ...],
) -> tuple[int, Contradiction] | None:
    """A listed wrong claim's dependence said in other words ("power is independent of the
    effect size" for "power does not depend on the effect size"): the same kind, its subject's
    terms all the claim's, and nothing the accepted view says the same way."""
    readings = [("held", a, b) for a, b, _, _ in _independences(sentence, terms)]
    if _asserted(sentence):
        readings += [("varies", a, b) for a, b in _readings(sentence, terms, _DEPENDS + _GROWS)]
    for kind, a, b in readings:
        same_way = held if kind == "held" else varies
        if any(_meets(a, b, x[:2]) for x in same_way):
            continue
        for k, w_kind, w_a, w_b, claim in wrong:
            if w_kind == kind and a & w_a and _covers(b, w_b) and a <= w_a | w_b | _stems_of(claim):
                told = f'"{sentence.strip()}": the wrong claim "{claim}" in other words'
                return k, Contradiction(told, sentence)
    return None
