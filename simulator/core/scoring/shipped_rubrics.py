"""The shipped technical and case rubrics, and the words most of them use.

A word that ``GENERIC_SHARE`` of the shipped rubrics (prompt, key-point labels and phrases) or
more use ("model", "weight", "data", "train") is no sign of which question an answer is about:
point_anchors.py and answer_topic.py leave such words out.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.matching import QUALIFIERS
from simulator.core.scoring.text import (
    CONNECTIVES,
    NUMBER_WORDS,
    STOPWORDS,
    stem,
    word_set,
    words,
)

GENERIC_SHARE = 0.15  # a word in this share of the shipped rubrics or more is generic
_PACKS = ("technical_foundations.yaml", "technical_applied.yaml", "cases.yaml")

# Small words that say nothing of a topic, beyond the stop words ("some", "already", "say").
_PLAIN = (
    STOPWORDS
    | CONNECTIVES
    | QUALIFIERS
    | NUMBER_WORDS
    | word_set(
        """some many few much such other others another like also already still both either
        say says said way ways thing things lot lots instead rather first last next new good
        bad better worse best worst high low often usually rarely sometimes almost"""
    )
)


def rubric_stems(prompt: str, texts: tuple[str, ...]) -> frozenset[str]:
    """The content stems of a prompt and rubric texts, small words left out."""
    return frozenset(
        stem(w) for t in (prompt, *texts) for w in words(t) if w not in _PLAIN and len(w) > 2
    )


@lru_cache(maxsize=1)
def shipped_questions() -> tuple[Question, ...]:
    """The shipped technical and case questions (parsed once)."""
    from simulator import paths
    from simulator.core.questions import load_packs

    folder = paths.bundled_packs_dir()
    bank = load_packs([folder / name for name in _PACKS if (folder / name).exists()])
    return tuple(bank.questions.values())


@lru_cache(maxsize=1)
def generic_stems() -> frozenset[str]:
    """Stems that ``GENERIC_SHARE`` of the shipped technical and case rubrics (prompt, key-point
    labels and phrases) or more use: no sign of which question an answer is about."""
    shipped = shipped_questions()
    counts: Counter[str] = Counter()
    for q in shipped:
        texts = tuple(t for kp in q.key_points for t in (kp.label, *kp.phrases))
        counts.update(rubric_stems(q.prompt, texts))
    least = GENERIC_SHARE * max(1, len(shipped))
    return frozenset(s for s, n in counts.items() if n >= least)
