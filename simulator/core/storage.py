"""Sessions, answers and scores in one SQLite file.

WAL mode keeps readers (history, scorecard) from blocking the writer, and every answer is committed
the moment it is given, so a crash loses nothing already answered. The schema carries a version
(``PRAGMA user_version``) and ``MIGRATIONS`` brings any older file up to date on open.

One ``Storage`` may be used from several threads (the UI runs database work off the GUI thread);
a lock serialises access to the single connection.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import tempfile
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from simulator.core import db_health, db_readonly
from simulator.core import storage_codec as codec
from simulator.core.scoring.results import AnswerScore, SessionScore
from simulator.core.small_files import create_private
from simulator.core.storage_queries import ReviewQueries

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
]
SCHEMA_VERSION = len(MIGRATIONS)


class StorageError(RuntimeError):
    """The database cannot be opened or written; the message names the file.

    ``kind`` says what a person can do about it: "full" (free some space), "locked" (another
    program holds the file), "read-only" (the folder cannot be written), "newer" (a newer version of
    the app wrote it), or "other"."""

    def __init__(self, message: str, kind: str = "other") -> None:
        super().__init__(message)
        self.kind = kind


def _kind(exc: BaseException) -> str:
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)
    if "full" in text or code == sqlite3.SQLITE_FULL or getattr(exc, "errno", 0) == errno.ENOSPC:
        return "full"
    if "locked" in text or "busy" in text:
        return "locked"
    if "readonly" in text or "read-only" in text or getattr(exc, "errno", 0) == errno.EROFS:
        return "read-only"
    return "other"


def _disk_full(folder: Path, exc: BaseException) -> bool:
    """A failure on a disk with (almost) no room left: SQLite reports it as an I/O error when
    it cannot size its shared-memory file, so the free space is asked too."""
    if _kind(exc) == "full":
        return True
    try:
        return shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False


def _folder_writable(folder: Path) -> bool:
    """A real probe: root ignores permission bits, a read-only mount does not."""
    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


@dataclass
class AnswerRecord:
    id: int
    session_id: int
    question_id: str
    position: int
    mode: str
    text: str
    follow_up: str | None = None
    transcript: dict[str, Any] | None = None
    audio_path: str | None = None
    duration_s: float | None = None
    overall: int | None = None
    score: AnswerScore | None = None  # typed here; JSON only in the database
    created_at: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["score"] = self.score.to_dict() if self.score is not None else None
        return data


@dataclass
class SessionRecord:
    id: int
    started_at: float
    ended_at: float | None
    status: str
    plan: dict[str, Any]
    score: SessionScore | None = None
    answers: list[AnswerRecord] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["score"] = self.score.to_dict() if self.score is not None else None
        data["answers"] = [a.to_dict() for a in self.answers]
        return data


class Storage(ReviewQueries):
    """The session database. ``notices`` lists what a person should be told about it (a
    damaged file salvaged, a read-only folder, a deleted file recreated); ``read_only`` is True
    when its folder cannot be written: past sessions still read, nothing new is saved."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        # appended on the database thread, taken on the GUI thread: a deque needs no lock
        self.notices: deque[str] = deque()
        self.read_only = False
        self._read_only_db: db_readonly.ReadOnlyDatabase | None = None
        self._damage = ""  # why the file is damaged, when it is
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise StorageError(
                f"the data folder {folder} cannot be created: {_plain_reason(exc)}", _kind(exc)
            ) from exc
        try:
            if not _folder_writable(folder):
                self._open_read_only(
                    f"The data folder {folder} is read-only",
                    "Choose a writable folder with --data-dir or in Settings.",
                )
                return
            self._salvage_if_damaged()
            if not self.path.exists():
                os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600))
            self._connect()
        except (sqlite3.DatabaseError, OSError) as exc:
            if _disk_full(folder, exc) and self.path.is_file():
                if hasattr(self, "_db"):  # opened, then failed (e.g. switching to WAL)
                    self._db.close()
                damage = f" and the session database is damaged ({self._damage})"
                self._open_read_only(
                    f"The disk holding {folder} is full{damage if self._damage else ''}",
                    "Nothing was changed. Free some space and start the app again: the damaged "
                    "file is then kept aside and what reads is recovered."
                    if self._damage
                    else "Free some space and start the app again.",
                )
                return
            if isinstance(exc, OSError):
                raise StorageError(
                    f"cannot create the session database {self.path}: {_plain_reason(exc)}",
                    _kind(exc),
                ) from exc
            kind = _kind(exc)
            reason = {"locked": "another program is using it (it is locked)"}.get(kind, str(exc))
            raise StorageError(
                f"cannot open the session database {self.path}: {reason}", kind
            ) from exc

    def _connect(self) -> None:
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._migrate()
        self._inode = self._file_id()

    def _open_read_only(self, why: str, advice: str) -> None:
        self.read_only = True
        if self.path.exists():
            opened = db_readonly.open_read_only(self.path)  # with what is still in the -wal
            self._read_only_db = opened
            self._db = opened.db
            advice = f"{advice} {opened.note}".strip()
        else:
            self._db = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
            self._migrate()
        self._db.row_factory = sqlite3.Row
        self.notices.append(
            f"{why}: past sessions can be browsed, but new answers cannot be saved. {advice}"
        )

    def _salvage_if_damaged(self) -> None:
        schema = db_health.expected_schema(_apply_migrations)
        reason = db_health.check(self.path, schema, SCHEMA_VERSION)
        if reason is None:
            return
        self._damage = reason  # named in the notice if no room is left to repair it
        result = db_health.salvage(self.path, reason, _apply_migrations, list(schema))
        self.notices.append(result.message(self.path))

    def _file_id(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return st.st_dev, st.st_ino

    def _reattach_if_replaced(self) -> None:
        """The file was deleted or replaced under the app: recreate it from the open
        connection (which still reads the old file) and go on writing there."""
        if self.read_only or self._file_id() == self._inode:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fresh = self.path.with_name(f".{self.path.name}.restore")
        fresh.unlink(missing_ok=True)
        os.close(create_private(fresh))
        target = sqlite3.connect(fresh)
        try:
            self._db.backup(target)
        finally:
            target.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        os.replace(fresh, self.path)
        self._db.close()
        self._connect()
        self.notices.append(
            f"The session database {self.path} was deleted or replaced while the app ran; it "
            "was recreated with everything this session had saved."
        )

    def close(self) -> None:
        with self._lock:
            self._db.close()
            if self._read_only_db is not None:
                self._read_only_db.close()  # removes a private copy read instead of the file

    def take_notices(self) -> list[str]:
        """The notices not shown yet (each is returned once); never waits for the database."""
        out: list[str] = []
        while self.notices:
            out.append(self.notices.popleft())
        return out

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        with self._lock:
            _apply_migrations(self._db, self.path)

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                yield self._db
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise

    def _write(self, sql: str, params: tuple[Any, ...]) -> int:
        if self.read_only:
            raise StorageError(
                f"cannot save to {self.path}: the data folder {self.path.parent} is read-only",
                "read-only",
            )
        try:
            with self._lock:
                self._reattach_if_replaced()
                with self._transaction() as db:
                    cursor = db.execute(sql, params)
                    return int(cursor.lastrowid or cursor.rowcount)
        except (sqlite3.OperationalError, OSError) as exc:
            kind = _kind(exc)
            reason = {
                "full": "the disk is full",
                "locked": "another program is using the database (it is locked)",
                "read-only": "the disk or folder is read-only",
            }.get(kind, str(exc))
            raise StorageError(f"cannot write to {self.path}: {reason}", kind) from exc

    # --- sessions ------------------------------------------------------------------------
    def create_session(self, plan: dict[str, Any], started_at: float | None = None) -> int:
        return self._write(
            "INSERT INTO sessions (started_at, plan_json) VALUES (?, ?)",
            (started_at or time.time(), json.dumps(plan)),
        )

    def finish_session(
        self, session_id: int, score: SessionScore | None, status: str = "finished"
    ) -> None:
        self._write(
            "UPDATE sessions SET ended_at = ?, status = ?, score_json = ? WHERE id = ?",
            (time.time(), status, codec.dump_score(score), session_id),
        )

    def session(self, session_id: int) -> SessionRecord:
        with self._lock:
            row = self._db.execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
            if row is None:
                raise KeyError(f"no session {session_id} in {self.path}")
            record = _session(row)
            record.answers = self.answers(session_id)
            return record

    def sessions(self, limit: int | None = None) -> list[SessionRecord]:
        with self._lock:
            sql = "SELECT * FROM sessions ORDER BY started_at DESC, id DESC"
            rows = self._db.execute(sql + (f" LIMIT {int(limit)}" if limit else "")).fetchall()
            out = [_session(r) for r in rows]
            for s in out:
                s.answers = self.answers(s.id)
            return out

    def unfinished_session(self) -> SessionRecord | None:
        """The most recent session left active (the app crashed or was closed mid-interview)."""
        with self._lock:
            row = self._db.execute(
                "SELECT id FROM sessions WHERE status = 'active' ORDER BY started_at DESC, id DESC LIMIT 1"
            ).fetchone()
        return self.session(int(row["id"])) if row else None

    # --- answers -------------------------------------------------------------------------
    def add_answer(
        self,
        session_id: int,
        question_id: str,
        position: int,
        mode: str,
        text: str,
        *,
        follow_up: str | None = None,
        transcript: dict[str, Any] | None = None,
        audio_path: str | None = None,
        duration_s: float | None = None,
        score: AnswerScore | None = None,
    ) -> int:
        overall = score.overall if score is not None else None
        return self._write(
            """INSERT INTO answers (session_id, question_id, position, follow_up, mode, text,
               transcript_json, audio_path, duration_s, overall, score_json, created_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                session_id,
                question_id,
                position,
                follow_up,
                mode,
                text,
                json.dumps(transcript) if transcript is not None else None,
                audio_path,
                duration_s,
                overall,
                codec.dump_score(score),
                time.time(),
            ),
        )

    def complete_answer(
        self,
        answer_id: int,
        mode: str,
        text: str,
        transcript: dict[str, Any] | None,
        duration_s: float | None,
        score: AnswerScore | None,
    ) -> None:
        """Fill in a spoken answer whose row was created when its recording started."""
        self._write(
            """UPDATE answers SET mode = ?, text = ?, transcript_json = ?, duration_s = ?,
               overall = ?, score_json = ? WHERE id = ?""",
            (
                mode,
                text,
                json.dumps(transcript) if transcript is not None else None,
                duration_s,
                score.overall if score is not None else None,
                codec.dump_score(score),
                answer_id,
            ),
        )

    def update_score(self, answer_id: int, score: AnswerScore) -> None:
        self._write(
            "UPDATE answers SET score_json = ?, overall = ? WHERE id = ?",
            (codec.dump_score(score), score.overall, answer_id),
        )

    def answers(self, session_id: int) -> list[AnswerRecord]:
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM answers WHERE session_id = ? ORDER BY position, id", (session_id,)
            ).fetchall()
        return [_answer(r) for r in rows]

    def answer(self, answer_id: int) -> AnswerRecord:
        with self._lock:
            row = self._db.execute("SELECT * FROM answers WHERE id = ?", (answer_id,)).fetchone()
        if row is None:
            raise KeyError(f"no answer {answer_id} in {self.path}")
        return _answer(row)

    def attempts(self, question_id: str) -> list[AnswerRecord]:
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM answers WHERE question_id = ? ORDER BY created_at", (question_id,)
            ).fetchall()
        return [_answer(r) for r in rows]


def _apply_migrations(db: sqlite3.Connection, path: Path | str = "") -> None:
    """Bring ``db`` up to ``SCHEMA_VERSION``, one transaction per migration."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise StorageError(
            f"{path} was written by a newer version of the app "
            f"(schema {version}, this one knows {SCHEMA_VERSION})",
            "newer",
        )
    for number in range(version, SCHEMA_VERSION):
        db.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[number]):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {number + 1}")
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise


