"""Small relation facts read by word order: which rubric term stands on which side of an
ordered relation word (issue 9, round 38, wrong38).

A confidently wrong answer often says the rubric's own words in another relation: "the weight is
q over p" where the model answer says "p over q", "Y's past values improve the prediction of X"
where it says "past values of X improve the prediction of Y", "the Jensen-Shannon divergence
changes smoothly" where the Wasserstein distance does. Bag-of-words signals cannot see these
(round 37 measured every one of them at 0 separated). This module reads, per clause, the terms
just before and just after an ordered relation word (a ratio's "over", a comparison's "than", a
"before"/"after", a verb that acts on its object) and compares the answer's facts with the
accepted view's: a fact the accepted view states one way round and never the other, said the
other way round, is a swapped relation. It also reads what each clause says of its subject (the
rubric terms before its first predicate word, and those after it): an answer that says of A what
the accepted view says only of B, and of B what it says only of A ("BERT is a decoder ... GPT is
an encoder", "single linkage uses the farthest points ... complete linkage the closest"), has
exchanged two terms' attributes. Dev (every content set with every pack but this round's
held-out, 3944 correct answers and 835 verbose-wrong ones): 0 correct answers read either way,
5 and 21 verbose-wrong ones.

Dependency-free and word-level: a clause ends at punctuation or a clause-opening word, a side of
a relation is the nearest rubric terms within a few words, and a clause with a negation, a hedge
or a warning word is not read (it may deny or reject the claim).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from simulator.core.questions import GENERIC_WORDS, Question
from simulator.core.scoring.contradiction import Contradiction
from simulator.core.scoring.exchanged_pairs import exchanged_pairs
from simulator.core.scoring.passive import in_active_order
from simulator.core.scoring.stance import NEGATION_WORDS
from simulator.core.scoring.text import STOPWORDS, Tokens, split_sentences, stem, word_set, words

# Ordered relation words: swapping what stands on their two sides changes the claim.
RELATIONS = frozenset(
    stem(w)
    for w in word_set(
        "over divided than before after minus improves improve causes cause reduces reduce"
        " increases increase raises lowers drives onto"
    )
)
_OPERATORS = frozenset(stem(w) for w in ("over", "divided", "minus"))
# Words that end a clause (a side of a relation never reaches past them).
_CLAUSE_BREAKS = word_set(
    "so because while whereas but which who that when where if unless since although though"
    " and or then"
)
# A clause that says one of these may deny or hedge what it says: not read.
_NOT_ASSERTED = NEGATION_WORDS | word_set(
    "might may could if unless whether suppose assume assuming"
)
# A sentence that says one of these may report a claim to reject it ("A common mistake is to
# believe that X, and that is wrong"): none of its clauses is read.
_REJECTING = word_set(
    "myth misconception misconceptions mistake mistaken wrong misunderstanding confuse confusing"
    " tempting people think thinks believe believed believes"
)
REACH = 3  # content words read on each side of a relation word
_LOW = frozenset(stem(w) for w in GENERIC_WORDS) | frozenset(
    stem(w) for w in ("one", "two", "also", "even", "just", "much", "more", "less", "own")
)

# ... shared with the checks that read the rubric's terms the same way (substituted_terms.py)
LOW_TERMS = _LOW


@dataclass(frozen=True)
class Fact:
    """A rubric term on the left of an ordered relation word and one on its right."""

    left: str
    relation: str
    right: str


def _asserted_clauses(text: str) -> list[list[str]]:
    """The clauses of ``text`` that assert what they say: not in a sentence that rejects a
    claim, not negated or hedged."""
    return [
        ws
        for sentence in split_sentences(text)
        if not {w.lower() for w in words(sentence)} & _REJECTING
        for ws in _clauses(sentence)
        if not {w.lower() for w in ws} & _NOT_ASSERTED
    ]


def _clauses(text: str) -> list[list[str]]:
    out: list[list[str]] = []
    for sentence in split_sentences(text):
        for part in sentence.replace(";", ",").replace(":", ",").split(","):
            current: list[str] = []
            for w in words(part):
                if w in _CLAUSE_BREAKS and current:
                    out.append(in_active_order(current))
                    current = []
                else:
                    current.append(w)
            if current:
                out.append(in_active_order(current))
    return out


# Read for every word of every clause by each relation check (a 10,000-word answer: ~55,000
# calls for a few hundred distinct words, perf44).
@lru_cache(maxsize=8192)
def _term(w: str) -> str | None:
    if w in STOPWORDS and len(w) > 1 or w.isdigit():
        return None
    s = stem(w.removesuffix("'s"))
    return None if s in _LOW or (len(s) == 1 and not s.isalpha()) else s


_RATIO_CUES = word_set("ratio ratios fraction formula proportion divided")


def _ratio_at(ws: list[str], i: int) -> bool:
    """Whether "over" at ``i`` divides: "p over q", "the target density over the proposal
    density" (one head word on both sides), or a clause that names a ratio. "Streams over
    rolling windows" is a span, and its sides may be said either way round."""
    before = ws[i - 1] if i else ""
    after = [w for w in ws[i + 1 : i + 4] if w not in STOPWORDS or len(w) == 1]
    if len(before) == 1 and after and len(after[0]) == 1:
        return True
    return bool(before and before in after[:2]) or bool(set(ws) & _RATIO_CUES)


