"""Sessions, answers and scores in one SQLite file.

WAL mode keeps readers (history, scorecard) from blocking the writer, and every answer is committed
the moment it is given, so a crash loses nothing already answered. The schema carries a version
(``PRAGMA user_version``) and ``MIGRATIONS`` brings any older file up to date on open.

One ``Storage`` may be used from several threads (the UI runs database work off the GUI thread);
a lock serialises access to the single connection.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from simulator.core import db_health, db_lock, db_readonly, db_rebuild, storage_schema
from simulator.core import storage_codec as codec
from simulator.core.audio_paths import to_stored
from simulator.core.storage_damage import repairs_damage
from simulator.core.storage_errors import (
    StorageError,
    disk_full,
    error_kind,
    file_writable,
    folder_writable,
    plain_reason,
    refuse_too_long_a_path,
    write_failure_kind,
)
from simulator.core.storage_queries import HAS_ANSWERS, ReviewQueries
from simulator.core.storage_records import (
    AnswerRecord,
    SessionRecord,
    answer_from_row,
    session_from_row,
)
from simulator.core.storage_schema import (
    ATTEMPT_ORDER,
    MIGRATIONS,
    SCHEMA_VERSION,
    apply_migrations,
    happened,
    known_start,
    refuse_foreign,
)
from simulator.core.stored_plan import StoredPlan

if TYPE_CHECKING:
    # (the question models load with the bank, after the window's first paint: pydantic and
    # the models are ~250 ms of a cold start; ``asked`` is imported where a session uses it)
    from simulator.core.questions_models import Question
    from simulator.core.scoring.results import AnswerScore, SessionScore

START = known_start("s")  # the start as read: sessions of unknown date after the dated ones
# the lists' order: the order sessions happened in (``happened``), unknown ones last
ORDER = happened("s")

# What callers import from here; the parts live in storage_errors, _records and _schema.
__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "AnswerRecord",
    "SessionRecord",
    "Storage",
    "StorageError",
]

# Sessions whose stored summaries one upkeep batch re-reads: 300 held the database lane up to
# 0.5 s (at load 9; summaries with category means, whose answers' scores are read), 100 a third.
UPKEEP_BATCH = 100

# An answer's columns but its transcript (``answers(words_at=...)`` reads that one for some only)
_ANSWER_COLUMNS = (
    "id, session_id, question_id, position, follow_up, mode, text, audio_path, duration_s, "
    "overall, score_json, created_at"
)

# Seconds the database waits for a lock another program holds before it says so (a backup or
# a sync client lets go within them; a database browser left open does not).
LOCK_WAIT = 5.0

_log = logging.getLogger(__name__)


class Storage(ReviewQueries):
    """The session database. ``notices`` lists what a person should be told about it (a
    damaged file salvaged, a read-only folder, a deleted file recreated); ``read_only`` is True
    when its folder cannot be written: past sessions still read, nothing new is saved."""

    def __init__(
        self,
        path: Path,
        *,
        if_locked: str = "raise",
        lock_wait: float | None = None,
        upkeep_later: bool = False,
        check_later: bool = False,
    ) -> None:
        """``if_locked``: what to do when another program holds the file locked: "raise"
        ``StorageError`` (kind "locked", naming the program where it can be found), or open it
        "read-only" (everything committed reads; nothing is written, so nothing the other program
        or an earlier run wrote can be lost). ``lock_wait``: seconds to wait for the lock first
        (``LOCK_WAIT`` by default). ``upkeep_later``: leave the work a migration left (``upkeep``)
        to the caller, who runs it off the GUI thread; by default it is done here, before the
        first read (a command). ``check_later``: when opening the file writes nothing (it is at
        this version's schema, in WAL mode already), its integrity check (1.1-1.9 s for 857 MB)
        is left for ``check_deferred``, which the caller runs off the GUI thread; the first
        write runs it first, wherever it comes from, so a damaged file is still caught, and
        salvaged, before anything is written to it. By default it is done here."""
        if if_locked not in ("raise", "read-only"):
            raise ValueError(f"if_locked: {if_locked!r}")
        self.path = Path(path)
        self._lock_wait = LOCK_WAIT if lock_wait is None else lock_wait
        self._lock = threading.RLock()
        self._upkeep_steps = 0  # the most steps of upkeep seen left (``upkeep_left``)
        # appended on the database thread, taken on the GUI thread: a deque needs no lock
        self.notices: deque[str] = deque()
        self.read_only = False
        self._read_only_db: db_readonly.ReadOnlyDatabase | None = None
        self._damage = ""  # why the file is damaged, when it is
        # or "full", "locked": what saving says when it cannot
        self._read_only_kind = "read-only"
        self._read_only_why = ""  # why it is read-only, in words (``read_only_why``)
        self.read_only_notice = ""  # the notice told about it (dropped once opened as usual)
        self.read_only_advice = ""  # its last part: what helps
        self._unchecked = False  # its integrity check is left for ``check_deferred``
        self._check_lock = threading.Lock()
        self._connections = 0  # connections made to the file: a new one for a salvaged file
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise StorageError(
                f"the data folder {folder} cannot be created: {plain_reason(exc)}", error_kind(exc)
            ) from exc
        refuse_too_long_a_path(self.path)  # before an empty file is left there
        if self.path.exists() and not self.path.is_file():  # SQLite says "disk I/O error"
            raise StorageError(
                f"cannot open the session database {self.path}: it is not a regular file "
                "(a folder, pipe or device is in its place)",
                "other",
            )
        _refuse_odd_companions(self.path)
        try:
            if not folder_writable(folder):
                self._open_read_only(
                    f"The data folder {folder} is read-only",
                    "Start the app with --data-dir and a folder you can write to (or set "
                    "ML_INTERVIEW_DATA_DIR), or make this one writable again.",
                )
                return
            finished = db_rebuild.finish_interrupted(self.path)  # a crash mid-rebuild
            if finished:
                self._tell(finished)
            if self.path.is_file() and not file_writable(self.path):
                self._open_read_only(
                    f"The session database {self.path} cannot be written: the file itself is "
                    "read-only (its folder is not)",
                    "Make the file writable again (chmod u+w, or chattr -i where it was made "
                    "immutable), or start the app with --data-dir and another folder.",
                )
                self._read_only_kind = "file"
                return
            if check_later and db_health.opening_writes_nothing(self.path, SCHEMA_VERSION):
                self._unchecked = True
            else:
                self._salvage_if_damaged()
            if not self.path.exists():
                os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600))
            self._connect()
        except (sqlite3.DatabaseError, OSError) as exc:
            if disk_full(folder, exc) and self.path.is_file():
                if hasattr(self, "_db"):  # opened, then failed (e.g. switching to WAL)
                    self._db.close()
                damage = f" and the session database is damaged ({self._damage})"
                self._read_only_kind = "full"
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
                    f"cannot create the session database {self.path}: {plain_reason(exc)}",
                    error_kind(exc),
                ) from exc
            kind = error_kind(exc)
            if hasattr(self, "_db"):  # opened, then found locked (switching to WAL, migrating)
                self._db.close()
            if kind == "locked" and if_locked == "read-only":
                self._read_only_kind = "locked"
                self._lock_wait = 0.0  # waited for already: its pages are read from a copy
                self._open_read_only(
                    f"The session database {self.path} is in use: {db_lock.who_holds(self.path)}",
                    "Close that program and start the app again to save new answers.",
                )
                return
            reason = db_lock.locked_reason(self.path) if kind == "locked" else str(exc)
            raise StorageError(
                f"cannot open the session database {self.path}: {reason}", kind
            ) from exc
        if not upkeep_later:
            self._upkeep_now()

    def _connect(self) -> None:
        self._connections += 1
        self._forget_header()  # (the same file as the new connection's, when cut short)
        self._db = sqlite3.connect(
            self.path, timeout=self._lock_wait, check_same_thread=False, isolation_level=None
        )
        self._db.row_factory = sqlite3.Row
        self._db.text_factory = db_health.lenient_text
        try:
            refuse_foreign(self._db, self.path)  # before the switch to WAL writes to the file
        except StorageError:
            self._db.close()
            raise
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._migrate()
        self._db.execute("PRAGMA busy_timeout = 5000")  # once open: another's write is waited for
        self._note_files()
        self._header_fd = db_rebuild.open_for_header(self.path)

    def _note_files(self) -> None:
        """What the database file and its companions are now: the next write compares."""
        self._seen = db_rebuild.file_state(self.path)
        self._seen_companions = db_rebuild.companions_state(self.path)

    def _forget_header(self) -> None:
        fd, self._header_fd = getattr(self, "_header_fd", None), None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)

    @property
    def read_only_kind(self) -> str:
        """Why nothing is saved: "locked" (another program held the file at start), "full"
        (the disk) or "read-only" (the folder)."""
        return self._read_only_kind

    @property
    def read_only_why(self) -> str:
        """The cause in words ("the session database PATH is in use: another program holds it
        locked (NAME, process N)"); empty while it saves as usual."""
        return self._read_only_why if self.read_only else ""

    def reopen_writable(self, lock_wait: float = 0.5) -> bool:
        """A run opened read-only because another program held the file locked at start: open
        it as usual now that the program may be done (True: new answers are saved from now on),
        or stay read-only when it still holds it (False; ``read_only_why`` says who holds it
        now). Waits up to ``lock_wait`` s: call it off the GUI thread."""
        with self._lock:
            if not self.read_only:
                return True
            if self._read_only_kind != "locked":
                return False
            old_db, old_copy = self._db, self._read_only_db
            self._lock_wait = lock_wait
            try:
                self._connect()
            except (sqlite3.DatabaseError, OSError) as exc:
                if self._db is not old_db:
                    with contextlib.suppress(sqlite3.Error):
                        self._db.close()
                self._forget_header()
                self._db, self._lock_wait = old_db, 0.0
                if error_kind(exc) != "locked":
                    raise StorageError(
                        f"cannot open the session database {self.path}: {exc}",
                        error_kind(exc),
                    ) from exc
                self._read_only_why = (
                    f"the session database {self.path} is in use: {db_lock.who_holds(self.path)}"
                )
                return False
            self._lock_wait = LOCK_WAIT
            self.read_only, self._read_only_kind, self._read_only_db = False, "read-only", None
            with contextlib.suppress(sqlite3.Error, OSError):
                old_db.close()
                if old_copy is not None:
                    old_copy.close()  # removes a private copy read instead of the file
            return True

    def _open_read_only(self, why: str, advice: str) -> None:
        self.read_only = True
        self._read_only_why = f"{why[:1].lower()}{why[1:]}"
        wal = Path(f"{self.path}-wal")
        if self.path.exists() and (self.path.stat().st_size > 0 or wal.exists()):
            # (an empty file, made just before a full disk stopped its tables: read as new)
            # with what is still in the -wal
            opened = db_readonly.open_read_only(self.path, wait=self._lock_wait)
            self._read_only_db = opened
            db_readonly.add_later_tables(
                opened, apply_migrations, SCHEMA_VERSION, storage_schema.LATER_COLUMNS
            )
            self._db = opened.db
            advice = f"{advice} {opened.note}".strip()
        else:
            self._db = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
            self._migrate()
        self._db.row_factory = sqlite3.Row
        self._db.text_factory = db_health.lenient_text
        self.read_only_advice = advice
        self.read_only_notice = (
            f"{why}: past sessions can be browsed, but new answers cannot be saved. {advice}"
        )
        self._tell(self.read_only_notice)

    def _salvage_if_damaged(self) -> None:
        schema = db_health.expected_schema(apply_migrations)
        reason = db_health.check(
            self.path,
            schema,
            SCHEMA_VERSION,
            wait=self._lock_wait,
            older=_schema_at,
            # another program's file is refused before it could be taken for a damaged one
            refuse=lambda db: refuse_foreign(db, self.path),
        )
        if reason is None:
            return
        self._damage = reason  # named in the notice if no room is left to repair it
        result = db_health.salvage(self.path, reason, apply_migrations, list(schema))
        self._tell(result.message(self.path))

    def check_deferred(self) -> bool:
        """The integrity check ``check_later`` left, once (off the GUI thread: about a second
        per 500 MB); whether the file was found damaged and salvaged (what was recovered is
        told in ``notices``; pages read before then should be read again). It checks through a
        connection of its own, so reads go on meanwhile; a write waits for it."""
        if not self._unchecked or self.read_only:
            return False
        with self._check_lock:
            if not self._unchecked or self.read_only:
                return False
            schema = db_health.expected_schema(apply_migrations)
            try:
                reason = db_health.check(self.path, schema, SCHEMA_VERSION, wait=self._lock_wait)
            except (sqlite3.OperationalError, OSError) as exc:  # locked, I/O: tried again
                raise self._write_error(exc) from exc  # by the next write
            if reason is None:
                self._unchecked = False
                return False
            with self._lock:
                if not self._unchecked:  # a write or read found it damaged meanwhile
                    return False  # and salvaged it (``_salvage_mid_run``): not twice
                self._salvage_open(reason, list(schema))
                self._unchecked = False
            return True

    def _salvage_open(self, reason: str, tables: list[str]) -> None:
        """Salvage the open file (found damaged after opening, before anything was written)
        and go on in the fresh one; with no room for that, read-only: nothing is written."""
        self._damage = reason
        # A reader of its own keeps this connection's close from folding the -wal into the
        # damaged file (the last connection to close does): both are kept aside as they are.
        keeper = db_health.hold_as_is(self.path)
        try:
            self._forget_header()
            self._db.close()
            result = db_health.salvage(self.path, reason, apply_migrations, tables)
        except (sqlite3.Error, OSError) as exc:
            full = disk_full(self.path.parent, exc)
            self._read_only_kind = "full" if full else "damaged"
            self._open_read_only(
                f"The session database {self.path} is damaged ({reason})"
                + (" and the disk holding it is full" if full else ""),
                "Nothing was changed. "
                + ("Free some space and start" if full else "Start")
                + " the app again: the damaged file is then kept aside and what reads is "
                "recovered.",
            )
            return
        finally:
            if keeper is not None:
                keeper.close()
        self._connect()
        self._tell(result.message(self.path))

    def _repair_if_changed_under_us(self) -> None:
        """The file was deleted, replaced or cut short under the app: rebuild it from the open
        connection (which still reads the old file, or holds what it read) and go on there."""
        if self.read_only:
            return
        what = db_rebuild.what_changed(
            self.path, self._seen, self._header_fd
        ) or db_rebuild.companion_changed(self.path, self._seen_companions)
        if what is None:
            return
        db_rebuild.refuse_what_is_in_the_way(self.path)
        tables = list(db_health.expected_schema(apply_migrations))
        notice = db_rebuild.rebuild(self._db, self.path, what, apply_migrations, tables)
        self._db.close()
        self._connect()
        self._tell(notice)

    def _tell(self, notice: str) -> None:
        """A notice for the window (or the command), written to the log as well: the log is
        what a person sends when asking for help, and it said nothing of a salvaged database."""
        _log.warning("session database: %s", notice)
        self.notices.append(notice)

    def close(self) -> None:
        # never checked (``check_later``): the close must not fold a -wal left by an earlier
        # run into a file that may be damaged; it is checked at the next start
        keeper = db_health.hold_as_is(self.path) if self._unchecked and not self.read_only else None
        try:
            self._close()
        finally:
            if keeper is not None:
                keeper.close()

    def _close(self) -> None:
        with self._lock:
            with contextlib.suppress(sqlite3.Error, OSError):  # closing anyway
                self._repair_if_changed_under_us()  # before the last checkpoint writes into it
            self._db.close()
            self._forget_header()  # after SQLite's own descriptor: it drops the locks
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
            apply_migrations(self._db, self.path)

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self.check_deferred()  # (nothing is written to a file not checked)
        with self._lock:
            # every writer, a re-score, an import or Progress's figures as well as ``_write``:
            # into a log deleted under the app, a write reaches no file (attack run 55)
            self._repair_if_changed_under_us()
            try:
                self._db.execute("BEGIN IMMEDIATE")
                yield self._db
                self._db.execute("COMMIT")
                self._note_files()  # grown by the checkpoint COMMIT may run; its log made
            except BaseException as exc:
                if self._db.in_transaction:
                    with contextlib.suppress(sqlite3.Error):  # (a damaged file may refuse)
                        self._db.execute("ROLLBACK")
                if isinstance(exc, sqlite3.DatabaseError) and db_health.is_damage(exc):
                    raise self._salvage_mid_run(exc) from exc
                raise

    def _salvage_mid_run(self, exc: sqlite3.DatabaseError) -> StorageError:
        """A write found the open file damaged (SQLite: 'database disk image is malformed'):
        as at a start, it is kept aside as it is and what reads is recovered into a fresh file
        (told in ``notices``), or, with no room for that, the run goes on read-only. The error
        for the write that found it: kind "repaired" (``_write`` tries it again in the fresh
        file; a caller of ``_transaction`` may), or the read-only run's.

        The integrity check (about a second per 500 MB) reads through a connection of its own,
        as ``check_deferred``'s does, without the lock: a read that found the damage holds
        nothing meanwhile (a write that did still holds it, through its transaction). Only
        the salvage takes the lock, and not when the file was salvaged or rebuilt meanwhile
        (another read or write found the damage too: the fresh file is not salvaged again)."""
        if not self.read_only:
            connection = self._connections
            schema = db_health.expected_schema(apply_migrations)
            try:
                reason = db_health.check(self.path, schema, SCHEMA_VERSION, wait=self._lock_wait)
            except (sqlite3.Error, OSError):
                reason = None
            with self._lock:
                if not self.read_only and self._connections == connection:
                    self._salvage_open(reason or f"it cannot be read: {exc}", list(schema))
                    self._unchecked = False
        if self.read_only:
            return self._refused()
        return StorageError(
            f"cannot write to {self.path}: it was found damaged and what could be read was "
            "recovered into a fresh file; try again",
            "repaired",
        )

    def _refused(self) -> StorageError:
        """Why nothing can be saved in a read-only run."""
        why = {
            "full": f"the disk holding {self.path.parent} is full",
            "locked": "another program held it locked when the app started, so it was "
            "opened read-only",
            "damaged": f"it is damaged ({self._damage}) and could not be repaired",
            "file": "the file itself is read-only",
        }.get(self._read_only_kind, f"the data folder {self.path.parent} is read-only")
        return StorageError(f"cannot save to {self.path}: {why}", self._read_only_kind)

    def _write(self, sql: str, params: tuple[Any, ...]) -> int:
        def one(db: sqlite3.Connection) -> int:
            cursor = db.execute(sql, params)
            return int(cursor.lastrowid or cursor.rowcount)

        return self._write_all(one)

    def _write_all(self, write: Callable[[sqlite3.Connection], int]) -> int:
        """``write``'s statements in one transaction (all or none), as ``_write`` writes one."""
        self.check_deferred()  # before the lock: reads go on while it checks
        try:
            return self._write_once(write)
        except StorageError as exc:
            if exc.kind != "repaired":
                raise
        return self._write_once(write)  # in the fresh file the damaged one's salvage made

    def _write_once(self, write: Callable[[sqlite3.Connection], int]) -> int:
        if self.read_only:
            raise self._refused()
        try:
            # (the transaction checks the files before and notes them after)
            with self._lock, self._transaction() as db:
                return write(db)
        except (sqlite3.OperationalError, OSError) as exc:
            raise self._write_error(exc) from exc

    def _write_error(self, exc: sqlite3.OperationalError | OSError) -> StorageError:
        folder = self.path.parent
        kind = write_failure_kind(folder, exc)
        reason = {
            "full": "the disk is full",
            "locked": "another program is using the database (it is locked)",
            "read-only": "the disk or folder is read-only",
        }.get(kind, str(exc))
        if kind == "read-only" and _a_file_in_place_of(folder):
            # removed and a file put there: "read-only" sent the person to permissions
            # and a disk that were fine (attack run 38)
            reason = f"the data folder {folder} is a file now; move that file away"
        return StorageError(f"cannot write to {self.path}: {reason}", kind)

    # --- work migrations left for after opening ------------------------------------------
    def upkeep_left(self) -> tuple[int, int] | None:
        """(sessions done, sessions in all) of the work migrations left for after opening
        (schema 6's re-rounding of stored session means, schema 10's off-question column), all
        its steps one pass (``storage_schema.whole_upkeep``), None when none is left."""
        if self.read_only:
            return None
        with self._lock:
            left = storage_schema.upkeep_steps_left(self._db)
        # the most steps seen left in this run: the steps done since count as done whole
        self._upkeep_steps = 0 if not left else max(self._upkeep_steps, len(left))
        return storage_schema.whole_upkeep(left, self._upkeep_steps)

    def _upkeep_now(self) -> None:
        try:
            while self.upkeep():
                pass
        except StorageError as exc:  # (a full disk): every answer reads as stored meanwhile
            self._tell(f"{exc}; stored session scores are brought up to date at the next start")

    def upkeep(self, batch: int = UPKEEP_BATCH) -> bool:
        """One batch of that work, in its own transaction (a crash keeps every batch done;
        the next start goes on from there); whether any is left. When none is, what could not
        be read is told (``notices``). Holds the database for one batch only (under 0.2 s):
        call it again, off the GUI thread, until it says none is left."""
        if self.read_only:
            return False
        try:
            with self._lock, self._transaction() as db:
                more, unread, step = storage_schema.upkeep_batch(db, batch)
        except (sqlite3.OperationalError, OSError) as exc:
            raise self._write_error(exc) from exc
        if unread:  # (a step's last batch: every id it could not read)
            self._tell(storage_schema.unread_notice(step, unread))
        return more

    # --- sessions ------------------------------------------------------------------------
    def create_session(
        self,
        plan: StoredPlan | dict[str, Any],
        started_at: float | None = None,
        asked: Sequence[Question] = (),
    ) -> int:
        """A new session of ``plan`` (a dict: as stored, e.g. an archive's or a test's), and
        the questions it asks as they are now (``asked``: kept with it, ``asked_questions``)."""
        from simulator.core.asked import asked_rows, keep_asked

        stored = plan.to_dict() if isinstance(plan, StoredPlan) else plan
        start = started_at or time.time()
        kept = asked_rows(asked)

        def create(db: sqlite3.Connection) -> int:
            # Its place in the order sessions happened: its start, but never before a session
            # made earlier (``happened``: none is kept where it is its start): a clock put back
            # is not a session that came first.
            cursor = db.execute(
                f"""INSERT INTO sessions (started_at, plan_json, seq) VALUES (?, ?, nullif(
                       max(?, coalesce((SELECT max({happened()}) FROM sessions), 0)), ?))""",
                (start, json.dumps(stored), codec.timestamp(start), codec.timestamp(start)),
            )
            session_id = int(cursor.lastrowid or 0)
            keep_asked(db, session_id, kept)
            return session_id

        return self._write_all(create)

    @repairs_damage
    def asked_questions(self, session_id: int) -> dict[str, Question]:
        """The questions a session asked, as they were when it began (``create_session``):
        none for a session made before they were kept, imported or salvaged without them."""
        from simulator.core.asked import read_asked

        with self._lock:
            rows = self._db.execute(
                """SELECT q.question_id, t.question_json FROM asked_questions q
                   JOIN question_texts t ON t.digest = q.digest WHERE q.session_id = ?""",
                (session_id,),
            ).fetchall()
        return read_asked(rows)

    @repairs_damage
    def asked_versions(self, question_id: str) -> dict[int, Question]:
        """``question_id`` as each session that kept it asked it, by session id (Attempts
        names the wording each attempt answered, and Practise again what changed since)."""
        from simulator.core.asked import read_asked

        with self._lock:
            sessions = self._db.execute(
                "SELECT session_id, digest FROM asked_questions WHERE question_id = ?",
                (question_id,),
            ).fetchall()
            texts = self._db.execute(
                """SELECT DISTINCT t.digest, t.question_json FROM asked_questions q
                   JOIN question_texts t ON t.digest = q.digest WHERE q.question_id = ?""",
                (question_id,),
            ).fetchall()
        # each version read once: thousands of attempts asked a few versions
        versions = {d: read_asked([(question_id, text)]).get(question_id) for d, text in texts}
        return {
            int(session_id): version
            for session_id, digest in sessions
            if (version := versions.get(digest)) is not None
        }

    def finish_session(
        self, session_id: int, score: SessionScore | None, status: str = "finished"
    ) -> None:
        self._write(
            "UPDATE sessions SET ended_at = ?, status = ?, score_json = ? WHERE id = ?",
            (time.time(), status, codec.dump_score(score), session_id),
        )

    def add_time_away(self, session_id: int, seconds: float) -> None:
        """Time the app was closed mid-session (a crash, then resume), kept in the plan as
        ``away_s``: the scorecard's duration leaves it out."""

        def add(plan: dict[str, Any]) -> None:
            plan["away_s"] = round(codec.seconds(plan.get("away_s")) + max(seconds, 0.0), 1)

        self._update_plan(session_id, add)

    def note_time_in(self, session_id: int, seconds: float) -> None:
        """The time the interview has run so far, measured on a monotonic clock (kept in the
        plan as ``time_in_s``): the scorecard's duration, whatever the computer's clock did."""

        def note(plan: dict[str, Any]) -> None:
            plan["time_in_s"] = round(max(seconds, 0.0), 1)

        self._update_plan(session_id, note)

    def note_follow_up(self, session_id: int, position: int | None, prompt: str = "") -> None:
        """The follow-up being asked (kept in the plan as ``follow_up_asked``, so a session
        quit during it resumes at it), or none (``position`` None) once it is dealt with."""

        def note(plan: dict[str, Any]) -> None:
            plan.pop("follow_up_asked", None)
            if position is not None:
                plan["follow_up_asked"] = {"position": position, "prompt": prompt}

        self._update_plan(session_id, note)

    @repairs_damage
    def _update_plan(self, session_id: int, change: Callable[[dict[str, Any]], None]) -> None:
        with self._lock:
            row = self._db.execute(
                "SELECT plan_json FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()
        if row is None:
            return
        plan = codec.plan(row["plan_json"])
        change(plan)
        self._write(
            "UPDATE sessions SET plan_json = ? WHERE id = ?", (json.dumps(plan), session_id)
        )

    @repairs_damage
    def session(self, session_id: int, words_at: Collection[int] | None = None) -> SessionRecord:
        """The session and its answers; ``words_at``: only the answers at these positions are
        read with their transcripts (``answers``)."""
        if not codec.an_integer(session_id):
            # an id no row can have (``ml-interview export 99999999999999999999``): sqlite3
            # raised OverflowError before asking, and the command ended in a traceback
            raise KeyError(f"no session {session_id} in {self.path}")
        with self._lock:
            row = self._db.execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
            if row is None:
                raise KeyError(f"no session {session_id} in {self.path}")
            record = session_from_row(row)
            record.answers = self.answers(session_id, words_at)
            record.asked = self.asked_questions(session_id)
            return record

    @repairs_damage
    def sessions(
        self, limit: int | None = None, *, answered: bool = False, whole: bool = True
    ) -> list[SessionRecord]:
        """Newest first; ``answered``: only sessions with at least one answer (given or
        skipped), as the lists people read show them (one opened and ended at once is kept in
        the database but listed nowhere). ``whole`` False: answers in brief, as
        ``sessions_before`` gives them."""
        with self._lock:
            where = f" WHERE {HAS_ANSWERS}" if answered else ""
            sql = f"SELECT * FROM sessions s{where} ORDER BY {ORDER} DESC, id DESC"
            rows = self._db.execute(sql + (f" LIMIT {int(limit)}" if limit else "")).fetchall()
            out = [session_from_row(r) for r in rows]
            for s in out:
                s.answers = self.answers(s.id) if whole else self._answers_in_brief(s.id)
            return out

    @repairs_damage
    def sessions_before(
        self, session: SessionRecord, limit: int, *, whole: bool = True
    ) -> list[SessionRecord]:
        """The ``limit`` sessions before ``session`` (in the order they happened, then id),
        newest first, with their answers: what its scorecard compares with, whatever its age (the
        newest N missed every session older than them). One query on the start index.
        Unfinished ones too: an answer given in an interview stopped part-way is an earlier
        attempt of its question, as Attempts counts it (hist58); the same-plan comparison
        takes finished sessions only (``earlier_results``).

        ``whole`` False: each answer without its transcript and its score's details
        (``transcript`` and ``score`` None; its ``overall``, text and kind as stored), what
        finding the earlier results needs. Parsing every word-timed transcript and score of
        200 sessions took 0.3-0.8 s of CPU on the database lane for each scorecard opened or
        exported, holding the interpreter lock in steps and making the young objects whose
        full collections held it 20-94 ms at once (benchmarks/gui_stall_pages.py --history
        300, stall62)."""
        with self._lock:
            rows = self._db.execute(
                f"""SELECT * FROM sessions s WHERE {ORDER} <= ? AND ({ORDER}, id) < (?, ?)
                   ORDER BY {ORDER} DESC, id DESC LIMIT ?""",
                (session.place, session.place, session.id, int(limit)),
            ).fetchall()
            out = [session_from_row(r) for r in rows]
            for s in out:
                s.answers = self.answers(s.id) if whole else self._answers_in_brief(s.id)
            return out

    def _answers_in_brief(self, session_id: int) -> list[AnswerRecord]:
        """The session's answers in order without their transcripts and scores' details (the
        caller holds the lock and the damage check). The score of an answer cut by End is
        kept: a whole answer is compared with none of those (``earlier_results``, walk62),
        and they are few."""
        columns = _ANSWER_COLUMNS.replace("score_json", codec.SCORE_IF_ENDED_EARLY)
        rows = self._db.execute(
            f"SELECT {columns}, NULL AS transcript_json FROM answers WHERE session_id = ? "
            "ORDER BY position, id",
            (session_id,),
        ).fetchall()
        return [answer_from_row(r, self.path.parent) for r in rows]

    def listed_sessions(
        self, limit: int | None = None, *, whole: bool = True
    ) -> list[SessionRecord]:
        """The sessions every list a person reads shows (Home's past sessions, the command
        line's ``history``), newest first: the one rule, ``HAS_ANSWERS``, that History and
        Progress also apply. ``limit`` counts listed sessions only; ``whole`` as in
        ``sessions``."""
        return self.sessions(limit, answered=True, whole=whole)

    @repairs_damage
    def each_listed_session(
        self, limit: int | None = None, *, page: int = 100
    ) -> Iterator[SessionRecord]:
        """``listed_sessions`` one at a time, whole (answers, transcripts, scores), read
        ``page`` sessions per query: only a page is held, never every session (``history
        --json`` read all 18,000 into memory before printing one). Each page is read under the
        lock; between pages the database is free for others."""
        after: tuple[float, float, int] | None = None  # (the last place, again, its id)
        left = int(limit) if limit else -1
        while left != 0:
            take = page if left < 0 else min(page, left)
            later = f" AND {ORDER} <= ? AND ({ORDER}, s.id) < (?, ?)"  # on the index
            where = HAS_ANSWERS + (later if after else "")
            with self._lock:
                rows = self._db.execute(
                    f"SELECT * FROM sessions s WHERE {where} "
                    f"ORDER BY {ORDER} DESC, s.id DESC LIMIT ?",
                    (*(after or ()), take),
                ).fetchall()
                out = [session_from_row(r) for r in rows]
                for s in out:
                    s.answers = self.answers(s.id)
            yield from out
            if len(rows) < take:
                return
            place = out[-1].place
            after = (place, place, out[-1].id)
            left = left - len(rows) if left > 0 else left

    @repairs_damage
    def latest_session_id(self) -> int | None:
        """The session done last (the highest id not active: ids count up as sessions are
        made, while start times follow the clock, which may have been put right since), else
        the last one made; None when there is none."""
        with self._lock:
            row = self._db.execute(
                "SELECT id FROM sessions ORDER BY status = 'active', id DESC LIMIT 1"
            ).fetchone()
        return int(row["id"]) if row else None

    @repairs_damage
    def unfinished_session(self) -> SessionRecord | None:
        """The most recent session left active (the app crashed or was closed mid-interview):
        the one started last, as every list orders them (then the last made). Not the highest
        id: an archive's interviews imported beside a history get new ids, and an interview
        interrupted a year ago on another machine took the place of this morning's (walk57).
        A start still in the future was written by a clock put right since (attack run 30: one
        left while the clock was a year ahead was offered before today's): it comes after
        those that could have started when they say."""
        offered = self.offered_unfinished()
        return self.session(offered[0]) if offered else None

    @repairs_damage
    def offered_unfinished(self) -> tuple[int, float] | None:
        """The id and start of the session ``unfinished_session`` offers to resume, without
        its answers (Review of another unfinished interview names it: hist58)."""
        with self._lock:
            row = self._db.execute(
                f"""SELECT id, started_at FROM sessions s WHERE status = 'active'
                    ORDER BY {START} > ? ASC, {ORDER} DESC, id DESC LIMIT 1""",
                (time.time(),),
            ).fetchone()
        return (int(row["id"]), codec.timestamp(row["started_at"])) if row else None

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
               transcript_json, audio_path, duration_s, overall, score_json, created_at,
               off_question)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                session_id,
                question_id,
                position,
                follow_up,
                mode,
                text,
                json.dumps(transcript) if transcript is not None else None,
                to_stored(audio_path, self.path.parent),  # a moved data folder still replays
                duration_s,
                overall,
                codec.dump_score(score),
                time.time(),
                codec.off_question(score),
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
        audio_path: str | None = None,
    ) -> None:
        """Fill in a spoken answer whose row was created when its recording started;
        ``audio_path``, when given, is the file its audio ended up in (its name was taken)."""
        self._write(
            """UPDATE answers SET mode = ?, text = ?, transcript_json = ?, duration_s = ?,
               overall = ?, score_json = ?, off_question = ?,
               audio_path = COALESCE(?, audio_path) WHERE id = ?""",
            (
                mode,
                text,
                json.dumps(transcript) if transcript is not None else None,
                duration_s,
                score.overall if score is not None else None,
                codec.dump_score(score),
                codec.off_question(score),
                to_stored(audio_path, self.path.parent) if audio_path else None,
                answer_id,
            ),
        )

    def drop_opened_answer(self, answer_id: int) -> None:
        """Delete the row opened when a recording started, if it is still only that (no words
        saved in it): a recording ended before a word was said is no answer (ux54)."""
        self._write(
            """DELETE FROM answers WHERE id = ? AND mode = 'spoken' AND text = ''
               AND transcript_json IS NULL""",
            (answer_id,),
        )

    def update_score(self, answer_id: int, score: AnswerScore) -> None:
        self._write(
            "UPDATE answers SET score_json = ?, overall = ?, off_question = ? WHERE id = ?",
            (codec.dump_score(score), score.overall, codec.off_question(score), answer_id),
        )

    @repairs_damage
    def answers(
        self, session_id: int, words_at: Collection[int] | None = None
    ) -> list[AnswerRecord]:
        """The session's answers in order. ``words_at``: only the answers at these positions
        (a question's answer and its follow-ups) come with their stored transcripts, the
        others with none (``transcript`` None), their JSON neither read nor parsed: Review of
        a session of 300,000-word answers parsed every one of them before it showed the first
        (perf56)."""
        if words_at is None:
            sql, args = "SELECT * FROM answers WHERE session_id = ?", [session_id]
        else:
            positions = sorted(set(words_at))
            marks = ", ".join("?" * len(positions))
            sql = (
                f"SELECT {_ANSWER_COLUMNS}, CASE WHEN position IN ({marks}) THEN transcript_json "
                "END AS transcript_json FROM answers WHERE session_id = ?"
            )
            args = [*positions, session_id]
        with self._lock:
            rows = self._db.execute(sql + " ORDER BY position, id", args).fetchall()
        return [answer_from_row(r, self.path.parent) for r in rows]

    @repairs_damage
    def transcript_sizes(self, session_id: int) -> dict[int, tuple[int, int]]:
        """Answer id -> (its position, the characters of its stored transcript), no transcript
        read into Python: what reading each answer's words would cost (``answers(words_at=)``)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, position, length(transcript_json) FROM answers WHERE session_id = ?",
                (session_id,),
            ).fetchall()
        return {r[0]: (codec.position(r[1]), r[2] or 0) for r in rows}

    @repairs_damage
    def answer(self, answer_id: int) -> AnswerRecord:
        with self._lock:
            row = self._db.execute("SELECT * FROM answers WHERE id = ?", (answer_id,)).fetchone()
        if row is None:
            raise KeyError(f"no answer {answer_id} in {self.path}")
        return answer_from_row(row, self.path.parent)

    @repairs_damage
    def attempt_count(self, question_id: str) -> int:
        """How many main answers (not follow-ups) a question has: what Review shows beside an
        answer, counted without reading every attempt's transcript and score (attack42)."""
        with self._lock:
            row = self._db.execute(
                "SELECT COUNT(*) FROM answers WHERE question_id = ? AND follow_up IS NULL",
                (question_id,),
            ).fetchone()
        return int(row[0])

    @repairs_damage
    def attempts(self, question_id: str) -> list[AnswerRecord]:
        """Every answer to the question, in the order they were given (``ATTEMPT_ORDER``)."""
        with self._lock:
            rows = self._db.execute(
                f"""SELECT a.* FROM answers a LEFT JOIN sessions s ON s.id = a.session_id
                   WHERE a.question_id = ? ORDER BY {ATTEMPT_ORDER}""",
                (question_id,),
            ).fetchall()
        return [answer_from_row(r, self.path.parent) for r in rows]

    @repairs_damage
    def attempt_starts(self, question_id: str) -> dict[int, float]:
        """When each session that answered ``question_id`` started: the date every screen
        gives the session (History, its scorecard, "vs 73 on …"), so Attempts names an
        attempt by it too."""
        with self._lock:
            rows = self._db.execute(
                """SELECT DISTINCT s.id, s.started_at FROM sessions s
                   JOIN answers a ON a.session_id = s.id WHERE a.question_id = ?""",
                (question_id,),
            ).fetchall()
        return {int(r["id"]): codec.timestamp(r["started_at"]) for r in rows}


# Files SQLite keeps beside the database (unwritten changes, the shared lock, a rollback copy).
COMPANIONS = ("-wal", "-shm", "-journal")


def _schema_at(version: int) -> dict[str, list[str]]:
    """The tables and columns a file of an older schema ``version`` holds."""
    return db_health.expected_schema(lambda db: apply_migrations(db, up_to=version))


def _refuse_odd_companions(path: Path) -> None:
    """A folder, pipe or device under a companion's name read as 'unable to open database file'
    or 'disk I/O error', or hung on a pipe (attack run 31): named, with what to do. A regular
    file is left to SQLite (a -wal file holds changes not yet in the database)."""
    for suffix in COMPANIONS:
        companion = Path(f"{path}{suffix}")
        try:
            odd = companion.exists() and not companion.is_file()
        except OSError:  # (a name the system refuses to look at is SQLite's to name)
            continue
        if odd:
            raise StorageError(
                f"cannot open the session database {path}: {companion} is not a regular file "
                "(a folder, pipe or device has the name of SQLite's own file for it); "
                "move it away and start again",
                "in the way",
            )


def open_asking(
    path: Path,
    ask: Callable[[StorageError], str],
    lock_wait: float | None = None,
    *,
    upkeep_later: bool = False,
    check_later: bool = False,
) -> Storage:
    """The session database, as the app starts. When another program holds it locked, ``ask``
    (the window's dialog) is shown the error and says what to do: "retry" (once that program
    is done), "read-only" (browse past sessions; nothing is written, so nothing is lost) or
    anything else to give up (the error is raised). ``upkeep_later``, ``check_later``: as
    ``Storage``'s."""
    while True:
        try:
            return Storage(
                path, lock_wait=lock_wait, upkeep_later=upkeep_later, check_later=check_later
            )
        except StorageError as exc:
            if exc.kind != "locked":
                raise
            choice = ask(exc)
            if choice == "retry":
                continue
            if choice == "read-only":  # opened writable after all when the lock is gone by now
                return Storage(
                    path, if_locked="read-only", lock_wait=0.2, upkeep_later=upkeep_later
                )
            raise


def _a_file_in_place_of(folder: Path) -> bool:
    try:
        return folder.exists() and not folder.is_dir()
    except OSError:
        return False
