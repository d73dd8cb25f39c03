"""Two paired terms' definitions exchanged, read per clause (issue 9, round 39, swap39).

"Data parallelism splits the model's layers across GPUs while model parallelism copies the model
and splits the batch" says the rubric's own words with the two terms' attributes swapped.
relation_facts.py misses it: it drops generic words from names, so "data parallelism" and "model
parallelism" become the same term (or none), and the model answer often names both terms in one
sentence ("unlike data parallelism, which copies ..., model parallelism splits ..."), so which
attribute belongs to which term must be read from the clauses.

Here a pair of terms is read as whole noun phrases sharing a head: from the prompt's
coordinations ("data parallelism and model parallelism", "inner and outer loop", "maximum
likelihood and maximum a posteriori estimation") and from key-point wordings that differ only in
their first word ("inner loop" / "outer loop"). Each clause of a text is given to the term it
names; a clause that names neither goes on about the term before it ("..., which copies the
model" about the term just named; a clause after an "unlike X" aside about the sentence's own
subject; "the other one" about the other term). A term's attributes in the accepted view (model
answer and key-point labels) are the content words of its clauses; an attribute only one term
has is that term's. An answer is charged when, in asserted clauses, it gives each term words
only the other term has and never gives those words to the right term.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from simulator.core.questions import GENERIC_WORDS, Question
from simulator.core.scoring.stance import NEGATION_WORDS
from simulator.core.scoring.text import STOPWORDS, split_sentences, stem, word_set, words

_COORDINATORS = word_set("and or vs versus")
# Words that open a new clause (what follows may be said of another term).
_BREAKS = word_set(
    "while whereas but which who that because so since although though unlike instead"
    " and or then when where"
)
# An aside naming the term a comparison is made with: what follows it goes back to the
# sentence's own subject, unless it is a relative clause about the aside's term.
_ASIDE_OPENERS = word_set("unlike than versus vs")
_RELATIVES = word_set("which who that")
_RELATIVE_OR_COORDINATOR = _RELATIVES | _COORDINATORS
_PRONOUNS = word_set("it its they them their this these")
_OTHER = ("the other", "the latter", "the second")
# A clause with a denial asserts only what comes before it; one with a hedge asserts nothing.
_DENIALS = NEGATION_WORDS | word_set("not never no")
_HEDGES = word_set("might may could if unless whether suppose assume assuming")
_REJECTING = word_set(
    "myth misconception misconceptions mistake mistaken wrong misunderstanding confuse confusing"
    " confused mix mixed swap swapped tempting people think thinks believe believed believes"
    " opposite backwards"
)
_GENERIC = frozenset(stem(w) for w in GENERIC_WORDS)
_WEAK = frozenset(
    stem(w)
    for w in word_set(
        "one ones each every both also even just much more less own use uses used using way ways"
        " part parts thing things lot need needs make makes instead first second other kind"
        " usually often always typically basically approach method methods case cases all at per"
    )
)


# Words of the other term's description an exchange says in all: one word each way can be a
# list's item read against the wrong term ("false accepts per hour and false rejects under noise").
MIN_EXCHANGED = 3


@dataclass(frozen=True)
class Term:
    """One side of a pair: how it may be written (word sequences, stemmed) and its acronyms."""

    name: str
    forms: tuple[tuple[str, ...], ...]
    acronyms: frozenset[str]
    own_words: frozenset[str]


@dataclass(frozen=True)
class Exchange:
    """An answer clause giving ``term`` what the accepted view gives only ``other``."""

    term: str
    other: str
    attribute: str
    clause: str
    sentence: str


# Words that pick out members, not kinds: "each device" and "every device" are one thing.
_QUANTIFIERS = word_set(
    "each every all some any many few several other same different whole both either"
    " first second new old"
)


def _content(w: str) -> bool:
    return w not in STOPWORDS and not w.isdigit() and len(w) > 1


def _modifier(w: str) -> bool:
    return _content(w) and w not in _QUANTIFIERS


def _acronyms(phrase: list[str]) -> set[str]:
    letters = "".join(w[0] for w in phrase)
    return {letters} if len(letters) >= 3 else set()


def _term(prefix: list[str], mod: list[str], head: list[str]) -> Term | None:
    said = [w for w in mod if _content(w)]  # "a" stays in "maximum a posteriori"
    if not said or not all(_modifier(w) for w in said):
        return None
    full = [*prefix, *mod, *head]
    forms = {tuple(stem(w) for w in full), tuple(stem(w) for w in [*prefix, *mod])}
    if head:
        forms.add(tuple(stem(w) for w in [*mod, *head]))
        forms.add(tuple(stem(w) for w in [*mod, "one"]))
    # never the modifier alone: "model" in "a copy of the model" is not model parallelism
    forms.discard(tuple(stem(w) for w in mod))
    acr = _acronyms([w for w in full if _content(w) or w == "a"]) | _acronyms(
        [w for w in [*prefix, *mod] if _content(w) or w == "a"]
    )
    return Term(
        " ".join(full),
        tuple(sorted((f for f in forms if f), key=len, reverse=True)),
        frozenset(acr),
        frozenset(stem(w) for w in full),
    )


def _pairs_in(text: str) -> list[tuple[Term, Term]]:
    """Coordinated noun phrases sharing a head or a first word: "data parallelism and model
    parallelism", "inner and outer loop", "maximum likelihood and maximum a posteriori"."""
    ws = words(text)
    out: list[tuple[Term, Term]] = []
    for i, w in enumerate(ws):
        if w not in _COORDINATORS or i == 0 or i + 1 >= len(ws):
            continue
        left = ws[max(0, i - 3) : i]
        right = ws[i + 1 : i + 6]
        sides: tuple[Term | None, Term | None] = (None, None)
        last = left[-1]
        if stem(last) in {stem(x) for x in right[1:4]}:  # "data parallelism and model parallelism"
            j = next(j for j, x in enumerate(right) if j and stem(x) == stem(last))
            mod_l = [x for x in left[:-1][-1:] if _content(x)]
            sides = (_term([], mod_l, [last]), _term([], right[:j], [right[j]]))
        elif len(left) >= 2 and left[-2] == right[0] and _content(right[0]):
            # "maximum likelihood and maximum a posteriori estimation"
            rest = right[1:]
            k = next((k for k, x in enumerate(rest) if _content(x)), None)
            if k is not None:
                mod_r = rest[: k + 1]
                # a head both share after the second: "... estimation"
                head = [x for x in rest[k + 1 : k + 2] if _content(x) and x not in _COORDINATORS]
                sides = (_term([right[0]], [last], head), _term([right[0]], mod_r, head))
        elif (
            _content(last)
            and _content(right[0])
            and len(right) > 1
            and _content(right[1])
            and (stem(right[1]) not in _GENERIC or len(right) == 2 or not _content(right[2]))
        ):
            # "inner and outer loop": one modifier each, the head after the second
            sides = (_term([], [last], [right[1]]), _term([], [right[0]], [right[1]]))
        a, b = sides
        if a is not None and b is not None and a.name != b.name:
            out.append((a, b))
    return out


