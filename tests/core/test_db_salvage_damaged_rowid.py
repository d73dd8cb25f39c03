"""A damaged highest row number does not make the salvage probe for ever (commit 50e21a8, found
by random-byte fuzzing, seed 2, file 27: the app never started).

The file is built with the real sqlite3, then the last row of the table is rewritten on its page
(SQLite's file format): its rowid becomes 2**60 and its record no longer reads. ``max(rowid)``
then says 2**60, and every ``rowid > n`` search lands on that unreadable row, so the salvage fell
back to trying rowids one by one, 500 at a time, up to 2**60."""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path
from typing import Any

import pytest

from simulator.core import db_health

PAGE = 4096
ROWS = 30
HUGE = 2**60


class _TooManySteps(Exception):
    """Not a ``sqlite3.Error``: the salvage does not catch it."""


class _Counted(sqlite3.Connection):
    """Counts the statements run on the damaged file and stops past ``limit``."""

    limit = 0
    steps = 0

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        self.steps += 1
        if self.steps > self.limit:
            raise _TooManySteps(f"still probing after {self.steps - 1} statements")
        return super().execute(sql, parameters)


def _varint(value: int) -> bytes:
    """SQLite's big-endian varint (9 bytes for values above 2**56)."""
    if value >= 1 << 56:
        head = value >> 8
        return bytes(0x80 | ((head >> (7 * i)) & 0x7F) for i in range(7, -1, -1)) + bytes(
            [value & 0xFF]
        )
    out = [value & 0x7F]
    value >>= 7
    while value:
        out.append(0x80 | (value & 0x7F))
        value >>= 7
    return bytes(reversed(out))


def _read_varint(data: bytes | bytearray, at: int) -> tuple[int, int]:
    value = 0
    for i in range(8):
        byte = data[at + i]
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, at + i + 1
    return (value << 8) | data[at + 8], at + 9


def _build(path: Path) -> list[tuple[int, str]]:
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA page_size={PAGE}")
    db.execute("CREATE TABLE answers (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    rows = [(i, f"answer {i:02d}: " + "validation error grows " * 12) for i in range(1, ROWS + 1)]
    db.executemany("INSERT INTO answers (id, text) VALUES (?, ?)", rows)
    db.commit()
    db.close()
    return rows


def _damage_last_row(path: Path) -> None:
    """The table's last cell gets rowid 2**60 and a record whose sizes do not add up."""
    data = bytearray(path.read_bytes())
    db = sqlite3.connect(path)
    root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'answers'").fetchone()[0]
    db.close()
    at = (root - 1) * PAGE
    assert data[at] == 0x05  # an interior table page: the rows spread over several leaves
    leaf = struct.unpack(">I", data[at + 8 : at + 12])[0]  # its right-most child
    at = (leaf - 1) * PAGE
    assert data[at] == 0x0D
    cells = struct.unpack(">H", data[at + 3 : at + 5])[0]
    pointer = at + 8 + 2 * (cells - 1)
    cell = at + struct.unpack(">H", data[pointer : pointer + 2])[0]
    size, rowid_at = _read_varint(data, cell)
    rowid, payload_at = _read_varint(data, rowid_at)
    assert rowid == ROWS
    payload = bytearray(data[payload_at : payload_at + size])
    header, types_at = _read_varint(payload, 0)
    _, text_type_at = _read_varint(payload, types_at)  # the id column (NULL: it is the rowid)
    text_type, end = _read_varint(payload, text_type_at)
    wrong = _varint(text_type + 2)  # one character longer than the payload holds
    assert len(wrong) == end - text_type_at
    payload[text_type_at:end] = wrong
    new_cell = _varint(size) + _varint(HUGE) + payload
    start = struct.unpack(">H", data[at + 5 : at + 7])[0]  # the cell content area's start
    assert at + start == cell  # the last row written is the lowest cell: room is just below it
    moved = cell - (len(new_cell) - (payload_at + size - cell))
    data[moved : moved + len(new_cell)] = new_cell
    data[pointer : pointer + 2] = struct.pack(">H", moved - at)
    data[at + 5 : at + 7] = struct.pack(">H", moved - at)
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(tmp_path: Path) -> tuple[Path, list[tuple[int, str]]]:
    path = tmp_path / "sessions.sqlite3"
    rows = _build(path)
    _damage_last_row(path)
    return path, rows


def test_the_damage_is_the_one_that_made_the_salvage_probe_for_ever(
    damaged: tuple[Path, list[tuple[int, str]]],
) -> None:
    path, _ = damaged
    db = sqlite3.connect(path)
    try:
        assert db.execute("SELECT max(rowid) FROM answers").fetchone()[0] == HUGE
        assert db.execute("SELECT text FROM answers WHERE rowid = 5").fetchone() is not None
        for after in (0, ROWS, 10_000, 2**40):
            with pytest.raises(sqlite3.DatabaseError):
                db.execute(
                    "SELECT rowid, text FROM answers WHERE rowid > ? ORDER BY rowid LIMIT 500",
                    (after,),
                ).fetchall()
    finally:
        db.close()


def test_a_damaged_highest_rowid_ends_in_a_bounded_count_of_steps_and_keeps_the_rows(
    damaged: tuple[Path, list[tuple[int, str]]], tmp_path: Path
) -> None:
    path, rows = damaged
    old = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, factory=_Counted)
    assert isinstance(old, _Counted)
    # Each probe is one statement; the old code went on past any bound (2**60 / 500 rounds).
    old.limit = 2 * db_health.MAX_PROBES
    new = sqlite3.connect(tmp_path / "fresh.sqlite3", isolation_level=None)
    new.execute("CREATE TABLE answers (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    try:
        copied, lost = db_health.copy_table(old, new, "answers", ["id", "text"])
        kept = new.execute("SELECT id, text FROM answers ORDER BY id").fetchall()
    finally:
        old.close()
        new.close()

    assert old.steps <= db_health.MAX_PROBES + db_health.MAX_PROBES // 500 + 10
    assert kept == rows[:-1]  # every row but the damaged one
    assert copied == ROWS - 1
    assert lost >= 1  # said lost, so the salvage then looks for it on the file's pages
