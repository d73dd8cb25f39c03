"""Shared by the event-reading tests (rel62, rel63): a story read as the scorer reads it, and
which narrowed event readings the other behavioral questions' model answers still tell."""

from __future__ import annotations

from collections.abc import Iterable

from simulator.core.questions import QuestionBank
from simulator.core.scoring.event_demand import tells_no_demanded
from simulator.core.scoring.structure import analyse_star
from simulator.core.scoring.text import Tokens, tokenize
from simulator.core.transcript import Transcript


def read_story(text: str) -> tuple[Tokens, list[str]]:
    """A story's tokens and STAR labels, the two things an event reading looks at."""
    tokens = tokenize(text)
    labels = [s.label for s in analyse_star(tokens, Transcript(text), False).star.segments]
    return tokens, labels


def told_too_widely(bank: QuestionBank, narrowed: Iterable[str], at_most: float) -> list[str]:
    """Each narrowed question whose event the other behavioral model answers tell more often than
    ``at_most`` of the time; its own model answer must tell it (asserted)."""
    behavioral = [q for q in bank.questions.values() if q.category.value == "behavioral"]
    read = {q.id: read_story(q.model_answer) for q in behavioral}
    wide = []
    for qid in narrowed:
        prompt = bank.get(qid).prompt
        assert tells_no_demanded(prompt, *read[qid]) is None, qid
        others = [q.id for q in behavioral if q.id != qid]
        told = sum(tells_no_demanded(prompt, *read[o]) is None for o in others)
        if told > at_most * len(others):
            wide.append(f"{qid}: told by {told} of {len(others)}")
    return wide
