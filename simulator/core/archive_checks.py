"""Checks of an archive's ``data.json`` before anything is written (Qt-free).

Every row is checked against the columns it will be stored in: the type of each value, whether
it may be empty, numbers finite and within SQLite's integer range, JSON cells that parse, ids
unique, and every reference pointing at a row of the archive. An archive made by hand or by a
broken tool is then refused with one line naming the row and the field, instead of failing
halfway through the import or storing a value that breaks a page later.

A JSON cell must also read as what the app stores there (``storage_codec``'s readers, the
plan's): a score whose 'overall' is a word, a transcript whose words are numbers, question ids
that are not ids were imported as they were and read as missing (the answer unscored, its
words untimed, the plan's questions gone: attack run 56). ``readable_cells`` makes the app's
own export hold only such cells, so its archive always imports.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from simulator.core import storage_codec as codec
from simulator.core.pack_limits import MAX_TEXT
from simulator.core.plan import MAX_QUESTIONS
from simulator.core.stored_plan import StoredPlan, not_read_as_stored
from simulator.core.tables import joined_with_and, plural, shown_when
from simulator.core.transcript import MAX_ANSWER_CHARS

INT = "int"
REAL = "real"
TIME = "time"  # seconds since 1970, up to the end of the year 9999
TEXT = "text"
JSON = "json"  # text that must parse as JSON

# column: (kind, required); a column that is not required may be absent or null
SESSION_COLUMNS = {
    "id": (INT, True), "started_at": (TIME, True), "ended_at": (TIME, False),
    "status": (TEXT, True), "plan_json": (JSON, True), "score_json": (JSON, False),
    "seq": (TIME, False),
}  # fmt: skip
ANSWER_COLUMNS = {
    "id": (INT, True), "session_id": (INT, True), "question_id": (TEXT, True),
    "position": (INT, True), "follow_up": (TEXT, False), "mode": (TEXT, True),
    "text": (TEXT, True), "transcript_json": (JSON, False), "audio_path": (TEXT, False),
    "duration_s": (REAL, False), "overall": (INT, False), "score_json": (JSON, False),
    "created_at": (TIME, True), "audio_file": (TEXT, False), "audio_missing": (TEXT, False),
}  # fmt: skip
NOTE_COLUMNS = {"answer_id": (INT, True), "note": (TEXT, True), "updated_at": (TIME, True)}
RATING_COLUMNS = {"answer_id": (INT, True), "rating": (INT, True), "rated_at": (TIME, True)}
HISTORY_COLUMNS = {
    "id": (INT, True), "answer_id": (INT, True), "replaced_at": (TIME, True),
    "text": (TEXT, True), "transcript_json": (JSON, False), "overall_before": (INT, False),
    "overall_after": (INT, False), "why": (TEXT, True),
}  # fmt: skip
# The questions each session asked, as it asked them (``asked``): each version once, by digest
QUESTION_TEXT_COLUMNS = {"digest": (TEXT, True), "question_json": (JSON, True)}
ASKED_COLUMNS = {"session_id": (INT, True), "question_id": (TEXT, True), "digest": (TEXT, True)}

SQLITE_INT = codec.SQLITE_INT
LAST_TIME = 253402300799  # 9999-12-31 23:59:59 UTC, the last moment Python's dates hold
_SURROGATE = re.compile("[\ud800-\udfff]")  # a JSON "\ud800" escape alone: not UTF-8
# Text longer than the app itself ever writes (scoring or showing a megabytes-long answer took
# minutes). Answers and notes get ten times the typed-answer limit: versions before that limit
# stored longer answers, and their archives must still import. Any other text (ids, follow-up
# prompts, paths) is at most a pack's longest text.
LONG_TEXT = {"text": 10 * MAX_ANSWER_CHARS, "note": 10 * MAX_ANSWER_CHARS}
MAX_SHORT_TEXT = MAX_TEXT


def text_limit(column: str) -> int:
    """The most characters a text ``column`` of an archive may hold: what the import takes,
    and what the export writes (``fit_texts``), so the app's own archive always imports."""
    return LONG_TEXT.get(column, MAX_SHORT_TEXT)


