"""Score a past session again (the bank changed), or transcribe its recordings again (another
speech model), or transcribe one recorded answer again with a chosen model, keeping the old
result until the new one is complete (Qt-free).

Everything new is computed in memory, with progress reported and a cancel check between steps;
only when all of it is done is it written, in one transaction. Cancelled or failed part way, the
stored session is exactly as it was. Transcribing a whole session again, a recording that cannot
be heard (missing, empty, corrupt: ``UnusableRecording``) is skipped and named with its reason;
its answer keeps its transcript, and every other recording is transcribed again and stored. A replaced transcript is kept in the answer's transcript
history with the question's score before and after and why it changed. Scoring follows the
interview's own rule: a question is scored on its main answer and follow-up answers joined, and
that score is stored on the main answer; a skipped answer counts as 0.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from simulator.core.asked import as_asked
from simulator.core.questions import Question, QuestionBank
from simulator.core.recording_check import UnusableRecording
from simulator.core.scoring.bank_rivals import Rivals
from simulator.core.session.ledger import combine
from simulator.core.session.summary import skipped_score
from simulator.core.speech_topic import SpeechTopic, topic_of
from simulator.core.storage import AnswerRecord, SessionRecord, Storage
from simulator.core.transcript import Transcript

if TYPE_CHECKING:
    from simulator.core.scoring import AnswerScore, SessionScore

Progress = Callable[[int, int], None]
# Transcribes one recording of an answer to the topic given (the question: words to expect).
Transcribe = Callable[[Path, SpeechTopic | None], Transcript]


@dataclass(frozen=True)
class RescoreResult:
    answers: int  # answers scored again (a skip has none to score; a question gone keeps its)
    changed: int  # whose overall score changed
    before: int | None  # the session's overall, before and after
    after: int | None
    cancelled: bool = False
    missing: tuple[str, ...] = ()  # question ids no longer in the bank (left as they were)
    recordings: int = 0  # recordings to transcribe again (0: scored again only)
    skipped: tuple[SkippedRecording, ...] = ()  # those that could not be heard

    @property
    def transcribed(self) -> int:
        """Recordings transcribed again and stored."""
        return self.recordings - len(self.skipped)


@dataclass(frozen=True)
class SkippedRecording:
    """A recording left out of a session's re-transcription: its answer keeps its transcript."""

    answer_id: int
    number: int  # the question's number in the session (1-based)
    file: str  # the recording's file name
    reason: str  # why it could not be heard ("corrupt WAV file (...)")


@dataclass(frozen=True)
class RetranscribeResult:
    """One answer transcribed again: its question's score and the session's, before and after."""

    answer_id: int
    number: int  # the question's number in the session (1-based)
    model: str  # the model that heard it this time
    text: str  # the new transcript
    before: int | None
    after: int | None
    session_before: int | None
    session_after: int | None
    cancelled: bool = False


def rescore_session(
    storage: Storage,
    bank: QuestionBank,
    session_id: int,
    transcribe: Transcribe | None = None,
    progress: Progress = lambda _done, _total: None,
    cancelled: Callable[[], bool] = lambda: False,
    why: str = "",
) -> RescoreResult:
    """Re-score (and with ``transcribe``, first re-transcribe the recordings of) a session."""
    record = storage.session(session_id)
    bank = _as_asked(bank, record)
    positions = _by_position(record)
    missing = tuple(
        sorted({a.question_id for a in record.answers if a.question_id not in bank.questions})
    )
    spoken = [a for a in record.answers if transcribe and a.mode == "spoken" and a.audio_path]
    total = len(spoken) + len(positions)
    new_transcripts: dict[int, Transcript] = {}
    skipped: list[SkippedRecording] = []
    for done, a in enumerate(spoken, 1):
        if cancelled():
            return _cancelled(record, len(positions), missing)
        assert transcribe is not None
        audio = Path(a.audio_path or "")
        try:
            if not audio.exists():
                raise UnusableRecording(audio, "no longer on disk")
            new_transcripts[a.id] = transcribe(audio, _topic(bank, a))
        except UnusableRecording as exc:  # this one only: the others are still heard
            skipped.append(SkippedRecording(a.id, a.position + 1, exc.path.name, exc.reason))
        progress(done, total)
    updates: list[tuple[int, AnswerScore]] = []
    changed = 0
    rivals = Rivals.of_bank(bank)
    for done, position in enumerate(sorted(positions), len(spoken) + 1):
        if cancelled():
            return _cancelled(record, len(positions), missing)
        progress(done, total)
        main = positions[position][0]
        question = bank.questions.get(main.question_id)
        if question is None or main.follow_up is not None or main.mode == "skipped":
            continue
        score = _question_score(question, positions[position], new_transcripts, rivals)
        changed += int((main.score.overall if main.score else None) != score.overall)
        updates.append((main.id, score))
    summary = _summary(record, bank, dict(updates))
    storage.save_rescore(session_id, updates, _changes(new_transcripts), summary, why=why)
    return RescoreResult(
        # what was scored: skips counted as answers ("Re-scored 3 answers" on a session of 2
        # answers and a skip, under "2 of 3 questions answered", ux36)
        answers=len(updates),
        changed=changed,
        before=record.score.overall if record.score else None,
        after=summary.overall if summary else None,
        missing=missing,
        recordings=len(spoken),
        skipped=tuple(skipped),
    )


