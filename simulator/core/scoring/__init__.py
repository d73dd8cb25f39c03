"""Scoring: deterministic, offline and explained.

``score_answer`` turns one answer (a ``Transcript``, typed or spoken) into an ``AnswerScore``:

* content (technical, case): weighted key-point coverage, misconceptions, case framework;
* structure (behavioral): STAR label per sentence, parts, shares, order, result, "I" vs "we";
* delivery (when the answer has a duration): pace, fillers, pauses, hedges, time used.

``score_session`` summarises a session. Pure functions: no Qt, no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from simulator.core.scoring.results import (
    AnswerScore,
    DeliveryResult,
    FrameworkStepResult,
    KeyPointResult,
    MisconceptionHit,
    Pause,
    SessionScore,
    StarPart,
    StarResult,
    StarSegment,
)

if TYPE_CHECKING:
    from simulator.core.scoring.answer import score_answer, score_session
    from simulator.core.scoring.overall import WEIGHTS

__all__ = [
    "WEIGHTS",
    "AnswerScore",
    "DeliveryResult",
    "FrameworkStepResult",
    "KeyPointResult",
    "MisconceptionHit",
    "Pause",
    "SessionScore",
    "StarPart",
    "StarResult",
    "StarSegment",
    "score_answer",
    "score_session",
]


def __getattr__(name: str) -> Any:
    """The scorers themselves load on first use: storage and the window import this package for
    its result types at start-up, and the scorers (rubric models, stemmer, matcher) cost ~150 ms."""
    if name in ("score_answer", "score_session"):
        from simulator.core.scoring import answer

        return getattr(answer, name)
    if name == "WEIGHTS":
        from simulator.core.scoring.overall import WEIGHTS

        return WEIGHTS
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
