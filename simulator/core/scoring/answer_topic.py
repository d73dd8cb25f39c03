"""Which technical or case question an answer's words, as a whole, answer (issue 9).

A competent answer to a neighbouring question (dropout asked about L1 and L2, a recommender
asked about churn) shares the field's words with the asked question's rubric, and its exact
phrases still name a point here and there ("average", "expected cost", "day of week"). Read as
a whole, its words sit much nearer the other question's rubric: TF-IDF over the shipped
technical and case rubrics (prompt, competency, key-point labels and phrases, as
theme_match.py weighs behavioral stories), so a word every rubric says counts for little and
one few say ("dropout", "subscribers") for much.

An answer *reads as* another question's when that question's rubric is ``LEANS_BY`` times
nearer than the asked one's and the answer says ``OTHER_WORDS_MIN`` or more words of that
rubric that the asked one lacks. Its key-point credit then falls linearly, to ``OFF_FLOOR`` at
``LEANS_FULL`` times, and the candidate is told which question the answer fits. Measured on
the repository's answer sets (tuning): no correct answer to its own question leans that far
(strong at most 0.63, partial 1.26, paraphrase 1.34 times), nor any weak, wrong, salad or echo
answer says enough of another rubric (0 of 77 weak answers), while the strong answer of a
neighbouring question (same topic or next in the bank) reads as its own question for 164 of
172 pairs. Questions outside the shipped packs are never judged this way (nothing to compare
them with). off_question.py applies it, and the lean a neighbour's key points confirm (below).
"""

from __future__ import annotations

import math
import threading
import weakref
from collections.abc import Callable, Mapping
from functools import lru_cache
from types import MappingProxyType

from simulator.core.questions import Question
from simulator.core.scoring.plain_words import in_technical_words
from simulator.core.scoring.shipped_rubrics import generic_stems, shipped_questions
from simulator.core.scoring.text import Tokens, tokenize
from simulator.core.scoring.theme_match import (
    Vector,
    build_vectors,
    closeness,
    cosine,
    rubric_text,
    weigh,
    word_bag,
)

LEANS_BY = 2.0  # another rubric this many times nearer than the asked one: off the question
LEANS_FULL = 5.0  # ... this many times nearer: an answer to that question, ``OFF_FLOOR`` left
OFF_FLOOR = 0.1
# ... and only an answer that says this many words of the other rubric that the asked one
# lacks: a vague one-line answer leans anywhere by chance ("It is the algorithm that trains
# neural networks" leaned 14 times to "training data larger than memory").
OTHER_WORDS_MIN = 6
# A neighbouring question's answer (ROC told for precision and recall, bagging for gradient
# boosting) shares so much of the field's vocabulary that its words lean only 1.5 to 3 times to
# its own rubric. Its key points say which it answers: an answer leaning ``LEANS_CONFIRM`` times
# or more that covers ``CONFIRM_COVERAGE`` of the other question's key-point weight and
# ``CONFIRM_BY`` times what it covers here is that question's answer, unless it opens on the
# asked prompt's own subject, one the other prompt lacks ("PCA is a way to reduce ..." leans
# to dimensionality reduction); its credit then falls
# from ``LEANS_CONFIRM`` to ``OFF_FLOOR`` at ``LEANS_CONFIRM_FULL`` times, and its on-topic
# words count as much (they are the other question's topic).
LEANS_CONFIRM = 1.5
LEANS_CONFIRM_FULL = 2.0
CONFIRM_COVERAGE = 0.5
CONFIRM_BY = 1.5
# (offtopic28) Confirmed by its key points, an answer needs fewer of the other rubric's own words
# (an overfitting answer asked about early stopping said 5); and the further its words lean,
# the smaller the coverage margin its key points need: ``CONFIRM_BY`` up to ``LEANS_BY`` times,
# ``CONFIRM_BY_FAR`` (more there than here) from ``LEANS_FAR`` times on.
CONFIRMED_WORDS_MIN = 4
CONFIRM_BY_FAR = 1.0
LEANS_FAR = 3.0


# One scoring asks for the nearest other rubric three or four times, of the same tokens
# (off_question, the key points' reading, speaks_for_another, answer_subject), and each time
# weighed the answer against every shipped rubric: 45 % of a short answer's scoring. The last
# result is kept for the next asker, per thread (the compute lane scores on several), matched
# by identity and holding the tokens weakly, so nothing of an answer outlives it.
_last_lean = threading.local()


def _lean_of(
    kind: str,
    question: Question,
    tokens: Tokens,
    find: Callable[[Question, Tokens, tuple[Question, ...]], tuple[Question, float] | None],
) -> tuple[Question, float] | None:
    shipped = shipped_questions()
    last = getattr(_last_lean, kind, None)
    if last is not None and last[0] is question and last[1]() is tokens and last[2] is shipped:
        return last[3]
    lean = find(question, tokens, shipped)
    setattr(_last_lean, kind, (question, weakref.ref(tokens), shipped, lean))
    return lean


def nearest_other(question: Question, tokens: Tokens) -> tuple[Question, float] | None:
    """The shipped question other than the asked one whose rubric the answer's words sit
    nearest, and how many times nearer than the asked one's; None for a question outside the
    shipped packs or an answer sharing no weighed word with any rubric."""
    return _lean_of("shipped", question, tokens, _nearest_other)


def _nearest_other(
    question: Question, tokens: Tokens, shipped: tuple[Question, ...]
) -> tuple[Question, float] | None:
    if not tokens.words or question.id not in {q.id for q in shipped}:
        return None
    near = closeness(tokens, shipped)
    other = max((q for q in shipped if q.id != question.id), key=lambda q: near[q.id])
    if near[other.id] <= 0:
        return None
    return other, near[other.id] / max(near[question.id], 1e-9)