RECORDINGS_PREFIX = "recordings/"  # where an archive holds its recordings
# A question's id, as the app's packs write them (ID_PATTERN) and as older tests and versions
# wrote plain ones ("q"): no space, slash, control or direction-changing character
_QUESTION_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")

MAX_FILE_NAME = 120  # characters of a recording's own name kept on import
# ... and bytes, as the file system counts (255 at most), with room for the prefix a name taken
# already gets ("imported-20261202-171100-2-")
MAX_FILE_NAME_BYTES = 200
MAX_EXTENSION = 10  # characters of an extension, its dot included, kept when a name is cut


# data.json's lists, and a row of each as every message about it names it ("self-rating #2:
# field 'rated_at' ..."), here and in archive.py's for a number JSON does not allow
ROW_NAMES = {
    "sessions": "session",
    "answers": "answer",
    "notes": "note",
    "ratings": "self-rating",
    "transcript_history": "replaced transcript",
    "question_texts": "question text",
    "asked_questions": "question as asked",
}


class DataError(ValueError):
    """A row of ``data.json`` that cannot be stored; the message names the row and the field."""


def check_data(data: Any, names: set[str]) -> None:
    """Raise ``DataError`` for the first thing in ``data`` that cannot be imported as it is;
    ``names`` are the zip's entries (every recording named must be one of them)."""
    if not isinstance(data, dict):
        raise DataError("data.json is not an object")
    for key in ("sessions", "answers", "notes", "ratings"):
        if not isinstance(data.get(key), list):
            raise DataError(f"data.json has no list '{key}'")
    history = data.get("transcript_history", [])  # absent from archives of older versions
    if not isinstance(history, list):
        raise DataError("data.json's 'transcript_history' is not a list")

    session_ids = _rows(data["sessions"], SESSION_COLUMNS, "sessions")
    for i, s in enumerate(data["sessions"]):
        if s["status"] not in ("active", "finished", "aborted"):
            raise DataError(f"{ROW_NAMES['sessions']} #{i + 1}: status {s['status']!r} is unknown")
    answer_ids = _rows(data["answers"], ANSWER_COLUMNS, "answers")
    places = interview_places(data["sessions"], data["answers"])
    recordings: dict[str, int] = {}
    for i, a in enumerate(data["answers"]):
        where = f"{ROW_NAMES['answers']} #{i + 1} ({a['question_id']})"
        if not _QUESTION_ID.fullmatch(a["question_id"]):
            raise DataError(
                f"{ROW_NAMES['answers']} #{i + 1}: its question id {a['question_id']!r} is not "
                "one (an id is letters, digits, dots and hyphens)"
            )
        if a["session_id"] not in session_ids:
            raise DataError(f"{where}: its session {a['session_id']} is not in the archive")
        if not 0 <= a["position"] < places[a["session_id"]]:
            session = next(s for s in data["sessions"] if s["id"] == a["session_id"])
            raise DataError(
                f"{where}, of {interview_named(session)}: field 'position' is "
                f"{a['position']:,}, no place in that interview (its questions are at places 0 "
                f"to {places[a['session_id']] - 1}; the first question is at 0)"
            )
        if a["mode"] not in ("typed", "spoken", "skipped"):
            raise DataError(f"{where}: mode {a['mode']!r} is unknown")
        audio = a.get("audio_path")
        if audio is None:
            continue
        if audio not in names:
            raise DataError(f"{where}: its recording {audio} is missing from the archive")
        if not audio.startswith(RECORDINGS_PREFIX) or audio in ("manifest.json", "data.json"):
            raise DataError(
                f"{where}: its recording {audio} is not one of the archive's recordings "
                f"(they are under {RECORDINGS_PREFIX})"
            )
        if audio in recordings:
            raise DataError(
                f"{where}: its recording {audio} is answer #{recordings[audio]}'s too (each "
                "answer has a recording of its own)"
            )
        recordings[audio] = i + 1
    for listed, columns in (("notes", NOTE_COLUMNS), ("ratings", RATING_COLUMNS)):
        rows = data[listed]
        _rows(rows, columns, listed, key="answer_id")
        if any(row["answer_id"] not in answer_ids for row in rows):
            raise DataError(f"a {ROW_NAMES[listed]} belongs to no answer in the archive")
    if any(not 1 <= r["rating"] <= 4 for r in data["ratings"]):
        raise DataError(f"a {ROW_NAMES['ratings']} is not 1 to 4")
    _rows(history, HISTORY_COLUMNS, "transcript_history")
    for i, row in enumerate(history):
        if row["answer_id"] not in answer_ids:
            raise DataError(f"{ROW_NAMES['transcript_history']} #{i + 1} belongs to no answer")
    _check_asked(data, session_ids)


