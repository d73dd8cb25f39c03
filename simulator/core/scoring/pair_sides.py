"""Pairs of subjects that answers confuse (L1/L2, precision/recall, bagging/boosting, ...), and
which side of a pair a clause of the answer speaks about.

Contradiction checks (contradiction.py, rubric_claims.py, loose_claims.py, claim_clauses.py,
definitions.py) share this: a claim true of one side is wrong of the other, so before charging
one they ask which side its clause names.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from simulator.core.scoring.clause_subject import explicit_subject
from simulator.core.scoring.counterparts import opposite_stems
from simulator.core.scoring.matching import Span, compile_phrase
from simulator.core.scoring.stance import (
    RELATIVE_WORDS,
    TURNED_ROUND,
    clause_ids,
    clause_starts,
    of_the_whole_clause,
    opens_clause,
)
from simulator.core.scoring.text import (
    NEGATIONS,
    Tokens,
    holds_run,
    run_starts,
    stem,
    word_set,
    words,
)

# Pairs of subjects that answers confuse; each side lists ways of naming it.
SWAP_PAIRS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("l1", "lasso"), ("l2", "ridge")),
    (("precision",), ("recall", "sensitivity")),
    (("bias",), ("variance",)),
    (("bagging", "random forest"), ("boosting", "adaboost")),
    (("type one", "type i", "type 1"), ("type two", "type ii", "type 2")),
    (("false positive",), ("false negative",)),
    (("generative",), ("discriminative",)),
    (("encoder", "bert"), ("decoder", "gpt")),
    (("macro",), ("micro",)),
    (("overfitting", "overfit"), ("underfitting", "underfit")),
    (("stemming",), ("lemmatization", "lemmatisation")),
    (("data drift", "covariate shift"), ("concept drift",)),
    (("supervised",), ("unsupervised",)),
    (("mean absolute error", "mae"), ("mean squared error", "mse")),
    (("data parallelism", "data parallel"), ("model parallelism", "model parallel")),
    (("collaborative filtering",), ("content based",)),
    (("agglomerative",), ("divisive",)),
    (("single linkage",), ("complete linkage",)),
    (("lstm",), ("gru",)),
    (("skip gram",), ("cbow", "continuous bag of words")),
    (("maximum likelihood", "mle"), ("maximum a posteriori",)),
    (("batch normalization", "batch norm"), ("layer normalization", "layer norm")),
    (("gini",), ("entropy",)),
    (("filter method", "filter methods"), ("wrapper method", "wrapper methods")),
    (("homoscedasticity", "homoscedastic"), ("heteroscedasticity", "heteroscedastic")),
    (("offline store",), ("online store",)),
)

# Words that join two parts of one clause, each of which may pair a side with its attribute.
_COORDINATORS = frozenset(("and", "or", "while", "whereas", "but"))
Sides = tuple[tuple[tuple[tuple[str, ...], tuple[str, ...]], int], ...]


@lru_cache(maxsize=256)
def side_stems(side: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    terms = {p.stems for term in side for p in compile_phrase(term, strict=True)}
    return tuple(dict.fromkeys(v for t in sorted(terms) for v in spellings(t)))


_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def spellings(term: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """A name's stems and the other ways an answer spells it (claims37): its words run
    together ("kmeans", "crossencoder" for "k-means", "cross-encoder") and a one-word name with
    a plural "s" the stemmer keeps ("lstms", "grus"): the swaps were read for "k means" and
    "lstm" only."""
    out = [term]
    if len(term) > 1 and all(set(s) <= _NAME_CHARS for s in term):
        out.append((stem("".join(term)),))
    if len(term) == 1 and set(term[0]) <= _NAME_CHARS and len(term[0]) >= 2:
        plural = stem(term[0] + "s")
        if plural != term[0]:
            out.append((plural,))
    return tuple(dict.fromkeys(out))


# Words that open an object: a pair's name before one is a verb ("endogeneity *bias the*
# coefficients", "an omitted variable *biases its* coefficient").
_OBJECT_OPENERS = word_set(
    "the a an its their his her our your them it this these those each every"
)
_ONE_WORD_NAMES = frozenset(t for pair in SWAP_PAIRS for side in pair for t in side if " " not in t)
_NAME_OF_STEM = {stem(t): t for t in sorted(_ONE_WORD_NAMES)}
# Names whose verb is the same thing: "boosting can *overfit the* noise" is overfitting.
_VERB_NAMES = frozenset(("overfit", "underfit"))
# Names that are verbs of another meaning too: "to bias an estimate", "to recall a fact".
_VERB_HOMOGRAPHS = frozenset(("bias", "recall"))


def _verb_use(ws: list[str] | tuple[str, ...], i: int) -> bool:
    """The word shares a one-word side name's stem but is a verb or its participle, which
    says what something does to another thing: "biased", "biasing", "bias / biases the
    coefficients". A pair's sides are subjects named by nouns: the bias of the bias-variance
    pair is "high bias", "bias is error from ..."; "endogeneity biases its coefficient" in an
    OLS rubric, beside its "constant error variance" (the noise's), names no side of it
    (flag66: a correct answer's "If the variance isn't constant, the coefficient estimates are
    still unbiased" was charged '"coefficient" said of variance, not biased', a strong one's
    "the errors have mean zero given the features, ..., the errors have constant variance"
    '"zero" said of variance, not biased')."""
    w = ws[i]
    name = _NAME_OF_STEM.get(stem(w))
    if name is None or name in _VERB_NAMES:
        return False
    if w in (name + "ed", name + "d", name + "ing"):
        return True
    # a name that is a verb as well, before its object: "endogeneity *bias the* coefficients"
    # ("L1, the lasso, ...", "L2 a Gaussian prior" name a side)
    return (
        name in _VERB_HOMOGRAPHS
        and w in (name, name + "es", name + "s")
        and i + 1 < len(ws)
        and ws[i + 1] in _OBJECT_OPENERS
    )


def side_text_stems(text: str) -> tuple[str, ...]:
    """The stems of ``text`` as a side is named in it: a pair's name used as a verb or
    participle (``_verb_use``) names no side and is left out (an empty stem)."""
    ws = words(text)
    return tuple("" if _verb_use(ws, i) else stem(w) for i, w in enumerate(ws))


def side_token_stems(tokens: Tokens, first: int, last: int) -> tuple[str, ...]:
    """``side_text_stems`` of the answer's words ``first`` to ``last``."""
    ws = tokens.words
    return tuple("" if _verb_use(ws, i) else tokens.stems[i] for i in range(first, last))


def names_side(stems: tuple[str, ...], side: tuple[str, ...]) -> bool:
    return any(holds_run(stems, s) for s in side_stems(side))


def without_side(seq: tuple[str, ...], side: tuple[str, ...]) -> tuple[str, ...]:
    for s in side_stems(side):
        for i in range(len(seq) - len(s) + 1):
            if seq[i : i + len(s)] == s:
                return seq[:i] + seq[i + len(s) :]
    return seq


# The last answer's mentions of each side, by the answer's identity: checks ask for a side's
# mentions at each place a phrase is said, and each asking read the whole answer again
# (quadratic in a long answer, perf39). A tuple replaced whole: safe across scoring threads.
_mentions_seen: tuple[Tokens, dict[tuple[str, ...], list[int]]] | None = None


def mentions(tokens: Tokens, side: tuple[str, ...]) -> list[int]:
    """Positions where the side is named as consecutive words, in order (the list is shared
    between callers: never change it)."""
    global _mentions_seen
    seen = _mentions_seen
    if seen is None or seen[0] is not tokens:
        seen = _mentions_seen = (tokens, {})
    found = seen[1].get(side)
    if found is None:
        stems = tokens.stems
        found = sorted(
            p
            for s in side_stems(side)
            for p in run_starts(stems, s)
            if len(s) > 1 or not _verb_use(tokens.words, p)
        )
        seen[1][side] = found
    return found


def _between(positions: list[int], lo: int, hi: int) -> list[int]:
    """The positions (in order) from ``lo`` up to ``hi``, found by bisection."""
    start = bisect_left(positions, lo)
    return positions[start : bisect_left(positions, hi, start)]


def any_between(positions: list[int], lo: int, hi: int) -> bool:
    """Is one of the positions (in order: ``mentions``) from ``lo`` up to ``hi``?"""
    start = bisect_left(positions, lo)
    return start < len(positions) and positions[start] < hi


def said_of(tokens: Tokens, span: Span, own: list[int], other: list[int]) -> int | None:
    """Which side an attribute is said of: 0 its own subject, 1 the other, None neither.
    Decided inside its clause (the own subject anywhere in it wins), never across clauses:
    "high variance ..., and high bias shows up as underfitting" says nothing of variance.
    ``own`` and ``other``: the sides' mentions in the whole answer, in order."""
    if tokens.sentence_of[span[0]] != tokens.sentence_of[span[1] - 1]:
        # matched across a sentence end ("... high variance. If both curves plateau at a high
        # error ..."): said of neither, for an attribute is said within one sentence
        return None
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    first = sentence.first_word
    clauses = clause_ids(sentence)
    clause = clauses[span[0] - first]

    def in_clause(pos: int) -> bool:
        return first <= pos < sentence.last_word and clauses[pos - first] == clause

    # Only the sides named in this sentence can be in the clause (``own`` and ``other`` list
    # the whole answer's: looking at each of them for each span made long answers quadratic).
    own = _between(own, first, sentence.last_word)
    other = _between(other, first, sentence.last_word)
    # A relative clause is said of the side it hangs on, whatever names that side ("*unlike*
    # a random forest, which averages independent trees, boosting ...", "it differs from
    # bagging, which trains the models in parallel"): the claim is that side's (charge53).
    antecedent = _antecedent_side(tokens, span, own, other, first, clauses)
    if antecedent is not None:
        return antecedent

    # A side named right after "unlike" is what the clause is contrasted with, not what it is
    # said of: "GPT is better for generation, because *unlike BERT* it produces text left to
    # right" (correct28).
    # (a side named after "than" stays when the attribute is its own name: "filter methods
    # are cheaper than *wrapper* methods" names the wrapper methods, it gives them nothing)
    own = [p for p in own if p == span[0] or not _contrasted_side(tokens, p, first)]
    other = [p for p in other if p == span[0] or not _contrasted_side(tokens, p, first)]
    # ... and so is one named as what the clause goes without: "it processes the input in one
    # bidirectional pass *with no token-by-token decoding*" is said of the encoder (false35: a
    # correct warning was charged '"bidirectional" said of decoder' and scored 0)
    other = [p for p in other if not _absent_side(tokens, p, first, clauses)]
    if any(in_clause(p) for p in own):
        return 0
    # The other side as the subject of a clause of its own, joined to the attribute's clause
    # ("averaging cuts variance *and boosting reduces* bias", "boosting fixes errors *and
    # averaging* cuts variance"): the attribute is not said of it.
    other = [p for p in other if not (in_clause(p) and _own_clause_between(tokens, span, p))]
    # The attribute in what a clause says of its own named subject, a third thing, with the
    # other side after it ("because *a ReLU* zeroes half of its inputs and so halves the
    # variance"): said of that subject, not of the side (charge56: a correct weight
    # initialization answer was charged '"zeroes" said of variance, not bias').
    subject = explicit_subject(tokens, span[0])
    if subject is not None and not any(subject[0] <= p <= subject[1] for p in (*own, *other)):
        other = [p for p in other if p < subject[0]]
    if any(in_clause(p) for p in other):
        end = span[1]
        while in_clause(end):
            end += 1
        return None if _paired_off(tokens, span, [p for p in other if in_clause(p)], end) else 1
    return None


# Words that open a relative clause about the noun just before them ("bagging, *which* ...",
# "a random forest, *where* each tree ..."): stance's relative words but "that", which also
# opens what a verb says ("shows that ...").
_RELATIVE = RELATIVE_WORDS - {"that"}
# From a side's name (its first word) to the relative word: the name and one more word ("a
# random forest *model*, which").
_RELATIVE_REACH = 4


def _antecedent_side(
    tokens: Tokens,
    span: Span,
    own: list[int],
    other: list[int],
    first: int,
    clauses: tuple[int, ...],
) -> int | None:
    """The attribute's clause opens on a relative word just after one side's name, the last
    side named in the clause before: 0 its own subject, 1 the other, None neither."""
    clause = clauses[span[0] - first]
    start = span[0]
    while start > first and clauses[start - 1 - first] == clause:
        start -= 1
    if start == first or tokens.words[start] not in _RELATIVE:
        return None
    if of_the_whole_clause(tokens.words, start):
        return None
    before = clauses[start - 1 - first]
    named = [
        (p, side)
        for side, positions in ((0, own), (1, other))
        for p in positions
        if p < start and clauses[p - first] == before
    ]
    if not named:
        return None
    p, side = max(named)
    if start - p > _RELATIVE_REACH or any(q == p and s != side for q, s in named):
        return None
    return side


_CONTRAST_LEAD = frozenset(("the", "a", "an", "plain", "classic", "standard", "vanilla"))


# "*unlike* BERT", and the side a comparison ranks against: "it is better *than* GPT at
# understanding tasks like classification" says the task of the winner (claims40: a correct
# answer charged '"classification" said of decoder' and scored 0).
_CONTRASTING = frozenset(("unlike", "than"))


def _contrasted_side(tokens: Tokens, p: int, first: int) -> bool:
    """The side named at ``p`` follows "unlike" or "than" (a determiner or a plain adjective
    between)."""
    j = p - 1
    while j >= first and tokens.words[j] in _CONTRAST_LEAD and j > p - 3:
        j -= 1
    return j >= first and tokens.words[j] in _CONTRASTING


_ABSENT = frozenset(("no", "without"))
_ABSENT_REACH = 4  # words between "no" / "without" and the side ("no token by token decoding")


def _absent_side(tokens: Tokens, p: int, first: int, clauses: tuple[int, ...]) -> bool:
    """The side named at ``p`` follows "no" or "without" in its clause, a few words before."""
    return any(
        tokens.words[j] in _ABSENT and clauses[j - first] == clauses[p - first]
        for j in range(max(first, p - _ABSENT_REACH - 1), p)
    )


# A diagnosis read from a condition: "if both curves converge at a high error, the model has high
# bias" says the condition of the side its main clause names (wrong27).
_OPENERS = frozenset(("if", "when", "whenever", "once"))
_LEADS = frozenset(("so", "and", "but", "then", "now"))
# Before the side's name, a word that makes the main clause a verdict on what the condition shows
# ("*has* high variance", "*means* high bias", "a *sign of* underfitting"); "recall goes up"
# names a quantity that moves, no verdict.
_VERDICT = word_set(
    """is are has have means mean indicates indicate suggests suggest signals signal shows show
    sign symptom points that's it's you're you've"""
)
_UNSURE = frozenset(("might", "may", "could", "can", "maybe", "perhaps", "possibly", "or"))
# "if the model has high bias, *reduce* regularization": the remedy turned round.
_TURNING = TURNED_ROUND | word_set(
    "reduce lower decrease drop remove weaken relax loosen cut avoid stop skip less"
)


def said_under_condition(
    tokens: Tokens, span: Span, own: list[int], other: list[int]
) -> int | None:
    """Which side a sentence that opens with a condition ("if", "when") says the attribute of:
    0 its own, 1 the other, None neither. The condition and the main clause after its comma
    are a diagnosis or a prescription: the attribute in the condition and a side named in the
    main clause as a verdict ("if the two curves have converged at a high error, the model *has*
    high variance"), or a side named in the condition and the attribute in the main clause ("if
    the model has high bias, add regularization"). Neither when both parts or neither name a
    side, or the main clause denies, hedges or turns round ("might", "not", "less") what it
    says before the side or the attribute."""
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    first, last = sentence.first_word, sentence.last_word
    ws = tokens.words
    k = first
    while k < last and ws[k] in _LEADS:
        k += 1
    comma = sentence.text.find(",")
    if k >= last or ws[k] not in _OPENERS or comma < 0:
        return None
    cut = first + len(words(sentence.text[:comma]))
    if not k < span[0] < last or cut >= last:
        return None
    clauses = clause_ids(sentence)
    part = [j for j in range(cut, last) if clauses[j - first] == clauses[cut - first]]

    def side_in(positions: list[int]) -> int | None:
        own_in = [p for p in own if p in positions]
        other_in = [p for p in other if p in positions]
        return None if bool(own_in) == bool(other_in) else (0 if own_in else 1)

    def unsure(before: list[str]) -> bool:
        return any(w in NEGATIONS or w in _UNSURE or w in _TURNING for w in before)

    condition = list(range(k, cut))
    if span[1] <= cut:  # the attribute in the condition, the side in the main clause's verdict
        side = side_in(part)
        if side is None or side_in(condition) is not None:
            return None
        named = min(p for p in (own if side == 0 else other) if p in part)
        before = [ws[j] for j in part if j < named]
        return side if any(w in _VERDICT for w in before) and not unsure(before) else None
    if span[0] in part and span[1] - 1 in part:  # the side supposed, the attribute claimed
        side = side_in(condition)
        if side is None or side_in(part) is not None:
            return None
        return None if unsure([ws[j] for j in part if j < span[0]]) else side
    return None


def _own_clause_between(tokens: Tokens, span: Span, p: int) -> bool:
    """Between the attribute and the other side's mention at ``p``, a coordinated clause opens
    with its own subject: the mention's clause when it comes after the attribute, the
    attribute's clause when it comes after the mention."""
    lo, hi = (span[1], p + 1) if p >= span[1] else (p + 1, span[0] + 1)
    if any(opens_clause(tokens, j, set()) for j in clause_starts(tokens, lo, hi)):
        return True
    # ... or, after the attribute, a coordinated part opens on the other side itself, with or
    # without its verb ("I'd pick BERT for classification *and GPT* for producing text")
    ws = tokens.words
    k = p - 1 if p and ws[p - 1] in ("a", "an", "the") else p
    return p >= span[1] and k > span[1] and ws[k - 1] in _COORDINATORS and not _also(ws, p)


def _also(ws: tuple[str, ...], p: int) -> bool:
    """ "and GPT *too*", "and *also* GPT": the part gives the other side the attribute too."""
    near = ws[max(0, p - 2) : p + 3]
    return any(w in ("too", "also", "likewise", "both") for w in near)


def _paired_off(tokens: Tokens, span: Span, other: list[int], end: int) -> bool:
    """The match stands in a coordinated part of the clause that names the opposite of what
    the part before it said of the other side: "supervised learning uses labeled data *and
    clustering for unlabeled data*" pairs each side with its own attribute; it says neither
    "clustering" nor "unlabeled data" of supervised learning. A denial in the first part
    ("needs no labels and works on unlabeled data") keeps the two parts about one subject.
    ``end`` is where the clause ends: the part runs on past the match ("for unlabeled data")."""
    start = min(other)
    for c in range(start + 1, span[0] + 1):
        if tokens.words[c] not in _COORDINATORS:
            continue
        before = tokens.stems[start:c]
        if any(w in NEGATIONS for w in tokens.words[start:c]):
            return False
        after = tokens.stems[c + 1 : end]
        if any(opposite_stems(a, b) for a in before for b in after):
            return True
    return False


def unnamed_sides(text: str, asked: Sides) -> Sides:
    """The sides the question asks about (``asked``, from its prompt) of pairs the claim does
    not name itself: the claim is about that side."""
    named = named_sides(text)
    return tuple(a for a in asked if all(a[0] is not n[0] for n in named))


def of_other_side(tokens: Tokens, span: Span, sides: Sides) -> bool:
    """The match is said in a clause about the other side of one of ``sides``: "random
    forests average independent trees" is no claim about boosting."""
    return any(
        said_of(tokens, span, mentions(tokens, pair[side]), mentions(tokens, pair[1 - side])) == 1
        for pair, side in sides
    )


def names_other(span: Span, other: list[int], side: tuple[str, ...]) -> bool:
    """A word of the match is a word of the other subject's own name: the match lists the
    other subject ("pipeline or data parallelism") or runs into it ("data parallelism splits
    the data and model parallelism ..."), it says nothing of it."""
    length = min(len(s) for s in side_stems(side))
    return any_between(other, span[0] - length + 1, span[1])  # ``other``: in order


@lru_cache(maxsize=1024)
def named_sides(text: str) -> Sides:
    """The pairs one side of which a claim names, with that side."""
    stems = tuple(stem(w) for w in words(text))
    out = []
    for pair in SWAP_PAIRS:
        named = [s for s in (0, 1) if names_side(stems, pair[s])]
        if len(named) == 1:
            out.append((pair, named[0]))
    return tuple(out)
