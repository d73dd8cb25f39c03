"""Rubric claims said as comparisons (issue 9, cmp69).

A wrong claim is as often said as a comparison as plainly: "absolute error is *less* robust to
outliers *than* squared error" claims that squared error is the robust one, and "L2 shrinks
every weight, which is why *it* produces sparser models than L1" that L2 is the sparse one.
The word-level checks read a claim at its subject's words, and neither sentence says the wrong
side's name before the claim's words: the first names it after "than", the second as "it".

Here each such comparison is restated as the plain claim it makes of the side that has more of
the property (compared_reading.comparison_readings: the other side after "than" when the degree
is a lesser one, a pronoun's antecedent as the subject), and the restatement is read for the
rubric's own wrong claims, word for word (rubric_claims.py) and loosely (loose_claims.py). The
comparison must be the speaker's own: not negated, hedged, asked, warned against or supposed
under an opening condition. A true comparison restates a true claim, which no wrong claim of
the rubric matches.
"""

from __future__ import annotations

from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.claim_clauses import CONDITIONS, HEDGES, NOT_ANCHOR
from simulator.core.scoring.compared_reading import (
    LESSER,
    Comparison,
    Reading,
    antecedent,
    comparison_readings,
    comparisons,
)
from simulator.core.scoring.contradiction import Contradiction
from simulator.core.scoring.loose_claims import _said as loosely_said
from simulator.core.scoring.matching import AnswerIndex
from simulator.core.scoring.pair_sides import named_sides
from simulator.core.scoring.results import MisconceptionHit
from simulator.core.scoring.rubric_claims import _asserted, _subject_words, rubric_words
from simulator.core.scoring.rubric_key import RubricKey, rubric_key
from simulator.core.scoring.side_comparatives import PLAIN_SCALE_WORDS
from simulator.core.scoring.stance import NEGATION_WORDS, Stance, clause_ids
from simulator.core.scoring.text import STOPWORDS, Tokens, stem, tokenize, word_set, words


def _own(tokens: Tokens, stance: Stance, reading: Reading | Comparison) -> bool:
    """The comparison is the speaker's own claim."""
    at = reading.at
    sentence = tokens.sentences[tokens.sentence_of[at]]
    first = sentence.first_word
    if sentence.text.rstrip().endswith("?") or tokens.words[first] in CONDITIONS:
        return False
    ids = clause_ids(sentence)
    clause = [
        tokens.words[p]
        for p in range(first, sentence.last_word)
        if ids[p - first] == ids[at - first]
    ]
    if any(w in HEDGES for w in clause):
        return False
    span = (at, at + 1)
    return not (stance.negated(span) or stance.warned(span) or stance.ruled_out(span))


# Degree words and the adverbs that grade them: no part of the property compared.
_GRADING = LESSER | word_set(
    "more most much far significantly considerably substantially slightly somewhat generally"
    " usually typically often even still bit way lot considerably markedly noticeably"
)
_TURNING = LESSER | NEGATION_WORDS
_PROPERTY_MIN = 2  # content words a property must have to be told apart from a mere topic


def _forms(word: str) -> frozenset[str]:
    """The stems a property word may take in the rubric: its own, and for a comparative in
    "-er" its plain form's ("sparser" -> "sparse", "noisier" -> "noisy", "bigger" -> "big")."""
    out = {stem(word)}
    if len(word) >= 5 and word.endswith("er"):
        base = word[:-2]
        out |= {stem(base), stem(base + "e"), stem(base[:-1] + "y"), stem(base[:-1])}
    return frozenset(out)


