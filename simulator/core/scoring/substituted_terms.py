"""An accepted statement said with one of its terms exchanged for a rival one (issue 9, round 42,
wrong42).

Most confidently wrong answers state a wrong definition or mechanism plainly, in the rubric's own
words and with no contrast word: "a generative model learns p(y|x)" where the model answer says
"a discriminative model learns p(y|x)", "in the E-step you update the means" where it updates
them in the M-step, "the learning rate is larger for frequent features" where it is smaller,
"Welch's test pools the variances" where Student's does. Every word of such a sentence is a
rubric word, so the checks that look for the rubric's words find its key points said; the
paired-swap checks (named_sides.py, relation_facts.exchanged_facts, exchanged_pairs.py) charge
only an answer that moves both sides' attributes.

This module compares what one unit of an answer (a clause, with the words it says of its subject
up to the next clause opener: "Q-learning is on-policy and uses the next action it takes" is one
unit) asserts with what the accepted view (model answer, key-point labels, misconception
corrections) asserts in its own units. A unit is charged when:

* it shares a core of at least ``CORE_MIN`` rubric terms with an accepted unit and says, in place
  of one term X of that unit, a rival term Y: the other side of a direction or counterpart pair
  (opposite_pairs.py, counterparts.py, plain sizes), another side of a pair or group of named
  alternatives (named_sides.alternatives: the fixed pairs, the prompt's, the rubric's groups), or
  another written name of the same head ("E-step" / "M-step", "Welch's test" / "Student's test");
  a direction word the rubric never uses needs one core term more;
* exactly one pair is turned (two turned at once restate a consistent statement the other way
  round: "a deep tree has high variance" against "a deep tree has low bias"), the accepted unit
  turns no other pair the unit leaves out, neither side is turned over by the word before it
  ("low density" for "sparse") or by "less"/"fewer", and neither is another member of a family
  (counterparts.FAMILIES: "Laplace noise gives absolute error");
* Y stands where X stands: their nearest term on each side, a name's own words left out, agrees
  wherever both have one;
* the accepted view never says X and Y (or words on their sides) in one unit, and no accepted
  unit that says Y's side holds as much of the answer's unit as the core, unless it speaks of
  the other side of another pair ("boosting trains trees sequentially" does not back "bagging
  trains trees sequentially");
* the accepted unit's subject (its words before the first predicate) is at least half named;
* the unit is asserted: not negated, hedged or conditional (relation_facts' readers, and a
  condition before or after it: "if", "when", "while"), not a relative clause ("L2, which adds
  the squared weights to the loss, L1, ..."), with no comparison or both sides of a pair in it
  ("than", "unlike", "only", "a small k overfits and a large k smooths"), not inside a warning
  or a report of what others believe (Stance, and "trap", "avoid", "forget"), in a sentence
  that does not reject a claim.

Charged as a contradicted key point (the point whose label and phrases say most of the accepted
unit's terms), the sentence quoted with the accepted statement it turns. Dev (every content set
with every pack but this round's held-out; 4972 correct answers, 1004 verbose-wrong, with and
without the rubrics' claims): 0 correct answers read, 35 / 34 verbose-wrong (21 of 284 on
outside packs); most of these other checks charge already (dev scores: 1 / 4 verbose-wrong
answers lower). The classes of correct answers read on the way (each now a rule above): a
quantifier "most", "non linear" read as "linear", a relative clause running into the next name,
a family member, "low density", "less noisy", "how wide", a list of both sides, a condition
after the clause ("grows the factor while steps are fine"), "I once thought", "as the sample
size grows" (the cause of a covariation), "can be" (what sometimes holds).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.contradiction import Contradiction
from simulator.core.scoring.counterparts import PAIRS, TWO_SIDED
from simulator.core.scoring.named_sides import alternatives
from simulator.core.scoring.relation_facts import (
    COPULAS,
    LOW_TERMS,
    accepted_texts,
    point_of,
    rejecting,
    terms_of,
    unasserted,
)
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import STOPWORDS, Tokens, split_sentences, stem, word_set, words

READ = True  # off: the scorer as it was before this check (benchmarks compare the two)
CORE_MIN = 2  # rubric terms an answer unit shares with the accepted unit it restates
# Words that open another unit: what follows is said of something else, or under a condition.
_OPENERS = word_set(
    "but whereas while so because since although though which who when where if unless then"
    " thus therefore hence meaning"
)
_PUNCT = re.compile(r"[;:()\u2014]")
# A comparison says how two things stand to each other, not what one of them is.
_COMPARING = word_set(
    "than unlike whereas compared versus vs relative both either neither instead rather only until"
    " how"
)
# Predicates: the words before the first of them are what a unit is about (its subject).
_PREDICATES = COPULAS | frozenset(
    stem(w)
    for w in word_set(
        "has have uses use gives give computes compute makes make keeps keep needs need learns"
        " learn updates update assumes assume estimates estimate takes take models model"
        " applies apply adds add picks pick returns return sets set"
    )
)

# Plain sizes, beside the pairs' comparatives ("high variance" against "low bias").
_SIZES = (("high", "low"), ("large big", "small"))
# "most" and "least" mostly count ("most losses are ...") or modify ("the most common"); they
# are never read as the minimum/maximum pair's sides here.
_QUANTIFIERS = frozenset(("most", "least"))
_SIDES: dict[str, set[tuple[int, int]]] = {}
for _n, _pair in [*((n, PAIRS[n]) for n in TWO_SIDED), *enumerate(_SIZES, len(PAIRS))]:
    for _side, _forms in enumerate(_pair):
        for _w in _forms.split():
            if _w not in _QUANTIFIERS:
                _SIDES.setdefault(stem(_w), set()).add((_n, _side))
# A family's members (Gaussian, Laplace, ...) name alternatives: another member in the unit says
# it speaks of another thing ("Laplace noise gives absolute error" against "Gaussian noise gives
# squared error"), never a substitution on its own (counterparts.FAMILIES).
_FAMILY = len(PAIRS) + len(_SIZES)
for _side, _forms in enumerate(f for n, p in enumerate(PAIRS) if n not in TWO_SIDED for f in p):
    for _w in _forms.split():
        _SIDES.setdefault(stem(_w), set()).add((_FAMILY, _side))
# Words that turn the word after them over ("low density" is sparse, "less noisy" smoother).
_TURNING = word_set("less fewer low lower not no non without lack lacks reduced")
# Warnings the claim readers do not list: what follows is a trap, not the speaker's claim.
# ... and a belief the speaker held once ("I once thought a deep tree has high bias").
_WARNING = word_set(
    "trap traps pitfall pitfalls bug bugs forgetting forget avoid avoids prevent prevents thought"
    " assumed used"
)
# A verdict that what the unit says is worth nothing rejects it: "suggestions that arrive after
# the next keystroke are *useless*" says they must arrive before it (flag66: a correct
# autocomplete answer's "the answer has to arrive before the next keystroke" was charged as
# '"before" where the accepted answer says "after"').
_WORTHLESS = word_set("useless worthless pointless meaningless wasted")
# What can or sometimes holds is no claim about what holds ("they can be underconfident after
# label smoothing").
_POSSIBLE = word_set("can sometimes occasionally possibly")
# Words after which the unit says what holds under a condition, not what always holds, or
# goes on about a noun before it ("L2, which adds the squared weights to the loss, L1, ...":
# the unit runs on into the next name).
_CONDITIONAL = word_set("if when unless whenever once where while which who")
_TRAILING_CONDITIONS = word_set("if when unless whenever once while")
NEIGHBOURS = 1  # terms read on each side of the exchanged term: the nearest one


Sides = dict[str, frozenset[tuple[int, int]]]  # a term's (pair or group, side) places


def _paired(a: str, b: str, sides: Sides) -> bool:
    """Are ``a`` and ``b`` on two sides of one pair or group of alternatives?"""
    return any(n == m and s != t for n, s in sides.get(a, ()) for m, t in sides.get(b, ()))


def _sides(terms: frozenset[str], sides: Sides) -> set[tuple[int, int]]:
    return {side for t in terms for side in sides.get(t, ())}


def _says(unit: _Unit, term: str, sides: Sides) -> bool:
    """Does ``unit`` say ``term``, or another word on its side ("grows" for "raises")?"""
    own = {(n, s) for n, s in sides.get(term, ()) if n < len(PAIRS) + len(_SIZES)}
    return term in unit.terms or bool(own & _sides(unit.terms, sides))


def _turned_before(unit: _Unit, term: str) -> bool:
    at = unit.seq.index(term)
    return at > 0 and unit.words[at - 1] in _TURNING


def _less(unit: _Unit) -> bool:
    return bool({"less", "fewer"} & set(unit.words))


def _conflict(
    a: set[tuple[int, int]], b: set[tuple[int, int]], own: frozenset[tuple[int, int]]
) -> bool:
    """Do ``a`` and ``b`` stand on two sides of a pair other than ``own``'s? ("boosting trains
    trees sequentially" does not back "bagging trains trees sequentially")."""
    mine = {n for n, _ in own}
    of_a: dict[int, set[int]] = {}
    for n, s in a:
        of_a.setdefault(n, set()).add(s)
    # a pair whose sides ``a`` and ``b`` say none in common ("false positives and false
    # negatives" lists both and conflicts with neither)
    return any(n not in mine and n in of_a and t not in of_a[n] for n, t in b)


