"""The question bank the app uses: the shipped packs plus the user's own packs.

What parsing each pack gave is cached in the data folder (``core/bank_cache.py``): an unchanged
pack is not parsed again at the next start."""

from __future__ import annotations

import errno
import os

from simulator import paths
from simulator.core.bank_cache import PackCache
from simulator.core.collector import collector_paused
from simulator.core.questions import LoadProgress, Problem, QuestionBank, load_packs

# The "file" of the problem said when the folder for one's own packs cannot be used at all
PACKS_FOLDER = "your packs"


def load_bank(progress: LoadProgress | None = None) -> QuestionBank:
    # Everything built is kept as long as the bank is used: frozen out of the collector's
    # passes at the end. Left young, the first collection after the load walked all of it at
    # once, holding the GIL (30 ms with eight added packs, longer on a loaded machine: the
    # window waited on every F5, more with each pack a person added).
    with collector_paused(freeze=True):
        return _load_bank(progress)


def _load_bank(progress: LoadProgress | None) -> QuestionBank:
    try:
        user = [paths.user_packs_dir()]
    except paths.DataDirError as exc:
        # No data folder: the shipped questions still work; say why the user's are missing.
        bank = load_packs([paths.bundled_packs_dir()], progress=progress)
        if not _none_to_miss(exc):
            bank.problems.append(Problem(PACKS_FOLDER, None, None, exc.strerror or str(exc)))
        return bank
    try:
        cache = PackCache(paths.bank_cache_file())
    except paths.DataDirError:  # a read-only data folder: load without a cache
        return load_packs([paths.bundled_packs_dir(), *user], progress=progress)
    bank = load_packs([paths.bundled_packs_dir(), *user], parse=cache.parse, progress=progress)
    cache.save()
    return bank


def _none_to_miss(exc: OSError) -> bool:
    """The packs folder could not be made because the data folder takes no new files (a
    read-only disk, an immutable folder) and it is not there: there are no packs of one's own to
    miss, and the run says it is read-only. It was listed as '1 problem in question packs (your
    packs)', with doctor's advice to run 'ml-interview validate FILE' (attack run 50)."""
    if exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
        return False
    try:
        os.lstat(paths.data_dir() / "questions")
    except FileNotFoundError:
        return True
    except OSError:  # (a data folder that cannot be searched: what is in it is not known)
        return False
    return False
