"""Answers that could not be saved, written to a file elsewhere (a recovery file).

When the data folder cannot be written (a full disk) and the person quits, what they said
would be lost with the process. This writes every answer of the affected sessions, with the
question it answered, as one JSON document wherever they choose: readable, and enough to
paste an answer back or score it later with ``ml-interview score``.

The file names the session database it belongs to. One in the home folder (where SIGTERM writes
it without asking, see ``ui/termination.py``, and where the close dialog suggests) is read on the
next start: ``restore_rescued`` puts its answers back into their unfinished session (resuming
scores them again), so nothing said is lost."""

from __future__ import annotations

import contextlib
import json
import math
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from simulator.core.session.ledger import Entry
from simulator.core.small_files import read_small_text
from simulator.core.storage_errors import StorageError

if TYPE_CHECKING:
    from simulator.core.storage import Storage
    from simulator.core.storage_records import SessionRecord

FORMAT = "ml-interview-simulator/unsaved-answers"
PATTERN = "ml-interview-unsaved-answers*.json"  # where SIGTERM writes them: the home folder
MAX_RESCUE_BYTES = 16 * 1024 * 1024


class RescueNotWritten(OSError):
    """The recovery file could not be written; the message names the file and why."""


def rescue_document(
    sessions: list[tuple[int | None, dict[int, Entry]]], database: Path | None = None
) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": 1,
        "written_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "database": str(database) if database is not None else None,
        "sessions": [
            {"session_id": session_id, "answers": _answers(ledger)}
            for session_id, ledger in sessions
        ],
    }


def _answers(ledger: dict[int, Entry]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for position in sorted(ledger):
        entry = ledger[position]
        for part in entry.parts:
            if part.transcript is None and part.audio is None:
                continue
            out.append(
                {
                    "position": position,
                    "question_id": entry.question.id,
                    "prompt": entry.question.prompt,
                    "follow_up": part.follow_up,
                    "mode": part.mode,
                    "text": part.transcript.text if part.transcript else "",
                    "audio_path": str(part.audio) if part.audio else None,
                    "duration_s": part.transcript.duration_s if part.transcript else None,
                    "overall": entry.score.overall if entry.score and part.index == 0 else None,
                }
            )
    return out


def write_rescue(
    path: Path,
    sessions: list[tuple[int | None, dict[int, Entry]]],
    database: Path | None = None,
) -> Path:
    """Write the document to ``path`` (0600, flushed to the disk, whole or not at all);
    raises ``RescueNotWritten`` saying why in plain words."""
    from simulator.core.export.files import ExportError, write_export

    path = Path(path).expanduser()
    with contextlib.suppress(OSError):  # a file in the way: write_export names it
        path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(rescue_document(sessions, database), ensure_ascii=False, indent=2) + "\n"
    try:
        # the writer of every file a person names: links followed, a folder, a missing folder
        # and a full disk named in plain words, a long name's temporary file fitting, nothing
        # half-written left (it said "[Errno 21] Is a directory: '.../.x.part'", attack run 41)
        return write_export(path, data)
    except ExportError as exc:
        raise RescueNotWritten(str(exc)) from None


def restore_rescued(storage: Storage, folder: Path | None = None) -> list[str]:
    """Put the answers of recovery files in ``folder`` (the home folder) written for this
    session database back into their unfinished sessions; one sentence for the person per file
    that gave any (saying whether the file still holds answers put back nowhere). An
    answer is restored only where its session is still unfinished, its question is the plan's
    at that position and nothing is stored there yet (so a file is never restored twice); a
    file that cannot be read or is not ours is left alone."""
    notices: list[str] = []
    try:
        files = sorted((folder or Path.home()).glob(PATTERN))
    except (OSError, RuntimeError, KeyError):  # no home folder to be found
        return notices
    for file in files:
        try:
            document = json.loads(read_small_text(file, MAX_RESCUE_BYTES))
            restored, left = _restore(storage, document)
        except (OSError, ValueError, RuntimeError, KeyError, TypeError):
            continue  # not readable, not ours, or the database cannot take it now
        if restored:
            notices.append(_restored_notice(file, restored, left))
    return notices


def _restored_notice(file: Path, restored: int, left: int) -> str:
    n, are, them = (
        ("1 answer", "is", "it") if restored == 1 else (f"{restored} answers", "are", "them")
    )
    text = (
        f"{n} that could not be saved when the app last closed (kept in {file}) {are} "
        f"back in the unfinished interview: resume it to have {them} scored."
    )
    if left:  # their interview was finished or deleted since: only the file holds them
        other = "1 other answer" if left == 1 else f"{left} other answers"
        return f"{text} Keep the file: {other} in it could not be put back."
    return f"{text} The file can be deleted."


def _restore(storage: Storage, document: Any) -> tuple[int, int]:
    """Answers put back, and answers with words that the file alone still holds."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        return 0, 0
    database = document.get("database")
    if not isinstance(database, str) or Path(database).resolve() != storage.path.resolve():
        return 0, 0
    written = _written_at(document.get("written_at"))
    restored = left = 0
    for held in document.get("sessions") or []:
        if not isinstance(held, dict):
            continue
        answers = [a for a in held.get("answers") or [] if isinstance(a, dict)]
        record = _files_session(storage, held.get("session_id"), written)
        if record is not None and record.status == "active":
            plan_ids = record.plan.question_ids
            stored = {(a.position, a.follow_up): a.id for a in record.answers if not a.opened_only}
            opened = {(a.position, a.follow_up): a.id for a in record.answers if a.opened_only}
            for answer in answers:
                try:
                    restored += _put_back(storage, record.id, plan_ids, stored, opened, answer)
                except StorageError:  # the disk is full again: counted below as only in the file
                    continue
            record = storage.session(record.id)
        kept: dict[Any, str] = (
            {(a.position, a.follow_up): a.text.strip() for a in record.answers} if record else {}
        )
        left += len([a for a in answers if _only_in_file(a, kept)])
    return restored, left


def _only_in_file(answer: dict[str, Any], kept: dict[Any, str]) -> bool:
    """An answer with words that its session in the database does not hold."""
    text = answer.get("text")
    if not isinstance(text, str) or not text.strip():
        return False
    return kept.get((answer.get("position"), answer.get("follow_up"))) != text.strip()


def _files_session(
    storage: Storage, session_id: Any, written: float | None
) -> SessionRecord | None:
    """The file's session in the database, or None when it is gone."""
    if type(session_id) is not int:
        return None
    try:
        record = storage.session(session_id)
    except KeyError:
        return None
    if written is not None and record.started_at > written + 1.0:
        # begun after the file was written: its id was reused (the file's session was deleted
        # before a start could restore it), so it is another session
        return None
    return record


def _written_at(value: Any) -> float | None:
    """The file's ``written_at`` as a timestamp; None when it is missing or not a time."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z").timestamp()
    except ValueError:
        return None


def _duration(value: Any) -> float | None:
    """The file's length of an answer; None when it is no length (text, a flag, NaN, negative,
    or a whole number past any float: 10**400 raised OverflowError out of the restore, which
    put back no answer after it and said nothing; attack run 54)."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return None
    try:
        seconds = float(value)
    except OverflowError:
        return None
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