def _phrase_pairs(phrases: list[str]) -> list[tuple[Term, Term]]:
    """Key-point wordings of two words that differ only in their first: "inner loop" /
    "outer loop"."""
    two = {tuple(words(p)) for p in phrases}
    two = {p for p in two if len(p) == 2 and all(_content(w) for w in p)}
    out: list[tuple[Term, Term]] = []
    for p in sorted(two):
        for q in sorted(two):
            if p < q and p[1] == q[1] and stem(p[0]) != stem(q[0]):
                a, b = _term([], [p[0]], [p[1]]), _term([], [q[0]], [q[1]])
                if a is not None and b is not None:
                    out.append((a, b))
    return out


@lru_cache(maxsize=256)
def _firsts(term: Term) -> frozenset[str]:
    return frozenset(form[0] for form in term.forms)


def _mentions(stems: Sequence[str], raw: Sequence[str], term: Term) -> list[int]:
    firsts = _firsts(term)
    # Most clauses name neither term: two set tests (run in C) say so before any word is read
    # (clause by clause for each pair: a tenth of a 10,000-word answer's scoring, perf43).
    if firsts.isdisjoint(stems) and term.acronyms.isdisjoint(raw):
        return []
    at: list[int] = []
    for i, s in enumerate(stems):
        if raw[i] in term.acronyms:
            at.append(i)
            continue
        if s not in firsts:  # no form can start here: the slices below would all differ
            continue
        for form in term.forms:
            if tuple(stems[i : i + len(form)]) == form:
                at.append(i)
                break
    return at


