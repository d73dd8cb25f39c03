"""Invented meanings: a rubric term defined with what the rubric says of other things (issue 9,
round 54, wrong54).

"A canary release is when you release the model to all users at once", "weight sharing means
that each spatial position gets its own separate set of weights", "expected calibration error is
just the average log loss on the training set": each names a key point's term and says what it
is in the question's own vocabulary, so the term earns its point and nothing is charged. Word
counts cannot see it: the definition's words are the rubric's, said of the wrong thing.

A definition here is a sentence that opens on a short subject (at most ``SUBJECT_WORDS`` words,
no comparative: "a higher rank means fewer parameters" is a relation, covariation.py's) holding
all the content words of one of a key point's phrases, then a defining link ("means", "refers
to", "stands for", "is when", "is where", "is just", "is simply", "is basically", "is
essentially", "is nothing but", "is a technique / method / way where, for, that, of, to"). Its
predicate (the words after the link, the subject's words aside) is an invented meaning when

* it is said in the question's vocabulary: at least ``VOCABULARY_WORDS`` of its content words
  and at least ``VOCABULARY_SHARE`` of them are words of the rubric (model answer, key-point
  labels and phrases) beyond the prompt's, which a paraphrase in everyday words is not;
* and it says none of the content words the rubric says of the term: the parts of the
  model-answer sentences and the labels that name the whole term ("data parallelism"), cut at a
  contrast ("while", "whereas", "unlike", ";"), or, when none does, its key point's label and
  every such part naming the phrase. The definition's own clause is read ("..., so you keep the
  null hypothesis" goes on to a consequence); "X means fewer / stronger ..." is a consequence,
  and "rolling means are" a noun.

Over every content set (8,800 answers, technical questions) it charges 7 verbose-wrong answers
and no correct one; allowing one shared word doubled the wrong ones caught and charged a weak
answer's "reinforcement learning is when an agent learns by trial and error".

Round 56, wrong56: a definition may also name a kind and what singles it out ("the
Kaplan-Meier estimator is a regression model that predicts ...": ``CATEGORY_LINKS``) and open a
later clause ("..., and the hazard function is the cumulative probability that ...":
``CLAUSE_SUBJECTS``). When the kind it names is in the field's words (stems at least
``FIELD_QUESTIONS`` shipped questions say) and not vague ("thing", "part", "way"), its predicate
counts the field's words as vocabulary too: a confident wrong definition borrows the field's
words, not this rubric's. A predicate says what the rubric says of the term only through words
beyond the prompt's (it shared only "users" with "Kaplan-Meier ... handles the censored users").

Round 57, adam57: a subject names a key point's phrase when it says all its words but the
stopwords (``_term_stems``); one-letter and generic words dropped, "adam w" (AdamW) was "adam" and
"learns a value" was "learn", so correct answers defining the question's own method ("Adam is an
optimizer that adapts the learning rate ...") were charged on another point. What the rubric
says of the term is looked for in the clauses that go on with the predicate too (``_goes_on``:
"..., using successive halving", "..., which is minimizing log loss"). Still charged: a correct
definition of a term the rubric only lists among its peers ("isotonic regression is a
non-parametric method that fits a monotonic step function"), its kind in the field's words.

Round 65, wrong65: a term the rubric names without saying what it is was charged for any
correct definition of it, since such a definition says none of the rubric's words of it. Two
kinds are read as no invented meaning: a term a point's label names only as what its own
subject acts on ("*Regularization* reduces overfitting and improves generalization",
``_acted_on``), when no clause of the rubric has the term as its subject: the point claims what
regularization does to overfitting, and a definition of overfitting says neither that nor its
opposite (a contradiction needs the same subject); and a definition that says at least
``BANK_SAID_WORDS`` of the words the shipped bank says of the term where it is a clause's
subject, in any question ("PCA is a linear projection that preserves global variance",
``bank_said``). Over every content set no charge moved (40 verbose-wrong answers, no correct
one); of the bank's 450 defining model-answer sentences put to every other technical question,
4 charges -> 0.

Round 66, wrong66: a cause or a working given to a term is read as its meaning (``CAUSE_LINKS``:
"X happens / occurs / arises because ...", "X comes / stems / results from ...", "X is caused by /
due to ...", "X works by ..."): "vanishing gradients happen because the batch size is too
small", "max pooling works by averaging the values in each window", "the kernel trick works by
explicitly adding all the polynomial features" name a key point's term and give it a process or
a cause in the field's words that the rubric never says of it. Its predicate counts the field's
words as vocabulary (``_field_words``), as a definition naming a kind does: a wrong cause borrows
a neighbouring topic's words. Over every content set (5,736 correct answers, 1,268 verbose-wrong
ones) 5 more verbose-wrong answers charged, no correct one.

Charged as the key point contradicted, naming the definition; never in a sentence that warns,
denies or opens with a condition ("if", "when", "unless"), nor for a subject a negation or a
hedge is part of.
"""

