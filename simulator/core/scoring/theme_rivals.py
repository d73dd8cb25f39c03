"""Two signals that weigh the asked theme against its neighbours (relevance.py; issue 9,
round 19), for the cases the intent phrases leave open.

* A neighbouring theme's story (round 19). Close questions share everyday phrases: "feedback"
  and "pointed out" are said by a story about feedback received and by one about feedback
  given; "disagreed" by a conflict between two colleagues and by one difficult colleague;
  "lesson" by a mistake and by a failed project. A story whose every phrase of the asked
  theme is also a phrase of a neighbour's, while it says that neighbour's own phrases (those
  the asked theme lacks: "told me", "my code was") in ``RIVAL_SENTENCES`` sentences or more,
  one of them framing it (situation, task or result), and whose words as a whole sit nearer
  that neighbour's rubric (theme_match.py), answers the neighbour's question. On the
  repository's stories it applies to one story told for another question (already caught)
  and to no relevant one; on the blind rounds 6 to 10 it changed nothing.
* Words near enough (round 19). A story saying none of the asked theme's phrases, told in its
  own words ("finding the reason was up to me" for a hard problem), used to lose 10 or 20
  points unless two weak hints agreed. When its words rank the asked rubric among the
  ``NEAR_ENOUGH_RANK`` closest, no other rubric is ``NEAR_ENOUGH_BY`` times closer and no
  other theme frames it (relevance.py checks that), it is on the question. On the repository's
  stories: 3 more of 154 relevant stories kept (8 -> 5 flagged), none of the 38 told for
  another question let through; the blind rounds 6 to 10 did not move.
* Tried and left out: a story naming the asked theme in one step only, whose words rank the
  asked rubric seventh or lower with another rubric twice as close that frames it once,
  caught one more dev story and one more blind off-question story (round 9), but flagged one
  more blind relevant story (round 6), with the same signals at any threshold tried.
"""

from __future__ import annotations

from collections.abc import Sequence

from simulator.core.questions import Intent, Question
from simulator.core.scoring.intent_phrases import (
    FRAMING_PARTS,
    index_of,
    said_at,
    sentences_saying,
    story_themes,
    whole_phrase,
)
from simulator.core.scoring.text import Tokens
from simulator.core.scoring.theme_match import closeness

NEAR_ENOUGH_RANK = 8
NEAR_ENOUGH_BY = 3.0
RIVAL_SENTENCES = 2


def words_rank(question: Question, tokens: Tokens) -> tuple[int, float] | None:
    """Where the asked rubric ranks for the story's words (1: closest) and how many times
    closer the closest other rubric is; None for a question that is no shipped theme."""
    near = closeness(tokens, story_themes())
    if question.id not in near:
        return None
    mine = near[question.id]
    rank = 1 + sum(1 for v in near.values() if v > mine)
    closest = max(v for qid, v in near.items() if qid != question.id)
    return rank, closest / max(mine, 1e-3)


def near_enough(question: Question, tokens: Tokens) -> bool:
    """Do the story's words sit near enough the asked rubric to keep a story in its own
    words on the question (see the module's docstring)?"""
    ranked = words_rank(question, tokens)
    return ranked is not None and ranked[0] <= NEAR_ENOUGH_RANK and ranked[1] < NEAR_ENOUGH_BY


def _stems(intent: Intent) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The intent's phrases by their stems: "stop" and "stopping" are one (said when either is)."""
    by_stems: dict[tuple[str, ...], tuple[str, ...]] = {}
    for text in intent.phrases:
        stems = whole_phrase(text).stems
        by_stems[stems] = (*by_stems.get(stems, ()), text)
    return by_stems


def rival_theme(question: Question, tokens: Tokens, labels: Sequence[str] | None) -> str:
    """The label of the neighbouring theme the story answers instead, when all it says of the
    asked theme is shared with it (see the module's docstring); "" when none."""
    if labels is None or question.intent is None:
        return ""
    index = index_of(tokens)
    asked = _stems(question.intent)
    said = {stems for stems, texts in asked.items() if any(said_at(index, t) for t in texts)}
    near = closeness(tokens, story_themes())
    for other in story_themes():
        if other.intent is None or other.intent.label == question.intent.label:
            continue
        theirs = _stems(other.intent)
        if not said <= theirs.keys() or near.get(other.id, 0.0) <= near.get(question.id, 0.0):
            continue
        own = [t for stems, texts in theirs.items() if stems not in asked for t in texts]
        sentences = sentences_saying(other.intent, tokens, own) if own else set()
        framing = [i for i in sentences if i < len(labels) and labels[i] in FRAMING_PARTS]
        if len(sentences) >= RIVAL_SENTENCES and framing:
            return other.intent.label
    return ""