def _check_asked(data: dict[str, Any], session_ids: set[Any]) -> None:
    """The questions as asked (absent from archives of versions before they were kept): each
    row of a session of the archive, naming a text of the archive that holds its question (a
    text that reads as no question is left out by the import: ``unread_asked``), and a
    session's question once."""
    from simulator.core.asked import read_question  # (storage imports this module at start)

    for listed in ("question_texts", "asked_questions"):
        if not isinstance(data.get(listed, []), list):
            raise DataError(f"data.json's '{listed}' is not a list")
    texts = data.get("question_texts", [])
    _rows(texts, QUESTION_TEXT_COLUMNS, "question_texts", key="digest")
    holds: dict[str, tuple[int, str | None]] = {}  # digest -> (its row, its question's id)
    for i, row in enumerate(texts):
        question, _why = read_question(row["question_json"])
        holds[row["digest"]] = (i + 1, question.id if question is not None else None)
    asked = data.get("asked_questions", [])
    _rows(asked, ASKED_COLUMNS, "asked_questions", key=None)
    seen: dict[tuple[int, str], int] = {}
    for i, row in enumerate(asked):
        where = f"{ROW_NAMES['asked_questions']} #{i + 1} ({row['question_id']})"
        if row["session_id"] not in session_ids:
            raise DataError(f"{where}: its session {row['session_id']} is not in the archive")
        if row["digest"] not in holds:
            raise DataError(
                f"{where}: its question text {row['digest']!r} is not in the archive's "
                "'question_texts'"
            )
        n, question_id = holds[row["digest"]]
        if question_id is not None and question_id != row["question_id"]:
            raise DataError(
                f"{where}: field 'question_json' of {ROW_NAMES['question_texts']} #{n} holds "
                f"question {question_id!r}, not {row['question_id']!r}"
            )
        key = (row["session_id"], row["question_id"])
        if key in seen:
            raise DataError(
                f"{where}: session {row['session_id']} holds it twice (as #{seen[key]} too)"
            )
        seen[key] = i + 1


def unread_asked(data: dict[str, Any]) -> str:
    """What the import of ``data`` (checked) says of its questions as asked that do not read as
    questions, as a sentence ("" when all do): each is left out, and its sessions show the
    packs' question as an older archive's do. Not refused: a question written by another
    version of the app (a field added or dropped since) would have kept a whole history out
    (attack run 64)."""
    from simulator.core.asked import read_question

    unread: list[tuple[int, str]] = []
    for i, row in enumerate(data.get("question_texts") or []):
        question, why = read_question(row["question_json"])
        if question is None:
            unread.append((i + 1, why))
    if not unread:
        return ""
    first, why = unread[0]
    n = len(unread)
    return (
        f"{plural(n, 'question')} as asked could not be read ({ROW_NAMES['question_texts']} "
        f"#{first}: {why}{', …' if n > 1 else ''}): "
        f"{'its sessions show' if n == 1 else 'their sessions show'} the question as it is in "
        "your question packs."
    )


