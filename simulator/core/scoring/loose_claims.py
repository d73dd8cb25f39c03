"""Rubric claims said in the answer's own order of words, with other words between.

The rubric's wrong claims (``contradicted_by``, misconception phrases) match word for word with
only small words between (contradiction.py, content.py). A confidently wrong answer says them
at greater length: "you should compare them with Euclidean distance on the *raw pixel*
values" for "compare raw pixels", "it trains the trees in parallel" for "xgboost trains trees
in parallel". Here a claim of three or more content words matches when all of them occur, in
the claim's order, inside one clause of the answer and within ``EXTRA_WORDS`` more words.

Looser matching reads more into an answer, so each match must also pass what a careful reader
checks before calling a sentence the speaker's own wrong claim:

* the clause is not hedged ("might", "can", "if"), the sentence does not open with a condition,
  and the claim is not said inside a warning ("a common mistake is to ...", "... would leak");
* the clause denies it exactly when the claim does (a "not" in the clause but not in the claim
  says the opposite, and the other way round);
* nothing between the claim's words names the other side of one of its terms: "type one is a
  false *positive* and type two a false negative" does not say "type one is a false negative".

The claim keeps its small words that carry the claim ("is", "just", "only", "can": "a feature
store is *just* a database" is not "a feature store is a database for features"), and a claim
whose words the rubric's own sentences say in the same loose way (the model answer "grows trees
leaf-wise rather than level-wise" against "lightgbm grows trees level wise") is left to the
word-for-word matching: its words alone cannot tell the wrong claim from the accepted one.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.claims_gaps import compound_subject, gap_breaks
from simulator.core.scoring.compared_reading import antecedent, lesser_than, set_against
from simulator.core.scoring.contradiction import Contradiction
from simulator.core.scoring.counterparts import counterpart_between
from simulator.core.scoring.matching import AnswerIndex, Span, compile_phrase
from simulator.core.scoring.pair_sides import (
    any_between,
    mentions,
    named_sides,
    of_other_side,
    unnamed_sides,
)
from simulator.core.scoring.results import MisconceptionHit
from simulator.core.scoring.rubric_claims import asked_or_imagined, restricted_claim, rubric_words
from simulator.core.scoring.stance import (
    NEGATION_WORDS,
    TURNED_ROUND,
    Stance,
    clause_ids,
    new_subject_inside,
    unlike_inside,
)
from simulator.core.scoring.text import (
    STOPWORDS,
    Tokens,
    naming_naive,
    stem,
    tokenize,
    word_set,
    words,
)

EXTRA_WORDS = 8  # words beyond the claim's own that may stand between them
MIN_CONTENT = 3  # shorter claims are too easily met by chance
_HEDGES = word_set(
    "if unless whether depends depend might may could sometimes possibly perhaps maybe can"
    " assuming suppose"
)
_OPENING_CONDITIONS = word_set("if unless when whenever assuming suppose")
_WARNINGS = frozenset(
    stem(w)
    for w in word_set(
        "mistake mistaken myth misconception pitfall fallacy trap wrong incorrect naive"
        " naively tempting misread misleading wrongly misunderstanding misperception"
    )
)
# Words that deny what follows them in a clause ("non" of "non-stationarity" too).
_NEGATED = (NEGATION_WORDS - {"without"}) | {"non"}


# Not "hardly" / "rarely": their stems are the claim words "hard" and "rare" ("gmm gives hard
# assignments" read as "gmm gives assignments" matched "a gmm gives soft assignments").
_NEGATION_STEMS = frozenset(stem(w) for w in NEGATION_WORDS if stem(w) == w)
_RELATIVE = word_set("which whose who whom where that")
_PRONOUNS = word_set("it they this these which")


# Verbs that say their subject keeps a problem down: a claim said with one of them ("residual
# connections *solve* overfitting") is said with any other ("were introduced to *fix*
# overfitting"). Only base and third-person forms start it ("filters are *fixed* by hand" is
# no such verb); any form in the answer meets it.
_REMEDY_FORMS = word_set(
    "reduce reduces prevent prevents fix fixes solve solves avoid avoids mitigate mitigates"
    " ease eases alleviate alleviates eliminate eliminates cure cures tackle tackles"
    " address addresses handle handles overcome overcomes"
)
_REMEDY = frozenset(stem(w) for w in _REMEDY_FORMS)
# Verbs that say what a choice yields: "l2 *gives* sparse solutions" is said as "l2 *leads to*
# sparse solutions", "absolute error *is minimized by* the mean" as "absolute error *gives* the
# mean" (plain wrong claims worded unlike the rubric).
_YIELD_FORMS = word_set(
    "give gives yield yields produce produces lead leads result results generate generates"
    " predict predicts output outputs estimate estimates target targets return returns"
    " minimized minimised"
)
_YIELD = frozenset(stem(w) for w in _YIELD_FORMS)
# Verbs that make something grow or shrink: "momentum *increases* oscillations" is said as
# "momentum *amplifies* oscillations", "dropout *reduces* capacity" as "dropout *lowers* it".
_RAISE_FORMS = word_set(
    "increase increases raise raises amplify amplifies boost boosts inflate inflates magnify"
    " magnifies enlarge enlarges"
)
_LOWER_FORMS = word_set(
    "decrease decreases reduce reduces lower lowers shrink shrinks diminish diminishes dampen"
    " dampens"
)
_RAISE = frozenset(stem(w) for w in _RAISE_FORMS)
_LOWER = frozenset(stem(w) for w in _LOWER_FORMS)
_KINDS = (
    (_REMEDY_FORMS, _REMEDY),
    (_YIELD_FORMS, _YIELD),
    (_RAISE_FORMS, _RAISE),
    (_LOWER_FORMS, _LOWER),
)
_PASSIVE = frozenset(stem(w) for w in ("is", "are", "be"))
# Words after which a verb's form is a noun, no verb to say as another of its kind: "correlation
# with *the target*" is no "correlation with the predict" (wrong65: "multicollinearity is strong
# correlation among the predictors" read as "multicollinearity is correlation with the target",
# its noun swapped for the yield verb "predict").
_NOUN_LEADS = word_set(
    "a an the its their his her our your this that these those with of for on by from each every"
    " any some no"
)


@lru_cache(maxsize=4096)
def _claim(text: str) -> tuple[tuple[tuple[str, ...], ...], bool, int]:
    """The claim's stems in order, one tuple per synonym variant (articles, prepositions and
    negations left out; a remedy or yield verb after the subject said as any other of its kind), whether it denies
    something, and how many content words it has."""
    ws = words(text)
    said = tuple(
        tuple(s for s in p.stems if s not in _NEGATION_STEMS)
        for t in (text, *_fronted(ws))
        for p in compile_phrase(t, strict=True)
    )
    swaps = [
        (stem(w), kind)
        for forms, kind in _KINDS
        for w in dict.fromkeys(w for i, w in enumerate(ws) if i and ws[i - 1] not in _NOUN_LEADS)
        if w in forms
    ]
    variants = tuple(
        dict.fromkeys(
            (
                *said,
                *(
                    _swap(want, verb, other)
                    for want in said
                    for verb, kind in swaps
                    for other in kind
                ),
            )
        )
    )
    content = sum(1 for w in ws if w not in STOPWORDS and w not in NEGATION_WORDS)
    return variants, any(w in _NEGATED for w in ws), content


# A claim's closing circumstance may open the answer's clause: "drop neurons *at inference*"
# is said as "*at inference time* you keep dropping neurons".
_FRONTING = word_set("at during in on after before when while")


def _fronted(ws: list[str]) -> tuple[str, ...]:
    """The claim with its closing circumstance ("at inference") moved to the front."""
    for k in range(len(ws) - 1, 1, -1):
        if ws[k] in _FRONTING:
            tail = [w for w in ws[k + 1 :] if w not in STOPWORDS]
            if tail and len(ws[k:]) <= 3:
                return (" ".join(ws[k:] + ws[:k]),)
            return ()
    return ()


@lru_cache(maxsize=4096)
def _fronted_variants(text: str) -> frozenset[tuple[str, ...]]:
    """The claim's variants that move its closing circumstance to the front (``_fronted``)."""
    said = {
        tuple(s for s in p.stems if s not in _NEGATION_STEMS)
        for t in _fronted(words(text))
        for p in compile_phrase(t, strict=True)
    }
    return frozenset(said - set(_claim(text)[0][:1]))


