"""The reason a damaged session database is given, as people read it (attack run 48: pages
overwritten while the app ran). Home's notice and the status bar read 'was damaged (pages are
corrupt: *** in database main *** Page 12: btreeInitPage() returns error code 11 Page 13:
btreeInitPage() returns error code 11 ...)': SQLite's check report, several lines run into
one, cut off in the status bar. The reason is now one short line naming the pages; the
report itself goes to the log."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from simulator.core import db_health
from simulator.core.storage import apply_migrations
from simulator.core.storage_schema import SCHEMA_VERSION
from tests.core.test_damaged_mid_session_hard48 import PAGE, history


def _damaged(path: Path) -> None:
    history(path)
    pages = path.stat().st_size // PAGE
    with path.open("r+b") as f:
        f.seek(2 * PAGE)
        f.write(b"\xff" * PAGE * (pages - 2))


def test_corrupt_pages_are_named_in_one_short_line_hard48(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "sessions.sqlite3"
    _damaged(path)
    schema = db_health.expected_schema(apply_migrations)
    with caplog.at_level(logging.WARNING):
        reason = db_health.check(path, schema, SCHEMA_VERSION)
    assert reason is not None and reason.startswith("pages are corrupt (page"), reason
    assert "\n" not in reason and "***" not in reason and "btree" not in reason, reason
    assert len(reason) <= 80, reason
    assert "btreeInitPage" in caplog.text or "Page" in caplog.text  # the report, in the log


@pytest.mark.parametrize(
    ("report", "said"),
    [
        (
            [
                "*** in database main ***\nPage 12: btreeInitPage() returns error code 11\n"
                "Page 13: btreeInitPage() returns error code 11",
                "Page 9: never used",
            ],
            "pages are corrupt (pages 9, 12 and 13)",
        ),
        (["*** in database main ***\nPage 4: never used"], "pages are corrupt (page 4)"),
        (
            ["row 3 missing from index sqlite_autoindex_answers_1"],
            "pages are corrupt (row 3 missing from index sqlite_autoindex_answers_1)",
        ),
        (
            [f"*** in database main ***\nPage {n}: never used" for n in range(2, 40)],
            "pages are corrupt (pages 2, 3, 4, 5, 6 and 33 more)",
        ),
    ],
)
def test_a_check_report_said_plainly_hard48(report: list[str], said: str) -> None:
    assert db_health.corrupt_pages(report) == said
