"""One hashable key of a question's rubric text, for the caches of what is read from it.

A ``Question`` is not hashable, and what a reading derives from its rubric (its accepted
clauses, what it says of each term, its phrases as stems) is worth computing once per
question, so each such reading kept an ``lru_cache`` keyed by the rubric's texts gathered by
hand (the model answer, the labels, the corrections, ...), each module its own tuple of them.
``rubric_key`` gathers them once, in one shape: a cached reading takes the key and reads the
fields it needs. Every field is text, so two questions with the same rubric text share an
entry, and a question whose rubric changes (a bank reloaded) gets a new one.
"""

from __future__ import annotations

from typing import NamedTuple

from simulator.core.questions import Question


class RubricKey(NamedTuple):
    prompt: str
    model_answer: str
    labels: tuple[str, ...]  # each key point's label
    phrases: tuple[tuple[str, ...], ...]  # each key point's phrases
    corrections: tuple[str, ...]  # each misconception's correction
    denials: tuple[tuple[str, ...], ...]  # each key point's contradicted_by


def rubric_key(question: Question) -> RubricKey:
    """The question's rubric texts as one hashable key (see the module's note)."""
    points = question.key_points
    return RubricKey(
        question.prompt,
        question.model_answer,
        tuple(kp.label for kp in points),
        tuple(tuple(kp.phrases) for kp in points),
        tuple(m.correction for m in question.misconceptions),
        tuple(tuple(kp.contradicted_by) for kp in points),
    )