def _named_whole(term: Term, texts: tuple[str, ...]) -> bool:
    """Whether ``texts`` write the term with its head or its first word, or as its acronym."""
    whole = Term(
        term.name, tuple(f for f in term.forms if len(f) > 1), term.acronyms, term.own_words
    )
    for text in texts:
        ws = words(text)
        if _mentions([stem(w) for w in ws], ws, whole):
            return True
    return False


@dataclass(frozen=True)
class _Clause:
    words: tuple[str, ...]
    term: int | None  # 0 or 1: which side of the pair it is about
    asserted: bool
    said: tuple[
        str, ...
    ]  # the words it asserts: those before a denial ("..., on folds it never saw")
    names: bool  # the clause names its term (not said of a term named before it)
    denied: bool  # a plain denial, in a sentence that reports no claim to reject
    sentence: str


@dataclass(frozen=True)
class _Sentence:
    """A sentence cut into its clauses' words (and their stems), whatever the pair."""

    text: str
    rejecting: bool
    pieces: tuple[_Piece, ...]


@dataclass(frozen=True)
class _Piece:
    """A clause's words and what is read of them whatever the pair (read once, not once per
    pair: a rubric with 12 pairs read each clause 12 times, perf44)."""

    words: tuple[str, ...]
    stems: tuple[str, ...]
    other: bool  # names "the other" / "the latter" / "the second"
    hedged: bool
    cut: int  # the first denial's place (len(words): none)


def _sentences(text: str) -> tuple[_Sentence, ...]:
    """``text`` read once for every pair: a rubric names several pairs, and each used to split,
    word and stem a 10,000-word answer again (a fifth of its scoring time, perf42)."""
    out: list[_Sentence] = []
    for sentence in split_sentences(text):
        rejecting = bool({w for w in words(sentence)} & _REJECTING)
        pieces: list[list[str]] = []
        for part in re.split(r"[,;:()]|\s[-\u2013\u2014]\s", sentence):
            current: list[str] = []
            for w in words(part):
                if w in _BREAKS and current:
                    pieces.append(current)
                    current = []
                current.append(w)
            if current:
                pieces.append(current)
        out.append(_Sentence(sentence, rejecting, tuple(_piece(ws) for ws in pieces)))
    return tuple(out)


def _piece(ws: list[str]) -> _Piece:
    text_of = " ".join(ws)
    return _Piece(
        tuple(ws),
        tuple(stem(w) for w in ws),
        any(o in text_of for o in _OTHER),
        bool(set(ws) & _HEDGES),
        next((i for i, w in enumerate(ws) if w in _DENIALS), len(ws)),
    )


def _clauses(text: tuple[_Sentence, ...], pair: tuple[Term, Term]) -> list[_Clause]:
    """Each clause of ``text`` about one side of ``pair`` (and the side); a clause about
    neither or both is left out (what it says is given to no term)."""
    out: list[_Clause] = []
    subject: int | None = None  # the sentence's own subject, carried to a sentence opening "it"
    for read in text:
        sentence, rejecting = read.text, read.rejecting
        main: int | None = None
        aside: int | None = None
        last: int | None = subject
        relative = False  # in a relative clause about the aside's term
        for n, piece in enumerate(read.pieces):
            ws, stems = piece.words, piece.stems
            named = {k for k, t in enumerate(pair) if _mentions(stems, ws, t)}
            side: int | None
            if len(named) == 1:
                side = named.pop()
                if ws[0] in _ASIDE_OPENERS:
                    aside = side
                else:
                    main, aside = side, None
            elif named:
                side = None
            elif piece.other and last is not None:
                side = 1 - last
                main, aside = side, None
            elif aside is not None and (ws[0] in _RELATIVES or relative and ws[0] in _COORDINATORS):
                # "unlike A, which copies the model and averages the gradients, B ...": the
                # relative clause (and what it goes on with) is about the aside's term
                side, relative = aside, True
            elif main is not None:
                side = main
            elif n == 0 and ws[0] in _PRONOUNS:
                side = subject
            else:
                side = None
            if ws[0] not in _RELATIVES | _COORDINATORS:
                relative = False
            if side is None:
                continue
            last = side
            asserted = not rejecting and not piece.hedged
            said = ws[: piece.cut] if asserted else ()
            denied = asserted and piece.cut < len(ws)
            names = relative or bool(_mentions(stems, ws, pair[side]))
            out.append(_Clause(ws, side, asserted, said, names, denied, sentence))
        subject = main if main is not None else subject
    return out


