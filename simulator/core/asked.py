"""The questions a session asked, kept as they were asked.

A session's plan names its questions by id, and every page read them back from the bank as it
is now: a pack edited while an interview ran (or before its Resume, or before its Review) put
the new prompt over an answer to the old one, and the scorecard's missed points and model
answer were the new rubric's, not the one the answer was scored against (attack run 63). Each
session now keeps its questions whole when it begins (``Storage.create_session``); the
scorecard, Review, the exports and Resume read them from there (``as_asked``), and say which
have changed in the packs, or left them, since (``since_asked``). Each version of a question is
stored once, under a digest of its text: a bank of 150 questions asked in thousands of
sessions takes the room of the versions it had, not of every session.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from simulator.core.questions_models import Question, QuestionBank

if TYPE_CHECKING:
    from simulator.core.storage_records import SessionRecord

_log = logging.getLogger(__name__)

# What a scorecard, Review and the exports say of a question as asked (after its prompt)
CHANGED_NOTE = (
    "This question has been changed in your question packs since it was asked: it is shown, "
    "with its key points and model answer, as it was asked."
)
GONE_NOTE = (
    "This question is no longer in your question packs: it is shown, with its key points and "
    "model answer, as it was asked."
)


def question_text(question: Question) -> str:
    """A question as stored: its JSON, keys in one order (so one version has one digest)."""
    return json.dumps(question.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)


def asked_rows(questions: Sequence[Question]) -> list[tuple[str, str, str]]:
    """(question id, digest, text) of each question, made before the database is held."""
    out = []
    for question in {q.id: q for q in questions}.values():  # (asked twice: kept once)
        text = question_text(question)
        out.append((question.id, hashlib.sha256(text.encode()).hexdigest(), text))
    return out


def keep_asked(
    db: sqlite3.Connection,
    session_id: int,
    rows: Iterable[tuple[str, str, str]],
    keep_here: bool = False,
) -> None:
    """Keep ``asked_rows`` with the session, in the caller's transaction; ``keep_here``: a
    question the session has kept already stays as it is (an archive completing it)."""
    for question_id, digest, text in rows:
        db.execute(
            "INSERT OR IGNORE INTO question_texts (digest, question_json) VALUES (?, ?)",
            (digest, text),
        )
        db.execute(
            f"INSERT OR {'IGNORE' if keep_here else 'REPLACE'} INTO asked_questions"
            " (session_id, question_id, digest) VALUES (?, ?, ?)",
            (session_id, question_id, digest),
        )


def read_question(text: Any) -> tuple[Question | None, str]:
    """A stored question's text read as the question it holds, or None and why not (one line,
    as a message about an archive's field says it after "does not hold a question: ")."""
    if not isinstance(text, str | bytes):
        return None, "it is no text"
    try:
        return Question.model_validate_json(text), ""
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first.get("loc", ()))
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        return None, f"{where + ': ' if where else ''}{first.get('msg', 'not valid')}{more}"
    except (ValueError, TypeError, RecursionError) as exc:
        return None, str(exc) or type(exc).__name__


def archived_asked(
    rows: Iterable[tuple[int, str, Any]],
) -> tuple[list[dict[str, str]], list[dict[str, Any]]]:
    """A history's questions as asked (session id, question id, text as stored) as an archive
    carries them: ``question_texts`` (each version once, by digest) and ``asked_questions``
    (session id, question id, digest). Only those the app reads as the question they name go
    in (an unreadable one is shown as the bank's already: ``read_asked``), each written as
    ``question_text`` writes it, so the import reads every one back."""
    texts: dict[str, str] = {}
    read: dict[Any, tuple[str, str] | None] = {}  # stored text -> (digest, question id)
    asked: list[dict[str, Any]] = []
    for session_id, question_id, stored in rows:
        key = stored if isinstance(stored, str | bytes) else None
        if key not in read:
            question, _why = read_question(key)
            if question is None:
                read[key] = None
            else:
                ((_id, digest, text),) = asked_rows([question])
                texts.setdefault(digest, text)
                read[key] = (digest, question.id)
        found = read[key]
        if found is not None and found[1] == question_id:
            asked.append({"session_id": session_id, "question_id": question_id, "digest": found[0]})
    used = {row["digest"] for row in asked}
    return [{"digest": d, "question_json": t} for d, t in texts.items() if d in used], asked


def from_archive(data: Mapping[str, Any]) -> dict[int, list[tuple[str, str, str]]]:
    """The archive's (a checked data.json's) questions as asked, as ``asked_rows`` of each
    session by its id in the archive: each version's digest made here, so a version asked on
    both machines is stored once. None in archives written before they were kept."""
    versions: dict[str, tuple[str, str, str]] = {}
    for row in data.get("question_texts") or []:
        question, _why = read_question(row["question_json"])
        if question is not None:  # (checked: every one reads)
            versions[row["digest"]] = asked_rows([question])[0]
    out: dict[int, list[tuple[str, str, str]]] = {}
    for row in data.get("asked_questions") or []:
        version = versions.get(row["digest"])
        if version is not None and version[0] == row["question_id"]:
            out.setdefault(int(row["session_id"]), []).append(version)
    return out