def _plain_reason(exc: OSError) -> str:
    kind = _kind(exc)
    if kind == "full":
        return "no space left on the disk"
    if kind == "read-only":
        return "the disk is read-only"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return (exc.strerror or str(exc)).lower()


def _statements(script: str) -> list[str]:
    """A migration's statements; a trigger's body keeps its own semicolons."""
    out, pending = [], ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                out.append(pending.strip())
            pending = ""
    return out


def _session(row: sqlite3.Row) -> SessionRecord:
    return SessionRecord(
        id=row["id"],
        started_at=codec.timestamp(row["started_at"]),
        ended_at=codec.timestamp(row["ended_at"]) if row["ended_at"] is not None else None,
        status=row["status"],
        plan=codec.plan(row["plan_json"]),
        score=codec.session_score(row["score_json"]),
    )


def _answer(row: sqlite3.Row) -> AnswerRecord:
    return AnswerRecord(
        id=row["id"],
        session_id=row["session_id"],
        question_id=row["question_id"],
        position=row["position"],
        mode=row["mode"],
        text=row["text"],
        follow_up=row["follow_up"],
        transcript=codec.loads(row["transcript_json"]),
        audio_path=row["audio_path"],
        duration_s=row["duration_s"],
        overall=row["overall"],
        score=codec.answer_score(row["score_json"]),
        created_at=codec.timestamp(row["created_at"]),
    )
