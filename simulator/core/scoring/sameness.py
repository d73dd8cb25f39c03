"""Sameness: an answer that calls the two things a question compares the same thing.

"Stemming and lemmatization are the same", "classification and regression are really the same
thing", "data drift is the same as concept drift": a question that asks for a difference (its
prompt says "difference", "differ", "compare", "contrast", "versus") is answered wrongly by
denying there is one, however many of the rubric's words follow. The claim is charged as a
misconception, corrected by the model answer's first sentence that names both.

Charged only when the clause names two different terms of the prompt and says, without a
hedge, that they are the same: "X and Y are (really, basically, exactly) the same (thing)",
"X is the same as Y", "X is identical / equivalent to Y", "X and Y are interchangeable",
"there is no difference between X and Y". Not when it says the same *something* ("the same
null hypothesis", "the same scale": a shared property), nor when hedged ("about the same",
"usually", "with a flat prior"... after the marker), denied ("are not the same"), conditional
or warned against.

Nor when the accepted view states that sameness itself (falseB34): a key point's label or
phrase ("for single-label problems it equals accuracy", "same as accuracy") or a model answer
sentence ("When lambda is zero, ridge is identical to ordinary least squares") with a sameness
word (not denied: "are not the same"), naming one of the sentence's prompt terms and what the
claim says they are the same as (the words after its marker, else the names before it), the sentence naming no alternative the prompt
lists with it that the statement leaves out ("macro" where the statement says "micro": still
charged), and, when the statement sets a condition ("for", "when", "with", "if", ...), the
sentence saying a condition too, with a word of the statement's own ("for a penalty of zero").
A correct "for single-label multiclass problems, micro-averaged precision, recall and F1 are
all identical to accuracy" was charged "They differ" and scored 19.
"""

from __future__ import annotations

import re
from functools import lru_cache

from simulator.core.questions import GENERIC_WORDS, Question
from simulator.core.scoring.accepted_view import differ_view
from simulator.core.scoring.results import MisconceptionHit
from simulator.core.scoring.stance import NEGATION_WORDS, Stance, clause_ids
from simulator.core.scoring.text import (
    STOPWORDS,
    Tokens,
    split_sentences,
    stem,
    tokenize,
    word_set,
    words,
)

_COMPARING = re.compile(r"\b(differ|differs|difference|differences|compare|contrast|versus|vs)\b")
_NOT_TERMS = (
    STOPWORDS
    | GENERIC_WORDS
    | word_set(
        "difference differences differ differs compare contrast versus vs example examples give"
        " each use would when which explain what how why between two both"
    )
)
_LINKS = word_set("is are")
_DEGREE = word_set("really basically just exactly essentially simply actually all literally")
_SAME = word_set("identical equivalent interchangeable")
_KINDS = word_set(
    "thing things technique techniques method methods concept idea algorithm approach model"
)
_HEDGES = word_set(
    "about roughly nearly almost approximately usually often mostly sometimes practically"
    " similar can could may might if when unless assuming under given"
)
# "with a flat prior", "with enough data": a condition; "with different names": no condition.
_CONDITION_AFTER_WITH = word_set("a an the uniform flat enough large small infinite zero no")
_OPENING_CONDITIONS = word_set("if unless when whenever assuming")
# "with gamma *set to* zero", "with the batch size *equal to* n": a setting after "with" names
# a limiting case in which the two are the same (charge32).
_SETTING = word_set(
    "set at equal equals fixed zero one infinite infinity going tending approaching shrinking"
)
_SETTING_REACH = 4  # words from "with" to its setting ("with the temperature *at* one")
# An opening clause that sets a case of its own ("*With gamma at zero*, focal loss is the same
# as cross-entropy", "*Under a flat prior*, ..."), unless it names none ("In practice, ...").
_CASE_OPENERS = word_set("with under in at given")
_NO_CASE = word_set(
    "practice general most many some all any example instance short fact reality production"
    " sure this that these those it them such my our the experience principle theory essence"
)


@lru_cache(maxsize=512)
def _terms(prompt: str) -> frozenset[str] | None:
    """Stems of the prompt's own terms, or None when the prompt asks for no difference."""
    if not _COMPARING.search(prompt.lower()):
        return None
    return frozenset(stem(w) for w in words(prompt) if w not in _NOT_TERMS and len(w) > 1)