def _question_sides(question: Question) -> Sides:
    """The direction and counterpart pairs, and the question's named alternatives (named_sides:
    the fixed pairs, the prompt's, the rubric's groups, names the model answer writes), each
    name by the words that tell it from the others of its kind ("e" of "e step" against "m
    step")."""
    return _with_names(*alternatives(question))


@lru_cache(maxsize=256)
def _with_names(names: tuple[tuple[tuple[str, ...], ...], ...], kinds: tuple[int, ...]) -> Sides:
    out = {k: frozenset(v) for k, v in _SIDES.items()}
    base = len(PAIRS)
    marks = [frozenset(t for way in g for t in way if t not in LOW_TERMS) for g in names]
    groups: dict[int, list[int]] = {}
    heads: dict[str, int] = {}
    for i, kind in enumerate(kinds):
        if kind >= 0:  # a pair's or a group's sides
            groups.setdefault(kind, []).append(i)
            continue
        # Any two written names are too loose a pair ("Adam" and "RMSprop" both keep a moving
        # average); names of one head told apart by their first word are alternatives ("E-step"
        # and "M-step", "Welch's test" and "Student's test").
        for way in names[i]:
            if len(way) >= 2:
                group = heads.setdefault(way[-1], len(kinds) + len(heads))
                groups.setdefault(group, []).append(i)
    groups = {g: members for g, members in groups.items() if len(set(members)) >= 2}
    for kind, members in groups.items():
        for i in members:
            others = frozenset(t for j in members if j != i for t in marks[j])
            for t in marks[i] - others:
                out[t] = out.get(t, frozenset()) | {(base + kind + 1, i)}
    return out


