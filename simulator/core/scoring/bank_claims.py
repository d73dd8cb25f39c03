"""Wrong claims the other shipped rubrics list, said in an answer to this question (issue 9,
round 49, wrong49; guarded in round 50, wrong50).

A confidently wrong answer borrows facts from the neighbouring topics and gets them wrong: an
answer on regularization that says "L2 corresponds to a Laplace prior" states a claim the L1
versus L2 question lists as contradicting its Bayesian point, and the regularization rubric,
which never speaks of priors, could not know it. A wrong claim is wrong whichever question it
is said under, so the bank's technical rubrics are one library of them: each technical
question's ``contradicted_by`` claims and misconception phrases.

Borrowed, for an asked technical or case question, are the claims of *other technical*
questions (a case's wrong claims are wrong for its setting: "use accuracy" is wrong for fraud)
that

* have at least ``MIN_CONTENT`` content words, so a claim is a statement and not a topic;
* name at least one subject word of the asked question (a stem of its prompt, model answer or
  key points that ``shipped_rubrics.specific`` calls a subject's, not talk any rubric holds):
  the claim is about this question's matter;
* are not said by the asked question's own model answer or key-point labels, read as an answer
  (what this rubric accepts is not wrong here), nor listed by the asked rubric itself (its own
  checks read them);
* open with what they are about: their first content word is a term some shipped question
  asks about and fewer than ``SUBJECT_SHARE`` of the rubrics use ("L2 ...", "boosting ...",
  "precision and recall ..."), not common matter or a subject left to their question ("too
  many trees overfit" is wrong of a random forest, right of gradient boosting; "averages
  independent trees" is wrong of boosting, right of bagging): a claim wrong only in its own
  question's setting is not lent.

They are read by the misconception reader itself (misconception_hits.find_misconceptions), with
every guard it has: said within one sentence, asserted (not denied, warned against, hedged,
asked), of the claim's own terms; then kept only when said as written: in one clause, its
content words one after another in its order with only small words between, its first word
not the second half of a term the rubrics name ("*kernel* PCA ..."). A hit is charged as a misconception whose correction is the
source point's label (or the source misconception's correction), and only in a sentence no
other check charged.
"""

from __future__ import annotations

import threading
from collections import Counter
from functools import lru_cache

from simulator.core.questions import Category, Misconception, Question
from simulator.core.scoring.matching import AnswerIndex
from simulator.core.scoring.misconception_hits import find_misconceptions
from simulator.core.scoring.results import MisconceptionHit
from simulator.core.scoring.shipped_rubrics import generic_stems, shipped_questions
from simulator.core.scoring.stance import Stance, clause_ids
from simulator.core.scoring.text import (
    STOPWORDS,
    Tokens,
    is_number,
    stem,
    tokenize,
    word_set,
    words,
)

MIN_CONTENT = 3  # content words a borrowed claim must have

_LOCK = threading.Lock()


_Claim = tuple[str, str, str, str, frozenset[str]]


def _library() -> tuple[_Claim, ...]:
    """(source question id, the claim's id, claim, correction, claim's content stems) of every
    shipped technical question."""
    out: list[_Claim] = []
    for q in shipped_questions():
        if q.category is not Category.TECHNICAL:
            continue
        source = q.id.replace(".", "-")
        for kp in q.key_points:
            for claim in kp.contradicted_by:
                out.append((q.id, f"{source}-{kp.id}", claim, kp.label, _stems(claim)))
        for mis in q.misconceptions:
            for claim in mis.phrases:
                name = f"{source}-{mis.id or 'mistake'}"
                out.append((q.id, name, claim, mis.correction, _stems(claim)))
    return tuple(x for x in out if len(x[4]) >= MIN_CONTENT and _names_a_subject(x[2]))


SUBJECT_SHARE = 0.2  # a stem this share of the shipped rubrics or more says names no subject


@lru_cache(maxsize=1)
def _rubric_counts() -> tuple[Counter[str], int]:
    """How many shipped technical and case rubrics say each stem (prompt, model answer,
    key-point labels and phrases; short terms such as "l2" kept), and how many there are."""
    counts: Counter[str] = Counter()
    shipped = [q for q in shipped_questions() if q.category is not Category.BEHAVIORAL]
    for q in shipped:
        texts = (
            q.prompt,
            q.model_answer,
            *(t for kp in q.key_points for t in (kp.label, *kp.phrases)),
        )
        counts.update(_stems(" ".join(texts)))
    return counts, len(shipped)


