"""What Home's banner says of an interrupted interview: when it started, how far it got, and
that the answer being typed when it stopped comes back (a crash mid-answer read "interrupted
after 0 of 1 answer. Everything you answered is saved.", as if nothing typed was kept).

The wording is decided from the session's counts alone (``interrupted_text``), so that it says
only what happened: a session stopped before its first answer read "interrupted after 0 of 6
answers. Everything you answered is saved.", though nothing had been answered."""

from __future__ import annotations

from dataclasses import dataclass

from simulator.core.storage import SessionRecord
from simulator.core.tables import plural, said_when


@dataclass(frozen=True)
class InterruptedCounts:
    """How far an interrupted interview got: questions with a stored main answer (``reached``,
    skips included), of those the ones answered with words (``answered``), and the questions
    planned (``total``; 0 for a damaged plan)."""

    reached: int
    answered: int
    total: int
    # of ``answered``, recordings cut short when the app stopped: transcribed (and scored, or
    # skipped when they hold no words) only once the session is resumed
    recording: int = 0
    # of ``recording``, the ones whose recording had ended (being transcribed), not cut short
    transcribing: int = 0
    # a follow-up's answer being recorded ("recorded") or transcribed ("transcribed") when the
    # app stopped, "" for none: it too is transcribed and scored once the session is resumed
    follow_up: str = ""


def interrupted_counts(record: SessionRecord) -> InterruptedCounts:
    total = len(record.plan.question_ids)
    # (an answer at no place of the plan, a damaged or hand-edited cell, is not one of its
    # questions reached: resume does not take it either)
    main = {
        a.position: a
        for a in record.answers
        if a.follow_up is None and a.position >= 0 and (a.position < total or not total)
    }
    answered = sum(1 for a in main.values() if a.mode != "skipped")
    opened = [a for a in main.values() if a.opened_only and a.audio_path]
    ended = sum(1 for a in opened if a.recorded_in_full)
    follow_ups = [
        a
        for a in record.answers
        if a.follow_up is not None and a.position in main and a.opened_only and a.audio_path
    ]
    follow_up = ""
    if follow_ups:
        follow_up = "transcribed" if all(a.recorded_in_full for a in follow_ups) else "recorded"
    return InterruptedCounts(len(main), answered, total, len(opened), ended, follow_up)


def interrupted_text(when: str, counts: InterruptedCounts, typing_kept: bool = False) -> str:
    """The banner's sentence for an interview started ``when`` that stopped at ``counts``;
    ``typing_kept``: an answer being typed when it stopped was saved as a draft."""
    start = f"The interview you started on {when} was interrupted"
    typing = "the answer you were typing comes back when you resume"
    if counts.recording:
        return _while_recording(start, counts)
    if counts.reached == 0:
        if typing_kept:
            return (
                f"{start} before its first answer was submitted: nothing is answered yet, "
                f"but {typing}. Resume it, or discard it."
            )
        return (
            f"{start} before its first answer: nothing was answered yet. "
            "Resume starts it again from the first question, or discard it."
        )
    if counts.answered == 0:
        skipped = "it was skipped" if counts.reached == 1 else "all were skipped"
        text = (
            f"{start} after {counts.reached} of {plural(counts.total, 'question')}, and {skipped}: "
            "nothing was answered yet"
        )
        if typing_kept:
            return f"{text}, but {typing}."
        return f"{text}. Resume goes on from the next question, or discard it."
    if counts.answered < counts.reached:
        # "after 2 of 6 answers (1 skipped)" counted the skip as an answer, where the
        # scorecard then said "1 of 6 questions answered" (ux36)
        skips = counts.reached - counts.answered
        text = (
            f"{start} after {counts.reached} of {plural(counts.total, 'question')} "
            f"({counts.answered} answered, {skips} skipped)"
        )
    else:
        text = f"{start} after {counts.reached} of {plural(counts.total, 'answer')}"
    if counts.follow_up:
        # it read "Everything you answered is saved." only: the follow-up's recording, kept
        # and transcribed at resume, was not said, as an answer's is (walk56)
        return (
            f"{text}, while a follow-up's answer was being {counts.follow_up}: the recording "
            "is kept, and is transcribed and scored with its question when you resume. "
            "Everything you answered before it is saved."
        )
    text += ". Everything you answered is saved"
    if typing_kept:
        return f"{text}, and {typing}."
    return text + "."


def _while_recording(start: str, counts: InterruptedCounts) -> str:
    """An answer was being recorded when the app stopped: what it holds is not known until it is
    transcribed, at resume. A session stopped while its first answer was recorded, nothing said,
    read "interrupted after 1 of 5 answers. Everything you answered is saved." (walkthrough 48)."""
    before = counts.reached - counts.recording
    given = counts.answered - counts.recording
    # an answer its silence (or Ctrl+Enter) had ended was called "being recorded" (ux52)
    doing = "transcribed" if counts.transcribing == counts.recording else "recorded"
    if before == 0:
        text = f"{start} while its first answer was being {doing}"
    else:
        text = (
            f"{start} after {before} of {plural(counts.total, 'question')}, while the next "
            f"answer was being {doing}"
        )
    text += ": the recording is kept, and is transcribed and scored when you resume."
    if given:
        return text + " Everything you answered before it is saved."
    return text + " Resume it, or discard it."


def discard_text(counts: InterruptedCounts) -> str:
    """What Discard's confirmation says stays: it said "The answers you gave stay saved" of a
    session with none."""
    rest = "Progress and the review schedule count finished interviews only."
    if counts.answered == 0:
        return f"It can no longer be resumed. Nothing was answered in it yet. {rest}"
    return (
        "It can no longer be resumed. The answers you gave stay saved in History and Review; "
        + rest
    )


def interrupted_summary(record: SessionRecord, typing_kept: bool = False) -> str:
    # the date and time as Home's list beside it says them ("2026-12-03 22:08"), with "at"
    # between: the banner said "03 Dec at 22:08" of the session listed as "2026-12-03 22:05"
    # (walkthrough 38)
    when = said_when(record.started_at) or "an unknown date"  # not "on date unknown"
    return interrupted_text(when, interrupted_counts(record), typing_kept)


@dataclass(frozen=True)
class UnfinishedNote:
    """What Review says above an interview that did not finish, and whether it offers to resume
    it (hist58: History lists these now, and Review is where their answers are read)."""

    text: str
    resumable: bool


def unfinished_note(
    record: SessionRecord, offered: tuple[int, float] | None
) -> UnfinishedNote | None:
    """The note for ``record`` (None for a finished one); ``offered``: the id and start of the
    interview Home offers to resume (``Storage.offered_unfinished``). Only that one is resumed
    from here, as from Home: the offer is the one place an interview goes on, and the others
    wait their turn (each is offered once those started after it are finished or
    discarded)."""
    if record.status == "finished":
        return None
    counts = interrupted_counts(record)
    far = f"{counts.answered} of {plural(counts.total, 'question')} answered"
    if record.status != "active":
        return UnfinishedNote(
            f"Discarded before its end ({far}): it cannot be resumed, and its answers are "
            "not in Progress.",
            False,
        )
    if offered is not None and offered[0] == record.id:
        return UnfinishedNote(
            f"Unfinished ({far}). Resume it to answer the rest and have it scored as a whole.",
            True,
        )
    when = said_when(offered[1]) if offered is not None else None
    other = f"The interview started on {when}" if when else "The interview Home offers"
    return UnfinishedNote(
        f"Unfinished ({far}). {other} is resumed first: finish or discard it, then resume "
        "this one.",
        False,
    )