def _put_back(
    storage: Storage,
    session_id: int,
    plan_ids: tuple[str, ...],
    stored: dict[tuple[int, str | None], int],
    opened: dict[tuple[int, str | None], int],
    answer: Any,
) -> bool:
    if not isinstance(answer, dict):
        return False
    position, question_id = answer.get("position"), answer.get("question_id")
    follow_up, text, mode = answer.get("follow_up"), answer.get("text"), answer.get("mode")
    if (
        type(position) is not int
        or not 0 <= position < len(plan_ids)
        or plan_ids[position] != question_id
        or not (follow_up is None or isinstance(follow_up, str))
        or not isinstance(text, str)
        or mode not in ("typed", "spoken")
        or (position, follow_up) in stored
    ):
        return False
    audio = answer.get("audio_path")
    folder = storage.path.parent.resolve()
    # only a recording of this data folder that is still there (the file is not trusted)
    if not (
        isinstance(audio, str)
        and Path(audio).resolve().is_relative_to(folder)
        and Path(audio).is_file()
    ):
        audio = None
    duration_s = _duration(answer.get("duration_s"))
    row = opened.pop((position, follow_up), None)
    if row is not None:  # its recording's row is there, without the words: fill it in
        if not text.strip():
            return False
        storage.complete_answer(row, mode, text, None, duration_s, None)
    else:
        row = storage.add_answer(
            session_id,
            question_id,
            position,
            mode,
            text,
            follow_up=follow_up,
            audio_path=audio,
            duration_s=duration_s,
        )
    stored[(position, follow_up)] = row
    return True
