"""The loaded bank's behavioral questions a story may answer instead of the asked one (issue 9,
round 31).

Relevance weighed a story only against the shipped behavioral themes (intent_phrases.story_themes),
so a story told under one question of a person's own pack, but answering another question of the
same pack, was never caught: scoring had no access to the loaded bank. ``Rivals`` carries the
bank's behavioral questions (shipped and user packs) to ``score_answer``: the session core, the
re-scorer and the command line build it once from the bank they loaded and pass it in; nothing is
global. A shipped theme stays judged by its intent as before; what this adds is the questions the
shipped themes do not hold (prompt_relevance.pack_rival).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from simulator.core.questions import Category, Question, QuestionBank


@dataclass(frozen=True)
class Rivals:
    """Behavioral questions of the loaded bank, in the bank's order."""

    questions: tuple[Question, ...] = ()

    @classmethod
    def of(cls, questions: Iterable[Question]) -> Rivals:
        return cls(tuple(q for q in questions if q.category is Category.BEHAVIORAL))

    @classmethod
    def of_bank(cls, bank: QuestionBank) -> Rivals:
        return cls.of(bank.questions.values())

    def besides(self, question: Question, shipped: Iterable[str]) -> tuple[Question, ...]:
        """The rivals of ``question`` that no shipped theme stands for (``shipped``: their ids)."""
        known = {question.id, *shipped}
        return tuple(q for q in self.questions if q.id not in known)


NO_RIVALS = Rivals()
