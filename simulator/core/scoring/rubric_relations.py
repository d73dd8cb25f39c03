"""Relations the rubric states, said the other way round by an answer (issue 9, round 45, wrong45).

A confidently wrong answer often keeps every term of the accepted view and turns what it says of
them: "a larger sample actually lowers power" where the model answer says "a larger sample raises
power", "holidays raise demand" where it says "holidays lower demand", "LFU adapts faster than LRU"
where a comparison says the opposite. Round 44 read 35-40 % of the escaping verbose-wrong answers as
a turned effect and 15 % as a property given to the other side. This module reads the relations the
rubric's own sentences state (the model answer, the key-point labels and the misconceptions'
corrections), in any pack, with no hand tuning:

* an effect: a subject, a verb of change and its object ("a larger *sample* *raises* *power*", "a
  smaller alpha *lowers* power"), a quantity that moves with another ("*errors* *grow* with the
  *horizon*"), or what a subject makes of an object ("more data *makes* the *interval* *narrower*");
* a comparison: two sides of a comparative ("*LRU* adapts *faster* than *LFU*"), where the
  comparative's opposite ("slower") is the same relation turned.

Each relation is (subject, what, sign, object), a side being its head term and the rubric terms
before it, with the sign of a degree word said in it ("a *larger* sample", "*fewer* trees"). An
answer's clause turns a relation round when it says the same two sides (the same heads, and no
other modifier on both) with the opposite sign, or a comparison's two sides exchanged with the same
sign; the relation's key point is then charged, when the clause asserts it: no negation, hedge,
question, opening condition, warning, reported view or side-by-side frame ("unlike", "compared",
"both"), and the answer never states the rubric's own relation elsewhere. A relation the rubric
states both ways is not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from simulator.core.questions import GENERIC_WORDS, Question
from simulator.core.scoring.contradiction import Contradiction
from simulator.core.scoring.relation_facts import point_of, rejecting
from simulator.core.scoring.stance import NEGATION_WORDS, Stance
from simulator.core.scoring.text import (
    STOPWORDS,
    Sentence,
    Tokens,
    split_sentences,
    stem,
    word_set,
    words,
)

# Verbs of change, said of an object ("raises power") or of their own subject ("power rises with").
_UP = word_set(
    "raise raises raised raising increase increases increased increasing boost boosts boosted"
    " boosting grow grows grew growing rise rises rose rising widen widens widened widening"
    " inflate inflates inflated inflating amplify amplifies amplified lengthen lengthens"
    " lengthened expand expands expanded expanding climb climbs climbed climbing"
)
_DOWN = word_set(
    "lower lowers lowered lowering reduce reduces reduced reducing decrease decreases decreased"
    " decreasing cut cuts cutting shrink shrinks shrank shrunk shrinking narrow narrows narrowed"
    " narrowing shorten shortens shortened shortening dampen dampens dampened lessen lessens"
    " lessened diminish diminishes diminished fall falls fell falling drop drops dropped dropping"
    " decline declines declined declining"
)
_OBJECT_LEADS = word_set("the a an its their it them his her our your this that these those")
# Verbs of change said of their own subject only: what follows them is no object.
_INTRANSITIVE = word_set(
    "rise rises rose fall falls fell drop drops dropped decline declines declined climb climbs"
    " climbed grew"
)
# "lower" and "narrow" are degree words before a noun ("a lower error"): a verb only where no
# determiner or link stands before them
_ALSO_DEGREES = word_set("lower narrow")
# Degree words: (dimension, sign). A comparative's opposite is the same dimension turned.
_DEGREES: dict[str, tuple[str, int]] = {}
for _dim, _ups, _downs in (
    ("size", "large larger largest big bigger biggest huge", "small smaller smallest tiny"),
    ("amount", "more most many lots plenty", "less least fewer fewest few little"),
    ("level", "high higher highest", "low lower lowest"),
    ("speed", "fast faster fastest quick quicker quickly quickest", "slow slower slowest slowly"),
    ("length", "long longer longest", "short shorter shortest"),
    ("width", "wide wider widest", "narrow narrower narrowest"),
    ("depth", "deep deeper deepest", "shallow shallower shallowest"),
    ("strength", "strong stronger strongest", "weak weaker weakest"),
    ("quality", "better best", "worse worst"),
    ("cost", "costly costlier expensive", "cheap cheaper cheapest"),
    ("ease", "easy easier easiest", "hard harder hardest"),
):
    for _w in _ups.split():
        _DEGREES[_w] = (_dim, 1)
    for _w in _downs.split():
        _DEGREES[_w] = (_dim, -1)
# Degree words that say how much of a side there is ("a *larger* sample", "*fewer* trees").
_QUANTITIES = frozenset(("size", "amount", "level", "strength"))
_MAKES = word_set("make makes made making")
_LINKS = word_set(
    "is are was were be been being become becomes became get gets got stay stays remain remains"
)
# Words a side never reaches past.
_SIDE_BREAKS = word_set(
    "than with as by because since so and or but while whereas which that who where when if"
    " unless although though however instead for from of in on at to it them again after before"
    " until"
)
# What a clause is cut at (a relation is read within one).
_CLAUSE_CUT = re.compile(
    r"[,;:()\u2013\u2014]|\s-\s|\b(?:and|but|however|whereas|while|although|though|because|since"
    r"|so|which|who|where|whereby|instead)\b",
    re.I,
)
_CONDITIONS = word_set("if when whenever unless once assuming suppose while until")
_CIRCUMSTANCES = word_set("with at for under as once in after during by on")
_HEDGES = word_set(
    "might may could can would sometimes possibly perhaps maybe probably depends depending whether"
    " usually often typically rarely tend tends unless if"
)
# A rubric clause with one of these states no relation: "each iteration *cannot* decrease the
# likelihood" denies one, "averaging *would* reduce variance" and "it *usually* helps" hedge it.
_NOT_FIRM = NEGATION_WORDS | _HEDGES | word_set("would should must cannot")
# A sentence that sets two things side by side ("unlike LRU, ...", "compared with ...", "both")
# says each side's property in a frame of its own.
_FRAMES = word_set("unlike compared versus vs opposed contrast both either neither")
_ADVERBS = word_set(
    "actually also just only even still really then instead however much far little bit slightly"
    " somewhat usually generally typically always too a an the"
)
_NOT_TERMS = (
    STOPWORDS
    | GENERIC_WORDS
    | frozenset(_DEGREES)
    # a verb's -ing form may name a method ("*boosting* reduces bias"); one that opens a side
    # is read as its sign ("*lowering* the threshold")
    | frozenset(w for w in _UP | _DOWN if not w.endswith("ing"))
    | _MAKES
    | _LINKS
    | _ADVERBS
    | NEGATION_WORDS
    | word_set(
        "one ones it they them its their something thing things way below above behind beyond"
        " toward towards per each every all any"
    )
)
REACH = 3  # content words read as a side


@dataclass(frozen=True)
class Side:
    """A side of a relation: its head term and the content terms said before it."""

    head: str
    modifiers: frozenset[str]


@dataclass(frozen=True)
class Relation:
    """``subject`` moves (``what`` = "moves") or is compared on ``what`` with ``object``, by
    ``sign`` (+1 together / more, -1 apart / less)."""

    subject: Side
    what: str
    sign: int
    object: Side
    # the clause's other content words: what a degree said with no other side is about ("LRU
    # *adapts* quickly when the *working set shifts*")
    context: frozenset[str] = field(default=frozenset(), compare=False)
    # the subject is the clause before's ("..., which reduces variance")
    inherited: bool = field(default=False, compare=False)

    def turned(self) -> tuple[Relation, ...]:
        """The relations that say this one the other way round."""
        out = [Relation(self.subject, self.what, -self.sign, self.object, self.context)]
        if self.what != "moves":
            out.append(Relation(self.object, self.what, self.sign, self.subject, self.context))
        return tuple(out)


NOTHING = Side("", frozenset())  # the other side of a degree said of one side only


def _adverb(w: str) -> bool:
    return w in _ADVERBS or (w.endswith("ly") and w not in _DEGREES)


def _content(w: str) -> bool:
    return w not in _NOT_TERMS and len(w) > 1 and not w[0].isdigit() and not w.endswith("ly")


def _side_before(ws: list[str], end: int) -> tuple[Side | None, int]:
    """The side that ends just before ``end``: its head is the nearest content word (adverbs
    and links skipped), its modifiers the content words before it; and the sign of a quantity
    word said in it."""
    sign = 1
    terms: list[str] = []
    i = end - 1
    while i >= 0 and (_adverb(ws[i]) or ws[i] in _LINKS or ws[i] in ("to", "not")) and not terms:
        i -= 1
    while i >= 0 and len(terms) < REACH:
        w = ws[i]
        if w in _SIDE_BREAKS:
            break
        degree = _DEGREES.get(w)
        if w.endswith(("ing", "ed")) and _change(w) and terms:
            # "*lowering* the threshold raises recall", "a *reduced* alpha" ("boosting" alone
            # names a method)
            sign = _change(w)
            break
        if degree is not None:
            sign = _side_degree(degree)  # "a *shorter* horizon"; "a *faster* rate": in doubt
        elif _content(w):
            terms.append(stem(w))
        elif terms and w not in STOPWORDS and w not in GENERIC_WORDS:
            break  # a verb or a link: the side ends ("a small *test* set" goes on)
        i -= 1
    if not terms or (len(terms) == 1 and i >= 0 and ws[i] in _PRONOUNS):
        # "*it* tries only a few values", "they need more labels": the word after a pronoun
        # is its verb, and the subject is not said here
        return None, sign
    return Side(terms[0], frozenset(terms[1:])), sign


_PRONOUNS = word_set("it they we you i he she this these those which that who")


def _side_after(ws: list[str], start: int) -> tuple[Side | None, int]:
    """The side that starts at ``start``: determiners and quantity or change words ("a
    *shorter* horizon", "*decreasing* alpha"), then a run of content words whose last is the
    head, then how the side itself moves ("as the sample *gets smaller*", "as alpha *falls*").
    A sign 0 says the side's direction is in doubt: its relation is not read."""
    sign = 1
    terms: list[str] = []
    i = start
    while i < len(ws) and len(terms) < REACH:
        w = ws[i]
        degree = _DEGREES.get(w)
        if degree is not None and not terms:
            sign *= _side_degree(degree)
        elif _change(w) and not terms:
            sign *= _change(w)
        elif _content(w):
            terms.append(stem(w))
        elif terms or w in _SIDE_BREAKS:
            break
        i += 1
    if not terms:
        return None, sign
    return Side(terms[-1], frozenset(terms[:-1])), sign * _moves_after(ws, i)


# Degrees that say how much of a side there is when said of it ("a *shorter* horizon" is less
# horizon); any other ("a *faster* rate", "a *better* model") leaves its direction in doubt.
_SIDE_SIZES = _QUANTITIES | frozenset(("length", "width", "depth"))
_GOES = word_set("go goes went gone going move moves moved moving")


def _side_degree(degree: tuple[str, int]) -> int:
    return degree[1] if degree[0] in _SIDE_SIZES else 0


def _moves_after(ws: list[str], i: int) -> int:
    """How a side said before ``i`` moves by the words after it: +1 or -1 for a change or a
    link and a degree ("*falls*", "*gets smaller*", "*is lowered*", "*goes up*"), 0 when a
    link or an -ing form leaves it in doubt ("*gets stricter*", "alpha *increasing*"), and 1
    when nothing is said of it."""
    j = i
    linked = False
    while j < len(ws) and (ws[j] in _LINKS or ws[j] in _GOES or ws[j] in _ADVERBS):
        linked = True
        j += 1
    w = ws[j] if j < len(ws) else ""
    if linked and w in ("up", "down"):
        return 1 if w == "up" else -1
    degree = _DEGREES.get(w)
    if linked and degree is not None and ws[j + 1 : j + 2] != ["than"]:
        return _side_degree(degree)
    if _change(w):
        return 0 if w.endswith("ing") else _change(w)
    return 0 if linked and w and w not in _SIDE_BREAKS else 1


def _change(w: str) -> int:
    return 1 if w in _UP else -1 if w in _DOWN else 0


def _verb_at(ws: list[str], i: int) -> int:
    """+1 / -1 when the word at ``i`` is a verb of change said as the clause's predicate, else
    0. A form in -ing names an act ("*lowering* the threshold", "gradient *boosting*"), one in
    -ed between two content words a kind ("gradient *boosted* trees"), and "lower" after a
    determiner or a verb a degree ("*use* lower-order estimates")."""
    w = ws[i]
    if w.endswith("ing"):
        return 0
    before = ws[i - 1] if i else ""
    after = ws[i + 1] if i + 1 < len(ws) else ""
    if w.endswith("ed") and before and _content(before) and after and _content(after):
        return 0
    if w in _ALSO_DEGREES and after not in _OBJECT_LEADS:
        # a verb after a plural subject ("holidays lower demand"), a degree after a verb or a
        # determiner ("reach lower error", "a lower rate")
        plural = _content(before) and before.endswith("s") and not before.endswith("ss")
        return _change(w) if plural else 0
    return _change(w)


def clause_relations(ws: list[str], before: Relation | None = None) -> list[Relation]:
    """The relations one clause's words (lower case) state; ``before``: the sentence's
    relation before, whose subject a clause that opens on its verb goes on about, and whose
    object "it" and "them" stand for ("lowers the factor ... and raises *it* again")."""
    out: list[Relation] = []
    for i, w in enumerate(ws):
        change = _verb_at(ws, i)
        if change:
            subject, s_sign = _side_before(ws, i)
            inherited = False
            if subject is None and before is not None and all(x in _ADVERBS for x in ws[:i]):
                subject, s_sign, inherited = before.subject, 1, True
            if subject is None:
                continue
            if ws[i + 1 : i + 2] in (["with"], ["as"]):
                # "power rises with effect size": what follows "with" drives the subject
                driver, d_sign = _side_after(ws, i + 2)
                if driver is not None:
                    out.append(Relation(driver, "moves", change * s_sign * d_sign, subject))
                continue
            if i and ws[i - 1] in _LINKS and ws[i + 1 : i + 2] == ["by"]:
                # "variance is reduced by averaging"
                driver, d_sign = _side_after(ws, i + 2)
                if driver is not None:
                    out.append(Relation(driver, "moves", change * s_sign * d_sign, subject))
                continue
            if w in _INTRANSITIVE:
                continue  # "accuracy drops a bit", "fall back on": no object
            obj, o_sign = _side_after(ws, i + 1)
            if obj is None and before is not None and ws[i + 1 : i + 2] in (["it"], ["them"]):
                obj = before.object
            if obj is not None:
                sign = change * s_sign * o_sign
                out.append(Relation(subject, "moves", sign, obj, frozenset(), inherited))
            continue
        degree = _DEGREES.get(w)
        if degree is None:
            continue
        dim, sign = degree
        if dim == "amount" and ws[i + 1 : i + 2] and ws[i + 1] in _DEGREES:
            continue  # "more expensive", "less costly": the degree is the next word's
        if i and ws[i - 1] in ("less", "least"):
            sign = -sign  # "less expensive" is cheaper
        if dim == "amount" and i and stem(ws[i - 1]) == "cost":
            dim = "cost"  # "listwise costs more" is "listwise is more expensive"
        if ws[i + 1 : i + 2] == ["than"]:
            at = i + 2  # "A is faster than B", "lateness costs more than earliness"
        elif ws[i + 2 : i + 3] == ["than"] and _content(ws[i + 1]):
            # "LFU needs more memory than LRU", "a lower variance than REINFORCE": compared on
            # what the comparative is said of
            dim, at = f"{dim}:{stem(ws[i + 1])}", i + 3
        else:
            made = next((j for j in range(i - 1, max(-1, i - 5), -1) if ws[j] in _MAKES), None)
            if made is not None:
                # "a larger test set makes the interval wider" says what "a larger test set
                # gives a wider interval" does
                subject, s_sign = _side_before(ws, made)
                obj, _ = _side_after(ws, made + 1)
                if subject is not None and obj is not None:
                    context = frozenset(stem(x) for x in ws[made:] if _content(x))
                    what = f"{dim}:{obj.head}"
                    out.append(Relation(subject, what, sign * s_sign, NOTHING, context))
                continue
            # a degree said of the clause's subject alone: "LRU adapts quickly", "frequent
            # symbols get short codewords", "SGD generalizes better"
            if any(x in _DEGREES or _change(x) for x in ws[i + 1 :]):
                continue  # "the prior matters most with *little* data": under a circumstance
            start = _verb_start(ws, i)
            subject, s_sign = _side_before(ws, start)
            if subject is None or start == 0 or ws[start - 1] in _SIDE_BREAKS:
                continue
            # the noun it is said of, by its head ("a wide confidence *interval*")
            noun = _side_after(ws, i + 1)[0] if ws[i + 1 : i + 2] and _content(ws[i + 1]) else None
            what = f"{dim}:{noun.head}" if noun else dim
            context = frozenset(
                stem(x) for x in ws[start:] if _content(x) and stem(x) != subject.head
            )
            out.append(Relation(subject, what, sign * s_sign, NOTHING, context))
            continue
        left, _ = _side_before(ws, _verb_start(ws, i))
        right, _ = _side_after(ws, at)
        if left is not None and right is not None and left.head != right.head:
            out.append(Relation(left, dim, sign, right))
    return [r for r in out if r.sign]  # a side whose direction is in doubt says nothing


def _verb_start(ws: list[str], i: int) -> int:
    """Where the predicate of a comparative at ``i`` starts, its subject being the side before
    it: links and adverbs ("is much faster"), and one verb after its subject ("LRU *adapts*
    faster", "lateness *costs* more", "flatter minima *generalize* better")."""
    j = i
    # another degree just before says more of the same noun ("uses *shallow* weak learners"),
    # not how much of the subject there is
    while j > 0 and (ws[j - 1] in _LINKS or _adverb(ws[j - 1]) or ws[j - 1] in _DEGREES):
        j -= 1
    k = j - 2
    while k >= 0 and _adverb(ws[k]):
        k -= 1  # "Adam *always* generalizes better"
    if (
        j > 0
        and k >= 0
        and _content(ws[j - 1])
        and _content(ws[k])
        and not ws[j - 1].endswith("ss")
    ):
        j -= 1
    return j


_ASIDE = re.compile(r"\(([^()]*)\)")


def _clauses(sentence: str) -> list[list[str]]:
    out: list[list[str]] = []
    last = 0
    for m in _CLAUSE_CUT.finditer(sentence):
        out.append([w.lower() for w in words(sentence[last : m.start()])])
        last = m.end()
    out.append([w.lower() for w in words(sentence[last:])])
    return [c for c in out if c]


def sentence_relations(sentence: str) -> list[tuple[Relation, list[str]]]:
    """Each relation a sentence states, with the words of its clause."""
    out: list[tuple[Relation, list[str]]] = []
    before: Relation | None = None
    said = [w.lower() for w in words(sentence)]
    # a degree said of one side only is not read in a sentence that opens on a circumstance
    # ("*at a very high threshold* I flag few items, so precision is high", "*with lots of
    # data* the prior matters less", "*lowering the threshold* flags more items"): it holds
    # there, and covariation.py reads the two together
    circumstance = bool(said) and (said[0] in _CIRCUMSTANCES or _change(said[0]) != 0)
    for ws in _clauses(sentence):
        for r in clause_relations(ws, before):
            if not circumstance or NOTHING not in (r.subject, r.object):
                out.append((r, ws))
                before = r
    return out


def _readings(sentence: str) -> tuple[str, ...]:
    """A rubric sentence read with its asides in brackets left out ("a stricter level
    (smaller alpha) lowers power") and, as another name of what they follow, kept in ("a
    lower variance than score-function (REINFORCE) estimators")."""
    if "(" not in sentence:
        return (sentence,)
    return (_ASIDE.sub(" ", sentence), _ASIDE.sub(r" \1 ", sentence))


@dataclass(frozen=True)
class Stated:
    relation: Relation
    sentence: str


@dataclass(frozen=True)
class Accepted:
    """The rubric's relations, and the subjects the prompt names."""

    stated: tuple[Stated, ...]
    rivals: frozenset[str]  # subjects the prompt names, of which a relation says one
    terms: frozenset[str] = frozenset()  # every content stem the rubric's sentences say

    def same(self, a: Side, b: Side) -> bool:
        """The same thing: the same head, and modifiers in common if both have some ("the
        sample" is "a large random sample"). The other side of a degree said of one side only
        is any subject the prompt names."""
        if NOTHING in (a, b):
            return (a if b == NOTHING else b).head in self.rivals | {""}
        if a.head != b.head:
            # "the batch" is "the batch size"
            return a.head in b.modifiers or b.head in a.modifiers
        # "frequent symbols" is not "rare symbols" when the rubric says both words: a correct
        # answer may say the other case ("*letting* spam through" still is "*missing* spam")
        if not (a.modifiers and b.modifiers) or a.modifiers & b.modifiers:
            return True
        return not (a.modifiers & self.terms and b.modifiers & self.terms)

    def matches(self, a: Relation, b: Relation) -> bool:
        """The same relation; a degree said of one side only must be said about something
        the other clause says too ("adapts ... when the working set shifts")."""
        if a.what != b.what or a.sign != b.sign:
            return False
        if not (self.same(a.subject, b.subject) and self.same(a.object, b.object)):
            return False
        one_sided = NOTHING in (a.subject, a.object, b.subject, b.object)
        return not one_sided or bool(a.context & b.context) or a.what == "moves"


@lru_cache(maxsize=256)
def rubric_relations(texts: tuple[str, ...], prompt: str) -> Accepted:
    """The relations the rubric's sentences state, each once, those it states both ways
    left out."""
    found: dict[Relation, str] = {}
    for text in texts:
        for sentence in split_sentences(text):
            if set(words(sentence.lower())) & _CONDITIONS:
                continue  # holds only under its condition ("the prior matters most *when* ...")
            for reading in _readings(sentence):
                for r, ws in sentence_relations(reading):
                    if not set(ws) & _NOT_FIRM:
                        found.setdefault(r, sentence)
    terms = frozenset(stem(w.lower()) for t in texts for w in words(t) if _content(w.lower()))
    named = {stem(w.lower()) for w in words(prompt)}
    rivals = frozenset(r.subject.head for r in found if r.subject.head in named)
    draft = Accepted((), rivals, terms)
    kept = tuple(
        Stated(r, s)
        for r, s in found.items()
        if not any(draft.matches(t, g) for g in found for t in r.turned())
    )
    return Accepted(kept, rivals, terms)


def _asserted(sentence: str, ws: list[str]) -> bool:
    """Does the clause assert what it says (in a sentence that does not frame it)?"""
    said = set(words(sentence.lower()))
    if sentence.rstrip().endswith("?") or rejecting(sentence) or said & _FRAMES:
        return False
    if said & _CONDITIONS or words(sentence.lower())[:1] == ["as"]:
        # said under a condition ("grows the factor *while* steps are fine and backs off ..."):
        # what it says may hold only there
        return False
    return not set(ws) & (NEGATION_WORDS | _HEDGES)


def _texts(question: Question) -> tuple[str, ...]:
    return (
        question.model_answer,
        *(kp.label for kp in question.key_points),
        *(m.correction for m in question.misconceptions),
    )


def turned_relations(
    question: Question, tokens: Tokens, stance: Stance
) -> dict[int, Contradiction]:
    """Key points whose relation an asserted clause of the answer turns round or says of the
    prompt's other subject, each with the sentence that says it."""
    if question.category.value == "behavioral":
        return {}
    accepted = rubric_relations(_texts(question), question.prompt)
    if not accepted.stated:
        return {}
    said = _rubric_words(_texts(question))
    read: list[tuple[Relation, Sentence, list[str]]] = []
    for sentence in tokens.sentences:
        # only a sentence with a verb of change or a degree word states a relation (a
        # 10,000-word answer: most sentences are passed over here)
        if _TRIGGERS.isdisjoint(tokens.words[sentence.first_word : sentence.last_word]):
            continue
        read += [(r, sentence, ws) for r, ws in _sentence_relations(sentence.text)]
    if not read:
        return {}
    warned: dict[int, bool] = {}

    def asserted(sentence: Sentence, ws: list[str]) -> bool:
        # a sentence that warns against, rules out or judges what it says anywhere ("it would
        # be a stretch to say ...", "a common bug: ..."), read only for a clause that turns a
        # relation (the stance's reading is the costly part)
        if sentence.index not in warned:
            span = range(sentence.first_word, sentence.last_word)
            warned[sentence.index] = any(stance.warned((p, p + 1)) for p in span)
        return not warned[sentence.index] and _asserted(sentence.text, ws)

    out: dict[int, Contradiction] = {}
    for stated in accepted.stated:
        g = stated.relation
        if any(accepted.matches(r, g) for r, _, _ in read):
            continue  # the answer says the rubric's relation itself somewhere
        for r, sentence, ws in read:
            if (r.subject.modifiers | r.object.modifiers) - said:
                continue  # "a *stricter* alpha": a word the rubric never says may turn the side
            if any(accepted.matches(r, t) for t in g.turned()):
                how = "turns round what the accepted answer says"
            elif _given_to_rival(accepted, r, g):
                how = "says of another subject what the accepted answer says"
            else:
                continue
            if not asserted(sentence, ws):
                continue
            terms = {g.subject.head, g.object.head, *g.subject.modifiers, *g.object.modifiers}
            terms |= set(g.what.split(":")[1:])  # what a degree is said of: "width:interval"
            k = point_of(question, terms)
            text = sentence.text
            if k is not None and k not in out:
                out[k] = Contradiction(f'"{text.strip()}" {how}: "{stated.sentence.strip()}"', text)
            break
    return out


_TRIGGERS = _UP | _DOWN | frozenset(_DEGREES)


@lru_cache(maxsize=4096)
def _sentence_relations(text: str) -> tuple[tuple[Relation, list[str]], ...]:
    return tuple(sentence_relations(text))


@lru_cache(maxsize=256)
def _rubric_words(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(stem(w.lower()) for text in texts for w in words(text))


def _given_to_rival(accepted: Accepted, r: Relation, g: Relation) -> bool:
    """The answer says of one subject the prompt names what the rubric says only of another
    ("XGBoost grows trees leaf-wise" where LightGBM does)."""
    if (
        accepted.same(r.subject, g.subject)
        or not {r.subject.head, g.subject.head} <= accepted.rivals
    ):
        return False
    if r.inherited:
        # "averages their votes, which reduces variance" goes on about the averaging, not
        # the forest the sentence opened on
        return False
    if r.what != g.what or r.sign != g.sign or not accepted.same(r.object, g.object):
        return False
    own = Relation(r.subject, g.what, g.sign, g.object)
    return not any(accepted.matches(own, s.relation) for s in accepted.stated)
