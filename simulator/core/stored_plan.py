"""A session's plan as stored with it: typed here, JSON only in the database.

The ``plan_json`` column holds what a session was started from (its name, questions, counts,
topics, how answers are given) and a few figures of that one session kept as it runs (time
away, time in, the follow-up being asked). ``StoredPlan.from_dict`` reads it at the storage
boundary (``storage_records``) and never raises: a damaged cell, a salvaged database or a
hand-made archive gives the plan's defaults for what it cannot read. Keys it does not know are
kept (``extra``) and written back as they were, so a plan stored by a later version survives.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from simulator.core.long_names import shortened
from simulator.core.pack_limits import MAX_TEXT
from simulator.core.reordering import without_controls

# A session whose stored plan has no name (a damaged cell, a hand-made archive), as every page,
# export and command names it.
UNNAMED = "Interview"

_KNOWN = frozenset(
    {
        "name",
        "question_ids",
        "counts",
        "topics",
        "voice",
        "answer_mode",
        "practice_of",
        "away_s",
        "time_in_s",
        "follow_up_asked",
    }
)


@dataclass(frozen=True)
class FollowUpAsked:
    """The follow-up being asked when the session was last saved (resume asks it again)."""

    position: int
    prompt: str


@dataclass(frozen=True)
class StoredPlan:
    name: str = ""  # "" when none is stored (shown as ``UNNAMED``: ``shown_name``)
    question_ids: tuple[str, ...] = ()  # none when the stored list is damaged
    counts: Mapping[str, int] = field(default_factory=dict)  # questions per category
    topics: tuple[str, ...] = ()
    voice: bool = True  # the interviewer reads the questions aloud
    spoken: bool | None = None  # answers spoken; None: saved before the mode was stored
    practice: bool = False  # a one-question "Practise again" session
    practice_of: int | None = None  # the answer it practises again (when known)
    away_s: float = 0.0  # time the app was closed mid-session (crash, then resume)
    time_in_s: float | None = None  # time the interview ran, on a monotonic clock
    follow_up_asked: FollowUpAsked | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)  # keys of a later version, kept

    @property
    def shown_name(self) -> str:
        """The session's name as every page, export and command shows it."""
        return self.name or UNNAMED

    @classmethod
    def from_dict(cls, data: Any) -> StoredPlan:
        """The stored JSON object read back; anything unreadable is left at its default."""
        if not isinstance(data, Mapping):
            return cls()
        name = data.get("name")
        counts = data.get("counts")
        topics = data.get("topics")
        mode = data.get("answer_mode")
        practice_of = data.get("practice_of")
        asked = data.get("follow_up_asked")
        time_in = data.get("time_in_s")
        return cls(
            name=read_name(name),
            question_ids=_ids(data.get("question_ids")),
            counts=(
                {str(k): v for k, v in counts.items() if type(v) is int}
                if isinstance(counts, Mapping)
                else {}
            ),
            topics=tuple(str(t) for t in topics) if isinstance(topics, list) else (),
            # (as it was read: anything stored but false keeps the voice on)
            voice=bool(data.get("voice", True)),
            spoken=(mode == "spoken") if "answer_mode" in data else None,
            practice="practice_of" in data,
            practice_of=practice_of if type(practice_of) is int else None,
            away_s=_seconds(data.get("away_s")) or 0.0,
            time_in_s=_time_in(time_in),
            follow_up_asked=_asked(asked),
            extra={k: v for k, v in data.items() if k not in _KNOWN},
        )

    def to_dict(self) -> dict[str, Any]:
        """As stored in the database (and in an export's JSON)."""
        data: dict[str, Any] = {
            **self.extra,
            "name": self.name,
            "counts": dict(self.counts),
            "topics": list(self.topics),
            "voice": self.voice,
            "question_ids": list(self.question_ids),
        }
        if self.spoken is not None:
            data["answer_mode"] = "spoken" if self.spoken else "typed"
        if self.practice:
            data["practice_of"] = self.practice_of
        if self.away_s:
            data["away_s"] = self.away_s
        if self.time_in_s is not None:
            data["time_in_s"] = self.time_in_s
        if self.follow_up_asked is not None:
            asked = self.follow_up_asked
            data["follow_up_asked"] = {"position": asked.position, "prompt": asked.prompt}
        return data


# What ``to_dict`` leaves out when it holds its default
_LEFT_OUT = {"away_s": 0.0}


def not_read_as_stored(data: Mapping[str, Any]) -> list[str]:
    """The keys of a stored plan ``from_dict`` does not read as they are stored: of another
    type or size than the app stores there, so read as their default or changed (question ids
    that are numbers: none; a 1e12 s time in: unknown; a 20,001-character follow-up: none).
    A key set to null is one left out; keys of a later version are kept as they are."""
    read = StoredPlan.from_dict(data).to_dict()
    return [
        key
        for key, value in data.items()
        if key in _KNOWN and value is not None and read.get(key, _LEFT_OUT.get(key)) != value
    ]


def read_name(value: Any) -> str:
    """A stored plan's name ("" when none). One past any the app gives (a hand-made plan of
    1,050,000 characters held History and Review for seconds each, attack run 53) is read as
    its start, end and length."""
    return shortened(str(value)) if value else ""


def _ids(value: Any) -> tuple[str, ...]:
    """The question ids a stored plan lists; none when its list is damaged (a number, a string,
    nested lists: a salvaged database or a hand-made archive), never an exception."""
    if not isinstance(value, list) or not all(isinstance(i, str) for i in value):
        return ()
    return tuple(value)


def _seconds(value: Any) -> float | None:
    """A stored duration; None for anything else (text, a bool, NaN, negative, infinite)."""
    number = isinstance(value, int | float) and not isinstance(value, bool)
    return float(value) if number and math.isfinite(value) and value >= 0 else None


# Longer than any interview runs, paused for days included: a time in past it (1e300, 1e12 in a
# hand-made archive) was printed as a 300-digit count of minutes on the scorecard and in every
# export (attack run 52); it reads as unknown, and the start and end times give the duration.
MAX_TIME_IN_S = 366 * 86400.0


def _time_in(value: Any) -> float | None:
    seconds = _seconds(value)
    return seconds if seconds is not None and seconds <= MAX_TIME_IN_S else None


# Longer than any follow-up the app asks (a pack's texts are at most this long): a prompt of
# 960,000 characters in a hand-made plan held the window for 25 s on resume, shown and read
# aloud whole (attack run 53); it reads as no follow-up known, and resume moves on.
MAX_PROMPT = MAX_TEXT


def _asked(value: Any) -> FollowUpAsked | None:
    if not isinstance(value, Mapping):
        return None
    position, prompt = value.get("position"), value.get("prompt")
    if type(position) is not int or not isinstance(prompt, str) or not prompt:
        return None
    if len(prompt) > MAX_PROMPT:
        return None
    return FollowUpAsked(position, without_controls(prompt))


def plan_key(plan: StoredPlan) -> tuple[Any, ...]:
    """Two sessions follow the same plan when name, question counts and topics agree; two
    "Practise again" sessions (a name and no counts) also when they practise the same question:
    a practice of one question was compared with another question's. (The scorecard compares
    with the last session of the same plan, Progress draws its trend over them.)"""
    return (
        plan.name,
        tuple(sorted((k, v) for k, v in plan.counts.items() if v)),
        tuple(sorted(plan.topics)),
        plan.question_ids if plan.practice else (),
    )
