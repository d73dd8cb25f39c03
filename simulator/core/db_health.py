"""A damaged session database found at start-up: kept aside, and what can be read is saved.

``check`` runs SQLite's integrity check (its pages, and each index against its table) and
compares the tables and columns with the schema the app expects; ``salvage`` copies the damaged file (and its journal) aside, then reads row by row
whatever still reads and writes it into a fresh file at the same place. Nothing here knows the
tables by name: the expected schema is built from the migrations the caller passes, so new
tables are salvaged too.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from simulator.core import db_pages
from simulator.core.small_files import create_private

_log = logging.getLogger(__name__)

Migrate = Callable[[sqlite3.Connection], object]
RECOVERED_PLAN = "Recovered session"
# A row that does not read; SQLite's message about it can quote the damaged bytes themselves,
# which Python then fails to decode.
UNREADABLE = (sqlite3.DatabaseError, UnicodeDecodeError)
# Rowids tried one by one past bad pages, at most: a damaged max(rowid) (2**60) made the
# salvage probe for ever, and the app never started (random-byte fuzzing, seed 2).
MAX_PROBES = 200_000


def lenient_text(raw: bytes) -> str:
    """A text cell as text, a damaged byte in it as \ufffd: a stray write inside an answer
    made reading it raise ("Could not decode to UTF-8"), and with it its whole session."""
    return raw.decode("utf-8", "replace")


@dataclass(frozen=True)
class Salvage:
    backup: Path
    reason: str
    kept: dict[str, int]  # table -> rows copied
    lost: int  # rows (or whole tables) that could not be read
    found: int = 0  # of the kept rows, those read from pages SQLite could no longer reach

    def message(self, database: Path) -> str:
        counts = ", ".join(_rows(n, table) for table, n in self.kept.items() if n) or "nothing"
        lost = f"; {_rows(self.lost, '')} could not be read" if self.lost else ""
        if self.lost and counts == "nothing":
            # ``lost`` counts a table that cannot be read at all as one: random bytes in the
            # file's place read '6 row(s) could not be read' of a file that may have held
            # hundreds of answers (attack run 37)
            lost = ": none of it could be read"
        one_row = sum(self.kept.values()) == 1
        found = (
            f" ({'it was' if one_row else f'{self.found} of them'} read straight from the "
            "file's pages, which the database no longer indexed)"
            if self.found
            else ""
        )
        # "1 session was recovered", "nothing was recovered", "2 answers were recovered"
        verb = "was" if counts == "nothing" or one_row else "were"
        return (
            f"The session database {database} was damaged ({self.reason}). The damaged file "
            f"was kept as {self.backup.name}; {counts} {verb} recovered into a fresh "
            f"file{found}{lost}."
        )


# Each table's rows as people call them: the notice read "1 sessions, 2 answers, 50
# progress_facts were recovered" and "1 row(s) could not be read" (attack run 45).
_ROW_NAMES = {
    "": ("row", "rows"),
    "sessions": ("session", "sessions"),
    "answers": ("answer", "answers"),
    "answer_notes": ("note", "notes"),
    "self_ratings": ("self-rating", "self-ratings"),
    "progress_facts": ("progress figure", "progress figures"),
    "transcript_history": ("earlier transcript", "earlier transcripts"),
}


def _rows(n: int, table: str) -> str:
    one, many = _ROW_NAMES.get(table, (table, table))
    return f"{n} {one if n == 1 else many}"


def expected_schema(migrate: Migrate) -> dict[str, list[str]]:
    """table -> columns, as the migrations build them."""
    db = sqlite3.connect(":memory:")
    try:
        migrate(db)
        return schema_of(db)
    finally:
        db.close()


def schema_of(db: sqlite3.Connection) -> dict[str, list[str]]:
    tables = [
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: [r[1] for r in db.execute(f'PRAGMA table_info("{t}")')] for t in tables}


def check(
    path: Path,
    schema: dict[str, list[str]],
    version: int,
    *,
    wait: float = 5.0,
    older: Callable[[int], dict[str, list[str]]] | None = None,
    refuse: Callable[[sqlite3.Connection], None] | None = None,
) -> str | None:
    """Why the database at ``path`` cannot be trusted, or None when it is sound (or written
    by a newer version of the app than ``version``: not ours to judge or rebuild). ``older``
    gives the schema an older version had (table -> columns), so that an older file missing
    one of its own tables is damaged too (without it, an older file is taken as whole: the
    migrations add what that version lacked). ``refuse`` looks at the file first and raises
    for one that is none of the app's (another program's): that is not damage, and is never
    rebuilt."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=wait)
    except sqlite3.Error as exc:
        return f"it cannot be opened: {exc}"
    db.text_factory = lenient_text  # SQLite's report can quote a damaged page's bytes
    try:
        if refuse is not None:
            refuse(db)
        found_version = db.execute("PRAGMA user_version").fetchone()[0]
        if not found_version or found_version > version:
            return None  # untouched by the migrations yet, or newer than this app
        result = [r[0] for r in db.execute("PRAGMA integrity_check(5)")]
        if result != ["ok"]:
            _log.warning("%s: integrity check: %s", path, "; ".join(str(r) for r in result))
            return corrupt_pages([str(r) for r in result])
        if found_version < version:
            if older is None:
                return None
            # the tables that version had: the migrations add only what came later, so a
            # table of its own gone missing stopped the app with 'no such table' (attack 61)
            schema = older(int(found_version))
        found = schema_of(db)
        for table, columns in schema.items():
            if table not in found:
                return f"table {table} is missing"
            missing = [c for c in columns if c not in found[table]]
            if missing:
                return f"table {table} lacks column {missing[0]}"
    except UnicodeDecodeError:  # SQLite's own message quoted a damaged page's bytes
        return "pages are corrupt"
    except sqlite3.DataError as exc:
        # only read here: a value "too big" is a damaged record's length, not one written
        return f"a record is damaged: {exc}"
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise  # locked by another program, a full disk, an I/O error: the file may be fine
        return f"it cannot be read: {exc}"
    finally:
        db.close()
    return None