def _names_a_subject(claim: str) -> bool:
    """Does the claim open with what it is about: its first content word a term some shipped
    technical question asks about (a stem of its prompt or id: "L2 corresponds to a Laplace
    prior", "boosting mainly reduces variance", "precision and recall are the same") and fewer
    than ``SUBJECT_SHARE`` of the rubrics use? A claim about common matter ("too many trees
    overfit") or with its subject left to its question ("averages independent trees", "trees
    trained in parallel on bootstrap samples", "load the whole data set into memory") is wrong
    in its own question's setting and may be right in another's: too many trees overfit a
    gradient-boosted model and not a random forest, and bagging does average independent trees
    trained in parallel on bootstrap samples."""
    counts, n = _rubric_counts()
    lead = next((stem(w) for w in words(claim) if w not in STOPWORDS and not is_number(w)), "")
    return lead in _asked_terms() and counts[lead] < SUBJECT_SHARE * n


@lru_cache(maxsize=1)
def _asked_terms() -> frozenset[str]:
    """The stems of the shipped technical questions' prompts and ids: the terms the bank asks
    about."""
    out: set[str] = set()
    for q in shipped_questions():
        if q.category is Category.TECHNICAL:
            out |= _stems(q.prompt) | _stems(q.id.split(".", 1)[-1].replace("-", " "))
    return frozenset(out)


@lru_cache(maxsize=1)
def _claims_library() -> tuple[_Claim, ...]:
    return _library()


@lru_cache(maxsize=8192)
def _stems(text: str) -> frozenset[str]:
    """Content stems of a text, short terms ("l2", "k") kept."""
    return frozenset(stem(w) for w in words(text) if w not in STOPWORDS and not is_number(w))


def _subject_stems(question: Question) -> frozenset[str]:
    """The asked question's own terms: its prompt's and key-point phrases' content stems that
    not every rubric says (shipped_rubrics.generic_stems)."""
    texts = (question.prompt, *(p for kp in question.key_points for p in kp.phrases))
    return frozenset().union(*(_stems(t) for t in texts)) - generic_stems()


_CACHE: dict[tuple[object, ...], Question | None] = {}
_CACHE_MAX = 512


def _borrowing(question: Question) -> Question | None:
    """The asked question with the borrowed claims as its only misconceptions, or None (made
    once per question: keyed by every field ``_made_borrowing`` reads, so a pack edited and
    reloaded borrows anew)."""
    if question.category is Category.BEHAVIORAL:
        return None
    key = (
        question.id,
        question.prompt,
        question.model_answer,
        tuple(
            (kp.label, tuple(kp.phrases), tuple(kp.contradicted_by)) for kp in question.key_points
        ),
        tuple((m.id, tuple(m.phrases)) for m in question.misconceptions),
    )
    with _LOCK:
        if key in _CACHE:
            return _CACHE[key]
    made = _made_borrowing(question)
    with _LOCK:
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.clear()
        _CACHE[key] = made
    return made


def _made_borrowing(question: Question) -> Question | None:
    subject = _subject_stems(question)
    borrowed: list[Misconception] = []
    seen: set[str] = set()
    # a claim the asked rubric lists itself is read by its own checks
    own = {
        *(p for m in question.misconceptions for p in m.phrases),
        *(c for kp in question.key_points for c in kp.contradicted_by),
    }
    for n, (source, name, claim, correction, stems) in enumerate(_claims_library()):
        if source == question.id or claim in seen or claim in own or not stems & subject:
            continue
        seen.add(claim)
        borrowed.append(
            Misconception.model_construct(id=f"{name}-{n}", phrases=[claim], correction=correction)
        )
    if not borrowed:
        return None
    # what the asked rubric itself says is not wrong here
    tokens = tokenize(_accepted_text(question))
    said_ids = {m.id for m in _asserted(question, borrowed, AnswerIndex(tokens), Stance(tokens))}
    kept = [m for m in borrowed if m.id not in said_ids]
    if not kept:
        return None
    return question.model_copy(update={"misconceptions": kept})


def _accepted_text(question: Question) -> str:
    """What a rubric accepts: its model answer and its key points' labels."""
    return " ".join((question.model_answer, *(kp.label + "." for kp in question.key_points)))


def _asserted(
    question: Question, claims: list[Misconception], index: AnswerIndex, stance: Stance
) -> list[MisconceptionHit]:
    """The claims a text asserts, read by the misconception reader. Only those whose words it
    nearly all says are read (all but one: a subject said as "it"): reading every borrowed
    claim cost ~0.2 s an answer."""
    said = frozenset(index.tokens.stems)
    near = [m for m in claims if len(_stems(m.phrases[0]) - said) <= 1]
    if not near:
        return []
    hits, _, _ = find_misconceptions(
        question.model_copy(update={"misconceptions": near}), index, stance
    )
    return hits


