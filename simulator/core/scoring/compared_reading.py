"""One reading of a comparison, as English builds it (issue 9, cmp69).

A comparison has two sides, a property and a direction. English puts them in fixed places:

* the compared side is the **subject of the clause** that holds the comparative; a pronoun
  subject ("it", "they") or a relative "which" stands for the subject of the clause it follows
  ("Absolute error targets the median, *which is why it* is more robust than squared error":
  absolute error is the robust one);
* the **other side** is what a frame introduces: "than", "compared with", "unlike", "rather
  than", "relative to", "versus", "as opposed to" (``set_against``);
* the **direction** is more of the property, unless the degree word is one of lesser degree:
  "less", "fewer", "worse", "weaker" ... turn it round, so "A is *less* robust than B" says
  what "B is more robust than A" says (``LESSER``).

The checks that read a rubric claim into an answer (rubric_claims.py word for word,
loose_claims.py in the answer's own order) take their sides from here: a claim's subject set
against another by a frame is not the claim's subject, a claim said with a lesser degree and a
"than" is said of the other side, and a pronoun stands for the subject of the clause it
follows. ``comparison_readings`` restates a comparison whose sides those checks cannot see
(a lesser degree, a pronoun subject) as the plain claim it makes of the side that has more of
the property, so a rubric's wrong claim said as a reversed comparison is read as that claim.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from simulator.core.scoring.clause_subject import clause_bounds, subject_span
from simulator.core.scoring.stance import clause_ids
from simulator.core.scoring.text import STOPWORDS, Tokens, word_set

Span = tuple[int, int]

# The degree words of English that say less of a property than the other side has: the
# comparatives and superlatives of "little", "few", "bad" and "weak", "poor".
LESSER = word_set("less least lesser fewer fewest worse worst weaker weakest poorer poorest")
# Frames that introduce the other side of a comparison, one word or several.
_AGAINST_ONE = word_set("than unlike versus vs")
_AGAINST_MANY = (
    ("compared", "with"),
    ("compared", "to"),
    ("comparing", "with"),
    ("comparing", "to"),
    ("relative", "to"),
    ("contrast", "to"),
    ("contrast", "with"),
    ("as", "opposed", "to"),
)
# What may stand between a frame and the side it introduces: articles and the adjectives that
# pick out the plain form of a thing ("than *a plain* GRU", "compared with *standard* SGD").
_FILLER = word_set("a an the plain standard ordinary regular classic vanilla")
THAN_REACH = 6  # words from a lesser degree word to its "than"
_DEGREE = LESSER | word_set("more most")
# Pronouns and relatives that take up a thing named before them as their clause's subject.
_TAKING_UP = word_set("it they which")
# Words that join a clause to the one before it, before its subject ("..., *which is why* it",
# "*so* it", "*and because* they").
_LEADS = word_set("which is why so and but because since that then thus hence therefore as")


def frame_before(ws: tuple[str, ...], p: int, first: int) -> bool:
    """A frame that introduces a comparison's other side ends right before ``p`` (articles and
    plain-form adjectives between)."""
    q = p - 1
    while q >= first and ws[q] in _FILLER:
        q -= 1
    if q < first:
        return False
    if ws[q] in _AGAINST_ONE:
        return True
    return any(
        q - len(frame) + 1 >= first and ws[q - len(frame) + 1 : q + 1] == frame
        for frame in _AGAINST_MANY
    )


def set_against(tokens: Tokens, p: int) -> bool:
    """The word at ``p`` names the other side of a comparison: "than *the GRU*", "unlike
    *boosting*", "compared with *sigmoid*", "than sigmoid or *tanh*" (a later member of the
    list the frame introduces). What the clause says is said of its subject, not of it."""
    first = tokens.sentences[tokens.sentence_of[p]].first_word
    ws = tokens.words
    if frame_before(ws, p, first):
        return True
    # "than sigmoid *or* tanh": a later member of the list after the frame
    q = p - 1
    while q >= first and ws[q] in _FILLER:
        q -= 1
    return q - 1 >= first and ws[q] in ("or", "nor", "and") and frame_before(ws, q - 1, first)


def lesser_than(tokens: Tokens, span: Span, own: frozenset[str] = frozenset()) -> bool:
    """Inside ``span`` (a claim read in the answer) a degree word of lesser degree is followed,
    in its clause, by "than": "squared error is *less* robust to outliers *than* absolute
    error" gives the robustness to absolute error, so it is no "squared error is robust to
    outliers". ``own``: the claim's own words (a claim may say "less" itself)."""
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    first, last = sentence.first_word, sentence.last_word
    ids = clause_ids(sentence)
    ws = tokens.words
    content = {w for w in own if w not in STOPWORDS}
    for p in range(span[0], min(span[1], last)):
        if ws[p] not in LESSER or ws[p] in own:
            continue
        clause = ids[p - first]
        for t in range(p + 1, min(last, p + 1 + THAN_REACH + (span[1] - p))):
            if ids[t - first] != clause:
                break
            if ws[t] == "than":
                # the lesser degree turns its own property only, the words between it and its
                # "than": "slower to train and *less accurate than*" leaves "slower" as said
                if not own or any(w in content for w in ws[p + 1 : t]):
                    return True
                break
    return False


