"""What a session is started from: a name, the questions (or how to choose them), and how the
person answers. ``SessionPlan(name, question_ids=(...))`` starts a session over exactly those
questions (e.g. practising one question again)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from simulator.core.questions import Question, QuestionBank
from simulator.core.storage_codec import planned_ids


@dataclass(frozen=True)
class SessionPlan:
    name: str = "Custom"
    question_ids: tuple[str, ...] = ()  # explicit questions, in order (empty: chosen by counts)
    spoken: bool = False  # answers are spoken (recorded and transcribed) rather than typed
    voice: bool = True  # the interviewer reads the questions aloud
    counts: dict[str, int] = field(default_factory=dict)
    topics: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)  # stored as is (e.g. "practice_of")

    @classmethod
    def from_dict(cls, plan: dict[str, Any], *, spoken: bool, voice: bool) -> SessionPlan:
        """A stored plan's shape (``name``, ``question_ids``, ``counts``, ``topics``, more)."""
        known = {"name", "question_ids", "counts", "topics", "voice", "answer_mode"}
        known |= {
            "follow_up_asked",
            "away_s",
            "time_in_s",
        }  # the state of that one session, not a plan
        return cls(
            name=str(plan.get("name") or "Custom"),
            question_ids=planned_ids(plan),
            spoken=spoken,
            voice=voice,
            counts=dict(plan.get("counts") or {}),
            topics=tuple(plan.get("topics") or ()),
            extra={k: v for k, v in plan.items() if k not in known},
        )

    def questions(self, bank: QuestionBank) -> list[Question]:
        """The plan's explicit questions; ``KeyError`` names every id the bank lacks."""
        missing = [i for i in self.question_ids if i not in bank.questions]
        if missing:
            raise KeyError(f"unknown question id(s): {', '.join(missing)}")
        if not self.question_ids:
            raise ValueError("the plan names no questions")
        return [bank.questions[i] for i in self.question_ids]

    def to_dict(self, question_ids: list[str]) -> dict[str, Any]:
        """As stored with the session (resume reads it back)."""
        return {
            **self.extra,
            "name": self.name,
            "counts": dict(self.counts),
            "topics": list(self.topics),
            "voice": self.voice,
            "answer_mode": "spoken" if self.spoken else "typed",
            "question_ids": list(question_ids),
        }