def read_asked(rows: Iterable[Any]) -> dict[str, Question]:
    """The stored questions, by id. One that no longer reads as a question (a damaged cell, a
    version whose questions had other fields) is left out: the bank's is shown for it."""
    out: dict[str, Question] = {}
    for question_id, text in rows:
        try:
            question = Question.model_validate_json(text)
        except (ValidationError, ValueError, TypeError) as exc:
            _log.warning("question %r as asked could not be read: %s", question_id, exc)
            continue
        if question.id == question_id:
            out[question_id] = question
    return out


def as_asked(bank: QuestionBank, asked: Mapping[str, Question]) -> QuestionBank:
    """``bank`` with a session's questions as they were asked in place of their ids' now."""
    if not asked:
        return bank
    return QuestionBank(
        questions={**bank.questions, **asked},
        sources=bank.sources,
        problems=bank.problems,
        warnings=bank.warnings,
    )


def since_asked(bank: QuestionBank, asked: Mapping[str, Question]) -> dict[str, str]:
    """What to say of each asked question the bank no longer holds as it was asked, by id:
    ``CHANGED_NOTE`` or ``GONE_NOTE``."""
    out = {}
    for question_id, question in asked.items():
        now = bank.questions.get(question_id)
        if now is None:
            out[question_id] = GONE_NOTE
        elif now != question:
            out[question_id] = CHANGED_NOTE
    return out


def not_resumable(
    bank: QuestionBank, question_ids: Sequence[str], asked: Mapping[str, Question]
) -> list[str]:
    """The ids of an interrupted session's plan it cannot ask: in neither the packs nor the
    questions kept as it asked them. A question removed from the packs since the session
    began is kept whole with it, and goes on as asked (walk64: Resume refused such a session,
    "no longer in the question bank", though Review and the scorecard showed the question)."""
    return [i for i in question_ids if i not in bank.questions and i not in asked]


def resumed_questions(
    bank: QuestionBank, question_ids: Sequence[str], asked: Mapping[str, Question]
) -> list[Question]:
    """The questions an interrupted session goes on with, as it asked them; those it kept
    none of, as the packs hold them (``not_resumable`` names those in neither)."""
    questions = as_asked(bank, asked).questions
    return [questions[i] for i in question_ids]


def _numbered(numbers: Sequence[int]) -> str:
    """ "Question 2" or "Questions 1, 2 and 4"."""
    if len(numbers) == 1:
        return f"Question {numbers[0]}"
    return f"Questions {', '.join(map(str, numbers[:-1]))} and {numbers[-1]}"


# Said of a question of a session that kept none (made before schema 9, or an archive's
# without them) when the key points it was scored on are not the packs' now: the page shows
# the packs' question over a score of another rubric (walk63 left, walk64).
UNKEPT_CHANGED_NOTE = (
    "This question's key points have changed in your question packs since this session, "
    "which is older than the app's keeping of questions as asked: it is shown as your packs "
    "hold it now, with the score it was given then."
)


def said_since(bank: QuestionBank, session: SessionRecord) -> dict[str, str]:
    """What to say of each question of ``session`` since it was asked, by id: ``since_asked``
    for those it kept; for those it did not, ``UNKEPT_CHANGED_NOTE`` when the key points its
    answer was scored on (the stored score's) are not the packs' now."""
    out = {}
    for answer in session.answers:
        question_id, score = answer.question_id, answer.score
        if answer.follow_up is not None or question_id in session.asked or score is None:
            continue
        now = bank.questions.get(question_id)
        scored = [(k.id, k.label) for k in score.key_points]
        if now is not None and scored and scored != [(k.id, k.label) for k in now.key_points]:
            out[question_id] = UNKEPT_CHANGED_NOTE
    return {**out, **since_asked(bank, session.asked)}


def resumed_note(
    bank: QuestionBank, question_ids: Sequence[str], asked: Mapping[str, Question]
) -> str:
    """What the interview says as it goes on with questions changed in the packs, or taken
    out of them, since it began ("" when none was): it asks and scores them as they were
    asked."""
    changed, gone = [], []
    for n, question_id in enumerate(question_ids, 1):
        said = since_asked(bank, {question_id: asked[question_id]} if question_id in asked else {})
        if said.get(question_id) == GONE_NOTE:
            gone.append(n)
        elif said:
            changed.append(n)
    parts = []
    if changed:
        has = "has" if len(changed) == 1 else "have"
        parts.append(f"{_numbered(changed)} {has} been changed in your question packs")
    if gone:
        some = "is" if len(gone) == 1 else "are"
        parts.append(f"{_numbered(gone)} {some} no longer in your question packs")
    if not parts:
        return ""
    return (
        f"{' and '.join(parts)} since this interview began: it goes on with the questions as "
        "they were asked, and scores your answers against them."
    )


# What the interview says when Practise again asks a question other than the attempt's own
# (walk64: it asked the packs' new wording, or refused a question gone from them, unsaid)
PRACTISED_CHANGED = (
    "This question has been changed in your question packs since the attempt you practise "
    "was asked: it is asked, and scored, as your packs hold it now."
)
PRACTISED_GONE = (
    "This question is no longer in your question packs: it is asked, and scored, as it was "
    "asked in the attempt you practise."
)


def practised(now: Question | None, asked: Question | None) -> tuple[Question | None, str]:
    """The question "Practise again" asks, and what the interview says of it: the packs' own
    (the wording and rubric kept up to date), said when it is not what the attempt's session
    asked; one gone from the packs, as that session asked it; None when neither is known."""
    if now is None:
        return asked, PRACTISED_GONE if asked is not None else ""
    return now, PRACTISED_CHANGED if asked is not None and asked != now else ""
