"""Opening the session database for a command: notices on stderr, failures as one line."""

from __future__ import annotations

import sys

from simulator import paths
from simulator.cli import UserError
from simulator.cli.output import plain
from simulator.core.storage import Storage, StorageError


def open_storage(*, reading: bool = False) -> Storage:
    """The session database; what a person should know about it (salvaged, read-only,
    recreated) is printed to stderr first. ``reading``: the command only reads, so a database
    another program holds locked is read as it is (a notice says so) instead of refused."""
    try:
        storage = Storage(paths.database_file(), if_locked="read-only" if reading else "raise")
    except StorageError as exc:
        raise UserError(str(exc)) from None
    for notice in storage.take_notices():
        print(f"ml-interview: {plain(notice)}", file=sys.stderr)
    return storage
