"""Steps told in the reverse of the rubric's order (issue 9, wrong52).

A confidently wrong answer often knows every step of a pipeline and tells them back to front, in
words no rubric lists: "runs the expensive reranker first ..., and then hands that list to a
lightweight retrieval step" where the model answer says "retrieval ... to get a candidate set
..., then a learning to rank model ... to re-rank"; "first cluster all the listings into groups,
then generate candidate pairs" against "the first stage is blocking: generate candidate pairs
... Then clustering with connected components turns pairs into groups"; "computes the multiplier
first and then forecasts demand" against "The first model forecasts short term demand ... Then
a controller picks the multiplier". Every word of such a sentence is the rubric's, so it earned
the points it names and scored 86 over its partial's 56.

The rubric's own order is read from its accepted text (the model answer, the misconceptions'
corrections and the key points' labels), sentences with a hedge, condition or negation left out: a sentence whose clauses
are put in order by "then", "afterwards", "after that", "finally", "followed by", "before",
"after", "once", "precedes" or "follows" gives an earlier and a later part; a sentence that opens on "Then" / "After
that" / "Finally" (or says "then" right after its subject) is later than each of the
``_STEPS_BACK`` sentences before it. The answer's sentences are read one by one, in the same
words (the sentence is the evidence shown).

Round 55 (wrong55): a sentence that says its step comes first ("First, feature extraction:
freeze ...", "I first check for a pipeline bug ...", up to a reason) is earlier than the next
sentence when that one tells the speaker's next step, past an opening condition ("If that is not
enough, I unfreeze the top layers ...", "If the change is real, I retrain ..."). A sentence's
hedges and negations are read in its two steps (the accepted view's later step up to a comma:
"..., then retrain on recent data, schedule or trigger retraining" asserts its order), and an
answer's up to a colon after its later step ("... then investigate, because retraining tells you
which drift it was: if the new model is better, ..."); a later step ends at a reason ("because",
"since"), which names no step.

The parts are compared by the rubric's terms only (the stems of the key points' labels and
phrases, minus the prompt's words, stop words, generic words and words of order). A sentence of
the answer reverses the rubric's order when its earlier part says a term that only the rubric's
later part says and its later part a term that only the rubric's earlier part says (each said
on one side only, in both texts), unless two other terms say the rubric's order. Only a sentence
the speaker asserts is read: none with a negation, a hedge or condition, a warning frame, or
"instead" / "rather"; "after every epoch" says how often, and an opening "Before running a test
you fix alpha, ..." no clause of its own.

Training on a later period than the test needs no rubric: it is one of claims_practice's
general practice errors ("trained-on-later-data").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.accepted_view import accepted_view
from simulator.core.scoring.claim_clauses import NOT_ANCHOR
from simulator.core.scoring.relation_facts import accepted_texts
from simulator.core.scoring.results import MisconceptionHit
from simulator.core.scoring.stance import NEGATION_WORDS, Stance, names_a_mistake
from simulator.core.scoring.text import (
    Tokens,
    content_stems,
    split_sentences,
    stem,
    word_set,
    words,
)

REVERSED_ORDER_ID = "reversed-order"
# Words that end a part of a sentence and start the later one ("X, then Y", "X, and afterwards
# Y"): the later part begins at the clause boundary just before the word.
_LATER = (
    "then",
    "afterwards",
    "afterward",
    "after that",
    "after this",
    "finally",
    "followed by",
    "subsequently",
    "only later",
    "later on",
)
# "then" that is no step: "if ... then", "by then", "since then", "until then", "back then"
_NOT_STEP_THEN = word_set("by since until till back even")
_OPENING_LATER = ("then", "after that", "afterwards", "afterward", "finally", "next")
# Hedges, conditions and contrasts: the sentence does not assert one order.
_UNSURE = word_set(
    "if unless whether might may could sometimes possibly perhaps maybe can instead rather"
    " either alternatively or depends depending"
)
_NEGATED = NEGATION_WORDS | word_set(
    "don't doesn't isn't aren't won't can't shouldn't never avoid wrong mistake myth"
)
# Words of order themselves and words every step says: no anchors.
_ORDER_WORDS = word_set(
    "first firstly then afterwards afterward after before once finally later next start starts"
    " starting started begin begins beginning stage stages step steps pass phase end last"
    " subsequently followed follow follows order sequence pipeline process procedure go goes"
    " run runs do does done come comes"
)
_INNER_MOST = 8  # words of an opening "before / after / once" clause
# A sentence opening on "Then" is later than each of the sentences before it up to this many
# ("The first model forecasts demand ... The second piece estimates elasticity ... Then a
# controller picks the multiplier").
_STEPS_BACK = 3
_PERSONS = word_set("i you we they he she")
_EVERY = word_set("every each all")
# Where a later part ends: the next clause joined by ", and" / ", but" / ", which" or a ";".
# ... or a reason: "then investigate, because retraining tells you ..." names no later step
_CLAUSE_END = re.compile(r";|,\s(?:and|but|which|while|whereas|so)\s|\s(?:because|since)\s")
_BOUNDARY = re.compile(r"[,;:\u2014]|\s(?:and|but|so)\s")


@dataclass(frozen=True)
class _Order:
    """An earlier and a later part of one text: the anchor stems of each."""

    earlier: frozenset[str]
    later: frozenset[str]
    text: str  # the sentence (or the two sentences) it was read from


_COMPOUND = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")


def _compounds(text: str) -> list[tuple[str, str]]:
    """The hyphen-joined compounds of ``text``, each as written (lower case) and the stem of
    it read as one word ("re-rank", "rerank")."""
    return [(c, stem(c.replace("-", ""))) for c in _COMPOUND.findall(text.lower())]


def _stems(text: str, terms: frozenset[str]) -> frozenset[str]:
    """The anchor stems of ``text``: its words that are the rubric's terms (``terms``), and
    compounds, hyphen-joined or two words, read as one word as well ("re-rank" and "re rank"
    are "rerank", "warm up" is "warmup")."""
    out: set[str] = set()
    ws = words(text)
    for a, b in zip(ws, ws[1:], strict=False):  # "warm up" is "warmup", "re rank" "rerank"
        if stem(a + b) in terms:
            out.add(stem(a + b))
    for w in ws:
        if w in NOT_ANCHOR or w in _ORDER_WORDS or len(w) < 3 or w.isdigit():
            continue
        s = stem(w)
        if s in terms:
            out.add(s)
    out.update(s for _, s in _compounds(text) if s in terms)
    return frozenset(out)


def _boundary_before(text: str, at: int, floor: int) -> int:
    """Where the clause holding position ``at`` starts: the last boundary (a comma, colon,
    semicolon, dash, "and", "but", "so") between ``floor`` and ``at``, else ``floor``."""
    last = floor
    for m in _BOUNDARY.finditer(text, floor, at):
        last = m.end()
    return last


def _later_marks(low: str) -> list[int]:
    """Positions in ``low`` (a lowered sentence) where a later part is marked."""
    marks: list[int] = []
    for word in _LATER:
        for m in re.finditer(rf"\b{word}\b", low):
            if word == "then":
                before = words(low[: m.start()])
                if before and before[-1] in _NOT_STEP_THEN:
                    continue
            marks.append(m.start())
    return sorted(marks)


def _sentence_order(sentence: str, terms: frozenset[str]) -> _Order | None:
    """The earlier and the later part of one sentence, or None when it puts nothing in order."""
    parts = sentence_parts(sentence)
    return None if parts is None else _pair(*parts, sentence, terms)


def sentence_parts(sentence: str) -> tuple[str, str] | None:
    """The earlier and the later part of one sentence (lowered), or None when it puts nothing
    in order."""
    low = sentence.lower()
    marks = [m for m in _later_marks(low) if m > 0 and words(low[:m])]
    if marks:
        cut = _boundary_before(low, marks[0], 0)
        if cut == 0:
            return None  # "The target model then verifies ...": later than the sentence before
        end = _CLAUSE_END.search(low, marks[0])
        early, late = low[:cut], low[cut : end.start() if end else len(low)]
        return (early, late)
    # "A before B", "Before B, A", "A after B", "After B, A", "Once B, A", "X, and once B, A"
    m = re.search(r"\b(before|after|once|precedes?|follows?)\b", low)
    if m is None:
        return None
    # "A precedes B" says what "A before B" does, "A follows B" what "A after B" does
    word = {"precede": "before", "precedes": "before", "follow": "after", "follows": "after"}.get(
        m.group(1), m.group(1)
    )
    start = _boundary_before(low, m.start(), 0)
    if not words(low[start : m.start()]):  # the word opens its clause
        comma = low.find(",", m.end())
        inner = low[m.end() : comma] if comma >= 0 else low[m.end() :]
        if not words(inner) or len(words(inner)) > _INNER_MOST or _PERSONS & set(words(inner)):
            return None  # "Before running a test you fix alpha, the power ...": no clause
        head, tail = low[:start], low[comma + 1 :] if comma >= 0 else ""
        if start == 0:  # "Before B, A": A first; "After B, A" and "Once B, A": B first
            if word == "before":
                return (tail, inner)
            return (inner, tail)
        if word == "before":  # "A, before B"
            return (head, inner)
        if word == "after":  # "A, after B"
            return (inner, head)
        return (head + " " + inner, tail)  # "X, and once B, A"
    if word == "once":
        return None  # "touched once", "computed once": a count, no order
    rest = low[m.end() :]
    if words(rest)[:1] and words(rest)[0] in _EVERY:
        return None  # "after every epoch": how often, not what comes first
    end = _BOUNDARY.search(rest)
    after_part = rest[: end.start()] if end else rest
    if not words(after_part):
        return None  # "as before", "the window after": no second step named
    before_part = low[start : m.start()]
    if word == "before":
        return (before_part, after_part)
    return (after_part, before_part)


def _pair(early: str, late: str, text: str, terms: frozenset[str]) -> _Order | None:
    e, lt = _stems(early, terms), _stems(late, terms)
    if not e or not lt:
        return None
    return _Order(e, lt, text)


# "First, feature extraction: freeze ...", "I first check for ...": a step said to come first
_FIRST = re.compile(r"^(?:first(?:ly)?\b[,:]?|.{0,40}?\b(?:i|we|you)\s+first\b)", re.I)


_REASON = re.compile(r",?\s(?:because|since)\s|,\s(?:as|so)\s|;")
_OPENING_CONDITION = word_set("if when whenever once after")
_STEPPERS = word_set("i we you i'd we'd you'd i'll we'll")


def _first_step(sentence: str) -> str | None:
    """The rest of a sentence that says its step comes first (lowered, up to a reason), or
    None; a sentence that orders its own steps ("first A, then B") is read by
    ``sentence_parts``."""
    m = _FIRST.match(sentence.strip())
    if m is None or _later_marks(sentence.lower()):
        return None
    return _REASON.split(sentence.strip()[m.end() :].lower())[0]


def _main_clause(sentence: str) -> str:
    """A sentence (lowered) without an opening condition ("If that is not enough, I unfreeze
    ..." is "I unfreeze ...") and up to a reason."""
    low = sentence.strip().lower()
    ws = words(low)
    if ws and ws[0] in _OPENING_CONDITION and "," in low:
        low = low[low.index(",") + 1 :]
    return _REASON.split(low)[0]


def _opens_later(sentence: str) -> str | None:
    """The rest of a sentence that opens on a word of a later step ("Then a controller ...",
    "The target model then verifies ..."), or None."""
    low = sentence.strip().lower()
    for word in _OPENING_LATER:
        if re.match(rf"{word}\b", low):
            return low[len(word) :]
    marks = [m for m in _later_marks(low) if m > 0]
    if marks and _boundary_before(low, marks[0], 0) == 0:
        return low
    return None


@lru_cache(maxsize=256)
def _accepted_orders(texts: tuple[str, ...], terms: frozenset[str]) -> tuple[_Order, ...]:
    out: list[_Order] = []
    for text in texts:
        sentences = split_sentences(text)
        for n, sentence in enumerate(sentences):
            first = _first_step(sentence)
            if first is not None and n + 1 < len(sentences):
                # "I first check for a pipeline bug ... If the change is real, I retrain": the
                # step said first comes before the next sentence's, whatever that one's "if"
                nxt = _main_clause(sentences[n + 1])
                # ... when that one tells the speaker's next step ("I unfreeze ...", not "Labels
                # are few ...")
                if (
                    words(nxt)[:1]
                    and words(nxt)[0] in _STEPPERS
                    and not ((_UNSURE | NEGATION_WORDS) & set(words(first + " " + nxt)))
                ):
                    pair = _pair(first, nxt, sentence + " " + sentences[n + 1], terms)
                    if pair is not None:
                        out.append(pair)
            parts = sentence_parts(sentence)
            # its hedges read in its two steps, the later one up to a comma ("then retrain on
            # recent data, schedule or trigger retraining" asserts its order)
            said = sentence if parts is None else parts[0] + " " + parts[1].split(",")[0]
            if (_UNSURE | NEGATION_WORDS) & set(words(said)):
                continue  # "a covariate measured after assignment can absorb ...": no truth
            own = None if parts is None else _pair(*parts, sentence, terms)
            if own is not None:
                out.append(own)
            if (_UNSURE | NEGATION_WORDS) & set(words(sentence)):
                continue
            rest = _opens_later(sentence) if n > 0 else None
            if rest is None:
                continue
            for before in sentences[max(0, n - _STEPS_BACK) : n]:
                pair = _pair(before, rest, before + " " + sentence, terms)
                if pair is not None:
                    out.append(pair)
    return tuple(out)


def _terms(question: Question) -> frozenset[str]:
    """The rubric's terms: the stems of its key points' labels and phrases (a hyphen-joined
    compound also as one word) that the prompt does not say and that are no stop or generic
    words."""
    asked = {stem(w) for w in words(question.prompt)}
    out: set[str] = set()
    for kp in question.key_points:
        texts = (kp.label, *kp.phrases)
        out |= content_stems(texts, skip=NOT_ANCHOR, shortest=3)
        out.update(s for text in texts for _, s in _compounds(text))
    bare = {stem(w) for w in NOT_ANCHOR | _ORDER_WORDS}
    return frozenset(out - asked - bare)


def _longest(stem_: str) -> tuple[int, str]:
    return (-len(stem_), stem_)


# The shortest stem read as the root of a longer one ("pair" of "pairwis", "rank" of "ranker"; not
# "cat" of "categor").
_ROOT_FROM = 4


def _kin(stem_: str, stems: frozenset[str] | set[str]) -> bool:
    """Whether ``stems`` hold ``stem_`` or a word of its family (one the root of the other)."""
    if stem_ in stems:
        return True
    return any(
        min(len(stem_), len(other)) >= _ROOT_FROM
        and (stem_.startswith(other) or other.startswith(stem_))
        for other in stems
    )


def _reverses(said: _Order, accepted: _Order) -> tuple[str, str] | None:
    """The two anchors (said earlier, said later) when ``said`` tells ``accepted``'s parts the
    other way round, else None."""
    # the longest anchor first: "finetun" (said "fine-tuning") before "fine"
    # A word family counts as one term: "pairs" in the rubric's later step and "pairwise" in its
    # earlier one leave "pair" on neither side alone, so an answer's "scoring every pair is too
    # slow, so blocking, then a pairwise classifier" tells no order of it.
    first = sorted(
        (
            a
            for a in said.earlier & accepted.later
            if not _kin(a, accepted.earlier) and not _kin(a, said.later)
        ),
        key=_longest,
    )
    second = sorted(
        (
            b
            for b in said.later & accepted.earlier
            if not _kin(b, accepted.later) and not _kin(b, said.earlier)
        ),
        key=_longest,
    )
    if not first or not second:
        return None
    same_early = said.earlier & accepted.earlier - accepted.later - said.later
    same_late = said.later & accepted.later - accepted.earlier - said.earlier
    if same_early and same_late:
        return None  # it says the rubric's order too: two steps of another kind
    return first[0], second[0]


def _asserted(tokens: Tokens, stance: Stance, first: int, last: int) -> bool:
    said = tokens.words[first:last]
    if names_a_mistake(said) or any(w in _UNSURE or w in _NEGATED for w in said):
        return False
    return not stance.warned((first, last))


def _told(sentence: str) -> int:
    """How many words of the sentence tell its order: up to a colon after its later step ("...
    then investigate, because retraining tells you which drift it was: if the new model is
    better, ..." elaborates with a condition; its order is asserted)."""
    low = sentence.lower()
    marks = _later_marks(low)
    colon = low.find(":", marks[0]) if marks else -1
    return len(words(low if colon < 0 else low[:colon]))


def _word_for(stem_: str, text: str) -> str:
    """The word of ``text`` whose stem is ``stem_`` (a compound as written)."""
    for compound, s in _compounds(text):
        if s == stem_:
            return compound
    return next((w for w in words(text) if stem(w) == stem_), stem_)


def reversed_orders(
    question: Question, tokens: Tokens, stance: Stance, charged: set[str]
) -> list[MisconceptionHit]:
    """One charge for each sentence that tells two of the rubric's steps in the reverse order
    (sentences already charged are left alone)."""
    terms = _terms(question)
    accepted = _accepted_orders(accepted_texts(question), terms)
    if not accepted:
        return []
    found: list[MisconceptionHit] = []
    for sentence in tokens.sentences:
        if sentence.text in charged or not _asserted(
            tokens, stance, sentence.first_word, sentence.first_word + _told(sentence.text)
        ):
            continue
        said = _sentence_order(sentence.text, terms)
        if said is None:
            continue
        for order in accepted:
            anchors = _reverses(said, order)
            if anchors is None:
                continue
            early, late = (_word_for(a, sentence.text) for a in anchors)
            claim = f"“{early}” comes before “{late}”"
            found.append(
                MisconceptionHit(REVERSED_ORDER_ID, claim, sentence.text, _correction(order))
            )
            break
    return found


def _correction(order: _Order) -> str:
    """The rubric's sentence said as the accepted view (a piece of a sentence cut at a ";" read
    without its joining word)."""
    text = re.sub(r"^(and|but|so)\s+", "", order.text.strip(), flags=re.I).rstrip(";,: ")
    return accepted_view(text)
