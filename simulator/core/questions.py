"""Question packs: typed models, validation and loading.

A pack is a YAML mapping with optional ``pack:`` metadata and a ``questions:`` list; the schema is
documented in ``questions/README.md``. Loading never raises for bad content: every problem becomes a
``Problem`` naming the file, question id and field, the broken question is skipped, and everything
else loads.

This module finds the pack files and gathers their questions into one bank; the models live in
``questions_models.py`` and the parsing of one pack in ``questions_parse.py``. Both are imported
from here by the rest of the app, so this is the one name to import.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from simulator.core import pack_yaml
from simulator.core.collector import collector_paused
from simulator.core.pack_limits import MAX_PACK_BYTES
from simulator.core.questions_models import (
    GENERIC_WORDS,
    ID_PATTERN,
    AskedElement,
    Category,
    FollowUp,
    FrameworkStep,
    FrameworkStepName,
    Intent,
    KeyPoint,
    Misconception,
    PackInfo,
    Problem,
    Question,
    QuestionBank,
    StarExpectations,
    is_warning,
)
from simulator.core.questions_parse import parse_pack, parse_pack_bytes
from simulator.core.storage_errors import plain_reason

__all__ = [
    "GENERIC_WORDS",
    "ID_PATTERN",
    "MAX_PACK_BYTES",
    "AskedElement",
    "Category",
    "FollowUp",
    "FrameworkStep",
    "FrameworkStepName",
    "Intent",
    "KeyPoint",
    "LoadProgress",
    "Misconception",
    "PackInfo",
    "PackParser",
    "Problem",
    "Question",
    "QuestionBank",
    "StarExpectations",
    "load_packs",
    "parse_pack",
    "parse_pack_bytes",
    "readable_path",
    "shipped_id_clashes",
]

# (file as shown, its stat, its bytes) -> the pack's valid questions and problems; lets a cache
# answer for a pack it has seen (see bank_cache.py).
PackParser = Callable[[str, os.stat_result, bytes], tuple[list[Question], list[Problem]]]
# (pack number from 1, number of packs, file name): called before each pack is read.
LoadProgress = Callable[[int, int, str], None]


def load_packs(
    paths: Iterable[Path],
    parse: PackParser = parse_pack_bytes,
    progress: LoadProgress | None = None,
) -> QuestionBank:
    """Load every pack under ``paths`` (files or folders of *.yaml / *.yml), in a stable order."""
    # Parsing keeps every object it makes alive until the pack is built: without the pause,
    # a 2 MB pack of broken questions took 7 s of CPU (3 s with it).
    with collector_paused():
        return _load_packs(paths, parse, progress)


def _load_packs(
    paths: Iterable[Path], parse: PackParser, progress: LoadProgress | None
) -> QuestionBank:
    bank = QuestionBank()
    files = _pack_files(paths, bank.problems)
    for number, file in enumerate(files, start=1):
        if progress is not None:
            progress(number, len(files), _name_and_size(file))
        shown = readable_path(file)
        try:
            stat = file.stat()
            size = stat.st_size
            if size > MAX_PACK_BYTES:
                limit = MAX_PACK_BYTES / 1024 / 1024
                bank.problems.append(
                    Problem(
                        shown,
                        None,
                        None,
                        f"too large ({size / 1024 / 1024:.1f} MB; "
                        f"a pack may be at most {limit:.0f} MB): not loaded",
                    )
                )
                continue
            content = file.read_bytes()
        except OSError as exc:
            # (it said "[Errno 13] Permission denied: '/the/same/path'")
            bank.problems.append(Problem(shown, None, None, f"cannot be read: {plain_reason(exc)}"))
            continue
        if len(content) > MAX_PACK_BYTES:  # it grew after stat()
            bank.problems.append(Problem(shown, None, None, "too large: not loaded"))
            continue
        questions, found = _parsed(parse, shown, stat, content)
        # what loading changed in questions loaded all the same (bidi controls removed)
        bank.warnings.extend(p for p in found if is_warning(p))
        problems = [p for p in found if not is_warning(p)]
        if problems and _links_outside(file):  # e.g. to a system file: none of its text shown
            problems = [Problem(shown, None, None, _OUTSIDE)]
        bank.problems.extend(problems)
        lines: pack_yaml.PackLines | None = None  # read only for a duplicate (rare)
        seen_here: Counter[str] = Counter()  # ids met so far in this pack
        for q in questions:
            earlier_here = seen_here[q.id]
            seen_here[q.id] += 1
            if q.id in bank.questions:
                if lines is None:
                    lines = pack_yaml.PackLines(content.decode("utf-8", "replace"))
                bank.problems.append(
                    Problem(
                        shown,
                        q.id,
                        "id",
                        f"duplicate id: already defined in {bank.sources[q.id]} "
                        "(that one is loaded, this one skipped)",
                        # this question's line: the one loaded, when in this pack too, came
                        # first (its line was given, the one that is kept)
                        lines.id_line(q.id, earlier_here),
                    )
                )
                continue
            bank.questions[q.id] = q
            bank.sources[q.id] = shown
    return bank


# What the last parse of each pack file gave in this process, by the file as shown: its
# (size, mtime_ns, SHA-256) and its questions and problems, most recent last. The scorer reads
# the shipped packs again for its own tables (``shipped_rubrics``, ``intent_phrases``) right
# after the window's bank has loaded them: the same bytes were parsed from YAML a second time
# (1.9-2.9 s of the bank's 4-8 s warm-up at load 14, holding the GIL on Home). Questions are
# frozen, so the bank and the scorer share them.
_PARSED: dict[str, tuple[tuple[int, int, str], list[Question], list[Problem]]] = {}
PARSED_KEPT = 16  # files remembered (each one's questions are usually held by a bank anyway)
_PARSED_LOCK = threading.Lock()  # the database lane and the scoring lane both load packs


def _parsed(
    parse: PackParser, shown: str, stat: os.stat_result, content: bytes
) -> tuple[list[Question], list[Problem]]:
    """``parse``'s result for the pack; an unchanged file already parsed in this process is not
    parsed again by the default parser. A parser of the caller's own (the bank's cache, which
    records what it answered) is always asked, and what it gives is remembered."""
    key = (stat.st_size, stat.st_mtime_ns, hashlib.sha256(content).hexdigest())
    if parse is parse_pack_bytes:
        with _PARSED_LOCK:
            known = _PARSED.get(shown)
        if known is not None and known[0] == key:
            return list(known[1]), list(known[2])
    questions, problems = parse(shown, stat, content)
    with _PARSED_LOCK:
        _PARSED.pop(shown, None)
        _PARSED[shown] = (key, list(questions), list(problems))
        while len(_PARSED) > PARSED_KEPT:
            del _PARSED[next(iter(_PARSED))]
    return questions, problems


# From this size on, a pack's load is said to take a while: a 1 MB pack parses for seconds on a
# loaded machine (a 2 MB one took 8 to 11 s), with nothing else on the screen moving meanwhile.
LARGE_PACK_BYTES = 512 * 1024


def _name_and_size(file: Path) -> str:
    """The pack's name as progress shows it, with its size when it is large enough to wait for."""
    try:
        size = file.stat().st_size
    except OSError:  # said as a problem when the pack is read
        return file.name
    if size < LARGE_PACK_BYTES:
        return file.name
    return f"{file.name}, {size / 2**20:.1f} MB: a large pack takes a while"


