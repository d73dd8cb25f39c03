"""The answer ledger: what was said for each question, main answer and follow-ups together.

A follow-up belongs to its question: the question is scored on the main answer and the follow-up
answers joined (key points, STAR parts and delivery all see both), and that one score is the
question's score. No words means skipped, and a skipped answer is not scored at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from simulator.core.transcript import Transcript, Word, has_words, is_answer

__all__ = ["Entry", "Part", "combine", "follow_up_to_ask", "has_words"]

if TYPE_CHECKING:
    from simulator.core.questions import FollowUp, Question
    from simulator.core.scoring import AnswerScore
    from simulator.core.scoring.follow_up_points import ProbedAnswer


@dataclass
class Part:
    """One answer to the question (index 0) or to one of its follow-ups (1, 2 ...)."""

    index: int
    follow_up: str | None
    transcript: Transcript | None = None  # None while it is recorded or transcribed
    elapsed_s: float = 0.0
    audio: Path | None = None
    # its recording ended before the app stopped (resumed: it was being transcribed), where
    # False is a recording cut short by the stop
    recorded_in_full: bool = False
    # the interview was ended (End) while this answer was being given: it was cut there
    ended_early: bool = False

    @property
    def given(self) -> bool:
        # text too long to be words was given too: stored and named, not a skip
        return self.transcript is not None and is_answer(self.transcript.text)

    @property
    def mode(self) -> str:
        if not self.given:
            return "skipped"
        return "spoken" if self.audio is not None else "typed"


@dataclass
class Entry:
    question: Question
    position: int
    parts: list[Part] = field(default_factory=list)
    score: AnswerScore | None = None
    version: int = 0  # bumped by every re-score; an older result that lands late is dropped
    scored: int = 0  # the version ``score`` is of: older than ``version`` while re-scored
    waiting: list[Callable[[AnswerScore], None]] = field(default_factory=list)

    @property
    def main(self) -> Part | None:
        return self.parts[0] if self.parts else None

    @property
    def answered(self) -> bool:
        """The main answer has words (a follow-up alone does not make an answer)."""
        return self.main is not None and self.main.given

    @property
    def skipped(self) -> bool:
        return self.main is not None and self.main.transcript is not None and not self.main.given

    @property
    def ended_early(self) -> bool:
        """An answer of this question with words was cut by the end of the interview (End):
        the question is scored on what was said by then."""
        return any(p.ended_early for p in self.parts if p.given)

    def part(self, follow_up: str | None) -> Part:
        """The part for this follow-up prompt (None: the main answer), created when new."""
        for part in self.parts:
            if part.follow_up == follow_up:
                return part
        part = Part(len(self.parts), follow_up)
        self.parts.append(part)
        return part

    def asked(self, follow_up: str) -> str:
        """The follow-up with this prompt (as written, as stored) as the interviewer asks it
        after this question's main answer (``as_asked``: with a preamble when the answer
        never named its point's term)."""
        from simulator.core.scoring.follow_up_points import as_asked  # scoring loads late

        main = self.main
        said = main.transcript.text if main is not None and main.transcript is not None else ""
        return as_asked(self.question, follow_up, said)

    def combined(self) -> Transcript:
        """Every given part as one answer, in order, with word times laid end to end."""
        return combine([p.transcript for p in self.parts if p.given and p.transcript])

    def probed(self) -> tuple[ProbedAnswer, ...]:
        """The given follow-up answers, each with the key point its follow-up probes: it counts
        toward that point read on its own (scoring/follow_up_points.py)."""
        from simulator.core.scoring.follow_up_points import probed_answers  # scoring loads late

        given = [(p.follow_up, p.transcript.text) for p in self.parts if p.given and p.transcript]
        return probed_answers(self.question, given)

    def answer_time_s(self) -> float:
        return round(sum(p.elapsed_s for p in self.parts if p.given), 1)


def combine(transcripts: list[Transcript]) -> Transcript:
    if not transcripts:
        return Transcript(text="")
    if len(transcripts) == 1:
        return transcripts[0]
    words: list[Word] = []
    offset = 0.0
    durations = [t.duration_s for t in transcripts if t.duration_s is not None]
    for t in transcripts:
        words += [replace(w, start=w.start + offset, end=w.end + offset) for w in t.words]
        offset += t.duration_s if t.duration_s is not None else 0.0
    first = transcripts[0]
    return Transcript(
        text=" ".join(t.text.strip() for t in transcripts),
        words=tuple(words),
        engine=first.engine,
        model=first.model,
        duration_s=round(sum(durations), 3) if durations else None,
    )


def follow_up_to_ask(question: Question, score: AnswerScore) -> FollowUp | None:
    """The follow-up that probes the most important key point the answer missed; none when it
    reached no key point at all: like an empty or skipped answer, it gets no follow-up and the
    next question comes (a few words on the topic can earn a little content, yet cover
    nothing). Its prompt, as written, is what is stored; ``Entry.asked`` says it."""
    if not any(kp.credit > 0 for kp in score.key_points):
        return None
    missed = {kp.id for kp in score.key_points if not kp.covered}
    weights = {kp.id: kp.weight for kp in question.key_points}
    candidates = [f for f in question.follow_ups if f.key_point in missed]
    if not candidates:
        return None
    return max(candidates, key=lambda f: weights.get(f.key_point or "", 0))
