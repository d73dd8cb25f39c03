"""The session database's schema: one migration per version (``PRAGMA user_version``), applied
in order on open, each in its own transaction, so any older file is brought up to date."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

from simulator.core import storage_means, storage_verdicts
from simulator.core.storage_errors import StorageError

# Work a migration leaves for after the file has opened, and where it got to: done a batch of
# sessions per transaction (``Storage.upkeep``), so a crash keeps every batch done and the next
# start goes on from there.
UPKEEP_TABLE = """
    CREATE TABLE IF NOT EXISTS upkeep (
        step TEXT PRIMARY KEY,
        after_id INTEGER NOT NULL DEFAULT 0
    )
"""


def known_start(table: str = "", column: str = "started_at") -> str:
    """The start as the app reads it (``storage_codec.timestamp``): a value no clock could have
    written (1e300, 'NaN' as text, -1) is 0, so every list puts such a session after the dated
    ones, as History does (sorting the raw value put 1e300 and text above every real time)."""
    c = f"{table}.{column}" if table else column
    return f"(CASE WHEN {c} >= 0 AND {c} < 32503680000 THEN {c} ELSE 0 END)"


def happened(table: str = "") -> str:
    """Where a session stands in the order sessions happened, read as a start is
    (``known_start``): what every list, comparison and attempt number orders by. Its start,
    unless the computer's clock had been put back behind a session made before it: then
    (``seq``, set by ``Storage.create_session``) that session's place, so it comes after it.
    With the clock put back a day, a session started after another was listed and numbered
    before it (History, Progress, attempts; attack run 63). One that came in any other way
    (an archive, a salvaged file, a start written by hand) has no ``seq``: its start is all
    that is known of when it happened."""
    c = f"{table}." if table else ""
    return known_start("", f"coalesce({c}seq, {c}started_at)")


MIGRATIONS: list[str] = [
    # 1: the first schema
    """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        started_at REAL NOT NULL,
        ended_at REAL,
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'finished', 'aborted')),
        plan_json TEXT NOT NULL,
        score_json TEXT
    );
    CREATE TABLE answers (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        follow_up TEXT,
        mode TEXT NOT NULL CHECK (mode IN ('typed', 'spoken', 'skipped')),
        text TEXT NOT NULL DEFAULT '',
        transcript_json TEXT,
        audio_path TEXT,
        duration_s REAL,
        overall INTEGER,
        score_json TEXT,
        created_at REAL NOT NULL
    );
    CREATE INDEX answers_by_session ON answers(session_id, position);
    CREATE INDEX answers_by_question ON answers(question_id, created_at);
    """,
    # 2: a personal note per answer (Review page)
    """
    CREATE TABLE answer_notes (
        answer_id INTEGER PRIMARY KEY REFERENCES answers(id) ON DELETE CASCADE,
        note TEXT NOT NULL,
        updated_at REAL NOT NULL
    );
    """,
    # 3: how an answer felt, 1 (again) to 4 (easy): steers the question's review schedule
    """
    CREATE TABLE self_ratings (
        answer_id INTEGER PRIMARY KEY REFERENCES answers(id) ON DELETE CASCADE,
        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
        rated_at REAL NOT NULL
    );
    """,
    # 4: the few figures of each answer the Progress page needs, so it never re-reads every
    # score; a changed score drops its row (recomputed on the next visit)
    """
    CREATE TABLE progress_facts (
        answer_id INTEGER PRIMARY KEY REFERENCES answers(id) ON DELETE CASCADE,
        facts_json TEXT NOT NULL
    );
    CREATE TRIGGER progress_facts_stale AFTER UPDATE OF score_json, mode, overall ON answers
    BEGIN
        DELETE FROM progress_facts WHERE answer_id = NEW.id;
    END;
    """,
    # 5: a transcript replaced by a new transcription is kept, with the question's score
    # before and after and why (Review shows them)
    """
    CREATE TABLE transcript_history (
        id INTEGER PRIMARY KEY,
        answer_id INTEGER NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
        replaced_at REAL NOT NULL,
        text TEXT NOT NULL,
        transcript_json TEXT,
        overall_before INTEGER,
        overall_after INTEGER,
        why TEXT NOT NULL
    );
    CREATE INDEX transcript_history_by_answer ON transcript_history(answer_id, replaced_at);
    """,
    # 6: session means round a half up: summaries stored before are re-rounded (LATER);
    # the earlier sessions lookup (the N before one) reads sessions by start time
    """
    CREATE INDEX sessions_by_start ON sessions(started_at, id);
    """,
    # 7: work left for after the file opens (UPKEEP_TABLE; schema 6 made it where it had work to
    # leave: its re-rounding, all at once as the file opened, held the window 6.6 s at 18,000
    # sessions)
    UPKEEP_TABLE,
    # 8: the lists read sessions by their start as it is read (``known_start``)
    f"""
    CREATE INDEX IF NOT EXISTS sessions_by_known_start ON sessions({known_start()}, id);
    """,
    # 9: the order sessions happened in (``happened``), where the computer's clock alone does
    # not give it; and the questions each session asked as they were then (``asked``), each
    # version of a question stored once. (Kept short: the schema's text fits the file's first
    # page, which a damaged file's salvage reads it from.)
    f"""
    ALTER TABLE sessions ADD COLUMN seq REAL;
    CREATE INDEX IF NOT EXISTS sessions_by_happened ON sessions({happened()}, id);
    CREATE TABLE IF NOT EXISTS question_texts (digest TEXT PRIMARY KEY, question_json TEXT);
    CREATE TABLE IF NOT EXISTS asked_questions (
        session_id INTEGER REFERENCES sessions(id) ON DELETE CASCADE,
        question_id TEXT,
        digest TEXT,
        PRIMARY KEY (session_id, question_id)
    );
    """,
    # 10: whether an answer's story is off the question asked, typed (``storage_verdicts``)
    """
    ALTER TABLE answers ADD COLUMN off_question INTEGER;
    """,
]
# The order answers were given in, as attempts are numbered (a query of ``answers a`` joined to
# ``sessions s``): by their sessions' order, then within one; the computer's clock at each
# answer is not it (a clock put back a day numbered a later attempt first, attack run 63).
ATTEMPT_ORDER = f"{happened('s')}, s.id, a.position, a.id"

# Columns migrations added to a table an older file already has, with what the migration
# filled them with: an older file read without writing (``db_readonly.add_later_tables``)
# shows them so, as the tables it lacks are shown empty.
LATER_COLUMNS: dict[str, dict[str, str]] = {
    "sessions": {"seq": "NULL"},
    "answers": {"off_question": "NULL"},
}
SCHEMA_VERSION = len(MIGRATIONS)

# Work on the rows a migration needs besides its SQL (by migration number, 1-based): marked in
# the migration's transaction, done by ``upkeep_batch`` once the file has opened.
LATER: dict[int, str] = {6: storage_means.STEP, 10: storage_verdicts.STEP}
# step -> (one batch: (the last session id done, None at the end; unread ids), what is told of
# them, the ids up to a session id that its earlier batches could not read (kept as stored):
# found again when the step ends, batches of an earlier run included)
BatchStep = Callable[[sqlite3.Connection, int, int], tuple[int | None, list[int]]]
FoundAgain = Callable[[sqlite3.Connection, int], list[int]]
STEPS: dict[str, tuple[BatchStep, Callable[[list[int]], str], FoundAgain]] = {
    storage_means.STEP: (
        storage_means.reround_batch,
        storage_means.unread_notice,
        storage_means.unread_up_to,
    ),
    storage_verdicts.STEP: (
        storage_verdicts.fill_batch,
        storage_verdicts.unread_notice,
        storage_verdicts.none_unread,
    ),
}


def upkeep_from_the_start(db: sqlite3.Connection, step: str) -> None:
    """``step`` to be done (again) from the first session, in the caller's transaction: rows
    that came in with no migration (an archive imported) need what a migration's rows got.
    Done as upkeep is (``upkeep_batch``); a row the step has done already stays as it is."""
    db.execute(
        "INSERT INTO upkeep (step, after_id) VALUES (?, 0)"
        " ON CONFLICT (step) DO UPDATE SET after_id = 0",
        (step,),
    )


def upkeep_left(db: sqlite3.Connection) -> tuple[int, int] | None:
    """(sessions done, sessions in all) of the step of the work left for after opening that
    batches do now (``upkeep_batch``: the first; a later one begins at 0 when it ends: the
    lowest of all said 0 while the first went on), None when none is left (or the file has no
    such table: opened read-only before schema 7)."""
    try:
        row = db.execute("SELECT after_id FROM upkeep ORDER BY rowid LIMIT 1").fetchone()
    except sqlite3.OperationalError:
        return None
    if row is None:
        return None
    after = int(row[0])
    done, total = db.execute(
        "SELECT count(id <= ? OR NULL), count(*) FROM sessions WHERE score_json IS NOT NULL",
        (after,),
    ).fetchone()
    return int(done), int(total)


def upkeep_steps_left(db: sqlite3.Connection) -> list[tuple[int, int]]:
    """(sessions done, sessions in all) of each step of the work left for after opening, in
    the order batches do them (none: none is left, or the file has no such table)."""
    try:
        rows = db.execute("SELECT after_id FROM upkeep ORDER BY rowid").fetchall()
    except sqlite3.OperationalError:
        return []
    left = []
    for (after,) in rows:
        done, total = db.execute(
            "SELECT count(id <= ? OR NULL), count(*) FROM sessions WHERE score_json IS NOT NULL",
            (int(after),),
        ).fetchone()
        left.append((int(done), int(total)))
    return left


def whole_upkeep(left: list[tuple[int, int]], steps_in_all: int) -> tuple[int, int] | None:
    """(sessions done, sessions in all) of the whole upkeep, its ``steps_in_all`` steps taken
    as one pass over the sessions: each step's share of the sessions done, those gone from
    ``left`` (``upkeep_steps_left``) done whole. A file from before schema 6 has two steps
    (its means re-rounded, then its answers' off-question column) and said "Updating your
    history (n of N)" twice, from 0 each time (round 67's walk): a person is told one piece
    of work, its progress only going forward. None when none is left."""
    if not left:
        return None
    total = left[0][1]
    steps = max(steps_in_all, len(left))
    done = (steps - len(left)) * total + sum(min(d, total) for d, _t in left)
    return done // steps, total


def upkeep_batch(db: sqlite3.Connection, size: int) -> tuple[bool, list[int], str]:
    """One batch of the first step left, in the caller's transaction: (whether any work is
    left after it, the ids it could not read, the step's name). Only the step's last batch
    gives ids: every one the step could not read, earlier batches' too (found again: a quit
    between batches keeps only the position)."""
    row = db.execute("SELECT step, after_id FROM upkeep ORDER BY rowid LIMIT 1").fetchone()
    if row is None:
        return False, [], ""
    step, after = str(row[0]), int(row[1])
    known = STEPS.get(step)
    if known is None:  # (a step of a later version, opened by this one: not ours to do)
        db.execute("DELETE FROM upkeep WHERE step = ?", (step,))
        return upkeep_left(db) is not None, [], step
    last, unread = known[0](db, after, size)
    if last is None:
        unread = sorted({*known[2](db, after), *unread})  # (the step's whole list)
        db.execute("DELETE FROM upkeep WHERE step = ?", (step,))
    else:
        unread = []  # (found again with the rest when the step ends)
        db.execute("UPDATE upkeep SET after_id = ? WHERE step = ?", (last, step))
    return last is not None or upkeep_left(db) is not None, unread, step


def unread_notice(step: str, unread: list[int]) -> str:
    known = STEPS.get(step)
    return known[1](unread) if known is not None and unread else ""


# A column each of the app's first two tables has had since schema 1. "sessions" and "answers"
# are common names: a web app's session store (sessions: id, token, expires) is not ours, and was
# reported as 'table sessions already exists' (attack run 37).
_OWN_COLUMN = {"sessions": "plan_json", "answers": "question_id"}


def _looks_ours(db: sqlite3.Connection, table: str) -> bool:
    column = _OWN_COLUMN.get(table)
    if column is None:
        return False
    return any(row[1] == column for row in db.execute(f'PRAGMA table_info("{table}")'))


def refuse_foreign(db: sqlite3.Connection, path: Path | str = "") -> None:
    """Raise ``StorageError`` (kind "foreign") for another program's database: some tables,
    none of them the app's (a table of the app's name without the app's columns is not), at
    any schema number: other programs set ``user_version`` too, and one at 5 was reported as
    'no such table: main.sessions', one at 77 as written by a newer version of the app (attack
    run 61). Call before anything writes to the file (even the switch to write-ahead
    logging): it is left exactly as it was."""
    tables = sorted(
        str(row[0])
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    )
    if tables and not any(_looks_ours(db, table) for table in tables):
        shown = ", ".join(tables[:5]) + (f" and {len(tables) - 5} more" if len(tables) > 5 else "")
        raise StorageError(
            f"{path} is not a session database of this app: it holds another program's tables "
            f"({shown}); move it away, or start the app with another --data-dir",
            "foreign",
        )


def apply_migrations(
    db: sqlite3.Connection, path: Path | str = "", *, up_to: int = SCHEMA_VERSION
) -> None:
    """Bring ``db`` up to ``SCHEMA_VERSION`` (or the older version ``up_to``: what a file of
    that version holds), one transaction per migration; work on the rows is left for
    ``upkeep_batch`` (``LATER``)."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise StorageError(
            # what to do, as the other refusals say it: the window's only dialog said what
            # wrote it and stopped there (attack run 53)
            f"{path} was written by a newer version of the app "
            f"(schema {version}, this one knows {SCHEMA_VERSION}); nothing in it was changed: "
            "open it with that version, or start this one with another --data-dir",
            "newer",
        )
    for number in range(version, up_to):
        db.execute("BEGIN IMMEDIATE")
        try:
            for statement in statements(MIGRATIONS[number]):
                if not _column_there(db, statement):
                    db.execute(statement)
            later = LATER.get(number + 1)
            if later is not None and db.execute("SELECT 1 FROM sessions LIMIT 1").fetchone():
                db.execute(UPKEEP_TABLE)
                db.execute("INSERT OR IGNORE INTO upkeep (step) VALUES (?)", (later,))
            db.execute(f"PRAGMA user_version = {number + 1}")
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise


_ADD_COLUMN = re.compile(r"ALTER TABLE (\w+) ADD COLUMN (\w+)", re.IGNORECASE)


def _column_there(db: sqlite3.Connection, statement: str) -> bool:
    """A migration's ``ALTER TABLE t ADD COLUMN c`` whose column the table has already (a file
    made by a later version, then marked older): skipped, as its ``IF NOT EXISTS`` skips a
    table, an index or a trigger there already; SQLite has no such clause for a column."""
    found = _ADD_COLUMN.match(statement.strip())
    if found is None:
        return False
    table, column = found.groups()
    return any(row[1] == column for row in db.execute(f'PRAGMA table_info("{table}")'))


def statements(script: str) -> list[str]:
    """A migration's statements; a trigger's body keeps its own semicolons."""
    out, pending = [], ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                out.append(pending.strip())
            pending = ""
    return out
