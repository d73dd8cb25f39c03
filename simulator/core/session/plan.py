"""What a session is started from: a name, the questions (or how to choose them), and how the
person answers. ``SessionPlan(name, question_ids=(...))`` starts a session over exactly those
questions (e.g. practising one question again). It is stored with the session as a
``StoredPlan`` (``to_stored``), which the database alone turns into JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from simulator.core.questions import Question, QuestionBank
from simulator.core.stored_plan import StoredPlan


@dataclass(frozen=True)
class SessionPlan:
    name: str = "Custom"
    question_ids: tuple[str, ...] = ()  # explicit questions, in order (empty: chosen by counts)
    spoken: bool = False  # answers are spoken (recorded and transcribed) rather than typed
    voice: bool = True  # the interviewer reads the questions aloud
    counts: dict[str, int] = field(default_factory=dict)
    topics: tuple[str, ...] = ()
    practice: bool = False  # a one-question "Practise again" session
    practice_of: int | None = None  # the answer it practises again
    extra: dict[str, Any] = field(default_factory=dict)  # stored as is

    @classmethod
    def from_dict(cls, plan: dict[str, Any], *, spoken: bool, voice: bool) -> SessionPlan:
        """A plan in the stored shape (``name``, ``question_ids``, ``counts``, ``topics``,
        ``practice_of``, more); the figures of the session it was stored with are left out."""
        return cls.of(StoredPlan.from_dict(plan), spoken=spoken, voice=voice)

    @classmethod
    def of(cls, stored: StoredPlan, *, spoken: bool, voice: bool) -> SessionPlan:
        """The plan a stored session followed, to start another like it."""
        return cls(
            name=stored.name or "Custom",
            question_ids=stored.question_ids,
            spoken=spoken,
            voice=voice,
            counts=dict(stored.counts),
            topics=stored.topics,
            practice=stored.practice,
            practice_of=stored.practice_of,
            extra=dict(stored.extra),
        )

    def questions(self, bank: QuestionBank) -> list[Question]:
        """The plan's explicit questions; ``KeyError`` names every id the bank lacks."""
        missing = [i for i in self.question_ids if i not in bank.questions]
        if missing:
            raise KeyError(f"unknown question id(s): {', '.join(missing)}")
        if not self.question_ids:
            raise ValueError("the plan names no questions")
        return [bank.questions[i] for i in self.question_ids]

    def to_stored(self, question_ids: list[str]) -> StoredPlan:
        """As stored with the session over ``question_ids`` (resume reads it back)."""
        return StoredPlan(
            name=self.name,
            question_ids=tuple(question_ids),
            counts=dict(self.counts),
            topics=self.topics,
            voice=self.voice,
            spoken=self.spoken,
            practice=self.practice,
            practice_of=self.practice_of,
            extra=dict(self.extra),
        )
