"""Roles handed out: "X is the one that ..." said of a term the rubric never says it of (issue 9,
round 55, wrong55).

A confident wrong answer tells which of two things does what by naming one and calling it *the
one*: "ALE plots are the ones that suffer from extrapolation", "Xavier is the one tuned for
ReLU", "the impurity-based measure is the unbiased one", "Concept drift is the easy one to
detect". Every word of such a clause is the rubric's, so the term's key point counts as said,
and the swap goes uncharged wherever the two members of the pair are in no table (pair_sides.py)
nor coordinated in the prompt (exchanged_pairs.py) and the other member is not named in the
sentence (named_sides.py reads both ways round).

A role clause here opens on a short subject (at most ``SUBJECT_WORDS`` words; no pronoun,
negation, condition or ranking word: "the final test period is the most recent one" ranks) whose
content words the accepted view (model answer, key-point labels) says in a row, a head such as
"measure" and words it never says before them aside ("In practice write-through caching"): a
name the rubric uses, not "bagging's averaging". Then "is / are the [at most two words] one(s)",
or "the [...] method / version / loss / schedule ... that / which / whose", and, after it, what
makes it that one, to the end of its clause or a reason ("because"), "and", "so", "which"
("that suffer from extrapolation", "tuned for ReLU", "to detect"). Its role words are the
content words between "the" and "one" and after it, less ranking words ("the usual one", "the
better one", "the most recent one": no role of a pair) and light ones ("use", "make"). The role
is one the rubric gives another thing when

* at least ``ROLE_WORDS`` of its role words are the rubric's beyond the prompt's;
* the rubric says none of them of the subject: no stretch of a model-answer sentence or label
  naming the subject, up to a contrast ("while", "whereas", "but", ";"), says one (as
  invented_meanings.py reads what the rubric says of a term);
* and a part of the accepted view (cut also at commas and "so") that does not name the subject
  says one of them: the role is another thing's.

Charged as the key point whose label and parts say most of the role words (the point the role
belongs to: '"squared error" is called the robust one, what the rubric says of something else:
"Absolute error ... is robust to outliers"'), else the subject's own point; never in a sentence
that warns, hedges or opens with a condition, nor one whose role clause denies. Read after the
rubric's own claims (content.py): a sentence another check charges keeps that charge.

Over every content set (8,949 answers with every pack) it charges 15 verbose-wrong answers and
no correct one (round 55).
"""

from __future__ import annotations

import re
from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.contradiction import Contradiction
from simulator.core.scoring.invented_meanings import (
    _COMPARATIVES,
    _CONDITIONS,
    _HEDGES,
    _OPENERS,
    _PLAIN,
    _WARNING_WORDS,
    _stems,
)
from simulator.core.scoring.invented_meanings import _PART_BREAK as _CONTRAST
from simulator.core.scoring.stance import NEGATION_WORDS, Stance, clause_ids
from simulator.core.scoring.text import Tokens, holds_run, split_sentences, stem, word_set, words

SUBJECT_WORDS = 6  # words before the link, determiners and openers included
ROLE_WORDS = 1  # role words that are the rubric's beyond the prompt
_BE = word_set("is are was were")
_CAUSES = word_set("because since as while whereas")
# Where what makes it "the one" ends: the next clause, a reason, another subject ("Squared
# error is the usual one and Huber is good for outliers").
_ROLE_END = _CAUSES | word_set("and but so which or then")
_NOT_BETWEEN = word_set("of in on for to with from by at")
_ONES = word_set("one ones")
# ... and the kind of thing it is, when a relative clause says which: "the method that fits
# trees in sequence", "the loss whose gradient vanishes"
_KIND_NOUNS = word_set(
    "method methods version versions variant variants model models loss losses schedule"
    " schedules technique techniques approach approaches algorithm algorithms estimator"
    " estimators path paths phase phases"
)
_RELATIVE = word_set("that which whose where")
_NOT_A_SUBJECT = (
    word_set("it they this that these those which who what there here i we you he she")
    | NEGATION_WORDS
    | _CONDITIONS
    | word_set("less fewer no without")
)
# Role words that rank without saying what the role is ("the most common one", "the better
# one", "the usual one"): a weak answer's "Lemmatization is the better one" names no role.
_RANKING = _COMPARATIVES | word_set(
    "better best worse worst most least common popular usual standard classic famous main big"
    " first second last right only same other different new old default simple simplest"
    " good bad final initial latest earliest next previous top bottom"
)
# Words that say no role of their own ("the one you *use* for ...", "the one that *makes* ...").
_LIGHT = word_set(
    "use uses used using make makes made making get gets got give gives gave have has had do"
    " does did need needs needed work works worked help helps helped way ways thing things"
    " kind part parts also even just much very really actually always usually often"
)