@dataclass(frozen=True)
class _Unit:
    text: str
    words: tuple[str, ...]
    seq: tuple[str | None, ...]  # each word's term (None: a small or generic word)
    terms: frozenset[str]
    subject: frozenset[str]
    asserted: bool

    def around(self, term: str) -> tuple[frozenset[str], frozenset[str]]:
        """The ``NEIGHBOURS`` nearest terms before ``term``'s first place and after it."""
        at = self.seq.index(term)
        # a single letter ("k", "p") stands beside many things
        before = [t for t in self.seq[:at] if t is not None and len(t) > 1][-NEIGHBOURS:]
        after = [t for t in self.seq[at + 1 :] if t is not None and len(t) > 1][:NEIGHBOURS]
        return frozenset(before), frozenset(after)


def _joined(ws: list[str]) -> list[str]:
    """ "non linear" as "nonlinear": the prefix written apart is one word."""
    out: list[str] = []
    for w in ws:
        if out and out[-1] == "non":
            out[-1] = "non" + w
        else:
            out.append(w)
    return out


def _units(text: str) -> list[_Unit]:
    out: list[_Unit] = []
    for sentence in split_sentences(text):
        rejects = rejecting(sentence)
        for part in _PUNCT.split(sentence):
            current: list[str] = []
            conditional = False
            for w in [*_joined(words(part)), "then"]:
                if w in _OPENERS:
                    if current:
                        # a condition after the unit sets when it holds too ("it grows the
                        # factor when no step overflows")
                        unsure = rejects or conditional or w in _TRAILING_CONDITIONS
                        out.append(_unit(current, unsure))
                    current = []
                    conditional = w in _CONDITIONAL
                else:
                    current.append(w)
    return out


