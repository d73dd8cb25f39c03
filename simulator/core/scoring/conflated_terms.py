"""Two of the rubric's distinct ideas said to be one (issue 9, wrong66).

A confidently wrong answer that gets the process wrong often merges two steps or methods the
rubric keeps apart: "Frequency encoding is the same thing as target encoding under a different
name", "heteroscedasticity is just another word for multicollinearity", "a soft margin is the
same thing as a kernel", "MASE is just another name for MAPE". Each names two key points in the
rubric's own words, so each earned both, and no rubric lists the merge as a wrong claim: the
rubric keeps the two ideas in separate key points, which is what says they differ.

same_claims.py reads the two things a *prompt* compares called the same ("data drift is the same
as concept drift"); here the two are any two key points' ideas.

Read here: a clause whose subject (at most ``SUBJECT_WORDS`` words) says a phrase of one key
point, then an identity link ("is the same (thing) as", "is just another word / name / term
for", "is equivalent / identical to", a degree word such as "just" or "basically" allowed before
it), then, within ``OBJECT_REACH`` words, a phrase of another key point. Each phrase must keep a
word beyond the prompt's, and those words must differ: an idea named only in the prompt's words
is the question's topic ("minimizing cross-entropy is the same as maximizing the likelihood",
asked how maximum likelihood connects to losses), and "target encoding" and "frequency encoding"
differ by "target" and "frequency", not by "encoding". "About / roughly / nearly the same as" compares amounts ("the cost is about the same
as a forward pass") and is no link. Not read: a sentence that opens with a condition ("With
spherical covariances ..., a Gaussian mixture is the same as k-means"), holds a hedge, a negation
or a warning word, or whose two ideas the rubric's accepted text (model answer, labels,
corrections) ever names in one sentence (it may say how they are related). Charged as the first
point contradicted.
"""

from __future__ import annotations

from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.contradiction import Contradiction
from simulator.core.scoring.rubric_key import RubricKey, rubric_key
from simulator.core.scoring.stance import NEGATION_WORDS, Stance, clause_ids
from simulator.core.scoring.text import (
    STOPWORDS,
    Tokens,
    holds_run,
    split_sentences,
    stem,
    word_set,
    words,
)

SUBJECT_WORDS = 6  # words of a subject before the link, openers aside
OBJECT_REACH = 3  # words after the link before the other idea's phrase starts
ROOT = 5  # letters two stems share to be one word's forms

_OPENERS = word_set("so and but also now here then well")
_DEGREE = word_set("just really basically simply essentially actually exactly literally only")
_CONDITIONS = word_set("if when unless whenever once assuming with under given for")
_HEDGES = word_set("might may could maybe perhaps possibly sometimes roughly approximately")
_WARNINGS = word_set(
    "mistake myth misconception wrong incorrect false confuse confused confusion people think"
    " thinks believe believes assume assumes"
)
# The identity links, as the words after "is" / "are" (a degree word aside).
_LINKS = (
    ("the", "same", "thing", "as"),
    ("the", "same", "as"),
    ("exactly", "the", "same", "as"),
    ("another", "word", "for"),
    ("another", "name", "for"),
    ("another", "term", "for"),
    ("equivalent", "to"),
    ("identical", "to"),
)


def _content(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in words(text) if w not in STOPWORDS)


def _phrases(question: Question) -> tuple[tuple[int, tuple[str, ...], str], ...]:
    """Each key point's phrases as runs of content stems, with the phrase."""
    return _phrases_of(rubric_key(question))


@lru_cache(maxsize=256)
def _phrases_of(key: RubricKey) -> tuple[tuple[int, tuple[str, ...], str], ...]:
    return tuple(
        (k, run, p) for k, texts in enumerate(key.phrases) for p in texts if (run := _content(p))
    )


def _accepted(question: Question) -> tuple[frozenset[str], ...]:
    """The rubric's accepted sentences (model answer, labels, corrections) as content stems."""
    return _accepted_of(rubric_key(question))