def corrupt_pages(report: Sequence[str]) -> str:
    """SQLite's integrity report as people read it, in one short line: 'pages are corrupt
    (pages 9, 12 and 13)'. Its own lines ('*** in database main ***', 'Page 12:
    btreeInitPage() returns error code 11', several in one row) ran into one in Home's notice
    and the status bar (attack run 48); the report itself is logged."""
    pages = sorted({int(n) for row in report for n in re.findall(r"\b[Pp]age (\d+)", row)})
    if not pages:
        lines = [line for row in report for line in row.splitlines() if "***" not in line]
        first = lines[0].strip() if lines else ""
        return f"pages are corrupt ({first[:60]})" if first else "pages are corrupt"
    shown = ", ".join(str(n) for n in pages[:5])
    if len(pages) > 5:
        shown += f" and {len(pages) - 5} more"
    elif len(pages) > 1:
        head, _, last = shown.rpartition(", ")
        shown = f"{head} and {last}"
    return f"pages are corrupt (page{'s' * (len(pages) > 1)} {shown})"


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether SQLite says the file itself is bad (not that it cannot be read just now)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:  # raised by the sqlite3 module itself, not by SQLite
        return False
    return code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def salvage(path: Path, reason: str, migrate: Migrate, tables: Sequence[str]) -> Salvage:
    """Keep the damaged file aside and rebuild ``path`` from what still reads."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.damaged-{stamp}")
    fresh = path.with_name(f".{path.name}.salvage")
    try:
        return _salvage(path, backup, fresh, reason, migrate, tables)
    except (OSError, sqlite3.Error):
        # no room for the copy or the fresh file: the damaged file stays as it was, alone
        for leftover in (fresh, *(Path(f"{backup}{s}") for s in ("", "-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        raise


def _salvage(
    path: Path, backup: Path, fresh: Path, reason: str, migrate: Migrate, tables: Sequence[str]
) -> Salvage:
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            shutil.copy2(source, Path(f"{backup}{suffix}"))
    with contextlib.suppress(FileNotFoundError):
        fresh.unlink()
    os.close(create_private(fresh))
    kept: dict[str, int] = {}
    lost = 0
    new = sqlite3.connect(fresh, isolation_level=None)
    try:
        migrate(new)
        wanted = schema_of(new)
        old: sqlite3.Connection | None
        try:
            old = opened = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
            opened.text_factory = lenient_text
        except sqlite3.Error:
            old = None
        leaves: list[db_pages.Record] | None = None  # read once, when a table falls short
        found = 0
        for table in tables:
            # without SQL (the file's header is gone) its rows can only be read from its pages
            copied, failed = copy_table(old, new, table, wanted[table]) if old else (0, 0)
            if failed or old is None:
                if leaves is None:
                    leaves = db_pages.records(backup)
                more = _insert_records(new, table, leaves)
                copied, failed, found = copied + more, max(failed - more, 0), found + more
            kept[table] = copied
            lost += failed
        if old is not None:
            old.close()
            one_file(backup)
        kept["sessions"] = kept.get("sessions", 0) + _sessions_for_orphans(new)
    finally:
        new.close()
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
    os.replace(fresh, path)
    return Salvage(backup, reason, kept, lost, found)


_WAL_MAGIC = (0x377F0682, 0x377F0683)
_WAL_HEADER = 32
_FRAME_HEADER = 24


def _wal_frames(wal: Path) -> int | None:
    """How many frames a -wal's size says it holds (size = 32 + frames x (page size + 24)),
    or None when its header is not a -wal's or its size is no whole number of frames."""
    try:
        size = wal.stat().st_size
        with wal.open("rb") as f:
            header = f.read(_WAL_HEADER)
    except OSError:
        return None
    if len(header) < _WAL_HEADER or int.from_bytes(header[:4], "big") not in _WAL_MAGIC:
        return None
    page = int.from_bytes(header[8:12], "big")
    page = 65536 if page == 1 else page  # the header's way of writing 64 KiB
    if page < 512 or page & (page - 1):
        return None
    frames, rest = divmod(size - _WAL_HEADER, page + _FRAME_HEADER)
    return None if rest else frames