def readable_path(path: Path) -> str:
    """``path`` as text that can be printed and saved: bytes of a name that are not UTF-8 are
    shown as \\xNN escapes (as Python holds them, they crashed every print and the cache)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


_OUTSIDE = "not a valid pack, and it links to a file outside its folder: its content is not shown"


def _links_outside(file: Path) -> bool:
    return file.is_symlink() and not file.resolve().is_relative_to(file.parent.resolve())


def _pack_files(paths: Iterable[Path], problems: list[Problem]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        try:
            files.extend(_files_at(path, problems))
        except OSError as exc:  # a name too long, a folder that cannot be searched
            reason = (exc.strerror or str(exc)).lower()
            problems.append(Problem(readable_path(path), None, None, f"cannot be read: {reason}"))
    # A file named twice (a folder and a file in it, a link to a pack) is read once: read
    # again, each of its questions was reported as a duplicate of itself.
    seen: set[str] = set()
    unique: list[Path] = []
    for file in files:
        real = os.path.realpath(file)
        if real not in seen:
            seen.add(real)
            unique.append(file)
    return unique


def _files_at(path: Path, problems: list[Problem]) -> list[Path]:
    """The pack files at ``path`` (a file, or a folder's *.yaml / *.yml); what cannot be a
    pack there is added to ``problems``."""
    if path.is_dir():
        files: list[Path] = []
        for p in sorted(p for p in path.iterdir() if is_pack_name(p)):
            if p.is_file():
                files.append(p)
            else:  # a folder, a pipe, a device or a broken link named like a pack
                problems.append(Problem(readable_path(p), None, None, _not_a_file(p)))
        return files
    if path.is_file():
        return [path]
    if path.exists() or path.is_symlink():
        problems.append(Problem(readable_path(path), None, None, _not_a_file(path)))
    else:
        problems.append(Problem(readable_path(path), None, None, "no such file or folder"))
    return []


def is_pack_name(path: Path) -> bool:
    """A name a pack file has in a folder: *.yaml or *.yml, in any case (a pack saved as
    'Mine.YAML' on another system was passed over without a word: attack run 32)."""
    return path.suffix.lower() in (".yaml", ".yml")


def _not_a_file(path: Path) -> str:
    if path.is_symlink() and not path.exists():
        return "a link to nothing (or to itself): not loaded"
    if path.is_dir():
        return "a folder, not a pack file: not loaded"
    return "not a regular file (a pipe, device or socket): not loaded"


def shipped_id_clashes(bank: QuestionBank, shipped: QuestionBank) -> list[Problem]:
    """The questions of ``bank`` whose id a shipped pack (another file) already uses: the app
    reads the shipped packs first, so it would skip these."""
    clashes: list[Problem] = []
    for question_id, source in bank.sources.items():
        owner = shipped.sources.get(question_id)
        if owner is None or os.path.realpath(owner) == os.path.realpath(source):
            continue
        clashes.append(
            Problem(
                source,
                question_id,
                "id",
                f"already the id of a shipped question (in {Path(owner).name}): the app loads "
                "the shipped one and skips this one; choose another id",
                _id_line_in(source, question_id),
            )
        )
    return clashes


def _id_line_in(file: str, question_id: str) -> int | None:
    """The line of ``question_id``'s question in the pack ``file`` (as shown), if it can be
    read again (every other problem of ``validate`` says its line)."""
    try:
        text = Path(file).read_bytes().decode("utf-8", "replace")
    except OSError:
        return None
    return pack_yaml.PackLines(text).id_line(question_id)
