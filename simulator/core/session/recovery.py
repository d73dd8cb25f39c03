"""Where an interrupted session resumes, rebuilt from what the database holds."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from simulator.core.session.ledger import Entry, Part, has_words
from simulator.core.transcript import Transcript

if TYPE_CHECKING:
    from simulator.core.questions import Question
    from simulator.core.storage import AnswerRecord, SessionRecord
    from simulator.core.stored_plan import FollowUpAsked


@dataclass
class ResumePoint:
    ledger: dict[int, Entry]
    index: int  # the first question without an answer (the last one when all have)
    finished: bool  # every question has an answer: only the wrap-up is left
    spoken: bool
    voice: bool
    to_recover: list[tuple[Entry, Part]] = field(default_factory=list)
    follow_up: str | None = None  # asked at ``index`` when the session stopped: asked again


def resume_point(record: SessionRecord, questions: list[Question]) -> ResumePoint:
    ledger: dict[int, Entry] = {}
    to_recover: list[tuple[Entry, Part]] = []
    for answer in record.answers:
        if not 0 <= answer.position < len(questions):
            # no place of the plan (a damaged or hand-edited cell): kept as stored, not taken
            # as an answer to the plan's last question (``questions[-1]``)
            continue
        entry = ledger.setdefault(
            answer.position, Entry(questions[answer.position], answer.position)
        )
        part = Part(len(entry.parts), answer.follow_up)
        part.audio = Path(answer.audio_path) if answer.audio_path else None
        entry.parts.append(part)
        if answer.mode == "spoken" and not has_words(answer.text) and part.audio is not None:
            # its recording was cut short, or it had ended and was being transcribed
            part.recorded_in_full = answer.recorded_in_full
            part.elapsed_s = answer.duration_s or 0.0
            to_recover.append((entry, part))
            continue
        part.transcript = _transcript(answer)
        # an answer cut by End whose wrap-up was not saved: the question stays "ended early"
        part.ended_early = answer.score is not None and answer.score.ended_early
        stored_time = answer.score.answer_time_s if answer.score is not None else None
        part.elapsed_s = answer.duration_s or float(stored_time or 0)
    started = {p for p, e in ledger.items() if e.parts and e.parts[0].follow_up is None}
    remaining = [i for i in range(len(questions)) if i not in started]
    plan = record.plan
    position, follow_up = _follow_up_asked(plan.follow_up_asked, ledger)
    spoken = plan.spoken
    if spoken is None:  # saved before the mode was stored: as its answers were given
        spoken = any(a.mode == "spoken" or a.audio_path for a in record.answers)
    return ResumePoint(
        ledger=ledger,
        index=position if follow_up else remaining[0] if remaining else len(questions) - 1,
        finished=not remaining and not follow_up,
        spoken=spoken,
        voice=plan.voice,
        to_recover=to_recover,
        follow_up=follow_up,
    )


def _follow_up_asked(
    asked: FollowUpAsked | None, ledger: dict[int, Entry]
) -> tuple[int, str | None]:
    """The follow-up asked when the session stopped, if its answer has not been saved (a
    recording of it already started is recovered instead, as a main answer's is)."""
    if asked is None:
        return 0, None
    entry, prompt = ledger.get(asked.position), asked.prompt
    if entry is None or not entry.answered:
        return 0, None
    if any(part.follow_up == prompt for part in entry.parts):
        return 0, None
    return entry.position, prompt


def _transcript(answer: AnswerRecord) -> Transcript:
    if answer.mode == "skipped":
        return Transcript(text="", engine="skipped")
    if answer.transcript:
        return Transcript.from_dict(answer.transcript)
    engine = "typed" if answer.mode == "typed" else "resumed"
    return Transcript(text=answer.text, engine=engine, duration_s=answer.duration_s)
