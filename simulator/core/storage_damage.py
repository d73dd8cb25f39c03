"""Reads that find the open session database damaged (attack run 48).

SQLite says 'database disk image is malformed' when a page it reads is bad: random bytes over
the file while the app has it open, a disk error, another program's write. Opening the file
checks it and salvages a damaged one; a file damaged after that failed every read with SQLite's
words alone (the window's status bar: 'database disk image is malformed', no file named, no way
out but a restart). ``repairs_damage`` makes a read that finds it do what opening does: the
storage keeps the file aside as it is, recovers what reads into a fresh one (told in its
notices) and the read runs again there. A run that cannot salvage (read-only, no room) says
which file is damaged instead of SQLite's words.
"""

from __future__ import annotations

import functools
import inspect
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol, TypeVar, cast

from simulator.core import db_health
from simulator.core.storage_errors import StorageError

F = TypeVar("F", bound=Callable[..., Any])


class Salvaging(Protocol):
    path: Path
    read_only: bool

    @property
    def read_only_why(self) -> str: ...

    def _salvage_mid_run(self, exc: sqlite3.DatabaseError) -> StorageError: ...


def _salvage(storage: Salvaging, exc: sqlite3.DatabaseError) -> None:
    """Salvage after ``exc`` (the file is damaged), or raise what says so, naming the file."""
    if not storage.read_only:
        storage._salvage_mid_run(exc)
        if not storage.read_only:
            return
    why = storage.read_only_why
    raise StorageError(
        f"cannot read the session database {storage.path}: it is damaged ({exc})"
        + (f"; it cannot be repaired now: {why}" if why else ""),
        "damaged",
    ) from exc


def repairs_damage(method: F) -> F:
    """``method`` (a read of ``Storage``) run again in the salvaged file when it finds the
    open file damaged. A generator is run again only while it has given nothing yet."""
    if inspect.isgeneratorfunction(method):

        @functools.wraps(method)
        def each(self: Salvaging, *args: Any, **kwargs: Any) -> Iterator[Any]:
            given = False
            try:
                for item in method(self, *args, **kwargs):
                    given = True
                    yield item
                return
            except sqlite3.DatabaseError as exc:
                if not db_health.is_damage(exc):
                    raise
                _salvage(self, exc)
                if given:  # what was given came from the damaged file
                    raise StorageError(
                        f"the session database {self.path} was found damaged while it was "
                        "read; what still reads was recovered into a fresh file: read it again",
                        "repaired",
                    ) from exc
            yield from method(self, *args, **kwargs)

        return cast(F, each)

    @functools.wraps(method)
    def read(self: Salvaging, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            if not db_health.is_damage(exc):
                raise
            _salvage(self, exc)
        return method(self, *args, **kwargs)

    return cast(F, read)