def one_file(copy: Path) -> None:
    """The damaged file kept aside as one file: its -wal folded in by a checkpoint and its -shm
    (an index SQLite rebuilds from the -wal) removed. Both were left beside the copy, meaningless
    to anyone moving it, while the -wal could hold the last answers.

    Only a -wal that is provably whole is folded in: its size a whole number of frames and the
    checkpoint taking every one of them. SQLite treats a -wal whose header or a frame's checksum
    it rejects as ending there, and a checkpoint of it folds in nothing (or only the frames
    before) and then empties the file: the answers that lived only there were destroyed (fix46).
    So the checkpoint runs on a copy of the pair in the same folder, and the kept file is
    replaced only when it took every frame; otherwise both files stay beside it, untouched."""
    wal, shm = Path(f"{copy}-wal"), Path(f"{copy}-shm")
    if wal.exists() and wal.stat().st_size > 0:
        frames = _wal_frames(wal)
        if frames is None:
            return
        work = Path(f"{copy}.folding")
        try:
            shutil.copyfile(copy, work)
            shutil.copyfile(wal, f"{work}-wal")
            if not _folded(work, frames):
                return
            os.replace(work, copy)  # the copy's pages with every frame in; the -wal is now spare
        except (OSError, sqlite3.Error):
            return
        finally:
            for spare in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
                with contextlib.suppress(OSError):
                    spare.unlink()
    wal.unlink(missing_ok=True)
    shm.unlink(missing_ok=True)


def _folded(work: Path, frames: int) -> bool:
    """Checkpoint ``work``'s -wal into it: True when the checkpoint took all ``frames``."""
    db = sqlite3.connect(work, isolation_level=None, timeout=0)
    try:
        # PASSIVE reports what it took (TRUNCATE reports 0 of 0 once it has emptied the -wal)
        busy, logged, done = db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        if busy or logged != frames or done != frames:
            return False
        # SQLite folds in the rest and removes the -wal and -shm
        (mode,) = db.execute("PRAGMA journal_mode=DELETE").fetchone()
        return str(mode).lower() == "delete"
    finally:
        db.close()


def _sessions_for_orphans(new: sqlite3.Connection) -> int:
    """A session for each group of answers whose session row was lost: the answers are kept
    and shown (as an ended session named "Recovered session"), never hidden as orphans."""
    if "answers" not in schema_of(new) or "sessions" not in schema_of(new):
        return 0
    lost = new.execute(
        "SELECT session_id, min(created_at), max(created_at) FROM answers "
        "WHERE session_id NOT IN (SELECT id FROM sessions) GROUP BY session_id"
    ).fetchall()
    new.execute("BEGIN")
    for session_id, first, last in lost:
        asked = [
            r[0]
            for r in new.execute(
                "SELECT question_id FROM answers WHERE session_id = ? AND follow_up IS NULL "
                "ORDER BY position, id",
                (session_id,),
            )
        ]
        plan = {"name": RECOVERED_PLAN, "question_ids": list(dict.fromkeys(asked))}
        new.execute(
            "INSERT INTO sessions (id, started_at, ended_at, status, plan_json) "
            "VALUES (?, ?, ?, 'aborted', ?)",
            (session_id, first, last, json.dumps(plan)),
        )
    new.execute("COMMIT")
    return len(lost)