def about_the_question(question: Question, tokens: Tokens) -> bool:
    """Do the answer's words as a whole sit nearer the asked question's rubric than any other
    shipped one's? Then its sentences need no anchor of their own (point_anchors.py): a
    paraphrase says its points in other words, sentence after sentence.

    A question of a user's own pack is weighed against the shipped rubrics too (para32): it was
    never "about the question", so a prose paraphrase's points said as closely as the model
    answer says them earned half a point at most on any pack question (meaning_credit.py,
    ``CLOSE_FROM``), where a shipped question's earned up to ``CLOSE_CREDIT``."""
    lean = _nearest_any(question, tokens)
    return lean is not None and lean[1] < 1.0


def _nearest_any(question: Question, tokens: Tokens) -> tuple[Question, float] | None:
    if question.id not in _shipped_ids():
        return _nearest_for_pack(question, tokens)
    return nearest_other(question, tokens)


# An answer that leans LEANS_BY times or more to another question and says this many of that
# rubric's own words (words the asked rubric lacks) is that question's answer in its terms.
SPEAKS_FOR_WORDS = 2 * OTHER_WORDS_MIN


def speaks_for_another(question: Question, tokens: Tokens) -> bool:
    """Do the answer's words lean to another shipped question's rubric and say many of its own
    terms? (A curse-of-dimensionality answer asked about kNN: 2.65 times, 23 of its words;
    the repository's everyday-words paraphrases that lean that far say 3-15.)"""
    lean = _nearest_any(question, tokens)
    if lean is None or lean[1] < LEANS_BY:
        return False
    return len(said_of(lean[0], question, tokens)) >= SPEAKS_FOR_WORDS


@lru_cache(maxsize=1)
def _shipped_ids() -> frozenset[str]:
    return frozenset(q.id for q in shipped_questions())


# What these caches hand out is shared by every scoring thread (the compute lane has several):
# read-only views, so no caller can change a table another thread is reading (review33).
@lru_cache(maxsize=1)
def _shipped_rubrics() -> tuple[Mapping[str, float], Mapping[str, Vector]]:
    idf, rubrics = build_vectors({q.id: rubric_text(q) for q in shipped_questions()})
    return MappingProxyType(idf), MappingProxyType(rubrics)


@lru_cache(maxsize=1)
def _shipped_by_id() -> Mapping[str, Question]:
    return MappingProxyType({q.id: q for q in shipped_questions()})


@lru_cache(maxsize=256)
def _pack_rubric(text: str) -> tuple[Mapping[str, float], Vector]:
    """The IDF of the shipped rubrics with a pack question's own words added (a word no shipped
    rubric says weighs as one only this rubric says), and its rubric's vector under it."""
    idf, rubrics = _shipped_rubrics()
    rare = math.log(len(rubrics) + 1)
    bag = word_bag(tokenize(text))
    extended = {**idf, **{s: rare for s in bag if s not in idf}}
    return MappingProxyType(extended), MappingProxyType(weigh(bag, extended))


def _nearest_for_pack(question: Question, tokens: Tokens) -> tuple[Question, float] | None:
    """``nearest_other`` for a question outside the shipped packs: the shipped question whose
    rubric the answer's words sit nearest, and how many times nearer than the asked one's."""
    return _lean_of("pack", question, tokens, _nearest_of_pack)


def _nearest_of_pack(
    question: Question, tokens: Tokens, _shipped: tuple[Question, ...]
) -> tuple[Question, float] | None:
    if not tokens.words:
        return None
    idf, asked = _pack_rubric(rubric_text(question))
    # its everyday wordings read in the field's terms, as the meaning signal reads them
    reworded = " ".join(in_technical_words(s.text) or s.text for s in tokens.sentences)
    answer = weigh(word_bag(tokenize(reworded)), idf)
    _, rubrics = _shipped_rubrics()
    by_id = _shipped_by_id()
    qid, best = max(((i, cosine(answer, v)) for i, v in rubrics.items()), key=lambda iv: iv[1])
    if best <= 0:
        return None
    return by_id[qid], best / max(cosine(answer, asked), 1e-9)


def leans_elsewhere(question: Question, tokens: Tokens, *, packs: bool = False) -> bool:
    """Do the answer's words as a whole sit nearer another shipped question's rubric than the
    asked one's (by any margin)? False for a question outside the shipped packs, unless
    ``packs``: then such a question is weighed against the shipped rubrics as
    ``about_the_question`` weighs it (wrong33: "A random forest trains many trees ..." asked
    about an outside pack's isolation forest leans to the shipped random-forest question)."""
    if packs and question.id not in _shipped_ids():
        lean = _nearest_for_pack(question, tokens)
    else:
        lean = nearest_other(question, tokens)
    return lean is not None and lean[1] >= 1.0


def said_of(other: Question, asked: Question, tokens: Tokens) -> set[str]:
    """The answer's words that the other rubric says and the asked one does not (words most
    rubrics use left out): what the answer says that only fits the other question."""
    return (set(word_bag(tokens)) & _stems_of(other)) - _stems_of(asked) - generic_stems()


@lru_cache(maxsize=512)
def _stems_of_text(text: str) -> frozenset[str]:
    return frozenset(word_bag(tokenize(text)))


def _stems_of(question: Question) -> frozenset[str]:
    return _stems_of_text(rubric_text(question))


def warm_up() -> None:
    """Parse the shipped rubrics and weigh their words now (about a second), not during the
    first technical answer's scoring."""
    shipped_questions()
    generic_stems()
    closeness(tokenize("warm up"), shipped_questions())
