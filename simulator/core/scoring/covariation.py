"""Reversed relations: two quantities said to move together where the rubric has them move
apart, or the other way round.

"As you raise the threshold, recall goes up" keeps every word of "as I lower the threshold,
recall climbs" and reverses what it says. Neither sentence's words alone are wrong; the
relation between the two directions is. Each sentence is read for *mentions*: a direction word
(up: raise, increase, higher, more, goes up ...; down: lower, reduce, fall, fewer, goes down ...)
with the content word it is said of (the object of a verb said before its object, "raise *the
threshold*"; otherwise the word before it, "*recall* climbs", "*precision* is high"; an
adjective's noun, "a high *threshold*"). A mention in a clause that opens with a condition or
circumstance ("as", "when", "if", "with", "at", "by", "once") is a *driver*, and so is the first
mention of a clause whose later mention is a verb with its object ("*more data* reduces
variance"). Each driver and each other mention of the sentence make a relation: the two words
and whether their directions agree.

The accepted view's relations come from the model answer, the key-point labels and the
misconception corrections; a pair of words related both ways there is left out. (A rubric
wrong claim turned round is not an accepted relation: "more data reduces bias" is wrong because
data does not move bias, not because it raises it.) An answer's
relation that reverses an accepted one is a wrong claim when the answer never states the
accepted relation itself, and the sentence is not negated, hedged ("might", "can") or inside a
warning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from simulator.core.questions import GENERIC_WORDS, Question
from simulator.core.scoring.claim_clauses import WrongClaim
from simulator.core.scoring.metric_polarity import polarity, quantity_at
from simulator.core.scoring.stance import NEGATION_WORDS, Stance, clause_ids
from simulator.core.scoring.text import (
    STOPWORDS,
    Tokens,
    naming_naive,
    stem,
    tokenize,
    word_set,
    words,
)

_UP_VERBS = word_set(
    "increase increases increasing raise raises raising grow grows growing rise rises rising"
    " climb climbs climbing boost boosts boosting"
)
_DOWN_VERBS = word_set(
    "decrease decreases decreasing reduce reduces reducing lower lowers lowering shrink shrinks"
    " shrinking fall falls falling drop drops dropping decline declines declining"
)
_UP_ADJECTIVES = word_set("higher larger bigger greater more high large big")
_DOWN_ADJECTIVES = word_set("smaller less fewer low small few")
_PHRASAL = word_set("go goes going went gone")  # "goes up", "went down"
_TRANSITIVE = word_set(
    "increase increases increasing raise raises raising boost boosts boosting decrease"
    " decreases decreasing reduce reduces reducing lower lowers lowering shrink shrinks"
    " shrinking"
)
_DRIVER_OPENERS = word_set("as when if whenever with at by once after")
# A quantity that needs another moves it: "a smaller effect *requires* more samples" (wrong66)
_REQUIRE = word_set("needs need requires require demands demand")
_CONDITIONS = word_set("if when whenever unless assuming suppose")
_SKIP = word_set("the a an very much its their your my our this that")
_LINKING = word_set("is are was were be becomes become gets get stays usually often tends to")
_HEDGES = word_set("might may could can sometimes possibly perhaps maybe depends unless whether")
# Generic nouns say what moves often enough ("more *data* reduces variance"): kept as anchors.
_NOUNS = word_set("data model models feature features training value values")
_NOT_ANCHOR = (
    STOPWORDS | GENERIC_WORDS | word_set("it they them you i we one ones lot lots")
) - _NOUNS
_WARNINGS = word_set(
    "mistake mistaken myth misconception pitfall fallacy trap wrong incorrect naive naively"
    " wrongly misleading"
)
_SENTENCES = re.compile(r"(?<=[.!?;])\s+")
Mention = tuple[int, str, int]  # (position, anchor stem, +1 up / -1 down)


def _direction(ws: tuple[str, ...], i: int) -> int:
    w = ws[i]
    if w in ("up", "down") and i and ws[i - 1] in _PHRASAL:
        return 1 if w == "up" else -1
    if w in _UP_VERBS or w in _UP_ADJECTIVES:
        return 1
    if w in _DOWN_VERBS or w in _DOWN_ADJECTIVES:
        return -1
    return 0


def _anchor(ws: tuple[str, ...], st: tuple[str, ...], i: int) -> str | None:
    """The content word a direction word at ``i`` is said of, within its clause."""
    w = ws[i]
    after = i + 1
    while after < len(ws) and ws[after] in _SKIP:
        after += 1
    modifies = w in _TRANSITIVE or w in _UP_ADJECTIVES or w in _DOWN_ADJECTIVES
    if modifies and after < len(ws) and after - i <= 3 and _content(ws[after]):
        return st[after]
    before = i - (2 if w in ("up", "down") else 1)
    while before >= 0 and (ws[before] in _LINKING or ws[before] in _SKIP):
        before -= 1
    if before >= 0 and _content(ws[before]) and _direction(ws, before) == 0:
        return st[before]
    return None


def _subject(
    ws: tuple[str, ...], st: tuple[str, ...], clauses: tuple[int, ...], i: int
) -> int | None:
    """Where the content word just before a verb at ``i`` in its clause is (adverbs and links
    skipped)."""
    j = i - 1
    while j >= 0 and clauses[j] == clauses[i] and (ws[j] in _LINKING or ws[j].endswith("ly")):
        j -= 1
    if j < 0 or clauses[j] != clauses[i] or not _content(ws[j]) or _direction(ws, j):
        return None
    return j


# Adjectives that say a cause has less of what its noun stands for ("*simpler* models lower
# variance" is less capacity lowering it): the relation is said of the cause turned round.
_LESSER = word_set("simpler simple shallower weaker narrower")


def _content(w: str) -> bool:
    return w not in _NOT_ANCHOR and not w.endswith("ly") and len(w) > 1


def _relations(
    ws: tuple[str, ...], st: tuple[str, ...], clauses: tuple[int, ...]
) -> set[tuple[frozenset[str], int]]:
    """(the two anchors, +1 when they move together / -1 when apart) of one sentence: read
    once on the words as said, and once with each metric read as the model's quality
    (metric_polarity.py), so that "validation accuracy still rising as the data grows" states
    what "validation error still falling as the data grows" does."""
    said = _mentions(ws, st, clauses)
    out = _related(ws, st, clauses, said)
    quality = [_as_quality(ws, clauses, m) for m in said]
    if quality != said and not _trade_off(ws, st, said):
        out |= {r for r in _related(ws, st, clauses, quality) if _QUALITY in r[0]}
    return out


def _requires(between: tuple[str, ...]) -> bool:
    """The words between two mentions make the first one's noun phrase the subject of a verb
    of need ("a smaller effect *size requires* ..."), not a new clause with a subject of its own
    ("overfitting rises *and you need* more data")."""
    at = next((j for j, w in enumerate(between) if w in _REQUIRE), None)
    return at is not None and at <= _REQUIRE_REACH and not set(between[:at]) & _NOT_SUBJECT


_REQUIRE_REACH = 3  # words of the first mention's noun phrase before the verb of need
_NOT_SUBJECT = word_set("and or but so then which that you we i they it this these")


def _trade_off(ws: tuple[str, ...], st: tuple[str, ...], mentions: list[Mention]) -> bool:
    """Two metrics of the sentence move the model's quality opposite ways ("at a high
    threshold precision is high and recall low"): what the driver does to "the quality" is
    no one thing. Read as the quality falling with the threshold (from recall), the model
    answer charged "raising the threshold increases precision" (false25, strong27)."""
    ways = set()
    for _i, anchor, d in mentions:
        at = next((j for j in range(len(ws)) if st[j] == anchor), None)
        if at is not None and polarity(ws[at]):
            ways.add(d * polarity(ws[at]))
    return len(ways) == 2


_QUALITY = "<quality>"  # the model's quality, what every metric measures up or down


def _as_quality(ws: tuple[str, ...], clauses: tuple[int, ...], mention: Mention) -> Mention:
    """A mention said of a metric as one of the model's quality: "the loss falls" is the
    quality going up."""
    i, _anchor, d = mention
    at = _metric(ws, clauses, i)
    return mention if at is None else (i, _QUALITY, d * polarity(ws[at]))


def _metric(ws: tuple[str, ...], clauses: tuple[int, ...], i: int) -> int | None:
    """The metric noun the direction word at ``i`` is said of, in its clause."""
    own = [j for j in range(len(ws)) if clauses[j] == clauses[i]]
    return quantity_at(ws, i, own[0], own[-1] + 1)


def _mentions(ws: tuple[str, ...], st: tuple[str, ...], clauses: tuple[int, ...]) -> list[Mention]:
    """Each direction word with the content word it is said of; a metric it is said of comes
    first ("the validation error is *still* decreasing" is said of the error)."""
    mentions: list[Mention] = []
    for i in range(len(ws)):
        d = _direction(ws, i)
        if not d:
            continue
        at = _metric(ws, clauses, i)
        anchor = st[at] if at is not None else _anchor(ws, st, i)
        if anchor is not None:
            mentions.append((i, anchor, d))
    return mentions


def _related(
    ws: tuple[str, ...], st: tuple[str, ...], clauses: tuple[int, ...], mentions: list[Mention]
) -> set[tuple[frozenset[str], int]]:
    drivers: set[int] = set()
    for n, (i, _a, _d) in enumerate(mentions):
        first = min(j for j in range(len(ws)) if clauses[j] == clauses[i])
        own = [m for m in mentions if clauses[m[0]] == clauses[i]]
        if ws[first] in _DRIVER_OPENERS and own[0][0] == i:
            drivers.add(n)  # "as you raise the threshold, ..."
        elif own[0][0] == i and len(own) > 1 and ws[own[1][0]] in _TRANSITIVE:
            drivers.add(n)  # "more data reduces variance"
        elif own[0][0] == i and len(own) > 1 and _requires(ws[i + 1 : own[1][0]]):
            drivers.add(n)  # "a smaller effect requires more samples" (wrong66)
    out: set[tuple[frozenset[str], int]] = set()
    for i, a, d in mentions:
        # "boosting mainly *reduces* bias": the subject of a verb of change moves its object
        own = [m for m in mentions if clauses[m[0]] == clauses[i]]
        if ws[i] in _TRANSITIVE and own[0][0] == i:
            at = _subject(ws, st, clauses, i)
            if at is not None and st[at] != a:
                lesser = at > 0 and ws[at - 1] in _LESSER
                out.add((frozenset((st[at], a)), -d if lesser else d))
    for n in drivers:
        _i, a, d = mentions[n]
        for m, (_j, b, e) in enumerate(mentions):
            if m != n and b != a and m not in drivers:
                out.add((frozenset((a, b)), d * e))
    return out


def _sentence_relations(text: str) -> list[tuple[str, set[tuple[frozenset[str], int]]]]:
    out = []
    tokens = tokenize(text)
    for sentence in tokens.sentences:
        ws = tokens.words[sentence.first_word : sentence.last_word]
        st = tokens.stems[sentence.first_word : sentence.last_word]
        out.append((sentence.text, _relations(ws, st, clause_ids(sentence))))
    return out


@lru_cache(maxsize=256)
def _accepted(
    texts: tuple[str, ...], phrases: tuple[tuple[str, ...], ...]
) -> dict[frozenset[str], tuple[int, str, int | None]]:
    """Each related pair of the accepted view: (sign, the sentence, its key point)."""
    found: dict[frozenset[str], set[int]] = {}
    said: dict[frozenset[str], tuple[str, int | None]] = {}
    for text in texts:
        for sentence, relations in _sentence_relations(text):
            have = {stem(w) for w in words(sentence)}
            kp = next(
                (
                    k
                    for k, ps in enumerate(phrases)
                    if any(all(stem(w) in have for w in words(p)) for p in ps)
                ),
                None,
            )
            for pair, sign in relations:
                found.setdefault(pair, set()).add(sign)
                said.setdefault(pair, (sentence, kp))
    return {p: (s.pop(), *said[p]) for p, s in found.items() if len(s) == 1}


def _opening_condition(ws: tuple[str, ...], clauses: tuple[int, ...]) -> bool:
    """The sentence opens with a condition that moves nothing ("if the classes are balanced,
    ..."): what follows holds only under it. A condition that moves something is the
    relation's own driver ("if you raise the threshold, ...")."""
    if not ws or ws[0] not in _CONDITIONS:
        return False
    head = [i for i in range(len(ws)) if clauses[i] == clauses[0]]
    return not any(_direction(ws, i) for i in head)


# Relations true of any question that names both ends (wrong30): a rubric written without them
# (a user's pack lists no wrong claims) still has them as its accepted view. Each sentence is
# read like the model answer's; a question whose own texts relate the pair the other way drops
# it (a pair related both ways is left out).
GENERAL_RELATIONS = (
    "As you raise the threshold, recall decreases.",
    "As you raise the threshold, precision usually increases.",
    # the object of "raise" is read as its first word ("the *decision* threshold")
    "As you raise the decision threshold, recall decreases.",
    "As you raise the decision threshold, precision usually increases.",
    "A larger sample increases the power.",
    "With a larger sample, the interval width decreases.",
    # wrong66: what a test needs to see a smaller effect
    "A smaller effect needs a larger sample.",
    "A smaller minimum detectable effect needs a larger sample.",
)


# wrong31: the bias-variance directions of regularization, complexity and data, sampling
# temperature, k-means inertia and batch noise, which a reversed answer to a pack without
# contradicted_by said unopposed ("regularization increases variance", "reduce the bias").
# Charged only when both words sit in one clause: "Less regularization lowers bias, and more
# data lowers variance" relates regularization and variance across its two clauses, the other
# way (test_wrong_values_objects). Left out as read two ways by the same words: trees and
# variance (deeper trees raise it, more trees lower it), false positives and negatives (both
# read "false"), data and variance ("more data is likely to help" a model "with high variance").
WITHIN_CLAUSE_RELATIONS = (
    "Stronger regularization increases the bias.",
    "Stronger regularization reduces the variance.",
    "More regularization reduces overfitting.",
    "More dropout reduces overfitting.",
    "More data reduces overfitting.",
    "A more complex model increases the variance.",
    "A more complex model reduces the bias.",
    "Raising the temperature increases the randomness.",
    "A higher temperature increases the diversity.",
    "More clusters reduce the inertia.",
    "A larger batch reduces the noise of the gradient estimate.",
)


@lru_cache(maxsize=1)
def _general() -> dict[frozenset[str], tuple[int, str, int | None]]:
    """The general relations between two named things (not a thing and the model's quality:
    "recall decreases" is no verdict on raising the threshold)."""
    return {
        pair: value
        for pair, value in _accepted(GENERAL_RELATIONS + WITHIN_CLAUSE_RELATIONS, ()).items()
        if _QUALITY not in pair
    }


@lru_cache(maxsize=1)
def _within_clause() -> frozenset[frozenset[str]]:
    return frozenset(_accepted(WITHIN_CLAUSE_RELATIONS, ()))


def _in_one_clause(stems: tuple[str, ...], clauses: tuple[int, ...], pair: frozenset[str]) -> bool:
    return any(
        pair <= {st for st, c in zip(stems, clauses, strict=False) if c == clause}
        for clause in set(clauses)
    )


_BACK = word_set("it them")


def _both_ways(ws: tuple[str, ...]) -> bool:
    """The sentence moves one thing both ways, the second time by a pronoun: "dynamic loss
    scaling raises the factor over time *and lowers it* when it sees NaNs", "warm-up raises
    the learning rate, then the schedule lowers it" tell a mechanism in both directions, and
    its first verb alone reversed the accepted "lowers the factor" (claims38)."""
    ways = {
        _direction(ws, i)
        for i in range(len(ws))
        if ws[i] in _TRANSITIVE and ws[i + 1 : i + 2] and ws[i + 1] in _BACK
    }
    others = {_direction(ws, i) for i in range(len(ws)) if ws[i] in _TRANSITIVE}
    return any(-d in others for d in ways)


# How many of a thing a sentence speaks of: one of them, or many taken together.
_ONE_OF_THEM = word_set("single individual lone")
_MANY_TOGETHER = word_set("many multiple several averaging combining ensemble")


def _of_the_other_number(said: Sequence[str], accepted: str) -> bool:
    """The accepted view relates many things taken together ("Averaging *many* trees mainly
    reduces variance") and the answer's sentence one of them ("A *single* tree increases
    variance"), or the other way round: the two are about different subjects, and the opposite
    direction is what both accounts say (review of round 45: a complete correct random-forest
    answer fell from 100 to 0 on that sentence)."""
    own, theirs = set(said), set(words(accepted))
    return bool(
        (theirs & _MANY_TOGETHER and own & _ONE_OF_THEM and not own & _MANY_TOGETHER)
        or (theirs & _ONE_OF_THEM and own & _MANY_TOGETHER and not own & _ONE_OF_THEM)
    )


def reversed_relations(question: Question, tokens: Tokens, stance: Stance) -> list[WrongClaim]:
    """Sentences of the answer relating two words the opposite way to the accepted view."""
    accepted = _accepted(
        (
            question.model_answer,
            *(kp.label for kp in question.key_points),
            *(m.correction for m in question.misconceptions),
        ),
        tuple(tuple(kp.phrases) for kp in question.key_points),
    )
    bound = _within_clause() - set(accepted)
    accepted = {**_general(), **accepted}
    if not accepted:
        return []
    stated: dict[frozenset[str], set[int]] = {}
    candidates: list[tuple[int, frozenset[str], int]] = []
    for sentence in tokens.sentences:
        first, last = sentence.first_word, sentence.last_word
        ws, st = tokens.words[first:last], tokens.stems[first:last]
        for pair, sign in _relations(ws, st, clause_ids(sentence)):
            stated.setdefault(pair, set()).add(sign)
            if pair in accepted and accepted[pair][0] != sign:
                candidates.append((sentence.index, pair, sign))
    found: list[WrongClaim] = []
    for index, pair, sign in candidates:
        sentence = tokens.sentences[index]
        first, last = sentence.first_word, sentence.last_word
        ws = tokens.words[first:last]
        if -sign in stated[pair] or any(w in NEGATION_WORDS or w in _HEDGES for w in ws):
            continue
        if _opening_condition(ws, clause_ids(sentence)) or _both_ways(ws):
            continue
        if pair in bound and not _in_one_clause(
            tuple(tokens.stems[first:last]), clause_ids(sentence), pair
        ):
            continue
        if _of_the_other_number(ws, accepted[pair][1]):
            continue
        if any(w in _WARNINGS and not naming_naive(ws, i) for i, w in enumerate(ws)) or any(
            stance.warned((p, p + 1)) for p in range(first, last)
        ):
            continue
        _sign, text, kp = accepted[pair]
        if all(c.evidence != sentence.text for c in found):
            found.append(WrongClaim(kp, sentence.text, text, sentence.text, first))
    return found