def _rows(
    rows: list[Any], columns: dict[str, tuple[str, bool]], listed: str, key: str | None = "id"
) -> set[Any]:
    """Check each row of data.json's list ``listed``; the set of their ``key`` values (each
    must be unique; none for None)."""
    seen: set[Any] = set()
    for i, row in enumerate(rows):
        where = f"{ROW_NAMES[listed]} #{i + 1}"
        if not isinstance(row, dict):
            raise DataError(f"{where}: not an object")
        for column, (kind_of, required) in columns.items():
            value = row.get(column)
            if value is None:
                if required:
                    raise DataError(f"{where}: field '{column}' is missing")
                continue
            if kind_of == TIME and _fits(value, REAL) and not a_time(value):
                raise DataError(  # 1e20 read as 1970 in History, at the top (attack run 48)
                    f"{where}: field '{column}' is not a time: {value:g} seconds is not a "
                    "moment from 1970 to the year 9999"
                )
            if not _fits(value, REAL if kind_of == TIME else kind_of):
                # a cell that fails, and only one, is parsed again to name its number
                if kind_of == JSON and isinstance(value, str) and (big := _too_large(value)):
                    raise DataError(  # the whole cell read as missing: a plan lost its questions
                        f"{where}: field '{column}' holds {big}, too large for the app to read: "
                        "the whole field would read as missing"
                    )
                raise DataError(f"{where}: field '{column}' is of the wrong type or out of range")
            if kind_of == JSON and (unread := _not_read(listed, column, value)):
                raise DataError(f"{where}: field '{column}' {unread}")
            if isinstance(value, str) and _SURROGATE.search(value):
                raise DataError(
                    f"{where}: field '{column}' holds a lone surrogate (half of a character "
                    "encoded as UTF-16), which cannot be stored"
                )
            limit = text_limit(column) if kind_of == TEXT else None
            if limit is not None and len(value) > limit:
                raise DataError(
                    f"{where}: field '{column}' is longer than the app takes "
                    f"({len(value):,} characters; at most {limit:,})"
                )
        if key is None:
            continue
        if row[key] in seen:
            raise DataError(f"{where}: {key} {row[key]} appears twice")
        if key == "id" and row[key] < 1:  # (SQLite gives 1 first: a draft was kept under -5)
            raise DataError(f"{where}: id {row[key]} is not one the app gives (they start at 1)")
        seen.add(row[key])
    return seen


# An answer's place may be past the end of its plan's list (a session rebuilt from a damaged
# database: "Recovered session" lists only the questions found), never past the most questions
# an interview holds: a place of 10**12, or -5, in a hand-made archive was imported, shown as
# question "1000000000001." or "-4." on every page and export, and skipped by resume (attack
# run 59).
MAX_INTERVIEW_QUESTIONS = MAX_QUESTIONS


def interview_places(
    sessions: list[dict[str, Any]], answers: list[dict[str, Any]]
) -> dict[int, int]:
    """Session id -> how many places its answers may take (0 to that less one): those of its
    plan's list, and at least ``MAX_INTERVIEW_QUESTIONS``, or as many as its answers hold
    apart (so the export always finds a free place for those at none: ``placed_answers``)."""
    held: dict[int, set[int]] = {}
    for a in answers:
        held.setdefault(a["session_id"], set()).add(a["position"])
    places: dict[int, int] = {}
    for s in sessions:
        listed = StoredPlan.from_dict(codec.loads(s["plan_json"])).question_ids
        apart = len(held.get(s["id"], ()))
        places[s["id"]] = max(len(listed), MAX_INTERVIEW_QUESTIONS, apart)
    return places


def interview_named(session: dict[str, Any]) -> str:
    """A session row of data.json as a message names it: "session 4 (Full loop, started
    2026-05-28 20:26)"."""
    plan = StoredPlan.from_dict(codec.loads(session["plan_json"]))
    when = shown_when(float(session["started_at"]))
    return f"session {session['id']} ({plan.shown_name}, started {when})"