_ARTICLES = word_set("a an the")


def _opens_its_clause(tokens: Tokens, start: int, pos: tuple[int, ...]) -> bool:
    """A circumstance moved to the front opens the answer's clause: "*at inference time* you
    keep dropping neurons". Not mid-clause: "data drift is a change *in the input*
    distribution and concept drift is a change ..." says no "in the inputs, concept drift is a
    change" (claims37: a correct answer charged)."""
    ws = tokens.words
    j = start - 1
    while j >= 0 and ws[j] in _ARTICLES:
        j -= 1
    if j < 0 or ws[j] not in _FRONTING:
        return False
    first = tokens.sentences[tokens.sentence_of[start]].first_word
    return j == first or j == min(pos)


def _swap(want: tuple[str, ...], verb: str, other: str) -> tuple[str, ...]:
    """The claim with ``other`` for its verb; a passive "is minimized by" becomes active
    ("gives"): its linking verb goes."""
    out = [other if s == verb else s for s in want]
    if other in _YIELD:
        out = [
            s for i, s in enumerate(out) if not (s in _PASSIVE and out[i + 1 : i + 2] == [other])
        ]
    return tuple(out)


@dataclass(frozen=True)
class _Clauses:
    """(sentence, token positions) of each clause of an answer, and the clause of each word."""

    groups: tuple[tuple[str, tuple[int, ...]], ...]
    group_of: tuple[int, ...]