def _said_in_order(tokens: Tokens, hit: MisconceptionHit) -> bool:
    """The claim's content words are said in its order, one after another, with only small
    words between them: "Approximate nearest neighbour search is *faster than* exact search"
    is no "approximate nearest neighbour search is exact", and "*Data* parallelism copies the
    model to every GPU" no "model parallelism copies the model to every gpu". The asked
    rubric's own readings know its words' counterparts and comparisons; a borrowed claim is
    charged only when it is said as written."""
    want = [w for w in words(hit.phrase) if w not in STOPWORDS and not is_number(w)]
    claim_words = set(words(hit.phrase))
    for sentence in tokens.sentences:
        if sentence.text != hit.evidence:
            continue
        all_words = tokens.words[sentence.first_word : sentence.last_word]
        at = [k for k, w in enumerate(all_words) if w not in STOPWORDS and not is_number(w)]
        said = [all_words[k] for k in at]
        for start in range(len(said) - len(want) + 1):
            if start > 0 and (stem(said[start - 1]), stem(said[start])) in _compounds():
                continue
            before = all_words[at[start] - 1] if at[start] > 0 else ""
            if before in _TURNING and before not in claim_words:
                continue
            if all(_said_as(w, {said[start + k]}) for k, w in enumerate(want)):
                return True
    return False


# A word before the claim's subject that changes how much of it is meant: "*Less*
# regularization lowers bias" is no "regularization lowers bias".
_TURNING = word_set(
    "less more fewer no non without little lower higher weaker stronger smaller larger"
    " reduced increased decreased too"
)


@lru_cache(maxsize=1)
def _compounds() -> frozenset[tuple[str, str]]:
    """Two content words the shipped technical and case rubrics say one after the other
    ("kernel PCA", "random forest", "gradient boosting"), stemmed: a claim whose first word
    follows the first of such a pair is said of the compound's subject ("*kernel* PCA captures
    nonlinear structure" is no "pca captures nonlinear structure")."""
    pairs: set[tuple[str, str]] = set()
    for q in shipped_questions():
        if q.category is Category.BEHAVIORAL:
            continue
        texts = (
            q.prompt,
            q.model_answer,
            *(t for kp in q.key_points for t in (kp.label, *kp.phrases)),
        )
        for text in texts:
            said = [w for w in words(text) if not is_number(w)]
            pairs.update(
                (stem(a), stem(b))
                for a, b in zip(said, said[1:], strict=False)
                if a not in STOPWORDS and b not in STOPWORDS
            )
    return frozenset(pairs)


def _in_one_clause(tokens: Tokens, hit: MisconceptionHit) -> bool:
    """Every word of the borrowed claim is said in one clause of its sentence, as the same word
    (an inflection aside). The asked rubric's guards know its own terms' counterparts, not the
    other rubric's: "the first moment, a momentum-like average of gradients, and the second
    moment, an average of squared gradients" met "momentum averages the squared gradients"
    across three clauses; "L2 ... shrinks them, which spreads weight across correlated features"
    met "l1 spreads the weight across correlated features" with L1 named in the sentence
    before; and "Adam combines momentum with an *adaptive* learning rate per parameter" met
    "momentum *adapts* the learning rate per parameter" by the stem of another word."""
    want = [w for w in words(hit.phrase) if w not in STOPWORDS and not is_number(w)]
    for sentence in tokens.sentences:
        if sentence.text != hit.evidence:
            continue
        ids = clause_ids(sentence)
        clauses: dict[int, set[str]] = {}
        for at, clause in enumerate(ids):
            clauses.setdefault(clause, set()).add(tokens.words[sentence.first_word + at])
        if any(all(_said_as(w, said) for w in want) for said in clauses.values()):
            return True
    return False


_ENDINGS = ("ing", "ies", "es", "ed", "s")


def _base(word: str) -> str:
    """A word without one inflection ending ("corresponds", "averaged": "correspond",
    "averag"), "adaptive" kept whole."""
    for end in _ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 2:
            return word[: -len(end)].rstrip("e")
    return word.rstrip("e")


def _said_as(word: str, said: set[str]) -> bool:
    """The clause says the claim's word itself or an inflection of it."""
    forms = {word, _base(word)}
    return word in said or any(stem(x) == stem(word) and bool({x, _base(x)} & forms) for x in said)


def bank_claims(
    question: Question, index: AnswerIndex, stance: Stance, charged: set[str]
) -> list[MisconceptionHit]:
    """Other shipped technical rubrics' wrong claims this answer asserts, in sentences no other
    check charged (one hit per sentence)."""
    pseudo = _borrowing(question)
    if pseudo is None:
        return []
    hits = _asserted(question, pseudo.misconceptions, index, stance)
    out: list[MisconceptionHit] = []
    taken = set(charged)
    for hit in hits:
        if hit.evidence in taken or not _in_one_clause(index.tokens, hit):
            continue
        if not _said_in_order(index.tokens, hit):
            continue
        taken.add(hit.evidence)
        out.append(hit)
    return out