from __future__ import annotations

import re
from functools import lru_cache

from simulator.core.questions import GENERIC_WORDS, Question
from simulator.core.scoring.clause_subject import subject_span
from simulator.core.scoring.contradiction import Contradiction
from simulator.core.scoring.rubric_key import RubricKey, rubric_key
from simulator.core.scoring.stance import NEGATION_WORDS, Stance, clause_ids
from simulator.core.scoring.text import (
    STOPWORDS,
    Sentence,
    Tokens,
    holds_run,
    split_sentences,
    stem,
    tokenize,
    word_set,
    words,
)

SUBJECT_WORDS = 6  # words before the defining link, determiners and openers included
VOCABULARY_WORDS = 2  # the predicate's content words that are the rubric's (beyond the prompt)
VOCABULARY_SHARE = 0.5  # ... and their share of its content words

_PLAIN = STOPWORDS | GENERIC_WORDS | word_set("each every")
_TERM_PLAIN = STOPWORDS | word_set("each every")
_PART_BREAK = re.compile(r"[;:]|\b(?:while|whereas|but|unlike|however|instead|rather)\b", re.I)
_OPENERS = word_set("so and but also now here then well basically")
_COMPARATIVES = word_set(
    "more less fewer higher lower larger smaller wider narrower bigger greater longer shorter"
    " deeper shallower stronger weaker"
)
_CONDITIONS = word_set("if when unless whenever once assuming")
_HEDGES = word_set("might may could maybe perhaps possibly sometimes roughly")
_WARNING_WORDS = word_set(
    "mistake myth misconception wrong incorrect false confuse confused confusion people think"
    " thinks believe believes assume assumes"
)
# The defining links, each as its words after the subject.
_ONE_WORD_LINKS = word_set("means refers stands")
_AFTER_IS = word_set("when where just simply basically essentially merely")
_KINDS = word_set("technique method way trick approach procedure")
_KIND_JOINS = word_set("where for that of to in which")
_NOT_A_VERB_AFTER = word_set("is are was were of and or")
_SUBJECT_LINKS = word_set("is are was were it they this")
# A kind and what singles it out (wrong56): "is a / an / the" at most ``CATEGORY_WORDS`` words,
# then a relative word. A comparison or a list in between is no kind ("is the same as ...").
CATEGORY_LINKS = True
TOPIC_FREE_OVERLAP = True
CLAUSE_SUBJECTS = True
FIELD_QUESTIONS: int | None = 2
# Clauses that go on with a predicate rather than open a subject of their own (adam57)
_GOES_ON = word_set("which using by with via through")
_CLAUSE_NOT_SUBJECT = word_set("which who whose where that because since as so")
CATEGORY_WORDS = 3
_ARTICLES = word_set("a an the")
_RELATIVE = word_set("that which where who whose")
_VAGUE_KINDS = word_set(
    "thing things stuff part parts bit piece way ways kind sort type idea number amount lot"
    " something one ones"
)
_NOT_A_KIND = word_set("and or as than of one ones same only first last best main key")
# What the shipped bank says of a term as its subject, anywhere (wrong65): a definition sharing
# this many of those words is the bank's own meaning, not an invented one.
BANK_SAID_WORDS = 2


# Links that give a term's cause or its working (wrong66): "vanishing gradients happen
# because ...", "non-normal residuals are caused by ...", "the hashing trick works by ...".
_CAUSE_VERBS = word_set("happen happens occur occurs arise arises")
_SOURCE_VERBS = word_set("come comes stem stems result results arise arises")
_MECHANISM_VERBS = word_set("work works")
CAUSE_LINKS = True