def first_subject(tokens: Tokens, sentence_index: int) -> Span | None:
    """The subject of a sentence's first clause, as that clause names it (clause_subject.py)."""
    sentence = tokens.sentences[sentence_index]
    first = sentence.first_word
    ids = clause_ids(sentence)
    end = first
    while end < sentence.last_word and ids[end - first] == ids[0]:
        end += 1
    return subject_span(tokens.words, first, end)


def antecedent(tokens: Tokens, at: int) -> Span | None:
    """What the pronoun or "which" at ``at`` stands for, as English reads a subject taken up:
    inside a later clause of its sentence, the subject of the nearest clause before it that
    names one ("Ridge keeps every feature, *which* is why *it* spreads ...", "XGBoost is newer,
    and bagging is simple: *it* trains ..." is bagging); a "which" right after a bare name, that
    name ("*Ridge regression*, which penalizes ..."); opening its sentence, the subject of the
    sentence before. None when no such clause names a subject of its own."""
    sentence = tokens.sentences[tokens.sentence_of[at]]
    first = sentence.first_word
    ids = clause_ids(sentence)
    if ids[at - first] != ids[0]:
        if tokens.words[at] in _RELATIVES:
            named = _named_before(tokens, at, first, ids)
            if named is not None:
                return named
        # the nearest clause before that names a subject of its own
        for clause in range(ids[at - first] - 1, -1, -1):
            pos = [first + i for i, c in enumerate(ids) if c == clause]
            if not pos:
                continue
            span = subject_span(tokens.words, pos[0], pos[-1] + 1)
            if span is not None:
                return span
        return None
    if any(tokens.words[q] not in _LEADS for q in range(first, at)) or sentence.index == 0:
        return None
    return first_subject(tokens, sentence.index - 1)


_RELATIVES = word_set("which that")
# Words that join a clause to the one before, and demonstratives that point at a statement.
_JOINERS = word_set("and but so because since then thus hence therefore as while whereas")
_POINTING = word_set("that this these those")
_NAME_WORDS = 4  # the most words of a name a relative pronoun takes up


def _named_before(tokens: Tokens, at: int, first: int, ids: tuple[int, ...]) -> Span | None:
    """The name a relative pronoun takes up when the clause before it is that name alone, with
    no verb of its own: "*Ridge regression*, which penalizes squared weights, ...". None
    when that clause is longer than a name or opens on a small word."""
    clause = ids[at - 1 - first] if at > first else None
    if clause is None or clause == ids[at - first]:
        return None
    lo = at - 1
    while lo > first and ids[lo - 1 - first] == clause:
        lo -= 1
    ws = tokens.words
    while lo < at and ws[lo] in _FILLER:
        lo += 1
    if not 0 < at - lo <= _NAME_WORDS or any(w in STOPWORDS for w in ws[lo:at]):
        return None
    return lo, at


@dataclass(frozen=True)
class Reading:
    """A comparison restated as the plain claim it makes: ``text`` says the property of the
    side that has more of it; ``at`` is its degree word in the answer."""

    text: str
    at: int


# Where the other side's name ends after "than": at a clause's end, or a word that opens what
# the comparison is for or why ("than L1 *because* ...", "than a GRU *on* long texts").
_SIDE_ENDS = word_set(
    "because since as when whenever while whereas which that where so but and for on in at with"
    " by if unless though although does do did is are was were across over under from into"
    " through per during after before to of about between among against without within"
)
_SIDE_WORDS = 4  # the most words of the other side's name


