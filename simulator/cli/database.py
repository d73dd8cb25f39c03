"""Opening the session database for a command: notices on stderr, failures as one line."""

from __future__ import annotations

import sys

from simulator import paths
from simulator.cli import UserError
from simulator.cli.output import plain
from simulator.core.storage import Storage, StorageError


def open_storage() -> Storage:
    """The session database; what a person should know about it (salvaged, read-only,
    recreated) is printed to stderr first."""
    try:
        storage = Storage(paths.database_file())
    except StorageError as exc:
        raise UserError(str(exc)) from None
    for notice in storage.take_notices():
        print(f"ml-interview: {plain(notice)}", file=sys.stderr)
    return storage