def _comparative(w: str) -> bool:
    return w in _COMPARATIVES or (len(w) > 4 and w.endswith("er") and w not in STOPWORDS)


_COMPARATIVES = word_set("more less rather fewer better worse")


def clause_facts(ws: list[str], terms: frozenset[str]) -> set[Fact]:
    """Facts of one clause: each rubric term among the REACH content words before a relation
    word, paired with each among the REACH after it."""
    facts: set[Fact] = set()
    stems = [_term(w) for w in ws]
    for i, w in enumerate(ws):
        relation = stem(w)
        if relation not in RELATIONS or relation == "over" and not _ratio_at(ws, i):
            continue
        if relation == "than":
            # a comparison is the same relation only with the same comparative: "rather arrive
            # early than late" says what "being late costs more than being early" says
            compared = next((c for c in reversed(ws[max(0, i - 3) : i]) if _comparative(c)), None)
            if compared is None:
                continue
            relation = f"{compared} than"
        # an operator's operands stand right next to it ("p divided by q", "x minus y")
        reach = 2 if relation in _OPERATORS else REACH
        left = [s for s in stems[:i] if s is not None][-reach:]
        right = [s for s in stems[i + 1 :] if s is not None][:reach]
        for a in left:
            for b in right:
                if a != b and a in terms and b in terms and a not in right and b not in left:
                    facts.add(Fact(a, relation, b))
    return facts


def accepted_texts(question: Question) -> tuple[str, ...]:
    return (
        question.model_answer,
        *(kp.label for kp in question.key_points),
        *(m.correction for m in question.misconceptions),
    )


def terms_of(ws: list[str]) -> frozenset[str]:
    """The rubric-term stems of a run of words (generic and small words left out)."""
    return frozenset(s for s in (_term(w) for w in ws) if s is not None)


def rejecting(sentence: str) -> bool:
    """Does the sentence report a claim to reject it ("a common mistake is to think ...")?"""
    return bool({w.lower() for w in words(sentence)} & _REJECTING)


def unasserted(ws: list[str]) -> bool:
    """Do these words deny or hedge what they say ("not", "might", "if")?"""
    return bool({w.lower() for w in ws} & _NOT_ASSERTED)


def _stems_of(text: str) -> frozenset[str]:
    return frozenset(s for s in (_term(w) for w in words(text)) if s is not None)


@lru_cache(maxsize=256)
def _accepted_of(texts: tuple[str, ...]) -> tuple[frozenset[str], frozenset[Fact]]:
    terms = frozenset(s for t in texts for s in _stems_of(t))
    facts: set[Fact] = set()
    for t in texts:
        for ws in _clauses(t):
            facts |= clause_facts(ws, terms)
    return terms, frozenset(facts)


@lru_cache(maxsize=256)
def _named_with(texts: tuple[str, ...], prompt: str) -> dict[Fact, tuple[frozenset[str], ...]]:
    """Each accepted fact with the prompt's names said in each sentence that states it."""
    terms, _ = _accepted_of(texts)
    names = _stems_of(prompt)
    out: dict[Fact, tuple[frozenset[str], ...]] = {}
    for t in texts:
        for sentence in split_sentences(t):
            named = _stems_of(sentence) & names
            for ws in _clauses(sentence):
                for f in clause_facts(ws, terms):
                    out[f] = (*out.get(f, ()), named)
    return out