def _unit(ws: list[str], unsure: bool) -> _Unit:
    i = next((i for i, w in enumerate(ws) if stem(w) in _PREDICATES), 0)
    seq = tuple(terms_of([w]) and next(iter(terms_of([w]))) or None for w in ws)
    terms = frozenset(t for t in seq if t is not None)
    # "as the sample size grows, ..." sets a covariation's cause, not a claim about the rest
    unsure = unsure or ws[0] == "as"
    asserted = (
        not unsure
        and not unasserted(ws)
        and not set(ws) & (_COMPARING | _WARNING | _POSSIBLE | _WORTHLESS)
    )
    return _Unit(" ".join(ws), tuple(ws), seq, terms, terms_of(ws[:i]), asserted)


def _word(unit: _Unit, term: str) -> str:
    """The word that says ``term`` in ``unit``, as written (a letter with the word after it:
    "e step")."""
    at = unit.seq.index(term)
    return " ".join(unit.words[at : at + 2]) if len(unit.words[at]) == 1 else unit.words[at]


def _spelled_out(unit: _Unit, term: str) -> frozenset[str]:
    """The terms of the words in ``unit`` that spell ``term`` out, their initials in a row
    ("gated recurrent unit" for "gru", "long short term memory" for "lstm"): a name's own
    words, which say nothing the unit claims of it. Blind set 62: "An LSTM is a type of
    recurrent network with gates that help it remember" shared only "recurrent" and "gate"
    with "a GRU, gated recurrent unit, simplifies this", and a correct answer was charged with
    LSTM said where the accepted answer says GRU."""
    letters = term if term.isalpha() and 2 <= len(term) <= 6 else ""
    if not letters:
        return frozenset()
    n = len(letters)
    out: set[str] = set()
    for i in range(len(unit.words) - n + 1):
        run = unit.words[i : i + n]
        if "".join(w[:1] for w in run) == letters and all(len(w) > 1 for w in run):
            out.update(t for t in unit.seq[i : i + n] if t is not None)
    return frozenset(out)


@dataclass(frozen=True)
class _Accepted:
    units: tuple[_Unit, ...]


@lru_cache(maxsize=256)
def _accepted(texts: tuple[str, ...]) -> _Accepted:
    return _Accepted(tuple(u for t in texts for u in _units(t) if u.terms))


@dataclass(frozen=True)
class Substitution:
    said: str  # the rival term the answer says
    replaced: str  # the accepted unit's term it stands for
    accepted: str  # the accepted unit's words
    unit: str  # the answer unit's words


def substitutions(question: Question, text: str) -> list[Substitution]:
    """The asserted units of ``text`` that say an accepted unit with one term exchanged for a
    rival term the accepted view never says with it."""
    acc = _accepted(accepted_texts(question))
    vocabulary = frozenset(t for u in acc.units for t in u.terms)
    sides = _question_sides(question)
    named = frozenset(t for g in alternatives(question)[0] for way in g for t in way)
    out: list[Substitution] = []
    for unit in _units(text):
        if not unit.asserted:
            continue
        # a single letter says little, unless it tells a name ("e" of "E-step")
        # (a direction word need not be the rubric's: "lower" where it says "raises")
        said = frozenset(t for t in unit.terms if t in sides or (t in vocabulary and len(t) > 1))
        if len(said) < CORE_MIN + 1:
            continue
        found = _substitution(unit, said, acc, sides, named, vocabulary)
        if found is not None:
            out.append(found)
    return out


def _head(unit: _Unit, term: str) -> str | None:
    """The stem of the word ``term`` stands right before, when a content word: the noun a
    modifier is said of ("offline *recall*"), a verb's object ("reduces *variance*"). A name
    written with a letter ("e step") is said of the word after the name."""
    at = unit.seq.index(term) + (2 if len(unit.words[unit.seq.index(term)]) == 1 else 1)
    if at < len(unit.words) and unit.words[at] not in STOPWORDS:
        return stem(unit.words[at])
    return None


def _said_of_another(unit: _Unit, y: str, accepted: _Unit, x: str) -> bool:
    """Y and X are each said of a word of their own, and neither unit names the other's: a
    modifier is said of the noun after it, so "*offline* recall at k ... plus human judgments"
    swaps nothing of "retrieval metrics plus human judgments and *online* tests" (flag68: a
    correct visual-search design that also ran an online test was charged '"offline" where
    the accepted answer says "online"' and scored 25). The neighbour check above passed it:
    X ends its unit and Y opens its own, so no side had a term on both. "Macro averaging pools
    ..." for "micro averaging pools ..." says the same noun, and "micro F1 is the average ..."
    for "macro averaging takes the mean ..." names the accepted noun too ("average"): both
    are still read."""
    said_of, accepted_of = _head(unit, y), _head(accepted, x)
    if said_of is None or accepted_of is None or said_of == accepted_of:
        return False
    return accepted_of not in {stem(w) for w in unit.words} and said_of not in {
        stem(w) for w in accepted.words
    }