def _marker(ws: list[str]) -> tuple[int, int] | None:
    """(start, end) of "is/are [degree] the same [thing] [as]" or "is/are [degree] identical /
    equivalent / interchangeable [to]" in a clause's words, or of "no difference between"."""
    for i, w in enumerate(ws):
        if w == "no" and ws[i + 1 : i + 3] == ["difference", "between"]:
            return i, i + 3
        if w not in _LINKS:
            continue
        j = i + 1
        while j < len(ws) and ws[j] in _DEGREE:
            j += 1
        if ws[j : j + 2] == ["the", "same"]:
            k = j + 2
            if k < len(ws) and ws[k] in _KINDS:
                k += 1
            if k < len(ws) and ws[k] not in ("as", "with", "in"):
                return None  # "the same null hypothesis": a shared property
            return i, k
        if j < len(ws) and ws[j] in _SAME:
            return i, j + 1
    return None


def same_claims(
    question: Question, tokens: Tokens, stance: Stance, charged: set[str]
) -> list[MisconceptionHit]:
    """Sentences calling the question's two compared terms the same, each charged once."""
    terms = _terms(question.prompt)
    if not terms:
        return []
    found: list[MisconceptionHit] = []
    for sentence in tokens.sentences:
        if sentence.text in charged:
            continue
        first = sentence.first_word
        all_words = list(tokens.words[first : sentence.last_word])
        if not all_words or all_words[0] in _OPENING_CONDITIONS:
            continue
        ids = clause_ids(sentence)
        for clause in sorted(set(ids)):
            at = [i for i in range(sentence.word_count) if ids[i] == clause]
            ws = [all_words[i] for i in at]
            mark = _marker(ws)
            if mark is None:
                continue
            named = {stem(w) for w in ws if stem(w) in terms}
            before = ws[: mark[0]]
            if len(named) < 2 or not any(stem(w) in terms for w in before):
                continue
            if any(w in NEGATION_WORDS for w in before) or any(w in _HEDGES for w in ws):
                continue
            if any(
                w == "with"
                and ws[n + 1 : n + 2]
                and (
                    ws[n + 1] in _CONDITION_AFTER_WITH
                    or any(x in _SETTING for x in ws[n + 2 : n + 2 + _SETTING_REACH])
                )
                for n, w in enumerate(ws)
            ):
                continue
            if clause and (
                _opens_on_a_case(all_words, ids, named, 0)
                or (
                    _after_a_break(sentence.text, all_words, ids, clause - 1)
                    and _opens_on_a_case(all_words, ids, named, clause - 1)
                )
            ):
                continue
            if stance.warned((first + at[mark[0]], first + at[mark[0]] + 1)):
                continue
            after = [w for w in ws[mark[1] :] if w not in STOPWORDS and w not in _HEDGES]
            # what it is said to be the same as: the words after the marker ("... identical
            # to *accuracy*"), or else the names before it ("X and Y are the same")
            same_as = {stem(w) for w in after} or named
            sentence_stems = set(tokens.stems[first : sentence.last_word])
            if _accepted(question, terms, sentence_stems, frozenset(same_as)):
                continue
            said = " ".join(ws)
            found.append(MisconceptionHit(None, said, sentence.text, _correction(question, named)))
            break
    return found


# How the accepted view states a sameness itself ("for single-label problems it *equals*
# accuracy", "When lambda is zero, ridge is *identical to* ordinary least squares").
_SAMENESS = re.compile(
    r"\b(?:same as|the same thing|identical to|equivalent to|equals|equal to|reduces? to"
    r"|coincides? with|interchangeable"
    r"|(?:is|are) (?:\w+ )?the same(?= as\b|\s*[,.;]|$| when\b| if\b| for\b| under\b))"
)
_CONDITIONS = word_set("if unless when whenever assuming with for under given once")
# Alternatives the prompt lists together ("macro, micro and weighted averaging", "X or Y").
_LISTED = re.compile(r"\b[\w-]+(?:\s*,\s*[\w-]+)*,?\s+(?:and|or|versus|vs\.?)\s+[\w-]+")