# A part of an accepted sentence says things of the terms it names: cut at a contrast and at a
# comma or "and" before another subject ("Xavier suits tanh, and He suits ReLU").
_PART_BREAK = re.compile(
    r"[;:,]|\b(?:while|whereas|but|unlike|however|instead|rather|and then|so)\b", re.I
)
# Head nouns a subject may add to the rubric's name of a thing: "the impurity-based *measure*".
_HEADS = frozenset(
    stem(w)
    for w in word_set(
        "measure measures method methods approach approaches version versions variant variants"
        " technique techniques option options one ones kind type part side step stage phase"
    )
)

_Rubric = tuple[
    frozenset[str],
    tuple[tuple[int, frozenset[str], frozenset[str]], ...],
    tuple[frozenset[str], ...],
    tuple[frozenset[str], ...],
    tuple[tuple[str, ...], ...],
]


def _rubric(question: Question) -> _Rubric:
    return _rubric_of(
        question.prompt,
        question.model_answer,
        tuple((kp.label, tuple(kp.phrases)) for kp in question.key_points),
    )


@lru_cache(maxsize=256)
def _rubric_of(
    prompt: str, model_answer: str, points: tuple[tuple[str, tuple[str, ...]], ...]
) -> _Rubric:
    """The rubric's vocabulary beyond the prompt; each key-point phrase with its point, its
    stems and the stems of the label and parts naming it; and the accepted view's parts (the
    model answer's sentences cut at a contrast, a comma, "and then", "so"; the labels, cut the
    same way)."""
    texts = [*split_sentences(model_answer), *(label for label, _ in points)]
    parts = tuple(
        stems
        for text in texts
        for piece in _PART_BREAK.split(text)
        if piece and (stems := _stems(piece))
    )
    vocabulary: set[str] = set().union(*parts) if parts else set()
    phrases = []
    for k, (label_text, said_texts) in enumerate(points):
        label = _stems(label_text)
        for text in said_texts:
            own = _stems(text)
            vocabulary |= own
            if own:
                said = set(label).union(*(p for p in parts if own <= p))
                phrases.append((k, own, frozenset(said)))
    # what the accepted view says of a term: the whole stretch of its sentence up to a contrast
    # ("Write-through writes every update at once, so the store stays consistent")
    wide = tuple(
        stems
        for text in texts
        for piece in _CONTRAST.split(text)
        if piece and (stems := _stems(piece))
    )
    runs = tuple(
        tuple(stem(w) for w in words(text) if w not in _PLAIN and len(w) > 1) for text in texts
    )
    return frozenset(vocabulary - _stems(prompt)), tuple(phrases), parts, wide, runs


# Words ending like a superlative that are none ("random forest", "the test set").
_NOT_SUPERLATIVE = word_set(
    "test tests forest forests interest request requests digest manifest contest protest suggest"
    " quest chest west rest"
)


def _ranks(w: str) -> bool:
    """A word that ranks what it names: "best", "final", "cheapest"."""
    return w in _RANKING or (len(w) > 4 and w.endswith("est") and w not in _NOT_SUPERLATIVE)