def _cause_link_at(ws: tuple[str, ...], i: int) -> int | None:
    """Where the predicate starts when a cause or working link opens at word ``i``."""
    w, nxt = ws[i], ws[i + 1 : i + 2]
    if w in _CAUSE_VERBS and nxt == ("because",):
        return i + 2
    if w in _SOURCE_VERBS and nxt == ("from",):
        return i + 2
    if w in _MECHANISM_VERBS and nxt == ("by",):
        return i + 2
    if w in ("is", "are") and ws[i + 1 : i + 3] in (("caused", "by"), ("due", "to")):
        return i + 3
    return None


def _link_at(ws: tuple[str, ...], i: int) -> int | None:
    """Where the predicate starts when a defining link opens at word ``i``, else None."""
    w = ws[i]
    if CAUSE_LINKS:
        cause = _cause_link_at(ws, i)
        if cause is not None:
            return cause
    if w in _ONE_WORD_LINKS:
        if ws[i + 1 : i + 2] and ws[i + 1] in _NOT_A_VERB_AFTER:
            return None  # "rolling means are computed": a noun
        if w == "refers" and ws[i + 1 : i + 2] != ("to",):
            return None
        if w == "stands" and ws[i + 1 : i + 2] != ("for",):
            return None
        return i + 1 if w == "means" else i + 2
    if w not in ("is", "are"):
        return None
    nxt = ws[i + 1 : i + 2]
    if nxt and nxt[0] in _AFTER_IS:
        return i + 2
    if ws[i + 1 : i + 3] == ("nothing", "but"):
        return i + 3
    if (
        ws[i + 1 : i + 2] in (("a",), ("an",))
        and ws[i + 2 : i + 3]
        and ws[i + 2] in _KINDS
        and ws[i + 3 : i + 4]
        and ws[i + 3] in _KIND_JOINS
    ):
        return i + 4
    if CATEGORY_LINKS and ws[i + 1 : i + 2] and ws[i + 1] in _ARTICLES:
        # "the Kaplan-Meier estimator is a regression model that predicts ...": a kind of thing
        # and what singles it out; the kind's own words are part of the meaning given
        for j in range(i + 2, min(len(ws), i + 3 + CATEGORY_WORDS)):
            if ws[j] in _RELATIVE:
                return i + 2 if j > i + 2 else None
            if ws[j] in _NOT_A_KIND:
                return None
    return None


_Rubric = tuple[
    frozenset[str],
    tuple[tuple[int, frozenset[str], frozenset[str]], ...],
    tuple[frozenset[str], ...],
]


def _rubric(question: Question) -> _Rubric:
    return _rubric_of(rubric_key(question))


def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words(text) if w not in _PLAIN and len(w) > 1)


def _term_stems(text: str) -> frozenset[str]:
    """A phrase's stems as a term a subject must name: every word but the stopwords, one-letter
    and generic words kept (adam57). Without them a phrase shrank to one word of another term:
    "adam w" (AdamW) to "adam", "q learning" to "q" and "learns a value" to "learn", so "Adam is an
    optimizer that adapts the learning rate" was read as defining AdamW, and "reinforcement
    learning is when a model learns by trial and error" as defining a value-learning method."""
    return frozenset(stem(w) for w in words(text) if w not in _TERM_PLAIN)


@lru_cache(maxsize=256)
def _rubric_of(key: RubricKey) -> _Rubric:
    """The rubric's vocabulary beyond the prompt, and for each key-point phrase its point, its
    stems as a term (``_term_stems``) and the stems the rubric says of it (its label, the
    model-answer sentences naming it)."""
    sentences = split_sentences(key.model_answer)
    vocabulary: set[str] = set().union(*(_stems(s) for s in sentences)) if sentences else set()
    # what the rubric says of a term: the part of its sentence that names it, cut at a
    # contrast ("unlike data parallelism, which copies the model, model parallelism splits")
    model = [_stems(part) for s in sentences for part in _PART_BREAK.split(s)]
    phrases = []
    for k, (label_text, texts) in enumerate(zip(key.labels, key.phrases, strict=True)):
        label = _stems(label_text)
        vocabulary |= label
        for p in texts:
            own = _stems(p)
            vocabulary |= own
            if not own:
                continue
            said = set(label)
            for s in model:
                if own <= s:
                    said |= s
            phrases.append((k, _term_stems(p), frozenset(said)))
    labels = [_stems(label) for label in key.labels]
    return frozenset(vocabulary - _stems(key.prompt)), tuple(phrases), (*model, *labels)