@lru_cache(maxsize=512)
def listed_alternatives(prompt: str) -> frozenset[frozenset[str]]:
    """The groups of single words the prompt lists as alternatives."""
    out: set[frozenset[str]] = set()
    for m in _LISTED.finditer(prompt.lower()):
        group = frozenset(
            stem(w) for w in re.split(r"\s*,\s*|\s+(?:and|or|versus|vs\.?)\s+", m.group(0)) if w
        )
        if len(group) >= 2:
            out.add(group)
    return frozenset(out)


def _stated(question: Question) -> tuple[tuple[frozenset[str], bool], ...]:
    """The samenesses the accepted view states (a key point's label with its phrases, a model
    answer sentence): the stems of each, and whether it says them under a condition."""
    return _stated_in(
        tuple((kp.label, tuple(kp.phrases)) for kp in question.key_points), question.model_answer
    )


@lru_cache(maxsize=512)
def _stated_in(
    points: tuple[tuple[str, tuple[str, ...]], ...], model_answer: str
) -> tuple[tuple[frozenset[str], bool], ...]:
    texts: list[tuple[str, str]] = []
    for label, phrases in points:
        said = [t for t in (label, *phrases) if _SAMENESS.search(t.lower())]
        if said:
            texts.append((label + " " + " ".join(said), label))
    texts.extend((t, t) for t in split_sentences(model_answer))
    out = []
    for text, head in texts:
        low = text.lower()
        m = _SAMENESS.search(low)
        if m is None:
            continue
        # "are not the same", "does not equal": a difference, not a sameness
        near = words(low[: m.start()])[-2:] + words(m.group(0))
        if any(w in NEGATION_WORDS or w.endswith("n't") for w in near):
            continue
        ws = words(head.lower())
        conditional = any(w in _CONDITIONS for w in ws)
        out.append((frozenset(stem(w) for w in words(low) if w not in STOPWORDS), conditional))
    return tuple(out)


def _accepted(
    question: Question, terms: frozenset[str], sentence: set[str], same_as: frozenset[str]
) -> bool:
    """The answer's sentence says a sameness the accepted view states (falseB34): a statement
    naming one of the sentence's terms and what the sentence says they are the same as
    (``same_as``), the sentence naming no alternative the prompt lists
    with that term that the statement leaves out ("macro" where the statement says "micro"),
    and, when the statement sets a condition, a condition said with a word of it."""
    said = sentence & terms
    siblings = listed_alternatives(question.prompt)
    for stems, conditional in _stated(question):
        shared = said & stems
        if not shared or not same_as <= stems:
            continue
        extra = said - stems
        if any(group & shared and group & extra for group in siblings):
            continue
        if conditional:
            own = {s for s in stems if s not in terms}
            if not (sentence & {stem(w) for w in _CONDITIONS}) or not (sentence - terms) & own:
                continue
        return True
    return False


def _after_a_break(text: str, ws: list[str], ids: tuple[int, ...], case: int) -> bool:
    """Clause ``case`` follows a colon or a dash: a case of its own, not an aside."""
    at = [i for i, c in enumerate(ids) if c == case]
    if not at or at[0] >= len(ws):
        return False
    low = text.lower()
    return any(f"{mark} {ws[at[0]]} " in low for mark in (":", "\u2013", "\u2014", " -"))


def _opens_on_a_case(ws: list[str], ids: tuple[int, ...], named: set[str], case: int) -> bool:
    """Clause ``case`` (the sentence's first, or the one just before the claim's: "Setting
    gamma to zero is not a bug: *with gamma equal to zero*, ...") sets a case: an opener
    ("with", "under", "in", "at", "given") and a word that is neither a named term nor a word
    of no case ("in practice")."""
    at = [i for i, c in enumerate(ids) if c == case]
    if not at or at[0] >= len(ws) or ws[at[0]] not in _CASE_OPENERS:
        return False
    opening = [ws[i] for i in at[1:] if i < len(ws)]
    return any(w not in STOPWORDS and w not in _NO_CASE and stem(w) not in named for w in opening)


def _correction(question: Question, named: set[str]) -> str:
    """The model answer's first sentence naming two of the terms, said as the accepted view."""
    model = tokenize(question.model_answer)
    for sentence in model.sentences:
        stems = set(model.stems[sentence.first_word : sentence.last_word])
        if len(stems & named) >= 2:
            return differ_view(sentence.text)
    return "They differ: " + "; ".join(kp.label for kp in question.key_points[:2])