def placed_answers(data: dict[str, list[dict[str, Any]]]) -> list[str]:
    """Each answer of ``data`` (as ``Storage.export_rows`` gives it) at no place of its
    interview, which the import would refuse (a damaged cell read as -1, a place edited by
    hand), moved to the first place its interview leaves free, its follow-ups with it, in
    place; what was moved, a line each."""
    places = interview_places(data["sessions"], data["answers"])
    used: dict[int, set[int]] = {}
    for a in data["answers"]:
        if 0 <= a["position"] < places.get(a["session_id"], 0):
            used.setdefault(a["session_id"], set()).add(a["position"])
    moved: dict[tuple[int, int], int] = {}  # (session, place at none) -> the place given
    lines: list[str] = []
    for a in data["answers"]:
        session_id, at = a["session_id"], a["position"]
        if session_id not in places or 0 <= at < places[session_id]:
            continue  # (an answer of no session is refused, and said, as it was)
        if (session_id, at) not in moved:
            taken = used.setdefault(session_id, set())
            free = next(n for n in range(places[session_id]) if n not in taken)
            taken.add(free)
            moved[(session_id, at)] = free
        a["position"] = moved[(session_id, at)]
        lines.append(
            f"{ROW_NAMES['answers']} {a['id']} ({a['question_id']}): its 'position' {at:,} is no "
            f"place in its interview: written as {a['position']}, the first place it left free"
        )
    return lines


# data.json's lists and their columns, as the import checks them
LISTED_COLUMNS = (
    ("sessions", SESSION_COLUMNS),
    ("answers", ANSWER_COLUMNS),
    ("notes", NOTE_COLUMNS),
    ("ratings", RATING_COLUMNS),
    ("transcript_history", HISTORY_COLUMNS),
)


def fit_texts(data: dict[str, list[dict[str, Any]]]) -> list[str]:
    """Cut each text of ``data`` (as ``Storage.export_rows`` gives it) longer than the import
    takes to that length (``text_limit``), in place; what was cut, a line each. An answer of
    2,000,001 characters, stored by an older version or by hand, was exported whole and the
    app's own archive was refused on import (round 50)."""
    cut: list[str] = []
    for listed, columns in LISTED_COLUMNS:
        for row in data.get(listed, []):
            for column, (kind_of, _) in columns.items():
                value = row.get(column)
                limit = text_limit(column)
                if kind_of != TEXT or not isinstance(value, str) or len(value) <= limit:
                    continue
                row[column] = value[:limit]
                whose = row.get("id", row.get("answer_id"))
                about = (
                    f" ({row['question_id']})" if isinstance(row.get("question_id"), str) else ""
                )
                cut.append(
                    f"{ROW_NAMES[listed]} {whose}{about}: its '{column}' cut from {len(value):,} "
                    f"to {limit:,} characters, the most an archive holds"
                )
    return cut


# What the app reads each JSON cell as, and what a cell it cannot read would cost
_READ_AS: dict[str, tuple[Callable[[str], object | None], str]] = {
    "score_json": (codec.answer_score, "a score: the answer would show as not scored"),
    "transcript_json": (
        codec.transcript,
        "a transcript (its text and timed words): the answer would show without it",
    ),
}
_SESSION_SCORE = (codec.session_score, "a session's score: the session would show as not scored")


def _not_read(listed: str, column: str, cell: str) -> str | None:
    """Why the app would not read the JSON ``cell`` (of a row of ``listed``) as it is stored,
    said after "field 'NAME'"; None when it reads it."""
    if column == "plan_json":
        keys = not_read_as_stored(codec.loads(cell))
        if not keys:
            return None
        named = joined_with_and([f"'{key}'" for key in keys])
        one = len(keys) == 1
        return (
            f"holds a plan whose {named} {'is' if one else 'are'} not of the type or size the "
            f"app stores there: it would read {'it' if one else 'them'} as something else"
        )
    reader, what = (
        _SESSION_SCORE
        if (listed, column) == ("sessions", "score_json")
        else (_READ_AS.get(column, (None, "")))
    )
    if reader is None or reader(cell) is not None:
        return None
    return f"does not hold what the app reads as {what}"