@lru_cache(maxsize=256)
def _accepted_of(key: RubricKey) -> tuple[frozenset[str], ...]:
    texts = [*split_sentences(key.model_answer), *key.labels, *key.corrections]
    return tuple(frozenset(_content(t)) for t in texts)


def _link_end(ws: tuple[str, ...], i: int) -> int | None:
    """Where the object starts when an identity link opens at word ``i`` ("is" / "are")."""
    if ws[i] not in ("is", "are"):
        return None
    j = i + 1
    while j < len(ws) and ws[j] in _DEGREE and ws[j : j + 3] != ("exactly", "the", "same"):
        j += 1
    for link in _LINKS:
        if ws[j : j + len(link)] == link:
            return j + len(link)
    return None


def conflated_terms(question: Question, tokens: Tokens, stance: Stance) -> dict[int, Contradiction]:
    """Key points the answer says are the same as another point's idea, by index."""
    phrases = _phrases(question)
    prompt = frozenset(_content(question.prompt))
    accepted = _accepted(question)
    out: dict[int, Contradiction] = {}
    for sentence in tokens.sentences:
        first, last = sentence.first_word, sentence.last_word
        ws = tokens.words[first:last]
        if not ws or ws[0] in _CONDITIONS or set(ws) & (_HEDGES | _WARNINGS | NEGATION_WORDS):
            continue
        ids = clause_ids(sentence)
        stems = tokens.stems[first:last]
        for i in range(1, len(ws)):
            at = _link_end(ws, i)
            if at is None:
                continue
            start = i
            while start > 0 and ids[start - 1] == ids[i] and i - start < SUBJECT_WORDS:
                start -= 1
            while start < i and ws[start] in _OPENERS:
                start += 1
            if start > 0 and ids[start - 1] == ids[i]:
                continue  # a subject longer than a term's
            if stance.warned((first + start, first + i)):
                continue
            subject = [s for j, s in enumerate(stems[start:i]) if ws[start + j] not in STOPWORDS]
            end = at
            while end < len(ws) and ids[end] == ids[i]:
                end += 1
            obj = [s for j, s in enumerate(stems[at:end]) if ws[at + j] not in STOPWORDS]
            head = obj[: OBJECT_REACH + 4]
            # the subject's longest phrase names its idea ("the soft margin", not "margin")
            mine = sorted(
                ((k, run) for k, run, _ in phrases if holds_run(subject, list(run))),
                key=lambda kr: -len(kr[1]),
            )[:1]
            theirs = [
                (k, run, text)
                for k, run, text in phrases
                if holds_run(head, list(run)) and _starts_near(head, run)
            ]
            for k, run in mine:
                other = next(
                    (
                        (k2, run2, text2)
                        for k2, run2, text2 in theirs
                        if k2 != k
                        and (own := _beyond(run, prompt))
                        and (own2 := _beyond(run2, prompt))
                        and not own & own2
                        and not any(set(run) <= a and set(run2) <= a for a in accepted)
                    ),
                    None,
                )
                if other is None or k in out:
                    continue
                named = " ".join(ws[start:i])
                out[k] = Contradiction(
                    f'"{named}" is not the same as {other[2]}: "{question.key_points[k].label}"',
                    sentence.text,
                )
                break
    return out


def _beyond(run: tuple[str, ...], prompt: frozenset[str]) -> set[str]:
    """A phrase's words beyond the prompt's; a word the prompt says in another form
    ("maximizing" of "maximum": stems "maxim" and "maximum") is the prompt's."""
    return {w for w in run if w not in prompt and not any(_same_root(w, p) for p in prompt)}


def _same_root(a: str, b: str) -> bool:
    return len(a) >= ROOT and len(b) >= ROOT and a[:ROOT] == b[:ROOT]


def _starts_near(head: list[str], run: tuple[str, ...]) -> bool:
    """The phrase's first word stands within ``OBJECT_REACH`` words of the link."""
    return run[0] in head[: OBJECT_REACH + 1]
