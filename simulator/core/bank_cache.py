"""A cache of the parsed, validated question packs, so unchanged packs are not parsed again.

One file holds, for each pack file, its key (path, size, mtime_ns and a SHA-256 of its bytes)
and what parsing it gave: the valid questions (their validated fields) and the problems, so a
broken pack is reported again on every start while it stays broken. The whole file is tied to
the app version and to the code that validates packs: a new version or new rules parse again.

It is JSON lines: a header (format, rules), then one line per pack, each read and written by its
own call. One ``json.loads`` of the whole file held the GIL for as long as the file is large
(1.6 MB with four added packs: 20 ms, more on a loaded machine), and the window waited for it on
every F5; per pack, the window gets its turn between packs whatever their number.

Nothing in the file is trusted: anyone who can write the data folder can replace it. It is read
as JSON only (never pickle), every question in it is validated again by the same models and its
texts checked by the same limits (about ten times faster than parsing the YAML), and an entry
that fails any check, or a file that is not ours, is ignored and the pack parsed again. The file
is written atomically (a temporary file renamed over it), readable by its owner only.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from simulator import __version__
from simulator.core import pack_limits, pack_yaml, questions, questions_models, questions_parse
from simulator.core.pack_limits import MAX_VALUES, PackTooBig, control_character, text_problems
from simulator.core.questions import Problem, Question, parse_pack_bytes
from simulator.core.small_files import read_small_lines

FORMAT = "ml-interview-simulator/bank-cache"
FORMAT_VERSION = 2  # 2: JSON lines, one pack a line (1: one JSON object)
# A cache larger than this is not ours (or not worth trusting): ignored and not written.
MAX_CACHE_BYTES = 64 * 1024 * 1024
# A control character as JSON writes it (\u001b), DEL and C1 included (see pack_limits._CONTROL).
_ESCAPED = re.compile(r"\\u00(?:[01][0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])")


@dataclass(frozen=True)
class PackKey:
    """What identifies one pack file's content; any change means parsing it again."""

    path: str
    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, path: str, stat: os.stat_result, content: bytes) -> PackKey:
        return cls(path, stat.st_size, stat.st_mtime_ns, hashlib.sha256(content).hexdigest())


def rules_fingerprint() -> str:
    """The app version, the code that validates packs and the libraries it uses: the cache is
    valid for these only."""
    import pydantic
    import yaml

    versions = f"{__version__}/{FORMAT_VERSION}/pydantic {pydantic.VERSION}/yaml {yaml.__version__}"
    digest = hashlib.sha256(versions.encode())
    for module in (questions, questions_models, questions_parse, pack_limits, pack_yaml):
        try:
            digest.update(Path(module.__file__ or "").read_bytes())
        except OSError:
            digest.update(b"no source")  # a frozen build: its version names its rules
    return digest.hexdigest()


