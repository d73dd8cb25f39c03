"""A damaged database's -wal is folded into the copy kept aside only when it is provably whole
(fix46): SQLite reads a -wal whose header or a frame's checksum it rejects as ending there, and
a checkpoint then emptied it, destroying the last answers that lived only in it."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from simulator.core.db_health import one_file

PAGE = 4096


def _copy_with_a_wal(tmp_path: Path) -> Path:
    """A copy of a database whose last three answers live only in its -wal."""
    live = tmp_path / "live.sqlite3"
    db = sqlite3.connect(live, isolation_level=None)
    db.execute(f"PRAGMA page_size={PAGE}")
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA wal_autocheckpoint=0")
    db.execute("CREATE TABLE answers (id INTEGER PRIMARY KEY, text TEXT)")
    for i in range(3):
        db.execute("INSERT INTO answers (text) VALUES (?)", (f"answer {i} only in the wal",))
    copy = tmp_path / "live.sqlite3.damaged-1"
    shutil.copy(live, copy)
    shutil.copy(f"{live}-wal", f"{copy}-wal")
    db.close()
    return copy


def _flip(at: Callable[[int], int]) -> Callable[[bytearray], None]:
    def damage(raw: bytearray) -> None:
        raw[at(len(raw))] ^= 0xFF

    return damage


@pytest.mark.parametrize(
    "damage",
    (
        _flip(lambda n: 24),  # the header's checksum: SQLite reads no frame
        _flip(lambda n: 32 + (PAGE + 24) + 16),  # the second frame's checksum: none after it
        lambda raw: raw.extend(b"\0" * 100),  # a size that is no whole number of frames
    ),
    ids=("header", "second frame", "torn tail"),
)
def test_a_wal_that_is_not_provably_whole_stays_beside_the_copy_untouched(
    tmp_path: Path, damage: Callable[[bytearray], None]
) -> None:
    copy = _copy_with_a_wal(tmp_path)
    wal = Path(f"{copy}-wal")
    raw = bytearray(wal.read_bytes())
    damage(raw)
    wal.write_bytes(bytes(raw))
    before = copy.read_bytes()
    one_file(copy)
    assert wal.read_bytes() == bytes(raw)
    assert copy.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if "damaged" in p.name) == [
        copy.name,
        wal.name,
    ]


def test_a_whole_wal_is_folded_in_and_the_copy_is_one_file(tmp_path: Path) -> None:
    copy = _copy_with_a_wal(tmp_path)
    one_file(copy)
    assert sorted(p.name for p in tmp_path.iterdir() if "damaged" in p.name) == [copy.name]
    alone = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)
    assert alone.execute("SELECT count(*) FROM answers").fetchone()[0] == 3
    alone.close()