def _substitution(
    unit: _Unit,
    said: frozenset[str],
    acc: _Accepted,
    sides: Sides,
    named: frozenset[str],
    vocabulary: frozenset[str],
) -> Substitution | None:
    unit_sides = _sides(unit.terms, sides)
    if any(n == m and s != t for n, s in unit_sides for m, t in unit_sides):
        return None  # both sides of a pair: "a small k overfits and a large k smooths"
    for c in acc.units:
        if not c.asserted:
            continue
        core = said & c.terms
        if len(core) < CORE_MIN:
            continue
        if 2 * len(c.subject & unit.terms) < len(c.subject):
            continue  # the accepted statement is about something the unit does not name
        c_sides = _sides(c.terms, sides)
        turned = [
            (x, y)
            for y in sorted(said - c.terms)
            for x in sorted(c.terms - said)
            if _paired(x, y, sides)
            and not sides[x] & unit_sides  # the unit says X's side too
            and not sides[y] & c_sides  # the accepted unit says Y's side too
        ]
        pairs = {frozenset(sides[x] | sides[y]) for x, y in turned}
        if len(pairs) != 1:
            continue  # none, or two pairs turned at once: a consistent statement turned round
        x, y = turned[0]
        if len(core - _spelled_out(c, x) - _spelled_out(unit, y)) < CORE_MIN:
            continue  # the shared words only spell out a name ("a GRU, gated recurrent unit")
        mine = {n for n, _ in sides[x]}
        if any(n not in mine and (n, t) not in unit_sides for n, t in c_sides):
            continue  # the accepted unit turns another pair the unit leaves out ("noisier")
        if any(n == _FAMILY for n, _ in sides[x] | sides[y]):
            continue  # another member of a family: another thing, not a wrong one
        if _turned_before(c, x) != _turned_before(unit, y) or _less(c) != _less(unit):
            continue  # "low density" for "sparse", "less noisy" for "noisier": said both ways
        if y not in vocabulary and len(core) < CORE_MIN + 1:
            continue  # a direction word of the answer's own needs more of the statement
        if any(_says(u, x, sides) and _says(u, y, sides) for u in acc.units):
            continue  # said together: not alternatives
        if any(
            _says(u, y, sides)
            and len(said & u.terms) >= len(core)
            and not _conflict(_sides(u.terms, sides), unit_sides, sides[y])
            for u in acc.units
        ):
            continue  # the unit restates an accepted statement that says the rival as well
        # ... beside the same terms (a name's own head word, "encoder" of "bi encoder" and
        # "cross encoder", says nothing of where it stands)
        (yb, ya), (xb, xa) = (
            (before - named, after - named) for before, after in (unit.around(y), c.around(x))
        )
        if not all(y_side & x_side for y_side, x_side in ((yb, xb), (ya, xa)) if y_side and x_side):
            continue  # Y does not stand where X stands: its neighbours on each side differ
        if _said_of_another(unit, y, c, x):
            continue  # "offline recall" for "online tests": each said of its own thing
        return Substitution(_word(unit, y), _word(c, x), c.text, unit.text)
    return None


def substituted_points(
    question: Question, tokens: Tokens, stance: Stance
) -> dict[int, Contradiction]:
    """Key points contradicted by an accepted statement said with a rival term, each with the
    sentence that says it."""
    if question.category.value == "behavioral" or not READ:
        return {}
    out: dict[int, Contradiction] = {}
    for sentence in tokens.sentences:
        for s in substitutions(question, sentence.text):
            at = tokens.position_in(sentence, s.unit)
            if at is not None and (stance.warned((at, at + 1)) or stance.negated((at, at + 1))):
                continue
            k = point_of(question, set(terms_of(words(s.accepted))))
            if k is not None:
                out.setdefault(
                    k,
                    Contradiction(
                        f'"{s.unit}": "{s.said}" where the accepted answer says "{s.replaced}"'
                        f' ("{s.accepted}")',
                        sentence.text,
                    ),
                )
    return out