def retranscribe_answer(
    storage: Storage,
    bank: QuestionBank,
    answer_id: int,
    transcribe: Transcribe,
    model: str,
    cancelled: Callable[[], bool] = lambda: False,
) -> RetranscribeResult:
    """Transcribe one recorded answer again (``transcribe`` runs the chosen ``model``), store
    the new transcript (the old one goes into its history), then score its question and the
    session again. Raises ``ValueError`` naming the answer when it has no recording to hear."""
    answer = storage.answer(answer_id)
    audio = _audio(answer)
    if answer.mode != "spoken" or audio is None:
        what = "was not spoken" if answer.mode != "spoken" else "has no recording on disk"
        raise ValueError(f"answer {answer_id} ({answer.question_id}) {what}: nothing to transcribe")
    record = storage.session(answer.session_id)
    bank = _as_asked(bank, record)
    positions = _by_position(record)
    parts = positions[answer.position]
    main = parts[0]
    before = main.score.overall if main.score else None
    session_before = record.score.overall if record.score else None
    result = RetranscribeResult(
        answer_id, answer.position + 1, model, answer.text, before, before,
        session_before, session_before, cancelled=True,
    )  # fmt: skip
    if cancelled():
        return result
    heard = transcribe(audio, _topic(bank, answer))
    if cancelled():
        return result
    question = bank.questions.get(main.question_id)
    updates: dict[int, AnswerScore] = {}
    rivals = Rivals.of_bank(bank)
    if question is not None and main.mode != "skipped":
        updates[main.id] = _question_score(question, parts, {answer.id: heard}, rivals)
    summary = _summary(record, bank, updates)
    old_model = (answer.transcript or {}).get("model") or "an earlier model"
    why = f"transcribed again with {model} (was {old_model})"
    if cancelled():  # the last moment a cancel still leaves everything as it was
        return result
    storage.save_rescore(
        record.id, list(updates.items()), _changes({answer.id: heard}), summary, why=why
    )
    after = updates[main.id].overall if main.id in updates else before
    return replace(
        result, text=heard.text, after=after, cancelled=False,
        session_after=summary.overall if summary else session_before,
    )  # fmt: skip


def _by_position(record: SessionRecord) -> dict[int, list[AnswerRecord]]:
    """A session's answers by question: the main answer first, then its follow-ups."""
    out: dict[int, list[AnswerRecord]] = {}
    for a in record.answers:
        out.setdefault(a.position, []).append(a)
    return {
        p: sorted(parts, key=lambda a: (a.follow_up is not None, a.id)) for p, parts in out.items()
    }


def _question_score(
    question: Question, parts: list[AnswerRecord], new: dict[int, Transcript], rivals: Rivals
) -> AnswerScore:
    """The question scored on every given part (new transcripts where there are)."""
    from simulator.core.scoring import score_answer
    from simulator.core.scoring.follow_up_points import probed_answers

    main = parts[0]
    given = [
        (part.follow_up, new.get(part.id) or _stored_transcript(part))
        for part in parts
        if part.mode != "skipped"
    ]
    probed = probed_answers(question, [(prompt, t.text) for prompt, t in given])
    cut = main.score is not None and main.score.ended_early
    score = score_answer(question, combine([t for _, t in given]), rivals, probed, cut)
    if main.score is not None:  # the time spent answering, and how it ended, stay as they were
        score = replace(
            score, answer_time_s=main.score.answer_time_s, ended_early=main.score.ended_early
        )
    return score


def _summary(
    record: SessionRecord, bank: QuestionBank, updates: dict[int, AnswerScore]
) -> SessionScore | None:
    """The session's summary with ``updates`` (by main answer id) in place of stored scores;
    questions no longer in the bank are left out, as when the session was first scored."""
    from simulator.core.scoring import score_session

    items: list[tuple[Question, AnswerScore]] = []
    for parts in (p for _, p in sorted(_by_position(record).items())):
        main = parts[0]
        question = bank.questions.get(main.question_id)
        if question is None or main.follow_up is not None:
            continue
        if main.mode == "skipped":
            items.append((question, skipped_score(question)))
        elif (score := updates.get(main.id, main.score)) is not None:
            items.append((question, score))
    return score_session(items) if items else record.score


def _as_asked(bank: QuestionBank, record: SessionRecord) -> QuestionBank:
    """``bank`` with the session's questions as they were asked (``core.asked``): an answer is
    heard and scored again against the question it answered, not one its pack was edited into
    since (its prompt, key terms and rubric). A question gone from the packs stays out, as
    when the session was first scored."""
    kept = {k: v for k, v in record.asked.items() if k in bank.questions}
    return as_asked(bank, kept)


def _changes(new: dict[int, Transcript]) -> list[tuple[int, str, dict[str, object]]]:
    return [(answer_id, t.text, t.to_dict()) for answer_id, t in new.items()]


def _topic(bank: QuestionBank, answer: AnswerRecord) -> SpeechTopic | None:
    """What ``answer`` was about, for the transcriber (None for a question gone from the bank)."""
    question = bank.questions.get(answer.question_id)
    return topic_of(question, answer.follow_up) if question is not None else None


def _audio(answer: AnswerRecord) -> Path | None:
    path = Path(answer.audio_path) if answer.audio_path else None
    return path if path is not None and path.is_file() else None


def _stored_transcript(answer: AnswerRecord) -> Transcript:
    if answer.transcript:
        return Transcript.from_dict(answer.transcript)
    return Transcript(text=answer.text, duration_s=answer.duration_s)


def _cancelled(record: SessionRecord, answers: int, missing: tuple[str, ...]) -> RescoreResult:
    overall = record.score.overall if record.score else None
    return RescoreResult(answers, 0, overall, overall, cancelled=True, missing=missing)