def role_claims(question: Question, tokens: Tokens, stance: Stance) -> dict[int, Contradiction]:
    """Key points whose term the answer hands a role the rubric gives something else, by
    index."""
    if question.category.value == "behavioral":
        return {}
    vocabulary, phrases, parts, wide, runs = _rubric(question)
    out: dict[int, Contradiction] = {}
    for sentence in tokens.sentences:
        first, last = sentence.first_word, sentence.last_word
        ws = tokens.words[first:last]
        if not ws or ws[0] in _CONDITIONS or set(ws) & (_HEDGES | _WARNING_WORDS):
            continue
        ids = clause_ids(sentence)
        for i in range(1, len(ws) - 2):
            if ws[i] not in _BE or ws[i + 1] != "the":
                continue
            one = next(
                (
                    j
                    for j in range(i + 2, min(i + 5, len(ws)))
                    if ws[j] in _ONES
                    or ws[j] in _KIND_NOUNS
                    and ws[j + 1 : j + 2]
                    and ws[j + 1] in _RELATIVE
                ),
                None,
            )
            if one is None:
                continue
            # the subject: back to the start of its clause, at most SUBJECT_WORDS words
            start = i
            while start > 0 and ids[start - 1] == ids[i] and i - start < SUBJECT_WORDS:
                start -= 1
            while start < i and ws[start] in _OPENERS | _CAUSES:
                start += 1
            subject = ws[start:i]
            if not subject or i - start >= SUBJECT_WORDS or set(subject) & _NOT_A_SUBJECT:
                continue
            if any(_ranks(w) for w in subject):
                continue  # "the cheapest measure is the ...", "the final period is ...": a rank
            if stance.warned((first + start, first + i)):
                continue
            subject_stems = {
                tokens.stems[first + j] for j in range(start, i) if ws[j] not in _PLAIN
            }
            if not subject_stems:
                continue
            # the subject is a thing the rubric names whole, its words in a row (a head such as
            # "measure" aside): "bagging's averaging" is no name the rubric uses
            in_row = [
                tokens.stems[first + j]
                for j in range(start, i)
                if ws[j] not in _PLAIN and len(ws[j]) > 1
            ]
            while len(in_row) > 1 and in_row[-1] in _HEADS:
                in_row.pop()
            # ... past words before it that the accepted view never says ("In practice ...")
            while len(in_row) > 1 and not any(in_row[0] in run for run in runs):
                in_row.pop(0)
            if not in_row or not any(holds_run(run, in_row) for run in runs):
                continue
            named = set(in_row)
            naming = [p for p in wide if named <= p]
            if not naming:
                continue
            if set(ws[i + 2 : one]) & _NOT_BETWEEN:
                continue  # "the probabilities of one word ...": a number, not the one
            if any(_ranks(w) or w in ("most", "least") for w in ws[i + 2 : one]):
                continue  # "the most recent one": first of many, no role of a pair
            end = one + 1
            while end < len(ws) and ids[end] == ids[one] and ws[end] not in _ROLE_END:
                end += 1
            if set(ws[start:end]) & NEGATION_WORDS:
                continue
            role = {
                tokens.stems[first + j]
                for j in (*range(i + 2, one), *range(one + 1, end))
                if ws[j] not in _PLAIN | _RANKING | _LIGHT and len(ws[j]) > 1
            } - subject_stems
            rubric_words = role & vocabulary
            if len(rubric_words) < ROLE_WORDS:
                continue
            said_of = frozenset().union(*naming)
            if role & said_of:
                continue
            others = [p for p in parts if not named <= p and p & rubric_words]
            if not others:
                continue
            # the point the role belongs to: the one whose label and parts say most of the role
            # words, of a phrase the subject does not hold; else the subject's own point
            theirs = [
                (len(said & rubric_words), -k, k)
                for k, stems_, said in phrases
                if not stems_ <= subject_stems and said & rubric_words
            ]
            own = [k for k, stems_, _ in phrases if stems_ <= subject_stems]
            if theirs:
                k = max(theirs)[2]
            elif own:
                k = own[0]
            else:
                continue
            term = " ".join(subject)
            said = " ".join(ws[i + 1 : end])
            out.setdefault(
                k,
                Contradiction(
                    f'"{term}" is called {said}, what the rubric says of something else: '
                    f'"{question.key_points[k].label}"',
                    sentence.text,
                ),
            )
            break
    return out