class PackCache:
    """The cache file of one data folder. ``get`` answers from it, ``put`` records a freshly
    parsed pack, ``save`` writes what this run used (packs not seen again are dropped)."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self.hits = 0
        self.misses = 0
        self._fingerprint = rules_fingerprint()
        self._walk: set[str] = set()  # the packs whose texts must be checked one by one
        self._stored = self._read()
        self._used: dict[str, dict[str, Any]] = {}
        self._changed = False

    def _read(self) -> dict[str, dict[str, Any]]:
        try:
            # one line at a time: the whole file in one decode held the GIL for as long as it
            # is large (JSON writes a newline in a text escaped, so a line is one entry)
            header, *lines = [
                line.decode("utf-8") for line in read_small_lines(self.file, MAX_CACHE_BYTES)
            ]
        except (OSError, ValueError):
            return {}  # missing, unreadable or not text: rebuilt
        data = _loads(header)
        if (
            not isinstance(data, dict)
            or data.get("format") != FORMAT
            or data.get("rules") != self._fingerprint
        ):
            return {}
        stored: dict[str, dict[str, Any]] = {}
        for line in lines:
            entry = _loads(line)
            if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
                continue  # truncated or damaged: that pack is parsed again
            path = entry["path"]
            # One scan of the line for control characters (raw or escaped): when there are
            # none, as in any entry this code wrote from a valid pack, the per-question walk
            # of the texts can be skipped (the models bound every text's length themselves).
            if control_character(line) is not None or _ESCAPED.search(line):
                self._walk.add(path)
            stored[path] = entry
        return stored

    def get(self, key: PackKey) -> tuple[list[Question], list[Problem]] | None:
        entry = self._stored.get(key.path)
        result = _entry_result(entry, key, key.path in self._walk) if entry is not None else None
        if result is None:
            self.misses += 1
            return None
        self.hits += 1
        assert entry is not None
        self._used[key.path] = entry
        return result

    def parse(
        self, shown: str, stat: os.stat_result, content: bytes
    ) -> tuple[list[Question], list[Problem]]:
        """A ``PackParser`` for ``load_packs``: from the cache when the pack is unchanged."""
        key = PackKey.of(shown, stat, content)
        cached = self.get(key)
        if cached is not None:
            return cached
        found, problems = parse_pack_bytes(shown, stat, content)
        self.put(key, found, problems)
        return found, problems

    def put(self, key: PackKey, found: list[Question], problems: list[Problem]) -> None:
        self._used[key.path] = {
            "path": key.path,
            "size": key.size,
            "mtime_ns": key.mtime_ns,
            "sha256": key.sha256,
            "questions": [q.model_dump(mode="json", exclude_defaults=True) for q in found],
            "problems": [[p.file, p.question_id, p.field, p.message, p.line] for p in problems],
        }
        self._changed = True

    def save(self) -> None:
        """Write the entries used this run, if anything changed; a failure to write only
        costs the next start a parse (the data folder may be read-only)."""
        if not self._changed and self._used.keys() == self._stored.keys():
            return
        header = {"format": FORMAT, "rules": self._fingerprint}
        blob = "\n".join(map(_dumps, [header, *self._used.values()])).encode("utf-8")
        if len(blob) > MAX_CACHE_BYTES:
            return
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(dir=self.file.parent, prefix=".bank-", suffix=".part")
        except OSError:
            return
        try:
            with os.fdopen(fd, "wb") as out:  # mkstemp creates it 0600
                out.write(blob)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.file)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            return
        self._stored = dict(self._used)
        self._changed = False


def _entry_result(
    entry: dict[str, Any], key: PackKey, walk: bool
) -> tuple[list[Question], list[Problem]] | None:
    """The questions and problems an entry holds, validated again; None if it does not match
    ``key`` or fails any check."""
    if (
        entry.get("size") != key.size
        or entry.get("mtime_ns") != key.mtime_ns
        or entry.get("sha256") != key.sha256
    ):
        return None
    raw_questions, raw_problems = entry.get("questions"), entry.get("problems")
    if not isinstance(raw_questions, list) or not isinstance(raw_problems, list):
        return None
    try:
        if walk and any(True for _ in text_problems(raw_questions, [MAX_VALUES])):
            return None
        found = [Question.model_validate(raw) for raw in raw_questions]
    except (PackTooBig, ValidationError, TypeError, ValueError):
        return None
    problems: list[Problem] = []
    for raw in raw_problems:
        if (
            not isinstance(raw, list)
            or len(raw) != 5  # (four before problems had their line: parsed again)
            or not all(isinstance(part, str) for part in (raw[0], raw[3]))
            or not all(part is None or isinstance(part, str) for part in raw[1:3])
            or not (raw[4] is None or (type(raw[4]) is int and raw[4] > 0))
            or any(text_problems(raw, [100]))  # no control characters reach the window
        ):
            return None
        problems.append(Problem(raw[0], raw[1], raw[2], raw[3], raw[4]))
    return found, problems


def _loads(line: str) -> object:
    try:
        return json.loads(line)
    except (ValueError, RecursionError):
        return None


def _dumps(item: dict[str, Any]) -> str:
    return json.dumps(item, ensure_ascii=False, separators=(",", ":"))