def invented_meanings(
    question: Question, tokens: Tokens, stance: Stance
) -> dict[int, Contradiction]:
    """Key points whose term the answer defines with an invented meaning, by index."""
    if question.category.value != "technical":
        return {}
    vocabulary, phrases, parts = _rubric(question)
    out: dict[int, Contradiction] = {}
    for sentence in tokens.sentences:
        first, last = sentence.first_word, sentence.last_word
        ws = tokens.words[first:last]
        if not ws or ws[0] in _CONDITIONS or set(ws) & (_HEDGES | _WARNING_WORDS):
            continue
        ids = clause_ids(sentence)
        for start in _subject_starts(ws, ids):
            k_found = _defined_at(
                question, tokens, stance, sentence, ws, ids, start, vocabulary, phrases, parts
            )
            if k_found is not None:
                k, term, given = k_found
                out.setdefault(
                    k,
                    Contradiction(
                        f'"{term}" is given {given} the rubric does not give it: '
                        f'"{question.key_points[k].label}"',
                        sentence.text,
                    ),
                )
                break
    return out


def _field_kind(
    question: Question, tokens: Tokens, first: int, ws: tuple[str, ...], i: int, at: int
) -> frozenset[str]:
    """The field's words a definition's predicate may be read in (``_field_words``): only when
    it names a kind of thing in them ("is a *regression model* that ...", "is the *cumulative
    probability* that ..."). An everyday definition names a vague kind ("is the thing that
    tells you ...") or none, and its everyday words are often the field's too ("right", "far",
    "out")."""
    if ws[i] not in ("is", "are") or at != i + 2 or ws[i + 1] not in _ARTICLES:
        return frozenset()
    kind = []
    for j in range(at, len(ws)):
        if ws[j] in _RELATIVE:
            break
        kind.append(j)
    if not kind or any(ws[j] in _VAGUE_KINDS for j in kind):
        return frozenset()
    field = _field_words(question.prompt)
    if not any(tokens.stems[first + j] in field for j in kind):
        return frozenset()
    return field


def _field_words(prompt: str) -> frozenset[str]:
    """The field's vocabulary beyond the prompt's (wrong56, ``FIELD_QUESTIONS``): stems that at
    least that many shipped questions say. A confident wrong definition often borrows the
    field's words rather than this rubric's ("a regression model that predicts each user's
    upgrade day", "the cumulative probability that someone has upgraded"), which a paraphrase
    in everyday words does not."""
    if FIELD_QUESTIONS is None:
        return frozenset()
    return _field_stems() - _stems(prompt)


@lru_cache(maxsize=1)
def _field_stems() -> frozenset[str]:
    from simulator.core.scoring.shipped_rubrics import _question_counts

    return frozenset(s for s, n in _question_counts().items() if n >= (FIELD_QUESTIONS or 0))


def _subject_starts(ws: tuple[str, ...], ids: tuple[int, ...]) -> list[int]:
    """Where a defined subject may open: the sentence's start and (wrong56, ``CLAUSE_SUBJECTS``)
    each later clause's ("..., and the hazard function is the cumulative probability ..."), past
    its openers; never a clause that opens with a condition."""
    starts = [0]
    if CLAUSE_SUBJECTS:
        starts += [j for j in range(1, len(ws)) if ids[j] != ids[j - 1]]
    out = []
    for start in starts:
        while start < len(ws) and ws[start] in _OPENERS:
            start += 1
        if start < len(ws) and (start == 0 or ws[start] not in _CONDITIONS | _CLAUSE_NOT_SUBJECT):
            out.append(start)
    return out