def swapped_facts(question: Question, text: str) -> list[tuple[Fact, str]]:
    """The answer's facts that the accepted view states the other way round and never this
    way, each with the clause that says it. The clause must name nothing of the prompt that
    the accepted sentence does not: "PCA preserves global rather than local structure" is not
    "t-SNE preserves local rather than global structure" turned round."""
    texts = accepted_texts(question)
    terms, accepted = _accepted_of(texts)
    named_with = _named_with(texts, question.prompt)
    names = _stems_of(question.prompt)
    out: list[tuple[Fact, str]] = []
    for ws in _asserted_clauses(text):
        named = _stems_of(" ".join(ws)) & names
        for f in clause_facts(ws, terms):
            turned = Fact(f.right, f.relation, f.left)
            if f in accepted or turned not in accepted:
                continue
            if any(named - {f.left, f.right} <= there for there in named_with[turned]):
                out.append((f, " ".join(ws)))
    return out


# Definition words: "A is / means / measures b" says b of A.
COPULAS = frozenset(stem(w) for w in word_set("is are means measures refers equals"))

# Words that end a clause's subject: what stands before them is what the clause is about.
_PREDICATES = (
    COPULAS
    | RELATIONS
    | frozenset(
        stem(w)
        for w in word_set(
            "has have uses use gives give computes compute makes make keeps keep needs need comes"
            " come happens happen gets get returns return sets set checks check outputs output"
            " changes change grows grow falls fall rises rise counts count weighs weigh"
            " corrects correct pushes push tracks track stays stay predicts predict"
        )
    )
)
_NUMBER_WORDS = frozenset(("zero", "one", "minus", "negative", "infinity", "half"))


def _term_or_number(w: str) -> str | None:
    return w if w in _NUMBER_WORDS else _term(w)


def _subject_facts(
    ws: list[str], terms: frozenset[str], before: frozenset[str] = frozenset()
) -> tuple[set[Fact], frozenset[str]]:
    """(subject term, "of", attribute term): the rubric terms before the clause's first
    predicate word and those after it; and the clause's subject. A clause that names no subject
    ("..., trained with masked language modelling") goes on about ``before``, the subject of
    the clause before it in the sentence."""
    i = next((i for i, w in enumerate(ws) if w in COPULAS or stem(w) in _PREDICATES), -1)
    left = frozenset(s for s in (_term_or_number(x) for x in ws[: max(i, 0)]) if s in terms)
    if not left:
        left = before
    right = {s for s in (_term_or_number(x) for x in ws[i + 1 :]) if s in terms} - left
    return {Fact(a, "of", b) for a in left for b in right}, left


def _sentence_facts(text: str, terms: frozenset[str]) -> list[tuple[Fact, str, bool | None]]:
    """Each subject fact of a text with its clause and whether the clause asserts it (None:
    said of the clause before, never read as a claim)."""
    out: list[tuple[Fact, str, bool | None]] = []
    last: frozenset[str] = frozenset()  # the subject of the sentence before
    for sentence in split_sentences(text):
        rejecting = bool({w.lower() for w in words(sentence)} & _REJECTING)
        subject: frozenset[str] = frozenset()
        for n, ws in enumerate(_clauses(sentence)):
            facts, own = _subject_facts(ws, terms)
            if not own and n == 0 and ws[:1] and ws[0].lower() in _BACK_PRONOUNS:
                # "BERT is an encoder ... . *It* is pretrained with masked language modelling"
                # goes on about the sentence before's subject: what it says is said of that
                # subject (claims40: a strong answer read as giving GPT's masking to BERT)
                subject = last
            if not own:
                # said of the clause before: counted as said, never read as a claim
                out += [(f, " ".join(ws), None) for f in _subject_facts(ws, terms, subject)[0]]
                continue
            subject = own
            asserted = not {w.lower() for w in ws} & _NOT_ASSERTED and not rejecting
            out += [(f, " ".join(ws), asserted) for f in facts]
        last = subject or last
    return out


_BACK_PRONOUNS = word_set("it its they their this")


@lru_cache(maxsize=256)
def _subjects_of(
    texts: tuple[str, ...],
) -> tuple[frozenset[str], frozenset[tuple[str, str]], frozenset[Fact]]:
    terms, _ = _accepted_of(texts)
    terms = terms | _NUMBER_WORDS
    pairs: set[tuple[str, str]] = set()
    facts: set[Fact] = set()
    for t in texts:
        for sentence in split_sentences(t):
            said = {s for s in (_term_or_number(w) for w in words(sentence)) if s in terms}
            pairs |= {(a, b) for a in said for b in said}
        facts |= {f for f, _, own in _sentence_facts(t, terms) if own is not None}
    return terms, frozenset(pairs), frozenset(facts)