# The last answer's clause groups, by the answer's identity (a cache keyed by the answer hashed
# all its words at each claim, perf39). A tuple replaced whole: safe across scoring threads.
# The rubric's accepted sentences keep theirs with their index (``_accepted_index``): read
# between two claims of the answer, they emptied this, and a long answer's clauses were
# grouped again for every claim (perf41).
_groups_seen: tuple[Tokens, _Clauses] | None = None


def _groups(tokens: Tokens) -> _Clauses:
    """(sentence, token positions) of each clause; a relative clause ("..., whose null
    hypothesis is ...") belongs with the clause before it, the noun it describes. Made once
    per answer for all its claims, so immutable: a caller cannot change what the next one
    reads from the cache."""
    global _groups_seen
    seen = _groups_seen
    if seen is not None and seen[0] is tokens:
        return seen[1]
    groups = _groups_of(tokens)
    _groups_seen = (tokens, groups)
    return groups


def _groups_of(tokens: Tokens) -> _Clauses:
    out: list[tuple[str, list[int]]] = []
    for sentence in tokens.sentences:
        ids = clause_ids(sentence)
        start = len(out)
        for clause in sorted(set(ids)):
            pos = [sentence.first_word + i for i in range(sentence.word_count) if ids[i] == clause]
            if len(out) > start and tokens.words[pos[0]] in _RELATIVE:
                out[-1][1].extend(pos)
            else:
                out.append((sentence.text, pos))
    group_of = [0] * len(tokens.words)
    for number, (_sentence, pos) in enumerate(out):
        for p in pos:
            group_of[p] = number
    return _Clauses(tuple((sentence, tuple(pos)) for sentence, pos in out), tuple(group_of))