def _goes_on(
    tokens: Tokens, first: int, ws: tuple[str, ...], ids: tuple[int, ...], end: int
) -> set[str]:
    """The stems of the clauses that go on with a definition's predicate ("..., using
    successive halving", "..., which is minimizing log loss"; adam57): what they say of the
    term is said of it too, where a clause with a subject of its own ("..., and the hazard
    function is ...") says something else."""
    out: set[str] = set()
    while end < len(ws) and ws[end] in _GOES_ON:
        start = end
        while end < len(ws) and ids[end] == ids[start]:
            end += 1
        out |= {
            tokens.stems[first + j]
            for j in range(start, end)
            if ws[j] not in _PLAIN and len(ws[j]) > 1
        }
    return out


def _says_own_phrase(
    question: Question,
    points: list[int],
    tokens: Tokens,
    first: int,
    ws: tuple[str, ...],
    at: int,
    end: int,
    subject: set[str],
) -> bool:
    """Whether the meaning given (words ``at`` to ``end``) says, word after word, a phrase of
    two words or more of a key point its subject names (lead60: "high variance means the model
    is too flexible" gives "high variance" its own point's "too flexible": the rubric's meaning
    in the rubric's words, not an invented one). Word after word, as the rubric says it: a
    phrase's words strewn over the meaning ("the weights that make the largest feature values
    the most likely" holds "weights ... most likely") are no such phrase. Nor is a phrase that
    names the term rather than says what it is, one sharing a word with the subject ("the
    seasonal naive forecast is just the naive forecast smoothed ...": "naive forecast" is a
    name)."""
    said = [tokens.stems[first + j] for j in range(at, end) if ws[j] not in _TERM_PLAIN]
    for k in dict.fromkeys(points):
        for phrase in question.key_points[k].phrases:
            run = [stem(w) for w in words(phrase) if w not in _TERM_PLAIN]
            if len(run) >= 2 and not subject & set(run) and holds_run(said, run):
                return True
    return False


def _defined_at(
    question: Question,
    tokens: Tokens,
    stance: Stance,
    sentence: Sentence,
    ws: tuple[str, ...],
    ids: tuple[int, ...],
    start: int,
    vocabulary: frozenset[str],
    phrases: tuple[tuple[int, frozenset[str], frozenset[str]], ...],
    parts: tuple[frozenset[str], ...],
) -> tuple[int, str, str] | None:
    """The key point and term a subject opening at ``start`` defines with an invented meaning,
    and what the meaning is ("a meaning", or "a cause or a working" for a cause link)."""
    first = sentence.first_word
    for i in range(start + 1, min(len(ws) - 1, start + SUBJECT_WORDS + 1)):
        at = _link_at(ws, i)
        if at is None:
            continue
        if start > 0 and ids[i] != ids[start]:
            break  # a later clause's subject stays in its clause
        subject = ws[start:i]
        if set(subject) & (_COMPARATIVES | NEGATION_WORDS | _CONDITIONS | _SUBJECT_LINKS):
            # "dropout is different, it is just ...": the subject is "it", no term
            break
        if stance.warned((first + start, first + i)):
            break
        subject_stems_list = [tokens.stems[first + j] for j in range(start, i)]
        subject_stems = set(subject_stems_list)
        # the definition's own clause: "..., so you wrongly keep the null hypothesis" goes on
        # to a consequence
        end = at
        while end < len(ws) and ids[end] == ids[i]:
            end += 1
        predicate = {
            tokens.stems[first + j]
            for j in range(at, end)
            if ws[j] not in _PLAIN and len(ws[j]) > 1
        } - subject_stems
        term_stems = {s for j, s in enumerate(subject_stems_list) if subject[j] not in _PLAIN}
        own = [
            (k, said)
            for k, stems_, said in phrases
            if stems_ <= subject_stems and not _acted_on(question, k, frozenset(term_stems))
        ]
        if not own or set(ws[at:end]) & NEGATION_WORDS:
            break
        if _change_of(subject, subject_stems_list, [stems_ for _k, stems_, _said in phrases]):
            break
        if set(ws[at : at + 2]) & _COMPARATIVES:
            # "... means stronger assumptions", "X means fewer parameters": a consequence
            break
        if _says_own_phrase(
            question, [k for k, _ in own], tokens, first, ws, at, end, subject_stems
        ):
            break
        field = _field_kind(question, tokens, first, ws, i, at)
        if CAUSE_LINKS and _cause_link_at(ws, i) is not None:
            # a cause or a mechanism given in the field's words
            field = _field_words(question.prompt)
        rubric_words = predicate & (vocabulary | field)
        if len(rubric_words) < VOCABULARY_WORDS or len(rubric_words) < VOCABULARY_SHARE * len(
            predicate
        ):
            break
        # what the rubric says of the whole term when it names it ("data parallelism", not
        # every sentence saying "parallelism"), else of its key point's phrase
        specific = [p for p in parts if term_stems and term_stems <= p]
        said_of = frozenset().union(*(specific or [said for _, said in own])) - subject_stems
        meaning = predicate | _goes_on(tokens, first, ws, ids, end)
        if meaning & said_of & (vocabulary if TOPIC_FREE_OVERLAP else predicate):
            # ... what the rubric says of the term, beyond the prompt's own topic words
            # (wrong56: "predicts each user's upgrade day" shares only "user" with
            # "Kaplan-Meier ... handles the censored users")
            break
        if BANK_SAID_WORDS and len(meaning & bank_said(frozenset(term_stems))) >= BANK_SAID_WORDS:
            break
        if _cause_link_at(ws, i) is not None and _agent_named(question, term_stems, meaning):
            break
        given = "a meaning" if _cause_link_at(ws, i) is None else "a cause or a working"
        return own[0][0], " ".join(subject), given
    return None