def exchanged_facts(question: Question, text: str) -> list[tuple[Fact, str]]:
    """Two subjects' attributes exchanged: the answer says A with b and B with a, where the
    accepted view says A with a and B with b and no accepted sentence says A with b or B with a."""
    texts = (
        question.model_answer,
        *(kp.label for kp in question.key_points),
        *(m.correction for m in question.misconceptions),
    )
    terms, together, accepted = _subjects_of(texts)
    read = _sentence_facts(text, terms)
    said = [(f, c) for f, c, asserted in read if asserted]
    novel = [(f, c) for f, c in said if (f.left, f.right) not in together]
    kept = {f for f, _, _ in read}
    # each distinct fact weighed once against each distinct other (a long answer says the same
    # facts again and again: weighing every saying against every other was quadratic, perf39)
    distinct = list(dict.fromkeys(f for f, _ in novel))

    def exchanged(f: Fact) -> bool:
        for g in distinct:
            if g.left == f.left or g.right == f.right:
                continue
            right_way = (Fact(f.left, "of", g.right), Fact(g.left, "of", f.right))
            # the answer says the right pairing too: it says more, not the exchange
            if any(r in kept for r in right_way):
                continue
            if all(r in accepted for r in right_way):
                return True
        return False

    verdicts = {f: exchanged(f) for f in distinct}
    return [(f, clause) for f, clause in novel if verdicts[f]]


def point_of(question: Question, stems: set[str]) -> int | None:
    """The key point whose label and wordings say most of ``stems`` (all of them if one does)."""
    best, best_n = None, 0
    for k, kp in enumerate(question.key_points):
        said = {
            s
            for text in (kp.label, *kp.phrases)
            for s in (_term_or_number(w) for w in words(text))
            if s is not None
        }
        n = len(stems & said)
        if n > best_n:
            best, best_n = k, n
    return best


def relation_contradictions(question: Question, tokens: Tokens) -> dict[int, Contradiction]:
    """Key points contradicted by a relation said the wrong way round (swapped_facts) or by two
    terms' attributes exchanged (exchanged_facts), each with the sentence that says it."""
    if question.category.value == "behavioral":
        return {}
    out: dict[int, Contradiction] = {}
    for sentence in tokens.sentences:
        for fact, clause in swapped_facts(question, sentence.text):
            k = point_of(question, {fact.left, fact.right})
            if k is not None:
                out.setdefault(
                    k,
                    Contradiction(
                        f'"{clause}", the other way round from the accepted answer', sentence.text
                    ),
                )
    # an exchange needs two sentences or clauses: read over the whole answer, charged where
    # each exchanged attribute is said
    exchanged = exchanged_facts(question, " ".join(s.text for s in tokens.sentences))
    joined: list[tuple[str, str]] | None = None  # each sentence's words, joined once
    where_of: dict[str, str | None] = {}
    for fact, clause in exchanged:
        k = point_of(question, {fact.left})
        if k is None or k in out:
            continue  # nothing to charge, or charged already: the first saying is the one shown
        if clause not in where_of:
            if joined is None:
                joined = [(" ".join(words(s.text)), s.text) for s in tokens.sentences]
            where_of[clause] = next((text for said, text in joined if clause in said), None)
        where = where_of[clause]
        if where is not None:
            out.setdefault(
                k,
                Contradiction(f'"{clause}", what the accepted answer says of another term', where),
            )
    # two paired terms' definitions exchanged, read per clause with the terms as whole noun
    # phrases ("data parallelism" / "model parallelism"; exchanged_pairs.py, round 39)
    for swap in exchanged_pairs(question, " ".join(s.text for s in tokens.sentences)):
        where = next(
            (s.text for s in tokens.sentences if swap.clause in " ".join(words(s.text))), None
        )
        k = point_of(question, {stem(w) for w in words(f"{swap.term} {swap.attribute}")})
        if where is not None and k is not None:
            out.setdefault(
                k,
                Contradiction(
                    f'"{swap.clause}": {swap.term} and {swap.other} exchanged, this is what the'
                    f" accepted answer says only of {swap.other}",
                    where,
                ),
            )
    return out