def _runs(
    index: AnswerIndex, want: tuple[str, ...], clauses: _Clauses | None = None
) -> list[tuple[Span, tuple[int, ...], str]]:
    """Each clause holding ``want`` in order (fuzzy and word-family matches as for key points)
    within ``EXTRA_WORDS`` more words: the tightest run, its clause and its sentence.
    ``clauses``: the index's, when the caller keeps them (else the answer's, cached)."""
    lists = [index.occurrences(s) for s in want]
    if any(not occ for occ in lists):
        return []
    if clauses is None:
        clauses = _groups(index.tokens)
    out = []
    starts = [[sp[0] for sp in occ] for occ in lists]
    # only the clauses where the first word occurs can hold a run (looking at every clause for
    # every claim was claims x clauses: a tenth of a 10,000-word answer's scoring, perf41)
    holding = sorted({clauses.group_of[sp[0]] for sp in lists[0]})
    for sentence, pos in (clauses.groups[number] for number in holding):
        inside = set(pos)
        # occurrences are sorted: only those starting within the clause's span are looked at
        # (each clause filtering every occurrence made a long answer's scoring quadratic)
        lo, hi = min(pos), max(pos)
        mine = [
            [
                sp
                for sp in occ[bisect_left(at, lo) : bisect_right(at, hi)]
                if sp[0] in inside and sp[1] - 1 in inside
            ]
            for occ, at in zip(lists, starts, strict=True)
        ]
        best: Span | None = None
        # each word's next occurrence found by bisection (in order of start), not by reading
        # the clause's occurrences from the first for each start (quadratic in a long clause)
        later = [[sp[0] for sp in occ] for occ in mine[1:]]
        for first in mine[0]:
            end = first[1]
            for occ, at in zip(mine[1:], later, strict=True):
                k = bisect_left(at, end)
                if k == len(occ):
                    break
                end = occ[k][1]
            else:
                if best is None or end - first[0] < best[1] - best[0]:
                    best = (first[0], end)
        if best is not None and best[1] - best[0] <= len(want) + EXTRA_WORDS:
            out.append((best, pos, sentence))
    return out


def _without_doing(tokens: Tokens, lo: int, hi: int) -> bool:
    """ "without" before a verb's -ing form in [lo, hi): the action is denied ("without
    retraining the model"), as claim_clauses.py reads it; not "without labels" (claims26)."""
    ws = tokens.words
    return any(ws[p] == "without" and ws[p + 1].endswith("ing") for p in range(lo, hi - 1))


@lru_cache(maxsize=256)
def _accepted_index(sentence_text: str) -> tuple[AnswerIndex, _Clauses]:
    """An accepted sentence's index and clauses, made once for all the claims compared with it
    (made for each claim, this was two thirds of a technical answer's first scoring, perf31).
    About 8 sentences a question, ~30 KB each: 256 hold the last ~30 questions' (~8 MB)."""
    index = AnswerIndex(tokenize(sentence_text))
    return index, _groups_of(index.tokens)


@lru_cache(maxsize=1024)
def _accepted_says(accepted: tuple[str, ...], want: tuple[str, ...], denies: bool) -> bool:
    """One of the rubric's accepted sentences holds these words in the loose way, denied as
    the claim denies them."""
    for sentence_text in accepted:
        index, clauses = _accepted_index(sentence_text)
        for span, pos, _sentence in _runs(index, want, clauses):
            upto = [index.tokens.words[p] for p in pos if p < span[1]]
            if any(w in _NEGATED for w in upto) == denies:
                return True
    return False


