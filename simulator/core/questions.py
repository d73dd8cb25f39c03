"""Question packs: typed models, validation and loading.

A pack is a YAML mapping with optional ``pack:`` metadata and a ``questions:`` list; the schema is
documented in ``questions/README.md``. Loading never raises for bad content: every problem becomes a
``Problem`` naming the file, question id and field, the broken question is skipped, and everything
else loads.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from simulator.core import pack_yaml
from simulator.core.pack_limits import (
    MAX_PACK_BYTES,
    MAX_VALUES,
    PackTooBig,
    text_problems,
)

ID_PATTERN = r"^[a-z][a-z0-9]*(\.[a-z0-9][a-z0-9-]*)+$"

# A phrase made only of these words would match almost any answer on the topic, so it proves
# nothing about a key point or a misconception.
GENERIC_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "by",
        "is",
        "are",
        "be",
        "it",
        "this",
        "that",
        "these",
        "those",
        "i",
        "we",
        "you",
        "they",
        "model",
        "models",
        "data",
        "dataset",
        "learning",
        "machine",
        "ml",
        "algorithm",
        "algorithms",
        "use",
        "used",
        "using",
        "method",
        "methods",
        "thing",
        "things",
        "value",
        "values",
        "result",
        "results",
        "good",
        "bad",
        "better",
        "best",
        "important",
        "way",
        "ways",
        "also",
        "very",
        "system",
        "problem",
        "approach",
        "feature",
        "features",
        "train",
        "training",
        "test",
    ]
)


class Category(StrEnum):
    TECHNICAL = "technical"
    BEHAVIORAL = "behavioral"
    CASE = "case"


class FrameworkStepName(StrEnum):
    CLARIFY = "clarify"
    DATA = "data"
    FEATURES = "features"
    MODEL = "model"
    METRICS = "metrics"
    DEPLOYMENT = "deployment"
    MONITORING = "monitoring"
    TRADE_OFFS = "trade-offs"


NonEmpty = Annotated[str, Field(min_length=1, max_length=2_000)]
# Numbers must be written as numbers: "60" or true is a mistake in a pack, not a 60 or a 1.
Count = Annotated[int, Field(strict=True)]
Phrase = Annotated[str, Field(max_length=200)]


def _check_phrases(phrases: list[str]) -> list[str]:
    cleaned = [p.strip() for p in phrases]
    for phrase in cleaned:
        if not phrase:
            raise ValueError("a phrase is empty")
        words = re.findall(r"[a-z0-9']+", phrase.lower())
        if not words or all(w in GENERIC_WORDS for w in words):
            raise ValueError(f"phrase {phrase!r} is too generic: it would match almost any answer")
    return cleaned


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class KeyPoint(_Strict):
    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)]
    label: NonEmpty
    weight: Annotated[float, Field(strict=True, gt=0, le=10, allow_inf_nan=False)] = 1.0
    phrases: Annotated[list[Phrase], Field(min_length=1, max_length=50)]
    # Wrong claims that assert the opposite of this point ("l2 gives sparse weights" against
    # "L1 gives sparse weights"): said as the candidate's own, the point earns nothing.
    contradicted_by: Annotated[list[Phrase], Field(max_length=30)] = Field(default_factory=list)

    _phrases_specific = field_validator("phrases", "contradicted_by")(_check_phrases)


class Misconception(_Strict):
    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)] | None = None
    phrases: Annotated[list[Phrase], Field(min_length=1, max_length=50)]
    correction: NonEmpty

    _phrases_specific = field_validator("phrases")(_check_phrases)


class FollowUp(_Strict):
    prompt: NonEmpty
    key_point: str | None = None


class StarExpectations(_Strict):
    """What a strong answer puts in each STAR part (behavioral questions)."""

    situation: NonEmpty
    task: NonEmpty
    action: NonEmpty
    result: NonEmpty


class Intent(_Strict):
    """What must happen in a story for it to answer a behavioral question ("a mistake you made
    yourself"), and everyday ways a candidate says it: a story that says none of them is told
    it reads like an answer to another question (see scoring/relevance.py)."""

    label: NonEmpty
    phrases: Annotated[list[Phrase], Field(min_length=1, max_length=60)]

    _phrases_specific = field_validator("phrases")(_check_phrases)


class FrameworkStep(_Strict):
    """One step of a case answer and what a strong answer says there."""

    step: FrameworkStepName
    expectation: NonEmpty
    phrases: Annotated[list[Phrase], Field(max_length=50)] = Field(default_factory=list)

    _phrases_specific = field_validator("phrases")(_check_phrases)


class Question(_Strict):
    id: Annotated[str, Field(pattern=ID_PATTERN, max_length=120)]
    category: Category
    topic: Annotated[str, Field(min_length=1, max_length=60)]
    difficulty: Annotated[Count, Field(ge=1, le=3)]
    prompt: Annotated[str, Field(min_length=10, max_length=2_000)]
    time_limit_s: Annotated[Count, Field(ge=15, le=1800)]
    prep_time_s: Annotated[Count, Field(ge=0, le=300)] = 10
    key_points: Annotated[list[KeyPoint], Field(max_length=30)] = Field(default_factory=list)
    misconceptions: Annotated[list[Misconception], Field(max_length=30)] = Field(
        default_factory=list
    )
    model_answer: Annotated[str, Field(min_length=20, max_length=10_000)]
    follow_ups: Annotated[list[FollowUp], Field(max_length=20)] = Field(default_factory=list)
    competency: Annotated[str, Field(max_length=200)] | None = None
    star: StarExpectations | None = None
    intent: Intent | None = None
    red_flags: Annotated[list[NonEmpty], Field(max_length=30)] = Field(default_factory=list)
    framework: Annotated[list[FrameworkStep], Field(max_length=20)] = Field(default_factory=list)
    tags: Annotated[list[Phrase], Field(max_length=30)] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> Question:
        ids = [kp.id for kp in self.key_points]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"key point ids repeat: {', '.join(dupes)}")
        for follow_up in self.follow_ups:
            if follow_up.key_point is not None and follow_up.key_point not in ids:
                raise ValueError(
                    f"follow-up {follow_up.prompt!r} names key point {follow_up.key_point!r}, "
                    "which this question does not have"
                )
        if self.category is not Category.BEHAVIORAL and not self.key_points:
            raise ValueError(f"a {self.category.value} question needs at least one key point")
        if self.category is Category.BEHAVIORAL and self.star is None:
            raise ValueError("a behavioral question needs 'star' expectations")
        return self

    @property
    def total_weight(self) -> float:
        return sum(kp.weight for kp in self.key_points)

    def key_point(self, key_point_id: str) -> KeyPoint:
        for kp in self.key_points:
            if kp.id == key_point_id:
                return kp
        raise KeyError(f"question {self.id} has no key point {key_point_id!r}")


class PackInfo(_Strict):
    name: str | None = None
    description: str | None = None
    version: int | str | None = None
    author: str | None = None


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack, precise enough to find and fix it."""

    file: str
    question_id: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        parts = [self.file]
        parts.append(f"question {self.question_id}" if self.question_id else "pack")
        if self.field:
            parts.append(f"field {self.field}")
        return ": ".join(parts) + f": {self.message}"


@dataclass
class QuestionBank:
    questions: dict[str, Question] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # question id -> file it came from
    problems: list[Problem] = field(default_factory=list)

    def get(self, question_id: str) -> Question:
        try:
            return self.questions[question_id]
        except KeyError:
            raise KeyError(f"unknown question id {question_id!r}") from None

    def filter(
        self,
        categories: Iterable[str] | None = None,
        topics: Iterable[str] | None = None,
    ) -> list[Question]:
        cats = {str(c) for c in categories} if categories else None
        tops = set(topics) if topics else None
        return [
            q
            for q in self.questions.values()
            if (cats is None or q.category.value in cats) and (tops is None or q.topic in tops)
        ]

    def topics(self, category: str | None = None) -> list[str]:
        return sorted(
            {q.topic for q in self.questions.values() if not category or q.category == category}
        )


def _field_path(loc: Sequence[int | str]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _describe(error: Any) -> str:
    msg = str(error.get("msg", "invalid"))
    return msg.removeprefix("Value error, ")


def _load_yaml(text: str, file: str) -> tuple[Any, Problem | None]:
    try:
        return pack_yaml.load(text), None
    except yaml.reader.ReaderError as exc:
        return None, Problem(file, None, None, pack_yaml.reader_problem(exc, text))
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" (line {where.line + 1})" if where is not None else ""
        reason = getattr(exc, "problem", None) or "it is not valid YAML"
        return None, Problem(file, None, None, f"not valid YAML{line}: {reason}")
    except RecursionError:
        return None, Problem(file, None, None, "not a pack: it nests far too deeply")
    except Exception as exc:  # noqa: BLE001 - any constructor error is a broken pack
        # A value that does not fit its type (``!!int 12x``, ``!!timestamp 2001-99-99``, a
        # 5,000-digit number): the loader raises a plain exception, without a line.
        reason = str(exc)[:80]  # the value is quoted: at most a short piece of the file
        where = pack_yaml.unreadable_value_line(text)
        line = f" (line {where})" if where else ""
        return None, Problem(file, None, None, f"a value cannot be read{line}: {reason}")


def parse_pack(text: str, file: str) -> tuple[list[Question], list[Problem]]:
    """Parse one pack's text. Returns the valid questions and the problems found; never raises."""
    data, problem = _load_yaml(text, file)
    if problem is not None:
        return [], [problem]
    budget = [MAX_VALUES]
    try:
        # Walk the whole pack once up front: a pack that expands too far is refused before
        # any per-field validation spends time on it.
        list(text_problems(data, [MAX_VALUES]))
    except PackTooBig as exc:
        return [], [Problem(file, None, None, f"not loaded: {exc}")]
    if data is None:
        return [], [Problem(file, None, None, "the file is empty")]
    if not isinstance(data, dict):
        kind = type(data).__name__
        return [], [
            Problem(file, None, None, f"a pack must be a mapping with 'questions:', not a {kind}")
        ]

    if "pack" not in data and "questions" not in data:
        # e.g. a config or password file ("name: value" lines): its keys are not echoed
        return [], [Problem(file, None, None, "not a pack: it has no 'questions:' key")]
    problems: list[Problem] = []
    unknown = sorted(str(k)[:40] for k in data if k not in ("pack", "questions"))
    if unknown:
        problems.append(
            Problem(
                file, None, unknown[0], "unknown top-level key (expected 'pack' and 'questions')"
            )
        )
    if "pack" in data and data["pack"] is not None:
        try:
            PackInfo.model_validate(data["pack"])
        except ValidationError as exc:
            err = exc.errors()[0]
            problems.append(Problem(file, None, _field_path(["pack", *err["loc"]]), _describe(err)))
    raw_questions = data.get("questions")
    if not isinstance(raw_questions, list) or not raw_questions:
        problems.append(Problem(file, None, "questions", "must be a non-empty list of questions"))
        return [], problems

    questions: list[Question] = []
    for index, raw in enumerate(raw_questions):
        qid = raw.get("id") if isinstance(raw, dict) else None
        label = str(qid) if isinstance(qid, str) and qid else f"#{index + 1}"
        if not isinstance(raw, dict):
            problems.append(Problem(file, label, None, "a question must be a mapping of fields"))
            continue
        text_faults = list(text_problems(raw, budget))
        if text_faults:
            problems.extend(Problem(file, label, path or None, msg) for path, msg in text_faults)
            continue
        try:
            questions.append(Question.model_validate(raw))
        except ValidationError as exc:
            for err in exc.errors():
                problems.append(
                    Problem(file, label, _field_path(err["loc"]) or None, _describe(err))
                )
    return questions, problems


# (file as shown, its stat, its bytes) -> the pack's valid questions and problems; lets a cache
# answer for a pack it has seen (see bank_cache.py).
PackParser = Callable[[str, os.stat_result, bytes], tuple[list[Question], list[Problem]]]
# (pack number from 1, number of packs, file name): called before each pack is read.
LoadProgress = Callable[[int, int, str], None]


def parse_pack_bytes(
    shown: str, stat: os.stat_result, content: bytes
) -> tuple[list[Question], list[Problem]]:
    text, why = pack_yaml.decode(content)
    if text is None:
        return [], [Problem(shown, None, None, why or "not UTF-8 text")]
    return parse_pack(text, shown)


def load_packs(
    paths: Iterable[Path],
    parse: PackParser = parse_pack_bytes,
    progress: LoadProgress | None = None,
) -> QuestionBank:
    """Load every pack under ``paths`` (files or folders of *.yaml / *.yml), in a stable order."""
    bank = QuestionBank()
    files = _pack_files(paths, bank.problems)
    for number, file in enumerate(files, start=1):
        if progress is not None:
            progress(number, len(files), file.name)
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
            bank.problems.append(Problem(shown, None, None, f"cannot be read: {exc}"))
            continue
        if len(content) > MAX_PACK_BYTES:  # it grew after stat()
            bank.problems.append(Problem(shown, None, None, "too large: not loaded"))
            continue
        questions, problems = parse(shown, stat, content)
        if problems and _links_outside(file):  # e.g. to a system file: none of its text shown
            problems = [Problem(shown, None, None, _OUTSIDE)]
        bank.problems.extend(problems)
        for q in questions:
            if q.id in bank.questions:
                bank.problems.append(
                    Problem(
                        shown, q.id, "id", f"duplicate id: already defined in {bank.sources[q.id]}"
                    )
                )
                continue
            bank.questions[q.id] = q
            bank.sources[q.id] = shown
    return bank


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
            problems.append(Problem(str(path), None, None, f"cannot be read: {reason}"))
    return files


def _files_at(path: Path, problems: list[Problem]) -> list[Path]:
    """The pack files at ``path`` (a file, or a folder's *.yaml / *.yml); what cannot be a
    pack there is added to ``problems``."""
    if path.is_dir():
        files: list[Path] = []
        for p in sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml")):
            if p.is_file():
                files.append(p)
            else:  # a folder, a pipe, a device or a broken link named like a pack
                problems.append(Problem(str(p), None, None, _not_a_file(p)))
        return files
    if path.is_file():
        return [path]
    if path.exists() or path.is_symlink():
        problems.append(Problem(str(path), None, None, _not_a_file(path)))
    else:
        problems.append(Problem(str(path), None, None, "no such file or folder"))
    return []


def _not_a_file(path: Path) -> str:
    if path.is_symlink() and not path.exists():
        return "a link to nothing (or to itself): not loaded"
    if path.is_dir():
        return "a folder, not a pack file: not loaded"
    return "not a regular file (a pipe, device or socket): not loaded"
