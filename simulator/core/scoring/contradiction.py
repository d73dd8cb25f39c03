"""Contradiction: an answer that asserts the opposite of a key point loses it and is told so.

Vocabulary alone rewards a confidently wrong answer: "L2 gives sparse weights, L1 shrinks them
smoothly" uses every word of the L1/L2 rubric. Two signals catch the opposite claim:

* **Rubric claims**: a key point may list ``contradicted_by`` phrases, the wrong claims
  themselves ("l2 gives sparse weights"). Matched like misconceptions (ordered words, not
  negated, not inside a warning frame such as "a common mistake is ...").
* **Swapped subjects**: many points attribute something to one of a known pair (L1/L2,
  precision/recall, bias/variance, bagging/boosting, type I/type II ...). When the point's
  attribute ("sparse", "parallel", "false positive") is said in a clause whose subject is the
  *other* member of the pair, and nowhere of its own subject, the answer swapped them. The
  pairs cover the subjects the bank's questions compare (L1/L2 ... data/model parallelism,
  LSTM/GRU, skip-gram/CBOW, Gini/entropy, filter/wrapper methods ...).

Each contradicted point earns nothing; content.py charges each like a misconception.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from simulator.core.questions import GENERIC_WORDS, KeyPoint, Question
from simulator.core.scoring.matching import (
    QUALIFIERS,
    AnswerIndex,
    Phrase,
    Span,
    compile_phrase,
)
from simulator.core.scoring.opposites import flipped
from simulator.core.scoring.stance import Stance, clause_ids, says_no
from simulator.core.scoring.text import NEGATIONS, STOPWORDS, Tokens, stem, words

# Pairs of subjects that answers confuse; each side lists ways of naming it.
SWAP_PAIRS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("l1", "lasso"), ("l2", "ridge")),
    (("precision",), ("recall", "sensitivity")),
    (("bias",), ("variance",)),
    (("bagging", "random forest"), ("boosting", "adaboost")),
    (("type one", "type i", "type 1"), ("type two", "type ii", "type 2")),
    (("false positive",), ("false negative",)),
    (("generative",), ("discriminative",)),
    (("encoder", "bert"), ("decoder", "gpt")),
    (("macro",), ("micro",)),
    (("overfitting", "overfit"), ("underfitting", "underfit")),
    (("stemming",), ("lemmatization", "lemmatisation")),
    (("data drift", "covariate shift"), ("concept drift",)),
    (("supervised",), ("unsupervised",)),
    (("mean absolute error", "mae"), ("mean squared error", "mse")),
    (("data parallelism", "data parallel"), ("model parallelism", "model parallel")),
    (("collaborative filtering",), ("content based",)),
    (("agglomerative",), ("divisive",)),
    (("single linkage",), ("complete linkage",)),
    (("lstm",), ("gru",)),
    (("skip gram",), ("cbow", "continuous bag of words")),
    (("maximum likelihood", "mle"), ("maximum a posteriori",)),
    (("batch normalization", "batch norm"), ("layer normalization", "layer norm")),
    (("gini",), ("entropy",)),
    (("filter method", "filter methods"), ("wrapper method", "wrapper methods")),
    (("homoscedasticity", "homoscedastic"), ("heteroscedasticity", "heteroscedastic")),
    (("offline store",), ("online store",)),
)
# Words that say nothing about a subject on their own ("high" of "high bias").
_WEAK = GENERIC_WORDS | QUALIFIERS | frozenset(("high", "low", "large", "small", "error"))
_STOP_STEMS = frozenset(stem(w) for w in STOPWORDS)
# Where a label comparing both sides of a pair moves from one to the other.
_LABEL_PARTS = re.compile(r";|\bwhile\b|\bwhereas\b|\bbut\b|\bunlike\b", re.I)
_ANAPHORS = frozenset(("it", "they", "this", "these"))
_ALL_JOINED = frozenset(
    "".join(stem(w) for w in words(t))
    for pair in SWAP_PAIRS
    for side in pair
    for t in side
    if len(t) > 3
)


@dataclass(frozen=True)
class Contradiction:
    claim: str  # what the answer asserted, as the feedback names it
    evidence: str  # the sentence that said it


@lru_cache(maxsize=256)
def _side_stems(side: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple({p.stems for term in side for p in compile_phrase(term, strict=True)})


def _has(stems: tuple[str, ...], side: tuple[str, ...]) -> bool:
    return any(
        stems[i : i + len(s)] == s
        for s in _side_stems(side)
        for i in range(len(stems) - len(s) + 1)
    )


def _kp_pairs(kp: KeyPoint) -> tuple[tuple[int, int, tuple[tuple[str, ...], ...]], ...]:
    return _pairs_of(kp.label, tuple(kp.phrases))


@lru_cache(maxsize=4096)
def _pairs_of(
    label: str, phrases: tuple[str, ...]
) -> tuple[tuple[int, int, tuple[tuple[str, ...], ...]], ...]:
    """(pair, side, attributes) for each pair a side of which the point is about.
    An attribute is a phrase with its subject taken out, kept when it still says something
    specific ("sparse solutions", not "penalty"). A point about one side: its label names
    that side (phrases alone may list options). A label that compares both sides ("L1 drives
    weights exactly to zero; L2 shrinks them") gives each side the phrases said in its part."""
    texts = [label, *phrases]
    out = []
    said = [tuple(stem(w) for w in words(t)) for t in texts]
    for n, pair in enumerate(SWAP_PAIRS):
        sides = [any(_has(seq, side) for seq in said) for side in pair]
        if sides.count(True) == 1 and _has(said[0], pair[0 if sides[0] else 1]):
            own = 0 if sides[0] else 1
            attributes = _attributes(pair, own, phrases)
            if attributes:
                out.append((n, own, attributes))
            continue
        if not all(_has(said[0], side) for side in pair):
            continue
        per_side: list[set[tuple[str, ...]]] = [set(), set()]
        for part in _LABEL_PARTS.split(label):
            stems = tuple(stem(w) for w in words(part))
            named = [s for s in (0, 1) if _has(stems, pair[s])]
            if len(named) != 1:
                continue
            own_phrases = tuple(
                p
                for p in phrases
                if all(s in stems for s in (stem(w) for w in words(p)) if s not in _STOP_STEMS)
            )
            per_side[named[0]].update(_attributes(pair, named[0], own_phrases))
        # What both parts say ("the centre word") tells neither side apart.
        both = per_side[0] & per_side[1]
        for side in (0, 1):
            if per_side[side] - both:
                out.append((n, side, tuple(sorted(per_side[side] - both))))
    return tuple(out)


def _attributes(
    pair: tuple[tuple[str, ...], tuple[str, ...]], own: int, phrases: tuple[str, ...]
) -> tuple[tuple[str, ...], ...]:
    attributes: set[tuple[str, ...]] = set()
    for text in phrases:
        full = _without(tuple(stem(w) for w in words(text)), pair[own])
        seq = tuple(s for s in full if s not in _STOP_STEMS)
        if not seq or _has(seq, pair[1 - own]):
            continue
        specific = [w for w in words(" ".join(seq)) if w not in _WEAK]
        # Kept only when it names no subject of any pair ("high variance" is not an
        # attribute of overfitting here) and hides none in a compound ("under fitting").
        joined = "".join(full)
        if (
            not specific
            or any(_has(seq, side) for p in SWAP_PAIRS for side in p)
            or any(t in joined for t in _ALL_JOINED)
        ):
            continue
        attributes.add(seq)
    return tuple(sorted(attributes))


def _without(seq: tuple[str, ...], side: tuple[str, ...]) -> tuple[str, ...]:
    for s in _side_stems(side):
        for i in range(len(seq) - len(s) + 1):
            if seq[i : i + len(s)] == s:
                return seq[:i] + seq[i + len(s) :]
    return seq


def _mentions(tokens: Tokens, side: tuple[str, ...]) -> list[int]:
    """Positions where the side is named as consecutive words."""
    stems = tokens.stems
    found: list[int] = []
    for s in _side_stems(side):
        found.extend(i for i in range(len(stems) - len(s) + 1) if stems[i : i + len(s)] == s)
    return sorted(found)


def _said_of(tokens: Tokens, span: Span, own: list[int], other: list[int]) -> int | None:
    """Which side an attribute is said of: 0 its own subject, 1 the other, None neither.
    Decided inside its clause (the own subject anywhere in it wins), never across clauses:
    "high variance ..., and high bias shows up as underfitting" says nothing of variance."""
    if tokens.sentence_of[span[0]] != tokens.sentence_of[span[1] - 1]:
        # matched across a sentence end ("... high variance. If both curves plateau at a high
        # error ..."): said of neither, for an attribute is said within one sentence
        return None
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    first = sentence.first_word
    clauses = clause_ids(sentence)
    clause = clauses[span[0] - first]

    def in_clause(pos: int) -> bool:
        return first <= pos < sentence.last_word and clauses[pos - first] == clause

    if any(in_clause(p) for p in own):
        return 0
    if any(in_clause(p) for p in other):
        return 1
    return None


Sides = tuple[tuple[tuple[tuple[str, ...], tuple[str, ...]], int], ...]


def unnamed_sides(text: str, asked: Sides) -> Sides:
    """The sides the question asks about (``asked``, from its prompt) of pairs the claim does
    not name itself: the claim is about that side."""
    named = _named_sides(text)
    return tuple(a for a in asked if all(a[0] is not n[0] for n in named))


def of_other_side(tokens: Tokens, span: Span, sides: Sides) -> bool:
    """The match is said in a clause about the other side of one of ``sides``: "random
    forests average independent trees" is no claim about boosting."""
    return any(
        _said_of(tokens, span, _mentions(tokens, pair[side]), _mentions(tokens, pair[1 - side]))
        == 1
        for pair, side in sides
    )


def _names_other(span: Span, other: list[int], side: tuple[str, ...]) -> bool:
    """A word of the match is a word of the other subject's own name: the match lists the
    other subject ("pipeline or data parallelism") or runs into it ("data parallelism splits
    the data and model parallelism ..."), it says nothing of it."""
    length = min(len(s) for s in _side_stems(side))
    return any(span[0] < p + length and p < span[1] for p in other)


def swapped(question: Question, index: AnswerIndex, stance: Stance) -> dict[int, Contradiction]:
    """Key points whose attribute the answer says only of the other subject of a pair."""
    tokens = index.tokens
    found: dict[int, Contradiction] = {}
    for k, kp in enumerate(question.key_points):
        for n, own_side, attributes in _kp_pairs(kp):
            pair = SWAP_PAIRS[n]
            own = _mentions(tokens, pair[own_side])
            other = _mentions(tokens, pair[1 - own_side])
            if not other:
                continue
            supported, wrong = False, None
            for seq in attributes:
                # The attribute is already stems: compiling its text again would stem them twice
                # ("spars" -> "spar", which no answer word matches).
                for phrase in (Phrase(" ".join(seq), seq, None, False),):
                    for span in index.find(phrase):
                        if _names_other(span, other, pair[1 - own_side]):
                            continue  # "pipeline or data parallelism": the attribute names it
                        side = _said_of(tokens, span, own, other)
                        if side == 0:
                            supported = True
                        elif (
                            side == 1
                            and wrong is None
                            and not stance.negated(span)
                            and not stance.warned(span)
                        ):
                            wrong = (seq, span)
            if wrong is not None and not supported:
                seq, span = wrong
                said = " ".join(tokens.words[span[0] : span[1]])
                claim = f'"{said}" said of {pair[1 - own_side][0]}, not {pair[own_side][0]}'
                sentence = tokens.sentences[tokens.sentence_of[span[0]]].text
                found[k] = Contradiction(claim, sentence)
                break
    return found


def claimed(question: Question, index: AnswerIndex, stance: Stance) -> dict[int, Contradiction]:
    """Key points whose rubric ``contradicted_by`` claims the answer asserts as its own."""
    tokens = index.tokens
    found: dict[int, Contradiction] = {}
    subject = _subject_words(question.prompt)
    # A claim keeps its subject: "classification predicts a continuous value" must not match
    # "in regression it predicts a continuous value" (misconceptions may drop theirs).
    asked = _named_sides(question.prompt)
    for k, kp in enumerate(question.key_points):
        for text in kp.contradicted_by:
            hit = _asserted(text, index, stance, subject, asked)
            if hit is not None:
                sentence = tokens.sentences[tokens.sentence_of[hit[0]]].text
                found[k] = Contradiction(f'"{text}"', sentence)
                break
    return found


def _asserted(
    text: str,
    index: AnswerIndex,
    stance: Stance,
    subject: frozenset[str] = frozenset(),
    asked: Sides = (),
) -> Span | None:
    """The claim said whole, inside one sentence, as the speaker's own. Unlike misconceptions,
    no word may be left out: "micro averages the per-class scores" without "micro" is the
    right definition of macro. The one exception is the claim's subject, said in the sentence
    before and picked up by a pronoun that opens the clause ("Momentum is popular. It uses
    only the current gradient."). A claim that names no side of a pair the question asks
    about (``asked``) is about the question's side: said in a clause about the other side
    ("random forests average independent trees" on boosting), it is true of that one."""
    tokens = index.tokens
    named = _named_sides(text)
    unnamed = unnamed_sides(text, asked)
    for phrase in _with_pronoun_variants(text, subject):
        for span in index.find_ordered(phrase):
            if tokens.sentence_of[span[0]] != tokens.sentence_of[span[1] - 1]:
                continue
            if phrase.dropped_subject and not _continues_subject(tokens, phrase, span):
                continue
            if stance.interrupted(span, phrase.stems):
                continue
            if any(
                _names_other(span, _mentions(tokens, pair[1 - side]), pair[1 - side])
                for pair, side in named
            ):
                continue
            if of_other_side(tokens, span, unnamed):
                continue
            # "false" in "is a false negative" is the claim's own word, not a denial: the
            # rubric-word negations count only before the claim, "not" also inside it.
            own = set(words(text))
            lo = max(tokens.sentences[tokens.sentence_of[span[0]]].first_word, span[0] - 4)
            if any(
                w in NEGATIONS and w not in own for w in tokens.words[lo : span[1]]
            ) or stance.negated(span, says_no(text)):
                continue
            if stance.warned(span):
                continue
            return span
    return None


def contradictions(
    question: Question, index: AnswerIndex, stance: Stance
) -> dict[int, Contradiction]:
    """Contradicted key points by their index: rubric claims first, then swapped subjects,
    then reversed directions (opposites.py)."""
    found = {
        k: Contradiction(f.claim, f.evidence)
        for k, f in flipped(question, index.tokens, stance).items()
    }
    found.update(swapped(question, index, stance))
    found.update(claimed(question, index, stance))
    return found


@lru_cache(maxsize=1024)
def _named_sides(text: str) -> Sides:
    """The pairs one side of which a claim names, with that side."""
    stems = tuple(stem(w) for w in words(text))
    out = []
    for pair in SWAP_PAIRS:
        named = [s for s in (0, 1) if _has(stems, pair[s])]
        if len(named) == 1:
            out.append((pair, named[0]))
    return tuple(out)


@lru_cache(maxsize=1024)
def _subject_words(prompt: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words(prompt) if w not in STOPWORDS)


@lru_cache(maxsize=4096)
def _with_pronoun_variants(text: str, subject: frozenset[str]) -> tuple[Phrase, ...]:
    """The claim, and the claim without its leading subject words (when the question names
    them and at least three words remain)."""
    out: list[Phrase] = []
    for phrase in compile_phrase(text, strict=True):
        out.append(phrase)
        lead = 0
        while lead < len(phrase.stems) and phrase.stems[lead] in subject:
            lead += 1
        if lead and len(phrase.stems) - lead >= 3:
            out.append(
                Phrase(phrase.text, phrase.stems[lead:], None, phrase.negated, phrase.stems[:lead])
            )
    return tuple(out)


def _continues_subject(tokens: Tokens, phrase: Phrase, span: Span) -> bool:
    """A pronoun ("it", "they", "this") opens the claim's clause, nothing but small words come
    before it in the sentence, the sentence does not name the subject, and the sentence before
    does ("Momentum is popular. It uses only the current gradient.", but not "In regression
    it predicts a continuous value.")."""
    at = tokens.sentence_of[span[0]]
    if at == 0:
        return False
    sentence, previous = tokens.sentences[at], tokens.sentences[at - 1]
    head = tokens.words[sentence.first_word : span[0]]
    if not head or head[-1] not in _ANAPHORS or any(w not in STOPWORDS for w in head[:-1]):
        return False
    here = set(tokens.stems[sentence.first_word : sentence.last_word])
    before = set(tokens.stems[previous.first_word : previous.last_word])
    wanted = phrase.dropped_subject
    return not any(s in here for s in wanted) and all(s in before for s in wanted)