def _without_subject(
    want: tuple[str, ...], subject: frozenset[str]
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(the claim without its leading subject words, those words) when the question names the
    subject and at least three words remain: "it trains the trees in parallel" says "xgboost
    trains trees in parallel" in an answer about XGBoost."""
    lead = 0
    while lead < len(want) and want[lead] in subject:
        lead += 1
    if lead and len(want) - lead >= 3:
        return want[lead:], want[:lead]
    return None


def _pronoun_for(
    tokens: Tokens, at: int, dropped: tuple[str, ...], subjects: frozenset[str]
) -> bool:
    """A pronoun stands just before position ``at`` and stands for the dropped subject. English
    reads a pronoun subject as the subject of the clause it follows (compared_reading.
    antecedent): "L1 zeroes weights, so *it* selects features" is about L1, and "Ridge keeps
    every feature, which is why *it* spreads weight more evenly than lasso" about ridge, not
    about a side of the question named in the sentence before (cmp69: that correct sentence was
    charged "l1 spreads the weight across correlated features"). When that clause names no
    subject of its own, the nearest subject of any of the question's claims named before the
    pronoun, in its sentence or the one before, not as the other side of a comparison."""
    if not at or tokens.words[at - 1] not in _PRONOUNS:
        return False
    taken = antecedent(tokens, at - 1)
    if taken is not None:
        return bool(set(dropped) & set(tokens.stems[taken[0] : taken[1]]))
    sentence = tokens.sentence_of[at]
    start = tokens.sentences[sentence - 1 if sentence else 0].first_word
    nearest = next(
        (
            tokens.stems[p]
            for p in range(at - 2, start - 1, -1)
            if tokens.stems[p] in subjects and not set_against(tokens, p)
        ),
        None,
    )
    return nearest is not None and nearest in dropped


def _said(
    index: AnswerIndex,
    stance: Stance,
    text: str,
    accepted: tuple[str, ...],
    subject: frozenset[str],
    subjects: frozenset[str] = frozenset(),
    prompt: str = "",
    rubric: frozenset[str] = frozenset(),
) -> str | None:
    """The sentence where the answer asserts the claim loosely, or None. A claim whose words
    the accepted sentences say the same loose way is left alone; one said without its subject
    counts when a pronoun stands just before it and the subject is named earlier in the
    sentence or in the sentence before."""
    variants, denies, content = _claim(text)
    if content < MIN_CONTENT:
        return None
    tokens = index.tokens
    own = set(words(text))
    others = [pair[1 - side] for pair, side in named_sides(text)]
    about = unnamed_sides(text, named_sides(prompt))
    tries: list[tuple[tuple[str, ...], tuple[str, ...]]] = [(want, ()) for want in variants]
    fronted = _fronted_variants(text)
    # A fronted variant opens on the claim's circumstance, not its subject: "inverted dropout
    # scales *at inference*" without "inference" is "inverted dropout scales", which a correct
    # answer says of training ("..., which inverted dropout handles by scaling up during
    # training instead" was charged, over46).
    tries += [
        cut
        for want in variants
        if want not in fronted and (cut := _without_subject(want, subject)) is not None
    ]
    for want, dropped in tries:
        if _accepted_says(accepted, want, denies):
            continue
        for span, pos, sentence in _runs(index, want):
            at = tokens.sentence_of[span[0]]
            first = tokens.sentences[at].first_word
            if tokens.words[first] in _OPENING_CONDITIONS:
                continue
            if want in fronted and not _opens_its_clause(tokens, span[0], pos):
                continue
            if dropped and not _pronoun_for(tokens, span[0], dropped, subjects):
                continue
            clause_words = [tokens.words[p] for p in pos]
            if any(w in _HEDGES and w not in own for w in clause_words):
                continue
            upto = [tokens.words[p] for p in pos if p < span[1]]
            said_no = sum(w in _NEGATED for w in upto)
            if (said_no > 0) != denies:
                continue
            if denies and not _denied_near(tokens, span, pos):
                continue
            if denies and said_no > sum(w in _NEGATED for w in words(text)):
                continue  # "It is *not* correct that it can be ... with *no* human review"
            if not denies and unlike_inside(tokens, span, own):
                continue  # "a random forest ..., which *is unlike* boosting"
            if not denies and _without_doing(tokens, max(first, span[0] - 3), span[1]):
                continue  # "shuffles a feature *without retraining* the model"
            before = tokens.stems[first : span[0]]
            if any(
                s in _WARNINGS and not naming_naive(before, i) for i, s in enumerate(before)
            ) or stance.warned((span[0], span[0] + 1)):
                continue
            if stance.warned(span) or stance.ruled_out(span):
                continue
            if counterpart_between(tokens, span, want):
                continue
            if new_subject_inside(tokens, span, own):
                continue
            if not dropped and compound_subject(tokens, span, own, subject, words(text)[0]):
                continue  # "*kernel* PCA captures nonlinear structure"
            mine = {p for p in range(*span) if tokens.stems[p] in want}
            if gap_breaks(tokens, span, mine, own):
                continue
            if span[0] and tokens.words[span[0] - 1] in TURNED_ROUND and not own & TURNED_ROUND:
                continue  # "*less* regularization lowers bias"
            if lesser_than(tokens, span, frozenset(own)):
                continue  # "squared error is *less* robust *than* absolute error"
            if any(any_between(mentions(tokens, side), span[0], span[1]) for side in others):
                continue
            if of_other_side(tokens, span, about):
                continue
            if restricted_claim(tokens, span, rubric, text) or asked_or_imagined(tokens, span):
                continue  # "X only when gamma is zero", "Does X? No, ..." (charge31)
            return sentence
    return None


_DENIAL_REACH = 4  # words before a denying claim where its denial may stand
_NEW_CLAUSE = word_set("where which whose who")


def _denied_near(tokens: Tokens, span: Span, pos: tuple[int, ...] | list[int]) -> bool:
    """A denial stands inside the claim's words or just before them, with no relative clause
    opening between: "or not at random, *where* the fact of missingness itself carries
    information" denies the randomness, not that missingness carries information (claims38:
    read as "missingness never carries information")."""
    near = [p for p in pos if span[0] - _DENIAL_REACH <= p < span[1]]
    opened = max((p for p in near if p < span[0] and tokens.words[p] in _NEW_CLAUSE), default=-1)
    return any(tokens.words[p] in _NEGATED for p in near if p > opened)


def loose_claims(
    question: Question,
    index: AnswerIndex,
    stance: Stance,
    contradicted: set[int],
    charged_ids: set[str | None],
) -> tuple[dict[int, Contradiction], list[MisconceptionHit]]:
    """Key points whose ``contradicted_by`` claims, and misconceptions whose phrases, the
    answer asserts loosely; points already contradicted and misconceptions already charged are
    left as they are."""
    accepted = (
        question.model_answer,
        *(kp.label for kp in question.key_points),
        *(m.correction for m in question.misconceptions),
    )
    subject = frozenset(stem(w) for w in words(question.prompt) if w not in STOPWORDS)
    rubric = rubric_words(question)
    claims = [c for kp in question.key_points for c in kp.contradicted_by]
    claims += [p for m in question.misconceptions for p in m.phrases]
    subjects = frozenset(
        s
        for c in claims
        for want in _claim(c)[0]
        if (cut := _without_subject(want, subject)) is not None
        for s in cut[1]
    )
    points: dict[int, Contradiction] = {}
    for k, kp in enumerate(question.key_points):
        if k in contradicted:
            continue
        for text in kp.contradicted_by:
            hit = _said(index, stance, text, accepted, subject, subjects, question.prompt, rubric)
            if hit is not None:
                points[k] = Contradiction(f'"{text}"', hit)
                break
    found: list[MisconceptionHit] = []
    for mis in question.misconceptions:
        if mis.id in charged_ids:
            continue
        for text in mis.phrases:
            hit = _said(index, stance, text, accepted, subject, subjects, question.prompt, rubric)
            if hit is not None:
                found.append(MisconceptionHit(mis.id, text, hit, mis.correction))
                break
    return points, found