# Nouns of a change in amount, opening the phrase they are a change of ("the *rise in*
# validation loss", "a *drop of* accuracy").
_CHANGE_NOUNS = word_set(
    "rise rises fall falls increase increases decrease decreases drop drops growth decline"
    " declines jump jumps spike spikes dip dips surge surges reduction reductions gain gains"
    " improvement improvements degradation deterioration change changes shift shifts uptick"
)


def _change_of(
    subject: tuple[str, ...],
    subject_stems: list[str],
    phrase_stems: list[frozenset[str]],
) -> bool:
    """The subject is a change in the key point's term, not the term: in English "the rise in
    X" names an event of X's amount, so a cause or a meaning given to it ("the rise in
    validation loss is caused by the network memorizing noise") is said of the change, and
    says nothing of what X is or how X works (cause68: a model answer with that true sentence
    added was charged as contradicting its own point and scored 0). Only when every phrase the
    subject names comes after the change noun's "in" / "of"."""
    for c in range(len(subject) - 1):
        if subject[c] in _CHANGE_NOUNS and subject[c + 1] in ("in", "of"):
            after = set(subject_stems[c + 2 :])
            return all(stems_ <= after for stems_ in phrase_stems if stems_ <= set(subject_stems))
    return False


def _agent_named(question: Question, term: set[str], cause: set[str]) -> bool:
    """The cause given names the subject of a rubric clause that says the term as what that
    subject does or makes: "X comes from / results from / is caused by Y" is the passive of "Y
    drives / gives / makes X", so "exact zeros come from the shape of the L1 penalty" says
    what "L1 drives some weights exactly to zero" says, though "L1" is the prompt's own word
    (a correct L1/L2 warning was charged so). "Exact zeros come from the L2 penalty" names no
    subject the rubric says the zeros of."""
    if not term:
        return False
    return any(
        subject and not subject & term and subject <= cause and term <= said
        for subject, said in _rubric_subjects(rubric_key(question))
    )


@lru_cache(maxsize=256)
def _rubric_subjects(key: RubricKey) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each rubric clause's subject and what it says of it (``_subjects_said``)."""
    return tuple(
        pair
        for text in (key.model_answer, *key.labels, *key.corrections)
        for pair in _subjects_said(tokenize(text))
    )


def bank_said(term: frozenset[str]) -> frozenset[str]:
    """What the shipped technical and case rubrics say of ``term`` (its content stems) where it
    is a clause's subject: in any question's model answer, key-point labels or corrections
    ("Overfitting is memorising noise in training data", "PCA is a linear projection that
    preserves global variance"). A rubric that only names a term, as the problem its subject
    acts on ("Regularization reduces overfitting"), something required absent ("No perfect
    multicollinearity among features") or one of a list ("Remedies, feature selection,
    dimensionality reduction, ..."), says nothing of what the term is, so any correct
    definition of it said none of the rubric's words of it and was charged (round 64's window:
    an answer defining overfitting, given to the regularization question, was told it "said the
    opposite of: Regularization reduces overfitting and improves generalization")."""
    return _bank_meanings().get(term, frozenset())