def _given_to_the_lesser(question: Question, tokens: Tokens, c: Comparison) -> int | None:
    """The key point whose label gives the compared property to the side the answer says has
    less of it: "squared loss is more robust to outliers than absolute loss" against "Absolute
    error ... is robust to outliers". English gives a comparative's property to the side that
    has more of it (the subject, or with a lesser degree the side after "than"); a rubric that
    gives it to the other side, and never to this one, holds the comparison the other way
    round. The sides are told apart by their own words ("squared" / "absolute"), which the
    label names for one side only; the property's content words (at least two) all stand in
    the label or in one of the point's phrases, with no lesser degree or denial before them."""
    ws, st = tokens.words, tokens.stems
    more = {st[p] for p in range(*c.more) if ws[p] not in NOT_ANCHOR}
    less = {st[p] for p in range(*c.less) if ws[p] not in NOT_ANCHOR}
    more_own, less_own = more - less, less - more
    if not more_own or not less_own:
        return None
    prop = [_forms(ws[p]) for p in c.predicate if ws[p] not in NOT_ANCHOR and ws[p] not in _GRADING]
    if len(prop) < _PROPERTY_MIN:
        return None
    flipped = _flipped(prop)
    wrong: list[int | None] = []  # the units that hold the comparison the other way round
    for k, names, texts in _accepted_units(question):
        if bool(less_own & names) == bool(more_own & names):
            continue  # names neither side, or both
        same = any(_says(text, prop) for text in texts)
        turned = flipped is not None and any(_says(text, flipped) for text in texts)
        if same == turned:
            continue
        # the property given to the side with less, or its opposite to the side with more
        if (less_own & names and same) or (more_own & names and turned):
            wrong.append(k)
        else:
            return None  # the rubric holds the comparison as the answer does
    if not wrong:
        return None
    own = next((k for k in wrong if k is not None), None)
    return own if own is not None else _point_of(question, prop)


# A text of the rubric as its words and their stems, read once per rubric.
_Text = tuple[tuple[str, ...], tuple[str, ...]]
_Unit = tuple[int | None, frozenset[str], tuple[_Text, ...]]


def _read(text: str) -> _Text:
    said = tuple(words(text))
    return said, tuple(stem(w) for w in said)


@lru_cache(maxsize=256)
def _units_of(key: RubricKey) -> tuple[_Unit, ...]:
    """What the rubric says of one thing at a time: each key point (the stems its label names,
    its label and phrases) and each clause of the model answer (its stems, and a pronoun's
    antecedent's when the clause opens on one; its words), without a key point."""
    units: list[_Unit] = [
        (k, frozenset(stem(w) for w in words(label)), tuple(_read(t) for t in (label, *phrases)))
        for k, (label, phrases) in enumerate(zip(key.labels, key.phrases, strict=True))
    ]
    said = tokenize(key.model_answer)
    for sentence in said.sentences:
        first = sentence.first_word
        ids = clause_ids(sentence)
        for clause in sorted(set(ids)):
            pos = [first + i for i, c in enumerate(ids) if c == clause]
            names = {said.stems[p] for p in pos}
            lead = next((p for p in pos if said.words[p] not in _CLAUSE_LEADS), None)
            if lead is not None and said.words[lead] in _TAKEN_UP:
                taken = antecedent(said, lead)
                if taken is not None:
                    names |= set(said.stems[taken[0] : taken[1]])
            clause_words = tuple(said.words[p] for p in pos)
            clause_stems = tuple(said.stems[p] for p in pos)
            units.append((None, frozenset(names), ((clause_words, clause_stems),)))
    return tuple(units)


_CLAUSE_LEADS = word_set("and but so because since which while whereas thus hence then")
_TAKEN_UP = word_set("it they")


def _accepted_units(question: Question) -> tuple[_Unit, ...]:
    return _units_of(rubric_key(question))


def _point_of(question: Question, prop: list[frozenset[str]]) -> int | None:
    """The key point whose label and phrases say most of the property's words."""
    best, most = None, 0
    for k, kp in enumerate(question.key_points):
        stems = {stem(w) for text in (kp.label, *kp.phrases) for w in words(text)}
        n = sum(1 for forms in prop if forms & stems)
        if n > most:
            best, most = k, n
    return best


# The plain scales of English adjectives, by opposite ends: "lower variance" given to a side
# the rubric says has "high variance" is that claim turned round.
_ENDS = tuple(
    (frozenset(stem(w) for w in up.split()), frozenset(stem(w) for w in down.split()))
    for up, down in PLAIN_SCALE_WORDS
)