def readable_cells(data: dict[str, list[dict[str, Any]]]) -> list[str]:
    """Each JSON cell of ``data`` (as ``Storage.export_rows`` gives it) the import would refuse
    written as the app reads it, in place: a plan as read, a score or a transcript that does
    not read as none (the app shows it so already); what was changed, a line each. A cell
    damaged in the database (by hand, by another program) refused the app's own archive."""
    changed: list[str] = []
    for listed, columns in LISTED_COLUMNS:
        for row in data.get(listed, []):
            for column, (kind_of, _) in columns.items():
                value = row.get(column)
                if kind_of != JSON or not isinstance(value, str):
                    continue
                if not isinstance(codec.loads(value), dict) or _not_read(listed, column, value):
                    if column == "plan_json":
                        row[column] = json.dumps(StoredPlan.from_dict(codec.loads(value)).to_dict())
                        done = "written as the app reads it"
                    else:
                        row[column] = None
                        done = "left out: the app cannot read it"
                    whose = row.get("id", row.get("answer_id"))
                    changed.append(f"{ROW_NAMES[listed]} {whose}: its '{column}' {done}")
    return changed


def a_time(value: Any) -> bool:
    """A moment an archive may hold: seconds from 1970 to the end of the year 9999."""
    return _fits(value, REAL) and 0 <= value <= LAST_TIME


def _fits(value: Any, kind: str) -> bool:
    if isinstance(value, bool):
        return False
    if kind == INT:
        return isinstance(value, int) and -SQLITE_INT <= value < SQLITE_INT
    if kind == REAL:
        if isinstance(value, int):
            return -SQLITE_INT <= value < SQLITE_INT
        return isinstance(value, float) and math.isfinite(value)
    if not isinstance(value, str):
        return False
    if kind == JSON:  # every JSON cell the app writes holds an object, read as the app reads it
        return isinstance(codec.loads(value), dict)
    return True


def _too_large(cell: str) -> str | None:
    """The first number of a JSON ``cell`` past any float, said ("the number 1e999", "a number
    401 digits long"); None when there is none or the cell is no JSON. Every reader of a
    stored cell refuses one (``storage_codec.loads``: Python's JSON reads 1e999 as infinity,
    and a float of 10**400 overflows): a plan holding one was imported, then read as no plan
    at all (attack run 54: its name and questions gone, "1 of 0 answers")."""
    try:
        codec.parse(cell)
    except codec.TooLarge as exc:
        return str(exc)
    except (ValueError, TypeError, RecursionError):
        pass
    return None


def own_file_name(name: str, fallback: str) -> str:
    """A recording's name as a plain file name in the recordings folder: no folder part, no
    control or invisible formatting characters (NUL, RTL override, zero-width), not hidden, at
    most ``MAX_FILE_NAME`` characters (the extension kept); ``fallback`` when nothing is left."""
    base = Path(name.replace("\\", "/")).name
    base = "".join(c for c in base if unicodedata.category(c) not in ("Cc", "Cf", "Cs"))
    base = base.strip().lstrip(".")
    extension = _extension(base)
    stem = base[: len(base) - len(extension)]
    if len(base) > MAX_FILE_NAME:
        stem = stem[: MAX_FILE_NAME - len(extension)]
    if len((stem + extension).encode()) > MAX_FILE_NAME_BYTES:
        # 120 characters of Chinese or emoji are 360-480 bytes: the system refuses names over
        # 255 (ENAMETOOLONG), and the whole import failed 'file name too long' (attack run 32)
        room = MAX_FILE_NAME_BYTES - len(extension.encode())
        stem = stem.encode()[:room].decode(errors="ignore")
    return stem + extension or fallback


def _extension(name: str) -> str:
    """The name's extension (".wav", ".flac"): the text after its last dot when it is at most
    ``MAX_EXTENSION`` characters with no space; "" otherwise. A dot inside a name's words
    ("answer 2.5 minutes long ...") starts no extension (review33): a cut name kept ten
    characters of its last dot's text twice over, or a piece of its middle at its end."""
    suffix = Path(name).suffix
    return suffix if len(suffix) <= MAX_EXTENSION and not any(c.isspace() for c in suffix) else ""
