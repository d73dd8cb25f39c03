"""Where a recording is, as stored with its answer: relative to the data folder.

Answers once stored absolute paths, so a data folder moved by hand (or restored elsewhere)
replayed nothing. Paths are now stored as ``recordings/<file>``, and an old absolute path that
points into some data folder's ``recordings`` folder is read by its part after that folder (the
same file in the folder the database is in now), falling back to the absolute path as stored.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePath

RECORDINGS = "recordings"


def to_stored(path: str | None, data_dir: Path) -> str | None:
    """``path`` as stored: relative when it lies in ``data_dir``'s recordings folder."""
    if not path:
        return path
    if not os.path.isabs(path):
        return path
    try:
        rest = Path(os.path.abspath(path)).relative_to(Path(os.path.abspath(data_dir)) / RECORDINGS)
    except ValueError:
        return path  # somewhere else: kept as given
    return PurePath(RECORDINGS, rest).as_posix()


def resolve(stored: str | None, data_dir: Path) -> str | None:
    """The file a stored path means now, with the database in ``data_dir``."""
    if not stored:
        return stored
    if not os.path.isabs(stored):
        return str(data_dir / stored)
    parts = PurePath(stored).parts
    if RECORDINGS in parts[:-1]:
        after = len(parts) - 1 - parts[::-1].index(RECORDINGS)
        here = data_dir.joinpath(RECORDINGS, *parts[after + 1 :])
        if here.is_file():
            return str(here)
    return stored
