"""What the session core tells its user interface: plain, typed, Qt-free events.

The core calls every listener with one of these; the Qt adapter turns each into a signal and the
unit tests simply collect them. Nothing here refers to widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from simulator.core.interview import State

if TYPE_CHECKING:
    from simulator.core.questions import Question
    from simulator.core.scoring import AnswerScore
    from simulator.core.star import PhaseTime


@dataclass(frozen=True)
class StateChanged:
    old: State
    new: State


@dataclass(frozen=True)
class BriefingShown:
    """The interviewer introduces the session: a fresh page with this text and nothing else."""

    text: str
    total: int


@dataclass(frozen=True)
class QuestionShown:
    """A question (``follow_up`` empty) or its follow-up; a new question starts a clean page."""

    question: Question
    number: int  # 1-based
    total: int
    follow_up: str = ""


@dataclass(frozen=True)
class ModeChanged:
    """How answers are given (spoken or typed) and whether questions are read aloud."""

    spoken: bool
    voice: bool


@dataclass(frozen=True)
class RecordingStarted:
    """The microphone is open: from now on the answer is heard (and on disk)."""


@dataclass(frozen=True)
class PrepTicked:
    seconds_left: int


@dataclass(frozen=True)
class AnswerTicked:
    """The question's time used of its limit. A follow-up's answer shares its question's limit
    (its time is added to the answer's, as the scorecard and the time score add them):
    ``earlier`` is the part of ``elapsed`` the answer before it used (0 for the answer itself)."""

    elapsed: float
    limit: int
    earlier: float = 0.0


@dataclass(frozen=True)
class StarTicked:
    phases: tuple[PhaseTime, ...]  # empty: no STAR timer for this answer


@dataclass(frozen=True)
class Notice:
    """A sentence for the person, shown for as long as it is true: ``moment`` until the state
    changes (a hint about a key), ``answer`` until the next answer (or follow-up) is asked,
    ``question`` until the next question, ``session`` all along; ``unsaved``: the interview
    is over but could not be saved, until it is (or is left); ``typing`` while the answer
    being given is not in yet (about that answer's text)."""

    text: str
    lasts: str = "question"


@dataclass(frozen=True)
class TranscriptShown:
    """A spoken answer's transcript ("" when nothing was heard): the quick one as the answer
    ends, then (``final``) the whole recording's, which is the one stored and scored, while
    that answer is still on screen."""

    text: str
    number: int = 0  # the question, from 1
    part: int = 0  # 0 the answer, 1 its follow-up
    final: bool = False


@dataclass(frozen=True)
class AnswerReviewed:
    """A question's score: the main answer and any follow-up answer, scored together."""

    number: int
    score: AnswerScore
    with_follow_up: bool


@dataclass(frozen=True)
class AnswerSkipped:
    number: int
    why: str


@dataclass(frozen=True)
class FollowUpPassed:
    """Question ``number``'s follow-up has no answer: skipped (``on_purpose``), or no words."""

    number: int
    on_purpose: bool


@dataclass(frozen=True)
class ScoreRevised:
    """A stored score changed after the answer was given (e.g. the whole recording was
    transcribed again): shown, never silent."""

    number: int
    old: int
    new: int
    why: str
    score: AnswerScore | None = None  # the new score, to show in place of the old one


# Said as an interview ended with nothing answered (none given, none skipped) goes back to where
# it was started: such a session is listed and counted nowhere (storage_queries.HAS_ANSWERS),
# and its scorecard was an empty page that still offered Export (walkthrough 39).
NOTHING_TO_SCORE = "The interview ended with nothing answered: there is nothing to score."


@dataclass(frozen=True)
class SessionFinished:
    session_id: int
    # no answer at all, given or skipped: no scorecard is shown (NOTHING_TO_SCORE is said)
    nothing_answered: bool = False


@dataclass(frozen=True)
class Failed:
    message: str


@dataclass(frozen=True)
class SavedAgain:
    """Every answer kept in memory after a failed save is on disk now."""


@dataclass(frozen=True)
class DraftRestored:
    """An answer typed but not sent before the app closed, offered back in the answer box."""

    text: str


Event = (
    StateChanged
    | BriefingShown
    | QuestionShown
    | ModeChanged
    | RecordingStarted
    | PrepTicked
    | AnswerTicked
    | StarTicked
    | Notice
    | TranscriptShown
    | AnswerReviewed
    | AnswerSkipped
    | FollowUpPassed
    | ScoreRevised
    | SessionFinished
    | Failed
    | SavedAgain
    | DraftRestored
)