@lru_cache(maxsize=64)
def _barred(
    pair: tuple[Term, Term], topic: frozenset[str]
) -> tuple[frozenset[str], frozenset[str]]:
    """The words no attribute is (the pair's acronyms) and the stems none is (the terms' own
    words, the prompt's, generic and weak words): made once per pair, not once per word."""
    return (
        pair[0].acronyms | pair[1].acronyms | _DENIALS,
        pair[0].own_words | pair[1].own_words | topic | _GENERIC | _WEAK,
    )


def _attributes(ws: tuple[str, ...], pair: tuple[Term, Term], topic: frozenset[str]) -> set[str]:
    words_barred, stems_barred = _barred(pair, topic)
    return {
        s
        for w in ws
        if _content(w) and w not in words_barred and (s := stem(w)) not in stems_barred
    }


def _names_either(sentences: tuple[_Sentence, ...], pair: tuple[Term, Term]) -> bool:
    """Whether any clause could name a term of ``pair``: a word one of its forms starts with, or
    one of its acronyms. A pair the answer never names gives no clause a side ("it" and "the
    other" go back to a term named before), so it is not read clause by clause."""
    firsts = {form[0] for t in pair for form in t.forms}
    acronyms = pair[0].acronyms | pair[1].acronyms
    return any(
        not firsts.isdisjoint(piece.stems) or not acronyms.isdisjoint(piece.words)
        for read in sentences
        for piece in read.pieces
    )


def _accepted(
    question: Question,
) -> tuple[tuple[tuple[Term, Term], frozenset[str], frozenset[str]], ...]:
    return _accepted_of(
        question.prompt,
        question.model_answer,
        tuple(kp.label for kp in question.key_points),
        tuple(p for kp in question.key_points for p in kp.phrases),
    )


@lru_cache(maxsize=256)
def _accepted_of(
    prompt: str, model_answer: str, labels: tuple[str, ...], phrases: tuple[str, ...]
) -> tuple[tuple[tuple[Term, Term], frozenset[str], frozenset[str]], ...]:
    """Each pair of terms the rubric names, with the attributes only the first, and only the
    second, is given in the accepted view."""
    pairs = _pairs_in(prompt)
    for label in labels:
        pairs += _pairs_in(label)
    pairs += _phrase_pairs(list(phrases))
    topic = frozenset(stem(w) for w in words(prompt))
    out = []
    seen: set[tuple[str, str]] = set()
    read: dict[str, tuple[_Sentence, ...]] = {}
    for pair in pairs:
        key = (pair[0].name, pair[1].name)
        if key in seen or key[::-1] in seen:
            continue
        seen.add(key)
        if not all(_named_whole(t, (model_answer, *labels)) for t in pair):
            continue  # not a term the accepted view uses by this name ("t-SNE differ")
        said: tuple[set[str], set[str]] = (set(), set())
        for text in (model_answer, *labels):
            if text not in read:
                read[text] = _sentences(text)
            for c in _clauses(read[text], pair):
                if c.term is not None:
                    said[c.term].update(_attributes(c.words, pair, topic))
        only = (frozenset(said[0] - said[1]), frozenset(said[1] - said[0]))
        if only[0] and only[1]:
            out.append((pair, *only))
    return tuple(out)


# What may stand before a term in a clause that equates it with the term said before it:
# "so minimising it is maximum likelihood", "which is the same as B", "this means B".
_LINK_PRONOUNS = word_set("it this that which doing so")
_LINK_VERBS = word_set("is are equals equal means amounts corresponds gives")
_LINK_FILLERS = _BREAKS | word_set(
    "the a an to as same equivalent exactly just simply precisely therefore thus hence doing"
)


