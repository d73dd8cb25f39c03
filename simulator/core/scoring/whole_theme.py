"""The question a story's words sit nearest, each question read whole: its rubric AND its model
answer (issue 9, round 32, star32).

An outside author's own question often has an intent of a few narrow phrases ("rolled back",
"rollback"), and a relevant story in everyday words says none of them ("I switched all traffic to
the previous version"), nor a word of the prompt: relevance.py flagged it off the question. Round
31's blind outside pack: 3 of 12 relevant stories flagged so. The author's rubric words alone are
too few to rank (theme_match.py leaves the model answer out, so that a story about the same
domain is not pulled to a shipped question by its example's details); but the author's model
answer is a story that answers the question, told the way answers are told, and the closest
evidence of what a relevant story says.

Here every behavioral question is read whole (theme_match.rubric_text plus the model answer):
the shipped themes, the loaded bank's other questions (bank_rivals.py) and the asked one. When
the asked question, or a shipped twin of it (prompt_relevance.same_themes), is the nearest of
them all to the story's words, the story is about what the question asks, whatever phrase it
misses. Every question is read the same way, so a story about another question's theme sits
nearest that one (its model answer included): on the development pack (packs/star32dev, nine
stories, every one scored on a neighbour too) the asked question read whole was nearest for 6 of
9 relevant stories and for none of the 9 off-question ones.
"""

from __future__ import annotations

from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.bank_rivals import Rivals
from simulator.core.scoring.intent_phrases import story_themes
from simulator.core.scoring.prompt_relevance import same_themes
from simulator.core.scoring.text import Tokens
from simulator.core.scoring.theme_match import (
    Rubrics,
    build_vectors,
    closeness_to,
    cosine,
    rubric_text,
)

# A pack neighbour read whole this many times nearer the story than the asked question is what
# the story answers (as prompt_relevance.RIVAL_LEANS for the rubrics alone).
NEIGHBOUR_LEANS = 2.5


def whole_text(question: Question) -> str:
    """The question's rubric and its model answer, as one text."""
    return rubric_text(question) + " " + question.model_answer


# Built once per asked question and loaded bank (review33): every story's scoring read every
# behavioral question whole again, sorted the texts and hashed them all as the cache's key.
# Keyed by the ``Rivals`` object (one per loaded bank, hashed by identity), the asked question's
# id and its own text (a question edited under the same id is built again); lru_cache's own
# lock keeps it whole across the compute lane's threads.
@lru_cache(maxsize=32)
def _built(rivals: Rivals, question_id: str, own_text: str) -> tuple[Rubrics, tuple[Question, ...]]:
    shipped = story_themes()
    others = rivals.besides_id(question_id, (q.id for q in shipped))
    texts = {q.id: whole_text(q) for q in (*shipped, *others) if q.id != question_id}
    texts[question_id] = own_text
    return build_vectors(dict(sorted(texts.items()))), others


def _nearness(
    question: Question, tokens: Tokens, rivals: Rivals
) -> tuple[float, dict[str, float], tuple[Question, ...]]:
    """The closeness of the asked question (or its shipped twin) read whole to the story's
    words, every other question's, and the bank's questions no shipped theme stands for."""
    built, others = _built(rivals, question.id, whole_text(question))
    near = closeness_to(tokens, built)
    own = {question.id, *same_themes(question)}
    mine = max(near[qid] for qid in own if qid in near)
    return mine, {qid: v for qid, v in near.items() if qid not in own}, others


def nearest_is_asked(question: Question, tokens: Tokens, rivals: Rivals) -> bool:
    """Is the asked question (or a shipped twin of it) the nearest of every behavioral question,
    each read whole, to the story's words? Or is the nearest the shipped theme the asked
    question's own rubric sits nearest (its closest relative: "coaching someone new" and
    "mentoring a junior"), with the asked question right after it?"""
    if not tokens.words:
        return False
    mine, near, _ = _nearness(question, tokens, rivals)
    if mine <= 0.0:
        return False
    closer = [qid for qid, value in near.items() if value >= mine]
    return not closer or closer == [closest_relative(question.id, rubric_text(question))]


@lru_cache(maxsize=64)
def closest_relative(question_id: str, rubric: str) -> str:
    """The shipped theme whose rubric is nearest the question's own (``rubric``)."""
    texts = {q.id: rubric_text(q) for q in story_themes() if q.id != question_id}
    texts[question_id] = rubric
    _, vectors = build_vectors(texts)
    mine = vectors[question_id]
    others = [qid for qid in vectors if qid != question_id]
    return max(others, key=lambda qid: cosine(vectors[qid], mine)) if others else ""


def nearest_neighbour(question: Question, tokens: Tokens, rivals: Rivals) -> Question | None:
    """The question of the same loaded bank (no shipped theme stands for it: a neighbour in
    the person's own pack) the story's words sit nearest, read whole, when it is the nearest of
    all and ``NEIGHBOUR_LEANS`` times nearer than the asked question; None otherwise. A shipped
    theme nearest is left to relevance.py's own signals: on the development sets a relevant
    story in plain words sat nearest a shipped theme 3 to 7 times nearer than its own question
    (a "found bad data" story nearest "pushing back"), never nearest a pack neighbour so."""
    if not tokens.words:
        return None
    mine, near, others = _nearness(question, tokens, rivals)
    if not near:
        return None
    closest = max(near, key=lambda qid: near[qid])
    neighbour = next((q for q in others if q.id == closest), None)
    if neighbour is None or near[closest] < NEIGHBOUR_LEANS * max(mine, 1e-3):
        return None
    return neighbour
