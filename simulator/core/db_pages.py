"""Rows read straight from a damaged database file's pages, when SQLite can no longer find them.

A table is a b-tree: its rows sit in leaf pages, found through its root and interior pages. When
one of those is damaged (a bad disk sector, a stray write), SQLite cannot reach the table at all,
although every row is still on its leaf pages: a salvage through SQL kept nothing of the table
(one bad page lost every answer). Here every table-leaf page of the file, and the newest
committed copy of each page in its write-ahead log, is read as SQLite's file format describes
(https://www.sqlite.org/fileformat.html): each cell's record, with its overflow pages, decoded
into values. Pages on the free list (deleted rows) are skipped. Which table a record belongs to
is told by its shape: its number of values and their types against the table's columns.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Value = int | float | str | bytes | None
Page = memoryview
TABLE_LEAF = 0x0D
DEFAULT_PAGE_SIZE = 4096  # SQLite's, and the app never sets another
WAL_MAGIC = (0x377F0682, 0x377F0683)


@dataclass(frozen=True)
class Record:
    rowid: int
    values: tuple[Value, ...]


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # the declared type: INTEGER, REAL, TEXT, ...
    not_null: bool
    rowid_alias: bool  # INTEGER PRIMARY KEY: NULL in the record, the rowid is its value


def columns_of(db: Any, table: str) -> list[Column]:
    rows = db.execute(f'PRAGMA table_info("{table}")').fetchall()
    return [
        Column(
            str(r[1]), str(r[2]).upper(), bool(r[3]), str(r[2]).upper() == "INTEGER" and r[5] == 1
        )
        for r in rows
    ]


def fits(record: Record, columns: list[Column]) -> tuple[Value, ...] | None:
    """The record as the table's row (the rowid in its alias column), or None when its values
    cannot be one of the table's rows."""
    values = record.values
    if not 0 < len(values) <= len(columns):
        return None
    row: list[Value] = []
    for i, column in enumerate(columns):
        value = values[i] if i < len(values) else None  # columns added after it was written
        if column.rowid_alias:
            if value is not None:
                return None
            value = record.rowid
        elif value is None:
            if column.not_null:
                return None
        elif column.kind == "INTEGER" and type(value) is not int:
            return None
        elif column.kind == "REAL" and type(value) not in (int, float):
            return None  # (a whole REAL is stored as an integer)
        elif column.kind == "TEXT" and type(value) is not str:
            return None
        row.append(value)
    return tuple(row)