def _links(c: _Clause, term: Term) -> bool:
    """Whether the clause equates ``term`` with what a pronoun before it stands for: only
    connectives, a pronoun, a verb of being or meaning and "-ing" verbs before the term."""
    at = _mentions([stem(w) for w in c.words], c.words, term)
    if not at:
        return False
    before = c.words[: at[0]]
    return (
        bool(set(before) & _LINK_PRONOUNS - {"so", "doing"})
        and bool(set(before) & _LINK_VERBS)
        and all(
            w in _LINK_PRONOUNS or w in _LINK_VERBS or w in _LINK_FILLERS or w.endswith("ing")
            for w in before
        )
    )


def _linked_sentences(clauses: list[_Clause], pair: tuple[Term, Term]) -> set[str]:
    """Sentences that name both terms and equate them: a clause naming one term after a pronoun
    and a verb of being ("minimising it is B"), another clause of the sentence about the other
    term (charge54b: "cross entropy is the negative log likelihood of a Bernoulli model, so
    minimising it is maximum likelihood" gives neither term the other's words)."""
    out: set[str] = set()
    for c in clauses:
        if c.term is None or not c.names or c.sentence in out or not _links(c, pair[c.term]):
            continue
        if any(o.sentence == c.sentence and o.term == 1 - c.term and o.names for o in clauses):
            out.add(c.sentence)
    return out


def exchanged_pairs(question: Question, text: str) -> list[Exchange]:
    """The answer's clauses that give one term of a pair what the accepted view gives only the
    other, where the answer does it both ways round (each term given the other's attribute) and
    never gives those attributes to their own term."""
    if question.category.value == "behavioral":
        return []
    topic = frozenset(stem(w) for w in words(question.prompt))
    out: list[Exchange] = []
    accepted = _accepted(question)
    sentences = _sentences(text) if accepted else ()
    for pair, only_a, only_b in accepted:
        if not _names_either(sentences, pair):
            continue
        clauses = _clauses(sentences, pair)
        # what each clause about a term asserts of it, read once for the three uses below
        said = [_attributes(c.said, pair, topic) if c.term is not None else set() for c in clauses]
        given: tuple[set[str], set[str]] = (set(), set())
        linked = _linked_sentences(clauses, pair)
        for c, attributes in zip(clauses, said, strict=True):
            if c.term is not None:
                given[c.term].update(attributes)
                if c.sentence in linked:
                    # the sentence says the two are one ("A is ..., so minimising it is B"):
                    # what it tells is told of both
                    given[1 - c.term].update(attributes)
        wrong = (given[0] & only_b - given[1], given[1] & only_a - given[0])
        right = (given[0] & only_a, given[1] & only_b)
        # each term named in a clause that gives it the other's words ...
        direct = {
            c.term
            for c, attributes in zip(clauses, said, strict=True)
            if c.term is not None and c.names and attributes & wrong[c.term]
        }
        # ... or the other term denied what the first is given, or told with a bare denial
        # ("MLE uses the prior and MAP does not")

        denied = {
            c.term
            for c in clauses
            if c.term is not None
            and c.denied
            and _attributes(c.words, pair, topic) <= wrong[1 - c.term]
        }
        # each term told mostly what the other one is: a correct answer that says one stray
        # word of the other's description still says more of its own
        told = {k for k in direct if len(wrong[k]) > len(right[k])}
        both_ways = told == {0, 1} and len(wrong[0]) + len(wrong[1]) >= MIN_EXCHANGED
        if not (both_ways or any(1 - k in denied for k in told)):
            continue
        # the first clause each way is the evidence: one charge per term, however long the answer
        told_of: set[int] = set()
        for c, attributes in zip(clauses, said, strict=True):
            if c.term is None or c.term in told_of:
                continue
            hit = attributes & wrong[c.term]
            if hit:
                told_of.add(c.term)
                out.append(
                    Exchange(
                        pair[c.term].name,
                        pair[1 - c.term].name,
                        sorted(hit)[0],
                        " ".join(c.words),
                        c.sentence,
                    )
                )
    return out