def _insert_records(new: sqlite3.Connection, table: str, leaves: list[db_pages.Record]) -> int:
    """Rows of ``table`` found on the damaged file's pages and not copied yet: how many."""
    columns = db_pages.columns_of(new, table)
    names = ", ".join(f'"{c.name}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    added = 0
    new.execute("PRAGMA foreign_keys=OFF")
    new.execute("BEGIN")
    for record in leaves:
        row = db_pages.fits(record, columns)
        if row is None:
            continue
        try:
            cursor = new.execute(f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({marks})', row)
        except sqlite3.DatabaseError:  # a CHECK it breaks: not one of this table's rows
            continue
        added += cursor.rowcount
    new.execute("COMMIT")
    return added


def copy_table(
    old: sqlite3.Connection, new: sqlite3.Connection, table: str, columns: list[str]
) -> tuple[int, int]:
    """(rows copied, rows lost): row by row, so one bad page loses only its rows."""
    try:
        have = [r[1] for r in old.execute(f'PRAGMA table_info("{table}")')]
        top = old.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0] or 0
    except UNREADABLE:
        return 0, 1
    common = [c for c in columns if c in have]
    if not common:
        return 0, 1
    names = ", ".join(f'"{c}"' for c in common)
    marks = ", ".join("?" for _ in common)
    copied = lost = 0
    new.execute("PRAGMA foreign_keys=OFF")
    new.execute("BEGIN")
    rowid = probes = 0
    while rowid < top:
        if probes >= MAX_PROBES:  # a damaged rowid far ahead: the file's pages are read instead
            lost += 1
            break
        try:
            rows = old.execute(
                f'SELECT rowid, {names} FROM "{table}" WHERE rowid > ? ORDER BY rowid LIMIT 500',
                (rowid,),
            ).fetchall()
        except UNREADABLE:
            rowid, got, failed = _one_by_one(old, new, table, names, marks, rowid, top)
            copied += got
            lost += failed
            probes += 500
            continue
        if not rows:
            break
        for row in rows:
            try:
                kept = _insert(new, table, names, marks, row[1:])
            except UNREADABLE:
                kept = False
            copied, lost = copied + kept, lost + (not kept)
        rowid = rows[-1][0]
    new.execute("COMMIT")
    return copied, lost


def _one_by_one(
    old: sqlite3.Connection,
    new: sqlite3.Connection,
    table: str,
    names: str,
    marks: str,
    after: int,
    top: int,
) -> tuple[int, int, int]:
    """Past a bad page: try the next rows singly. Returns (next rowid, copied, lost)."""
    copied = lost = 0
    rowid = after
    for rowid in range(after + 1, min(top, after + 500) + 1):
        try:
            row = old.execute(f'SELECT {names} FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()
        except UNREADABLE:
            lost += 1
            continue
        if row is not None:
            kept = _insert(new, table, names, marks, row)
            copied, lost = copied + kept, lost + (not kept)
    return rowid, copied, lost


def _insert(new: sqlite3.Connection, table: str, names: str, marks: str, row: Any) -> bool:
    """Whether the row was stored: OR IGNORE also skips, silently, a row that lacks a required
    value (a column the damaged schema names otherwise); it counts as lost, and is looked for
    on the file's pages, instead of being said recovered."""
    cursor = new.execute(f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({marks})', row)
    return cursor.rowcount == 1


# The header's fields ``opening_writes_nothing`` reads (https://sqlite.org/fileformat.html)
_MAGIC = b"SQLite format 3\x00"
_WAL_VERSIONS = b"\x02\x02"  # bytes 18-19: WAL mode, kept in the file once set
_USER_VERSION_AT = 60


def opening_writes_nothing(path: Path, version: int) -> bool:
    """Whether opening ``path`` as the app does writes nothing to it: it is at schema
    ``version`` already (no migration runs) and in WAL mode (the switch is not made again).
    Then its integrity check can wait until the first write. A -wal may hold a newer
    user_version than the header says: then it is checked now, as any older file."""
    try:
        with path.open("rb") as f:
            head = f.read(100)
    except OSError:
        return False
    return (
        len(head) == 100
        and head.startswith(_MAGIC)
        and head[18:20] == _WAL_VERSIONS
        and int.from_bytes(head[_USER_VERSION_AT : _USER_VERSION_AT + 4], "big") == version
    )


def hold_as_is(path: Path) -> sqlite3.Connection | None:
    """A read-only connection with a read under way: while it is open, another connection to
    ``path`` that closes is not the last one, so it does not fold the -wal into the file (the
    last to close does). None when the file cannot even be read that far."""
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=0)
    except sqlite3.Error:
        return None
    try:
        db.execute("BEGIN")
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        pass  # (it still holds the file open: SQLite keeps its lock from the first read)
    return db