def records(path: Path) -> list[Record]:
    """Every row on the table-leaf pages of the database at ``path`` (and its ``-wal``)."""
    try:
        data = path.read_bytes()
    except OSError:
        return []
    if len(data) < 100:
        return []
    whole = data.startswith(b"SQLite format 3\x00")
    page_size = struct.unpack(">H", data[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if not whole or page_size < 512 or page_size & (page_size - 1):
        page_size = DEFAULT_PAGE_SIZE  # the header itself is damaged
    usable = page_size - (data[20] if whole else 0)
    whole_file = memoryview(data)  # pages are views of the file read once, never copies
    pages: dict[int, Page] = {
        n + 1: whole_file[n * page_size : (n + 1) * page_size]
        for n in range(len(data) // page_size)
    }
    pages.update(_wal_pages(Path(f"{path}-wal"), page_size))
    # the free list as of the last commit: page 1 from the log when it is there
    free = _free_pages(pages, bytes(pages[1][:100]), usable) if whole and 1 in pages else set()
    found: list[Record] = []
    for number, page in sorted(pages.items()):
        if number not in free and len(page) == page_size:
            found.extend(_leaf_records(pages, number, page, usable))
    return found


def _wal_pages(wal: Path, page_size: int) -> dict[int, Page]:
    """The newest committed copy of each page in the write-ahead log."""
    try:
        data = wal.read_bytes()
    except OSError:
        return {}
    if len(data) < 32 or struct.unpack(">I", data[:4])[0] not in WAL_MAGIC:
        return {}
    if struct.unpack(">I", data[8:12])[0] != page_size:
        return {}
    salt = data[16:24]
    log = memoryview(data)
    committed: dict[int, Page] = {}
    pending: dict[int, Page] = {}
    offset = 32
    while offset + 24 + page_size <= len(data):
        head = data[offset : offset + 24]
        if head[8:16] != salt:
            break  # frames of an earlier log, reused
        number, size_after = struct.unpack(">II", head[:8])
        pending[number] = log[offset + 24 : offset + 24 + page_size]
        if size_after:  # a commit: what came before it holds
            committed.update(pending)
            pending.clear()
        offset += 24 + page_size
    return committed


def _free_pages(pages: dict[int, Page], header: bytes, usable: int) -> set[int]:
    """Pages on the free list (their rows were deleted): never brought back."""
    free: set[int] = set()
    trunk = struct.unpack(">I", header[32:36])[0]
    while trunk and trunk not in free and trunk in pages:
        free.add(trunk)
        page = pages[trunk]
        count = struct.unpack(">I", page[4:8])[0]
        for i in range(min(count, (usable - 8) // 4)):
            free.add(struct.unpack(">I", page[8 + 4 * i : 12 + 4 * i])[0])
        trunk = struct.unpack(">I", page[:4])[0]
    return free


def _leaf_records(pages: dict[int, Page], number: int, page: Page, usable: int) -> Iterator[Record]:
    start = 100 if number == 1 else 0
    if page[start] != TABLE_LEAF:
        return
    cells = struct.unpack(">H", page[start + 3 : start + 5])[0]
    for i in range(cells):
        at = start + 8 + 2 * i
        if at + 2 > len(page):
            return
        pointer = struct.unpack(">H", page[at : at + 2])[0]
        try:
            record = _cell(pages, page, pointer, usable)
        except (IndexError, ValueError, struct.error, UnicodeDecodeError):
            continue  # a damaged cell: its neighbours may still read
        if record is not None:
            yield record


def _varint(buf: bytes | Page, at: int) -> tuple[int, int]:
    value = 0
    for i in range(9):
        byte = buf[at + i]
        if i == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            break
    if value >= 1 << 63:
        value -= 1 << 64
    return value, at + i + 1


def _cell(pages: dict[int, Page], page: Page, at: int, usable: int) -> Record | None:
    size, at = _varint(page, at)
    rowid, at = _varint(page, at)
    if size < 0 or size > 1 << 31:
        return None
    most = usable - 35
    if size <= most:
        payload = bytes(page[at : at + size])
    else:
        least = (usable - 12) * 32 // 255 - 23
        local = least + (size - least) % (usable - 4)
        local = local if local <= most else least
        long = bytearray(page[at : at + local])
        following = struct.unpack(">I", page[at + local : at + local + 4])[0]
        seen: set[int] = set()
        while len(long) < size:
            if following in seen or following not in pages:
                return None  # the rest of a long value is gone
            seen.add(following)
            overflow = pages[following]
            long += overflow[4:usable]
            following = struct.unpack(">I", overflow[:4])[0]
        payload = bytes(long[:size])
    if len(payload) != size:
        return None
    return Record(rowid, _values(payload))


_INT_SIZES = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}


def _values(payload: bytes) -> tuple[Value, ...]:
    header_size, at = _varint(payload, 0)
    if not 0 < header_size <= len(payload):
        raise ValueError("bad record header")
    kinds = []
    while at < header_size:
        kind, at = _varint(payload, at)
        kinds.append(kind)
    body = header_size
    values: list[Value] = []
    for kind in kinds:
        if kind == 0:
            values.append(None)
        elif kind in _INT_SIZES:
            n = _INT_SIZES[kind]
            values.append(int.from_bytes(payload[body : body + n], "big", signed=True))
            body += n
        elif kind == 7:
            values.append(struct.unpack(">d", payload[body : body + 8])[0])
            body += 8
        elif kind in (8, 9):
            values.append(kind - 8)
        elif kind >= 12:
            n = (kind - 12) // 2
            chunk = payload[body : body + n]
            values.append(chunk.decode("utf-8") if kind % 2 else chunk)
            body += n
        else:
            raise ValueError("reserved serial type")
        if body > len(payload):
            raise ValueError("record longer than its cell")
    return tuple(values)