def _other_side(ws: tuple[str, ...], t: int, end: int) -> Span | None:
    """The other side's name after the "than" at ``t``, up to ``_SIDE_WORDS`` words."""
    p = t + 1
    while p < end and ws[p] in _FILLER:
        p += 1
    q = p
    while q < end and q - p < _SIDE_WORDS and ws[q] not in _SIDE_ENDS:
        q += 1
    return (p, q) if q > p else None


@dataclass(frozen=True)
class Comparison:
    """A comparison with "than", read as English builds it."""

    subject: Span  # the compared side: the clause's subject, or its pronoun's antecedent
    other: Span  # the side "than" introduces
    predicate: tuple[int, ...]  # the words that say the property (no lesser degree word)
    lesser: int | None  # the lesser degree word, when the direction is turned round
    than: int
    pronoun: bool  # the subject is taken up by a pronoun or "which"
    rest: tuple[int, ...]  # the clause's words after the other side

    @property
    def more(self) -> Span:
        """The side that has more of the property."""
        return self.other if self.lesser is not None else self.subject

    @property
    def less(self) -> Span:
        """The side that has less of it."""
        return self.subject if self.lesser is not None else self.other

    @property
    def at(self) -> int:
        """The degree word (the lesser one, or "than")."""
        return self.lesser if self.lesser is not None else self.than


def comparisons(tokens: Tokens) -> Iterator[Comparison]:
    """Each comparison with "than" whose sides are found: the compared side is the clause's
    subject (a pronoun's, its antecedent), the other side what "than" introduces."""
    ws = tokens.words
    for sentence in tokens.sentences:
        first, last = sentence.first_word, sentence.last_word
        ids = clause_ids(sentence)
        for t in range(first, last):
            if ws[t] != "than" or (t > first and ws[t - 1] == "rather"):
                continue
            start, end = clause_bounds(ids, first, last, t)
            opening = start
            while opening < t and ws[opening] in _JOINERS:
                opening += 1
            if ws[opening] in _POINTING:
                continue  # "*That* gives lower variance than ...": said of a statement, no side
            subject = subject_span(ws, start, end)
            # the pronoun that is the clause's subject: the last one among its opening words
            # ("*which* is faster", "which is why *it* spreads")
            lead, taking = start, None
            while lead < t and (ws[lead] in _LEADS or ws[lead] in _TAKING_UP):
                if ws[lead] in _TAKING_UP:
                    taking = lead
                lead += 1
            pronoun = subject is None and taking is not None
            if taking is not None and subject is None:
                subject = antecedent(tokens, taking)
                predicate_from = taking + 1
            elif subject is not None:
                predicate_from = subject[1]
            if subject is None:
                continue
            other = _other_side(ws, t, end)
            if other is None:
                continue
            lesser = [
                p for p in range(predicate_from, t) if ws[p] in LESSER and t - p <= THAN_REACH
            ]
            predicate = tuple(range(predicate_from, t))
            if lesser:
                # the lesser degree reverses its own property only: "has more bias and *less
                # variance* than" gives the other side the variance, not the bias
                verb = next(p for p in predicate if ws[p] in _DEGREE)
                predicate = (*range(predicate_from, verb), *range(lesser[-1] + 1, t))
            yield Comparison(
                subject,
                other,
                predicate,
                lesser[-1] if lesser else None,
                t,
                pronoun,
                tuple(range(other[1], end)),
            )


def comparison_readings(tokens: Tokens) -> Iterator[Reading]:
    """Each comparison whose sides the word-level checks cannot see, restated as the plain
    claim of the side that has more of the property:

    * a lesser degree: "A is less robust to outliers than B" -> "B is robust to outliers",
      "A gives fewer exact zeros than B" -> "B gives exact zeros";
    * a pronoun or "which" subject: "L2 shrinks every weight, which is why it produces sparser
      models than L1" -> "L2 produces sparser models"."""
    ws = tokens.words
    for c in comparisons(tokens):
        if c.lesser is None and not c.pronoun:
            continue
        said = (*range(*c.more), *c.predicate, *c.rest)
        yield Reading(" ".join(ws[p] for p in said), c.at)
