"""Another theme's core said in the story's frame (relevance.py; issue 9, round 28).

A story that says none of the asked question's core (what the question defines, said narrowly:
``Intent.core``) used to stay on the question when its words as a whole sat near the asked
rubric (theme_rivals.near_enough), even when its opening or its result names what another
question defines: a story about supervising an intern ("I supervised an intern who ...")
asked "improve the way your team works" said "our team meeting" once and sat second nearest
that rubric, so it scored as a relevant story. The frame (situation, task and result) says what
a story is about; a core phrase of another theme said there, one that is no phrase of the asked
theme and that few other themes' model answers say ("refactor", "intern", "outage", not
"manager"), said in ``FRAMED_SENTENCES`` framing sentences or more, by a theme whose rubric sits
nearer the story's words than the asked one (theme_match.py), names the story's topic: the
rescue by nearness no longer holds, the story is judged by its hints alone and told which theme
it reads as.
Measured (round 28) on the repository's STAR sets (415 stories, the own held-out left out):
off-question stories caught 105 -> 106 of 116, relevant stories flagged 10 -> 10, the bank's 34
behavioral model answers not flagged. Tried: any framing sentence (24 more relevant stories
flagged), and one framing sentence by a nearer theme (7 more): a single core word in the frame
("deadline", "privacy") is often a detail of a relevant story.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.intent_phrases import (
    FRAMING_PARTS,
    index_of,
    said_at,
    story_themes,
    whole_phrase,
)
from simulator.core.scoring.matching import AnswerIndex
from simulator.core.scoring.text import Tokens, tokenize
from simulator.core.scoring.theme_match import closeness

# A core phrase said by this many other themes' model answers names no topic of its own.
COMMON_ELSEWHERE = 2
# ... said in this many of the frame's sentences.
FRAMED_SENTENCES = 2


def own_core(question_id: str) -> tuple[str, ...]:
    """The theme's core phrases that fewer than ``COMMON_ELSEWHERE`` other themes' model
    answers say: what names this theme and few others."""
    return _own_cores().get(question_id, ())


@lru_cache(maxsize=1)
def _own_cores() -> dict[str, tuple[str, ...]]:
    """``own_core`` of every theme, worked out together (story_named.named_theme asks them
    all): each theme's model answer indexed once, for all of them (``own_core`` of each
    built the 33 others' indexes anew: 1,122 index builds, 11-12 s at load 11 for the first
    story scored in a process, attack30). Only the phrases are kept: the 34 indexes, kept
    until round 55 for the phrases alone, held ~8 MB for the rest of a voice interview
    (perf55)."""
    themes = story_themes()
    indexes = {q.id: AnswerIndex(tokenize(q.model_answer)) for q in themes}
    return {
        asked.id: tuple(
            p
            for p in asked.intent.core
            if sum(1 for q in themes if q.id != asked.id and said_at(indexes[q.id], p))
            < COMMON_ELSEWHERE
        )
        for asked in themes
        if asked.intent is not None
    }


def core_framed_elsewhere(
    question: Question, tokens: Tokens, labels: Sequence[str] | None
) -> tuple[str, str]:
    """(label, question id) of another theme whose own core (see ``own_core``; no phrase of
    the asked theme) is said in a situation, task or result sentence; ("", "") when none. The
    theme said so in the most framing sentences wins."""
    if labels is None or question.intent is None or not tokens.words:
        return "", ""
    asked = {whole_phrase(t).stems for t in (*question.intent.phrases, *question.intent.core)}
    near = closeness(tokens, story_themes())
    if question.id not in near:
        return "", ""
    index = index_of(tokens)
    best: tuple[int, str, str] = (0, "", "")
    for other in story_themes():
        if other.id == question.id or other.intent is None:
            continue
        if near.get(other.id, 0.0) <= near[question.id]:
            continue
        if other.intent.label == question.intent.label:
            continue
        framed: set[int] = set()
        for text in own_core(other.id):
            if whole_phrase(text).stems in asked:
                continue
            for span in said_at(index, text):
                i = tokens.sentence_of[span[0]]
                if i < len(labels) and labels[i] in FRAMING_PARTS:
                    framed.add(i)
        if len(framed) >= FRAMED_SENTENCES and len(framed) > best[0]:
            best = (len(framed), other.intent.label, other.id)
    return best[1], best[2]