def _flipped(prop: list[frozenset[str]]) -> list[frozenset[str]] | None:
    """The property with its one word of a plain scale said at the scale's other end, or None
    when it has no such word or more than one."""
    turned = [
        (n, down if forms & up else up)
        for n, forms in enumerate(prop)
        for up, down in _ENDS
        if forms & (up | down)
    ]
    if len(turned) != 1:
        return None
    n, other = turned[0]
    return [other if m == n else forms for m, forms in enumerate(prop)]


_PROPERTY_GAP = 2  # other words that may stand among the property's in the rubric's text


def _says(text: _Text, prop: list[frozenset[str]]) -> bool:
    """The words of the property stand in ``text`` (in any of their forms) in their order and
    together ("robust *to* outliers", not "*low* bias but high *variance*"), not after a lesser
    degree or a denial."""
    said, stems = text
    for lo in (i for i, s in enumerate(stems) if s in prop[0]):
        at = lo
        for forms in prop[1:]:
            at = next((i for i in range(at + 1, len(stems)) if stems[i] in forms), -1)
            if at < 0:
                break
        if at < 0 or at - lo + 1 > len(prop) + _PROPERTY_GAP:
            continue
        if not any(w in _TURNING for w in said[max(0, lo - 3) : lo]):
            return True
    return False


def compared_claims(
    question: Question,
    tokens: Tokens,
    stance: Stance,
    contradicted: set[int],
    charged_ids: set[str | None],
) -> tuple[dict[int, Contradiction], list[MisconceptionHit]]:
    """Key points whose ``contradicted_by`` claims, and misconceptions whose phrases, the
    answer says as a comparison; points already contradicted and misconceptions already
    charged are left as they are."""
    readings = [r for r in comparison_readings(tokens) if _own(tokens, stance, r)]
    subject = _subject_words(question.prompt)
    asked = named_sides(question.prompt)
    rubric = rubric_words(question)
    accepted = (
        question.model_answer,
        *(kp.label for kp in question.key_points),
        *(m.correction for m in question.misconceptions),
    )
    prompt_stems = frozenset(stem(w) for w in words(question.prompt) if w not in STOPWORDS)

    # every restatement a sentence of one text, read once for each claim
    evidence = [tokens.sentences[tokens.sentence_of[r.at]].text for r in readings]
    said = tokenize(". ".join(r.text for r in readings) + ".") if readings else None
    if said is not None and len(said.sentences) != len(readings):
        said = None  # a restatement read as two sentences: none is placed for sure
    index = AnswerIndex(said) if said is not None else None
    alone = Stance(said) if said is not None else None
    by_text = {said.sentences[n].text: n for n in range(len(said.sentences))} if said else {}

    def where(text: str) -> int | None:
        """The restatement (its number) that says the claim, word for word or loosely."""
        if index is None or alone is None or said is None:
            return None
        span = _asserted(text, index, alone, subject, asked, rubric)
        if span is not None:
            return said.sentence_of[span[0]]
        hit = loosely_said(index, alone, text, accepted, prompt_stems, frozenset(), question.prompt)
        return None if hit is None else by_text.get(hit)

    points: dict[int, Contradiction] = {}
    found: list[MisconceptionHit] = []
    if readings:
        for k, kp in enumerate(question.key_points):
            if k in contradicted:
                continue
            for text in kp.contradicted_by:
                n = where(text)
                if n is not None and n < len(evidence):
                    points[k] = Contradiction(f'"{text}"', evidence[n])
                    break
        for mis in question.misconceptions:
            if mis.id in charged_ids:
                continue
            for text in mis.phrases:
                n = where(text)
                if n is not None and n < len(evidence):
                    found.append(MisconceptionHit(mis.id, text, evidence[n], mis.correction))
                    break
    for c in comparisons(tokens):
        if not _own(tokens, stance, c):
            continue
        turned = _given_to_the_lesser(question, tokens, c)
        if turned is None or turned in contradicted or turned in points:
            continue
        ws = tokens.words
        named = " ".join(ws[p] for p in range(*c.more))
        points[turned] = Contradiction(
            f'"{" ".join(ws[p] for p in c.predicate)}" given to {named} over '
            f"{' '.join(ws[p] for p in range(*c.less))}: the accepted answer gives it to the "
            "other side",
            tokens.sentences[tokens.sentence_of[c.at]].text,
        )
    return points, found
