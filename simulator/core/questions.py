"""Question packs: typed models, validation and loading.

A pack is a YAML mapping with optional ``pack:`` metadata and a ``questions:`` list; the schema is
documented in ``questions/README.md``. Loading never raises for bad content: every problem becomes a
``Problem`` naming the file, question id and field, the broken question is skipped, and everything
else loads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

# libyaml's loader parses the bank ~10x faster than the pure-Python one (start-up time).
_YamlLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

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


NonEmpty = Annotated[str, Field(min_length=1)]


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
    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]
    label: NonEmpty
    weight: Annotated[float, Field(gt=0, le=10)] = 1.0
    phrases: Annotated[list[str], Field(min_length=1)]

    _phrases_specific = field_validator("phrases")(_check_phrases)


class Misconception(_Strict):
    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")] | None = None
    phrases: Annotated[list[str], Field(min_length=1)]
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


class FrameworkStep(_Strict):
    """One step of a case answer and what a strong answer says there."""

    step: FrameworkStepName
    expectation: NonEmpty
    phrases: list[str] = Field(default_factory=list)

    _phrases_specific = field_validator("phrases")(_check_phrases)


class Question(_Strict):
    id: Annotated[str, Field(pattern=ID_PATTERN)]
    category: Category
    topic: NonEmpty
    difficulty: Annotated[int, Field(ge=1, le=3)]
    prompt: Annotated[str, Field(min_length=10)]
    time_limit_s: Annotated[int, Field(ge=15, le=1800)]
    prep_time_s: Annotated[int, Field(ge=0, le=300)] = 10
    key_points: list[KeyPoint] = Field(default_factory=list)
    misconceptions: list[Misconception] = Field(default_factory=list)
    model_answer: Annotated[str, Field(min_length=20)]
    follow_ups: list[FollowUp] = Field(default_factory=list)
    competency: str | None = None
    star: StarExpectations | None = None
    red_flags: list[str] = Field(default_factory=list)
    framework: list[FrameworkStep] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)

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


def parse_pack(text: str, file: str) -> tuple[list[Question], list[Problem]]:
    """Parse one pack's text. Returns the valid questions and the problems found."""
    try:
        data = yaml.load(text, Loader=_YamlLoader)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" (line {where.line + 1})" if where is not None else ""
        reason = getattr(exc, "problem", None) or "it is not valid YAML"
        return [], [Problem(file, None, None, f"not valid YAML{line}: {reason}")]
    if data is None:
        return [], [Problem(file, None, None, "the file is empty")]
    if not isinstance(data, dict):
        kind = type(data).__name__
        return [], [
            Problem(file, None, None, f"a pack must be a mapping with 'questions:', not a {kind}")
        ]

    problems: list[Problem] = []
    unknown = sorted(str(k) for k in data if k not in ("pack", "questions"))
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
        try:
            questions.append(Question.model_validate(raw))
        except ValidationError as exc:
            for err in exc.errors():
                problems.append(
                    Problem(file, label, _field_path(err["loc"]) or None, _describe(err))
                )
    return questions, problems


def load_packs(paths: Iterable[Path]) -> QuestionBank:
    """Load every pack under ``paths`` (files or folders of *.yaml / *.yml), in a stable order."""
    bank = QuestionBank()
    for file in _pack_files(paths, bank.problems):
        shown = str(file)
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            bank.problems.append(Problem(shown, None, None, f"cannot be read: {exc}"))
            continue
        questions, problems = parse_pack(text, shown)
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


def _pack_files(paths: Iterable[Path], problems: list[Problem]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            files.extend(
                sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
            )
        elif path.is_file():
            files.append(path)
        else:
            problems.append(Problem(str(path), None, None, "no such file or folder"))
    return files
