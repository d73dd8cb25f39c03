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

import threading
from collections.abc import Iterable
from dataclasses import dataclass

from simulator.core.questions import Category, Question, QuestionBank


# eq=False: compared and hashed by identity (one object per loaded bank, see ``of_bank``), so
# what the scorer derives from a bank's rivals is cached per bank at the cost of a pointer
# (prompt_relevance._rival_texts), not of hashing every question on each story.
@dataclass(frozen=True, eq=False)
class Rivals:
    """Behavioral questions of the loaded bank, in the bank's order."""

    questions: tuple[Question, ...] = ()

    @classmethod
    def of(cls, questions: Iterable[Question]) -> Rivals:
        return cls(tuple(q for q in questions if q.category is Category.BEHAVIORAL))

    @classmethod
    def of_bank(cls, bank: QuestionBank) -> Rivals:
        """The bank's rivals, made once per loaded bank (review31: each interview's start made
        them again on the GUI thread): the scorer's warm-up makes them beside the bank's load,
        and every later caller (an interview's start or resume, Practise again, a re-score)
        gets the same object. A bank whose questions changed since is read again."""
        global _last
        with _LOCK:
            last = _last
        if last is not None and last[0] is bank and last[1] == len(bank.questions):
            return last[2]
        rivals = cls.of(bank.questions.values())
        with _LOCK:
            _last = (bank, len(bank.questions), rivals)
        return rivals

    def besides(self, question: Question, shipped: Iterable[str]) -> tuple[Question, ...]:
        """The rivals of ``question`` that no shipped theme stands for (``shipped``: their ids)."""
        return self.besides_id(question.id, shipped)

    def besides_id(self, question_id: str, shipped: Iterable[str]) -> tuple[Question, ...]:
        """``besides`` for the question with this id."""
        known = {question_id, *shipped}
        return tuple(q for q in self.questions if q.id not in known)


NO_RIVALS = Rivals()

# The last bank's rivals (bank, its question count then, rivals): the app holds one bank for
# its lifetime; the lock because the scoring and database lanes both ask.
_last: tuple[QuestionBank, int, Rivals] | None = None
_LOCK = threading.Lock()
