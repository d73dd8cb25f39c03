"""Key-point credit withheld from a sentence that says the point's own words turned round.

A confidently wrong answer earns key points by their terms: "add-one smoothing moves too
*little* probability mass to unseen events" names the point "moves too *much* probability mass
to unseen events" and was credited for it, and so were "raw agreement is *low*" for "raw
agreement is *high*" and "decreases it linearly" for "increases it linearly". A charge read
wrong costs a correct answer its score (opposites.py charges a point only when the answer never
says its direction anywhere, behind many guards); withholding is the cheaper reading. The point
itself is read, not the model answer: each direction word of its label and phrases with the
content words around it (its *unit*: "too much | probability mass", "raw agreement | high").
An answer clause that says two or more of a unit's words with the direction word's opposite
beside them, asserted (not denied, warned against, asked, hedged or conditioned), and no word
of the point's own side of that pair, earns the point nothing from that sentence; any other
sentence that says the point still earns it. Nothing is charged and nothing is called
contradicted, so a correct answer read wrong loses at most that one sentence's credit for that
one point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from simulator.core.questions import GENERIC_WORDS, Question
from simulator.core.scoring.opposite_pairs import OPPOSITE_PAIRS
from simulator.core.scoring.stance import Stance, clause_ids
from simulator.core.scoring.text import STOPWORDS, Tokens, stem, words

# Pairs of words saying opposite directions of one quantity. Base forms too ("high", "large",
# "much"): a unit keeps the words beside them, so "a *large* learning rate at the start" is read
# against "a *small* learning rate at the start", never "large" against "small" alone.
_PAIRS: tuple[tuple[str, str], ...] = (
    (
        "increase increases increased increasing raise raises raised raising grow grows grew"
        " growing rise rises rising",
        "decrease decreases decreased decreasing reduce reduces reduced reducing lower lowers"
        " lowered lowering shrink shrinks shrank shrinking fall falls falling fell",
    ),
    ("higher high", "lower low"),
    ("larger large bigger big greater", "smaller small"),
    ("more much", "less fewer little"),
    (
        "maximize maximizes maximise maximises maximizing maximising",
        "minimize minimizes minimise minimises minimizing minimising",
    ),
    ("faster quicker fast quick", "slower slow"),
    ("wider wide", "narrower narrow"),
    ("before earlier", "after later"),
    ("heavily strongly harshly", "lightly weakly mildly"),
    ("overestimate overestimates", "underestimate underestimates"),
    ("shorter short", "longer long"),
    ("cheaper cheap", "costlier expensive"),
    ("easier easy", "harder"),
    ("deeper deep", "shallower shallow"),
    ("sparse sparser", "dense denser"),
    ("overfit overfits overfitting", "underfit underfits underfitting"),
    ("sharpens sharpen sharper", "flattens flatten flatter"),
)
_SIDE: dict[str, tuple[int, int]] = {}
for _n, _pair in enumerate(_PAIRS):
    for _side, _forms in enumerate(_pair):
        for _w in _forms.split():
            _SIDE.setdefault(_w, (_n, _side))

UNIT_REACH = 2  # content words either side of a rubric direction word kept as its unit
ANSWER_REACH = 5  # words between the turned word and a unit word in the answer's clause
# Every word that says a direction, in this table or opposites.py's: a clause that says two
# of them relates two changes ("a *small* gamma gives a *wide* kernel", "*larger* batches give
# *less* noisy gradients") and may say the point with both ends turned, so it is not read.
_DIRECTION_WORDS = (
    frozenset(_SIDE)
    | frozenset(w for pair in OPPOSITE_PAIRS for forms in pair for w in forms.split())
    | frozenset(("better", "worse", "best", "worst", "off", "up", "down"))
    # ... and words that turn what they are said of: "summed log probabilities *penalize*
    # longer outputs" says "favour short outputs" (a model answer's own sentence)
    | frozenset(
        ("penalize", "penalizes", "penalise", "penalises", "penalized", "penalised", "favor")
        + ("favors", "favour", "favours", "favored", "favoured", "prefer", "prefers", "preferred")
        + ("punish", "punishes", "punished", "avoid", "avoids")
    )
)
# ... nor is a clause that compares two things or turns the quantity itself ("minimize the
# *negative* log likelihood" says "maximize the log likelihood").
_TWO_SIDED = frozenset(
    ("than", "negative", "minus", "inverse", "versus", "unlike", "compared", "whereas", "while")
    + ("opposite", "instead", "rather", "like")
)
UNIT_WORDS_MIN = 2  # unit words an answer clause must say beside the turned word
_NOT_UNIT = frozenset(GENERIC_WORDS | STOPWORDS) | frozenset(
    ("very", "too", "make", "makes", "get", "gets", "become", "becomes", "usually", "often")
    + ("also", "even", "anyway", "still", "just", "only", "always", "never", "much", "more")
    + ("like", "such", "usually", "typically")
)
# Words that say a clause is not the speaker's plain claim: a hedge, a condition or a question.
_NOT_ASSERTED = frozenset(
    ("if", "unless", "whether", "might", "may", "could", "would", "should", "can", "maybe")
    + ("perhaps", "sometimes", "when", "whenever", "suppose", "assume", "imagine")
)
# A change word before these names what a thing is or comes from, not a change.
_IDENTITY = frozenset(("to", "into", "from", "back", "apart"))
# ... and after these it is part of an idiom ("one *after* another", "two *or more*").
_IDIOM_BEFORE = frozenset(("one", "or", "how", "as"))
# A plain size after "a" describes the tool chosen ("*a small* CNN classifier", "*a small*
# calibration set"), whose other size is seldom wrong; a comparative ("a larger sample") or a
# bare plural ("large batches help") states a direction.
_BASE_SIZES = frozenset(("large", "big", "small", "high", "low", "wide", "narrow", "fast", "slow"))
_ONE = frozenset(("a", "an", "one"))
_DEGREES = frozenset(("much", "little"))
_NEGATIONS = frozenset(("not", "no", "never", "nor", "neither", "without", "cannot", "isn't"))


@dataclass(frozen=True)
class Unit:
    """One direction a key point states: the pair, its side and the words said beside it."""

    pair: int
    side: int
    before: frozenset[str]  # stems of the content words before the direction word
    after: frozenset[str]  # ... and after it
    subject: frozenset[str]  # the label's words before its direction word ("bf16 has")
    clause: str = ""  # the label's clause it was read from: a clause saying both sides is no
    # direction ("measured before and after the intervention")

    def said(self, stems: set[str], before: set[str], after: set[str], named: set[str]) -> bool:
        """Are the unit's words said around an answer's direction word: ``UNIT_WORDS_MIN`` of
        them, and one on each side where the rubric has words on that side ("*fp16* has more
        mantissa bits" does not say "*bf16* has fewer mantissa bits" turned round)."""
        return (
            len((self.before | self.after) & stems) >= UNIT_WORDS_MIN
            and (not self.before or bool(self.before & before))
            and (not self.after or bool(self.after & after))
            # the prompt's words before it name a subject the label does not say it of
            # ("*fp16* has more mantissa bits" for "BF16 has fewer mantissa bits than fp16",
            # "*per-channel* scales give a lower error" for "with one scale ... raising error")
            and not named - self.subject
        )


def _clauses(text: str) -> list[str]:
    return [c for c in re.split(r"[,;:()]| and | but | while | whereas ", text) if c.strip()]


@lru_cache(maxsize=4096)
def point_units(label: str) -> tuple[Unit, ...]:
    """The directions a key point's label states, with the words beside each. Only the label is
    read: a phrase is a few words cut from their claim ("smaller batches of rows", "push low
    quality down") and read as a direction it says the wrong thing as often as the right one
    (14 of 40 sampled phrase readings were wrong). Not read: a clause that is denied or hedged,
    or follows a hedge in its part of the label ("Low perplexity does *not* guarantee ...",
    "sets *can* be too wide ... and too narrow for hard ones"); a change word that names an
    identity or an origin ("*reduces to* the Euclidean distance", "clusters *grow from* core
    points"); a pair the label says both ways of the same words (a trade-off). Said of
    different words ("raw agreement is high, kappa can be low"), each side is read."""
    units: list[Unit] = []
    subjects: dict[tuple[int, int], set[str]] = {}  # the label's words before each direction
    every = words(label.lower())
    for i, w in enumerate(every):
        if w in _SIDE and _SIDE[w] not in subjects:  # the first: "than fp16 ... less precise"
            subjects[_SIDE[w]] = {stem(x) for x in every[:i]}
    for part in label.lower().split(";"):
        hedged = False
        for clause in _clauses(part):
            ws = words(clause)
            if hedged or any(x in _NEGATIONS or x in _NOT_ASSERTED for x in ws):
                hedged = hedged or any(x in _NOT_ASSERTED for x in ws)
                continue
            for i, w in enumerate(ws):
                key = _SIDE.get(w)
                if key is None or (i + 1 < len(ws) and ws[i + 1] in _IDENTITY):
                    continue
                if i and (ws[i - 1] in _IDIOM_BEFORE or (w in _BASE_SIZES and ws[i - 1] in _ONE)):
                    continue  # "one after another", "two or more", "a small calibration set"
                if (
                    w in _DEGREES
                    and i + 1 < len(ws)
                    and (ws[i + 1] in _SIDE or ws[i + 1].endswith("er"))
                ):
                    continue  # "*much* sooner", "*much* more": a degree of the next word
                content = [
                    (j, stem(x))
                    for j, x in enumerate(ws)
                    if j != i and x not in _NOT_UNIT and x not in _DIRECTION_WORDS and len(x) > 2
                ]
                before = [s for j, s in content if i - ANSWER_REACH <= j < i][-UNIT_REACH:]
                after = [s for j, s in content if i < j <= i + ANSWER_REACH][:UNIT_REACH]
                if len(set(before + after)) >= UNIT_WORDS_MIN:
                    subject = frozenset(subjects.get(key, set()))
                    units.append(Unit(*key, frozenset(before), frozenset(after), subject, clause))
    return tuple(
        u
        for u in units
        if not any(
            v.pair == u.pair
            and v.side != u.side
            and (v.clause == u.clause or (v.before | v.after) & (u.before | u.after))
            for v in units
        )
    )


def _asserted(tokens: Tokens, stance: Stance, pos: int) -> bool:
    """The sentence says the direction word as the speaker's plain claim: not denied or warned
    against, after no hedge, condition or negation, and not asked."""
    if stance.negated((pos, pos + 1)) or stance.warned((pos, pos + 1)):
        return False
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    if any(w in _NOT_ASSERTED or w in _NEGATIONS for w in tokens.words[sentence.first_word : pos]):
        return False
    return not sentence.text.rstrip().endswith("?")


def turned_sentences(question: Question, tokens: Tokens, stance: Stance) -> list[frozenset[int]]:
    """Per key point, the sentences that say one of its units turned round. Every direction
    word of the sentence must be of a pair the point says, none may say a unit of the point as
    it stands, and an odd number of them must be turned (two turned ends of one relation, "a
    *larger* C means *less* regularization" for "a small C regularizes more", say the point
    again)."""
    prompt = frozenset(stem(w) for w in words(question.prompt) if w not in _NOT_UNIT)
    unit_sets = [point_units(kp.label) for kp in question.key_points]
    out: list[set[int]] = [set() for _ in question.key_points]
    for sentence in tokens.sentences if any(unit_sets) else ():
        span = range(sentence.first_word, sentence.last_word)
        turns = [p for p in span if tokens.words[p] in _DIRECTION_WORDS]
        if (
            not turns
            or any(tokens.words[p] not in _SIDE for p in turns)
            or any(tokens.words[p] in _TWO_SIDED for p in span)
        ):
            continue
        ids = clause_ids(sentence)
        around = [
            _around(tokens, sentence.first_word, sentence.last_word, ids, p, prompt) for p in turns
        ]
        for k, units in enumerate(unit_sets):
            sides: dict[int, set[int]] = {}
            for u in units:
                sides.setdefault(u.pair, set()).add(u.side)
            flips, read = 0, False
            for p, near in zip(turns, around, strict=True):
                pair, side = _SIDE[tokens.words[p]]
                if pair not in sides:
                    break  # a change the point does not speak of ("larger batches, *less* noise")
                said = [u for u in units if u.pair == pair and u.said(*near)]
                if any(u.side == side for u in said):
                    break  # the point said as it stands
                if said:
                    flips += 1
                    read = read or _asserted(tokens, stance, p)
                elif sides[pair] == {side}:
                    break  # the point's own direction, said of other words
                elif sides[pair] == {1 - side}:
                    flips += 1
            else:
                if read and flips % 2 == 1:
                    out[k].add(sentence.index)
    return [frozenset(s) for s in out]


def _around(
    tokens: Tokens, first: int, last: int, ids: tuple[int, ...], pos: int, prompt: frozenset[str]
) -> tuple[set[str], set[str], set[str], set[str]]:
    """The stems of the direction word's clause within ``ANSWER_REACH``: all, before, after;
    and the prompt's words its sentence says before it."""
    clause = ids[pos - first]
    named = {tokens.stems[p] for p in range(first, pos)} & prompt
    near = [
        p
        for p in range(max(first, pos - ANSWER_REACH), min(last, pos + ANSWER_REACH + 1))
        if ids[p - first] == clause
    ]
    return (
        {tokens.stems[p] for p in near},
        {tokens.stems[p] for p in near if p < pos},
        {tokens.stems[p] for p in near if p > pos},
        named,
    )
