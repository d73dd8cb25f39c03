"""Score a past session again (the bank changed) or transcribe its recordings again (another
speech model), keeping the old result until the new one is complete (Qt-free).

Everything new is computed in memory, answer by answer, with progress reported and a cancel
check between answers; only when all of it is done is it written, in one transaction. Cancelled
or failed part way, the stored session is exactly as it was. Scoring follows the interview's own
rule: a question is scored on its main answer and follow-up answers joined, and that score is
stored on the main answer; a skipped answer counts as 0.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from simulator.core.questions import QuestionBank
from simulator.core.session.ledger import combine
from simulator.core.session.summary import skipped_score
from simulator.core.storage import AnswerRecord, Storage
from simulator.core.transcript import Transcript


@dataclass(frozen=True)
class RescoreResult:
    answers: int  # answers looked at
    changed: int  # whose overall score changed
    before: int | None  # the session's overall, before and after
    after: int | None
    cancelled: bool = False
    missing: tuple[str, ...] = ()  # question ids no longer in the bank (left as they were)


def rescore_session(
    storage: Storage,
    bank: QuestionBank,
    session_id: int,
    transcribe: Callable[[Path], Transcript] | None = None,
    progress: Callable[[int, int], None] = lambda _done, _total: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> RescoreResult:
    """Re-score (and with ``transcribe``, first re-transcribe the recordings of) a session."""
    from simulator.core.scoring import AnswerScore, score_answer, score_session

    record = storage.session(session_id)
    by_position: dict[int, list[AnswerRecord]] = {}
    for a in record.answers:
        by_position.setdefault(a.position, []).append(a)
    missing = tuple(
        sorted({a.question_id for a in record.answers if a.question_id not in bank.questions})
    )
    spoken = [a for a in record.answers if transcribe and a.mode == "spoken" and _audio(a)]
    total = len(spoken) + len(by_position)
    done = 0
    new_transcripts: dict[int, Transcript] = {}
    for a in spoken:
        if cancelled():
            return _cancelled(record, len(by_position), missing)
        assert transcribe is not None
        new_transcripts[a.id] = transcribe(_audio(a) or Path())
        done += 1
        progress(done, total)
    updates: list[tuple[int, AnswerScore]] = []
    transcript_updates: list[tuple[int, str, dict[str, Any]]] = []
    items: list[tuple[Any, AnswerScore]] = []
    changed = 0
    for position in sorted(by_position):
        if cancelled():
            return _cancelled(record, len(by_position), missing)
        parts = sorted(by_position[position], key=lambda a: (a.follow_up is not None, a.id))
        main = parts[0]
        question = bank.questions.get(main.question_id)
        done += 1
        progress(done, total)
        if question is None or main.follow_up is not None:
            continue
        if main.mode == "skipped":
            items.append((question, skipped_score(question)))
            continue
        transcripts = []
        for part in parts:
            if part.mode == "skipped":
                continue
            t = new_transcripts.get(part.id) or _stored_transcript(part)
            if part.id in new_transcripts:
                transcript_updates.append((part.id, t.text, t.to_dict()))
            transcripts.append(t)
        score = score_answer(question, combine(transcripts))
        if main.score is not None:  # the time spent answering stays what it was
            score = replace(score, answer_time_s=main.score.answer_time_s)
        changed += int((main.score.overall if main.score else None) != score.overall)
        updates.append((main.id, score))
        items.append((question, score))
    summary = score_session(items) if items else record.score
    storage.save_rescore(session_id, updates, transcript_updates, summary)
    return RescoreResult(
        answers=len(by_position),
        changed=changed,
        before=record.score.overall if record.score else None,
        after=summary.overall if summary else None,
        missing=missing,
    )


def _audio(answer: AnswerRecord) -> Path | None:
    path = Path(answer.audio_path) if answer.audio_path else None
    return path if path is not None and path.is_file() else None


def _stored_transcript(answer: AnswerRecord) -> Transcript:
    if answer.transcript:
        return Transcript.from_dict(answer.transcript)
    return Transcript(text=answer.text, duration_s=answer.duration_s)


def _cancelled(record: Any, answers: int, missing: tuple[str, ...]) -> RescoreResult:
    overall = record.score.overall if record.score else None
    return RescoreResult(answers, 0, overall, overall, cancelled=True, missing=missing)