@lru_cache(maxsize=1)
def _bank_meanings() -> dict[frozenset[str], frozenset[str]]:
    from simulator.core.scoring.shipped_rubrics import shipped_questions

    said: dict[frozenset[str], set[str]] = {}
    for q in shipped_questions():
        texts = (
            q.model_answer,
            *(kp.label for kp in q.key_points),
            *(m.correction for m in q.misconceptions),
        )
        for text in texts:
            for term, meaning in _subjects_said(tokenize(text)):
                said.setdefault(term, set()).update(meaning)
    return {term: frozenset(meaning) for term, meaning in said.items()}


def _subjects_said(tokens: Tokens) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Each clause's own subject (its content stems) and what the clause says of it."""
    out = []
    for sentence in tokens.sentences:
        first = sentence.first_word
        ws = tokens.words[first : sentence.last_word]
        ids = clause_ids(sentence)
        starts = [0] + [j for j in range(1, len(ws)) if ids[j] != ids[j - 1]]
        for start in starts:
            end = start
            while end < len(ws) and ids[end] == ids[start]:
                end += 1
            span = subject_span(ws, start, end)
            if span is None:
                continue
            term = frozenset(tokens.stems[first + j] for j in range(*span) if ws[j] not in _PLAIN)
            meaning = frozenset(
                tokens.stems[first + j]
                for j in range(span[1], end)
                if ws[j] not in _PLAIN and len(ws[j]) > 1
            )
            if term and meaning:
                out.append((term, meaning - term))
    return out


def _acted_on(question: Question, k: int, term: frozenset[str]) -> bool:
    """Whether key point ``k``'s label names a subject of its own and ``term`` only as what that
    subject acts on ("*Regularization* reduces overfitting and improves generalization"), and
    the rubric nowhere makes the term a clause's subject: the point claims what the subject does
    to the term, so a definition of the term neither says it nor says its opposite (a
    contradiction needs the same subject). A label in note form ("Suffers from the curse of
    dimensionality") names no subject of its own and is still read as saying what its terms
    are."""
    return bool(term) and _acted_on_in(rubric_key(question), k, term)


# Verbs by which a label says what its subject does to a problem or a quantity ("reduces
# overfitting", "prevents leakage", "leading to underfitting").
_EFFECT_VERBS = word_set(
    "reduce reduces reducing prevent prevents preventing avoid avoids avoiding curb curbs lower"
    " lowers lowering fight fights combat combats limit limits limiting mitigate mitigates"
    " control controls fix fixes solve solves address addresses counter counters tame tames"
    " cause causes causing remove removes eliminate eliminates increase increases raise raises"
    " cut cuts"
)
_EFFECT_PAIRS = (("leads", "to"), ("lead", "to"), ("leading", "to"), ("protects", "against"))


@lru_cache(maxsize=1024)
def _acted_on_in(key: RubricKey, k: int, term: frozenset[str]) -> bool:
    tokens = tokenize(key.labels[k])
    acted = False
    for sentence in tokens.sentences:
        first = sentence.first_word
        ws = tokens.words[first : sentence.last_word]
        stems = tokens.stems[first : sentence.last_word]
        ids = clause_ids(sentence)
        for v in range(1, len(ws)):
            pair = ws[v : v + 2] in _EFFECT_PAIRS
            if ws[v] not in _EFFECT_VERBS and not pair:
                continue
            lo = v
            while lo > 0 and ids[lo - 1] == ids[v]:
                lo -= 1
            hi = v + 1
            while hi < len(ws) and ids[hi] == ids[v]:
                hi += 1
            subject = {stems[j] for j in range(lo, v) if ws[j] not in _PLAIN}
            after = set(stems[v + 1 + pair : hi])
            if subject and not term & subject and term <= after:
                acted = True
    if not acted:
        return False
    return not any(
        term <= subject
        for text in (key.model_answer, *key.labels)
        for subject, _ in _subjects_said(tokenize(text))
    )
