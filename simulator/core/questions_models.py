"""Question packs, the typed models: what a question, its rubric and a pack's problems are.

Pydantic checks each field's type and limits when a pack's question is validated (see
``questions_parse.py``); ``Problem`` and ``QuestionBank`` are what loading gives back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from simulator.core.long_names import shortened, shortened_runs
from simulator.core.pack_limits import MAX_FRAMEWORK_STEPS, MAX_KEY_POINTS, MAX_MISCONCEPTIONS
from simulator.core.reordering import one_line

ID_PATTERN = r"^[a-z][a-z0-9]*(\.[a-z0-9][a-z0-9-]*)+$"
KEY_ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"  # a key point's or a misconception's id

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


def _has_a_word(text: str) -> str:
    """A text read or spoken to the person holds at least one letter or digit (any script).

    Whitespace is stripped before the length checks, but not zero-width characters or
    punctuation: a prompt of twelve U+200B or of '????????????' passed as 'ok', and the
    question was then shown as tags or dots and spoken as nothing."""
    if text and not any(ch.isalnum() for ch in text):
        raise ValueError(
            "has no word, only punctuation, symbols or invisible characters: "
            "nothing could be shown or read aloud"
        )
    return text


def _one_line(text: str) -> str:
    """A text shown as one line (a topic, in lists, filters and exports) holds no line break:
    a topic of 'ml' and 'basics' on two lines loaded and broke those in two (attack run 37b).
    Leading and trailing breaks are stripped before this, as any whitespace."""
    if len(text.splitlines()) > 1:
        raise ValueError("must be one line, but it holds a line break: write it on one line")
    return text


def _folded(text: str) -> str:
    """A label written as a block scalar ('|') or with '\\n' loaded with its line breaks, and
    the scorecard, the Progress lists, exports and the CLI's lines broke there (walkthrough
    37). Folded into one line, not refused: the words are right, only the layout was not."""
    return one_line(text)


NonEmpty = Annotated[str, Field(min_length=1, max_length=2_000), AfterValidator(_has_a_word)]
OneLine = Annotated[NonEmpty, AfterValidator(_folded)]
# Numbers must be written as numbers: "60" or true is a mistake in a pack, not a 60 or a 1.
Count = Annotated[int, Field(strict=True)]
Phrase = Annotated[str, Field(max_length=200)]


_PHRASE_WORD = re.compile(r"[a-z0-9']+")


def _check_phrases(phrases: list[str]) -> list[str]:
    cleaned = [p.strip() for p in phrases]
    for phrase in cleaned:
        if not phrase:
            raise ValueError("a phrase is empty")
        words = _PHRASE_WORD.findall(phrase.lower())
        if not words:  # answers are matched on such words: it could match none
            raise ValueError(
                f"phrase {phrase!r} has no word in English letters or digits: "
                "it could never match an answer"
            )
        if all(w in GENERIC_WORDS for w in words):
            raise ValueError(f"phrase {phrase!r} is too generic: it would match almost any answer")
    return cleaned


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


# Weights are relative (at most 10). One far smaller counts for nothing, and near zero the
# score's sums lose their precision: a weight of 5e-324 (a denormal float) scored an answer 100
# where 1e-300 scored it 86 (attack run 37b). 0.01 is a thousandth of the largest weight.
MIN_KEY_POINT_WEIGHT = 0.01


class KeyPoint(_Strict):
    id: Annotated[str, Field(pattern=KEY_ID_PATTERN, max_length=80)]
    label: OneLine
    weight: Annotated[
        float, Field(strict=True, ge=MIN_KEY_POINT_WEIGHT, le=10, allow_inf_nan=False)
    ] = 1.0
    phrases: Annotated[list[Phrase], Field(min_length=1, max_length=50)]
    # Wrong claims that assert the opposite of this point ("l2 gives sparse weights" against
    # "L1 gives sparse weights"): said as the candidate's own, the point earns nothing.
    contradicted_by: Annotated[list[Phrase], Field(max_length=30)] = Field(default_factory=list)

    _phrases_specific = field_validator("phrases", "contradicted_by")(_check_phrases)


class Misconception(_Strict):
    id: Annotated[str, Field(pattern=KEY_ID_PATTERN, max_length=80)] | None = None
    phrases: Annotated[list[Phrase], Field(min_length=1, max_length=50)]
    correction: NonEmpty

    _phrases_specific = field_validator("phrases")(_check_phrases)


class FollowUp(_Strict):
    prompt: NonEmpty
    key_point: str | None = None
    # Its earlier wordings: a session that asked it so still counts its answer for the key point
    # (follow_up_points.probed_point) once the prompt is reworded.
    formerly: Annotated[list[NonEmpty], Field(max_length=10)] = Field(default_factory=list)


class StarExpectations(_Strict):
    """What a strong answer puts in each STAR part (behavioral questions)."""

    situation: NonEmpty
    task: NonEmpty
    action: NonEmpty
    result: NonEmpty


class AskedElement(StrEnum):
    """What a behavioral question asks a story to show, named by its role in the story rather
    than by the prompt's words (scoring/asked_elements.py reads each from the story). The event
    kinds of scoring/event_demand.py ("mistake", "incident", ...) are elements too."""

    LESSON = "lesson"  # what the teller learned, or does differently since
    AMBIGUITY = "ambiguity"  # an ask that was vague or undefined when it came in
    UNUSUAL_CHOICE = "unusual choice"  # a way chosen against the usual or expected one
    OWN_PART = "own part"  # the teller's personal contribution, told as their own acts
    OUTCOME = "outcome"  # what came of it (a result)
    BREAKDOWN = "breakdown"  # a problem taken apart into pieces, hypotheses or steps
    DIFFICULTY = "difficulty"  # what made the work hard
    DISAGREEMENT = "disagreement"  # the teller standing against a decision or request
    PERSUADED = "persuaded"  # another party changing course because of the teller
    PERSUADED_ME = "persuaded me"  # the teller changing course because of someone else
    NOT_MINE = "not mine"  # work that was not formally the teller's
    FAIRNESS = "fairness"  # a harm or disparity to a group of people
    EXPLAINING = "explaining"  # something technical explained to a lay audience
    NEW_DOMAIN = "new domain"  # a field the teller did not know
    TO_PRODUCTION = "to production"  # something taken into live use
    OTHER_FUNCTIONS = "other functions"  # people of other functions worked with
    TRIAGE = "triage"  # a choice of what comes first and what waits, is handed on or is dropped
    # event kinds (scoring/event_demand.py)
    MISTAKE = "mistake"
    INCIDENT = "incident"
    FEEDBACK_RECEIVED = "feedback received"
    FEEDBACK_GIVEN = "feedback given"
    EXPECTATION = "expectation"
    MENTORING = "mentoring"
    LEARNING = "learning"
    TEAM_PRACTICE = "team practice"
    FAILURE = "failure"
    STOP = "stop"
    ESTIMATE = "estimate"
    DEADLINE = "deadline"
    OFFLINE_GAP = "offline gap"
    REFUSAL = "refusal"
    CONFLICT = "conflict"
    DIFFICULT_COLLEAGUE = "difficult colleague"
    COMPETING_WORK = "competing work"
    TECHNICAL_DEBT = "technical debt"
    SIMPLER_SOLUTION = "simpler solution"
    PRIVACY = "privacy"


class Intent(_Strict):
    """What must happen in a story for it to answer a behavioral question ("a mistake you made
    yourself"), and everyday ways a candidate says it: a story that says none of them is told
    it reads like an answer to another question (see scoring/relevance.py)."""

    label: OneLine
    phrases: Annotated[list[Phrase], Field(min_length=1, max_length=60)]
    # What the question defines, said narrowly ("manager", "boss" for disagreeing with your
    # manager; "estimate", "took longer" for a missed estimate): a story saying the intent only
    # in phrases a neighbouring question shares ("disagreed", "late") but none of these shows
    # the intent's other side at most. Empty: every phrase is core.
    core: Annotated[list[Phrase], Field(max_length=80)] = []
    # A broad ask ("the project you are proudest of", "a challenging ML project"): almost any
    # real project story shows it, so a story lacking its words is no sign it answers another
    # question (scoring/broad_ask.py).
    broad: bool = False
    # What the question asks the story to show, by role (scoring/asked_elements.py): a story
    # flagged by the intent's words that shows each is on the question, and one the words let
    # through that shows none of a role element is off it. Empty (an outside author's
    # question may leave it out): only the words decide.
    asks: Annotated[list[AskedElement], Field(max_length=4)] = []

    _phrases_specific = field_validator("phrases", "core")(_check_phrases)


class FrameworkStep(_Strict):
    """One step of a case answer and what a strong answer says there."""

    step: FrameworkStepName
    expectation: NonEmpty
    phrases: Annotated[list[Phrase], Field(max_length=50)] = Field(default_factory=list)

    _phrases_specific = field_validator("phrases")(_check_phrases)


class Question(_Strict):
    id: Annotated[str, Field(pattern=ID_PATTERN, max_length=120)]
    category: Category
    topic: Annotated[str, Field(min_length=1, max_length=60), AfterValidator(_one_line)]
    difficulty: Annotated[Count, Field(ge=1, le=3)]
    prompt: Annotated[str, Field(min_length=10, max_length=2_000), AfterValidator(_has_a_word)]
    time_limit_s: Annotated[Count, Field(ge=15, le=1800)]
    prep_time_s: Annotated[Count, Field(ge=0, le=300)] = 10
    key_points: Annotated[list[KeyPoint], Field(max_length=MAX_KEY_POINTS)] = Field(
        default_factory=list
    )
    misconceptions: Annotated[list[Misconception], Field(max_length=MAX_MISCONCEPTIONS)] = Field(
        default_factory=list
    )
    model_answer: Annotated[
        str, Field(min_length=20, max_length=10_000), AfterValidator(_has_a_word)
    ]
    follow_ups: Annotated[list[FollowUp], Field(max_length=20)] = Field(default_factory=list)
    competency: Annotated[str, Field(max_length=200), AfterValidator(_folded)] | None = None
    star: StarExpectations | None = None
    intent: Intent | None = None
    red_flags: Annotated[list[NonEmpty], Field(max_length=30)] = Field(default_factory=list)
    framework: Annotated[list[FrameworkStep], Field(max_length=MAX_FRAMEWORK_STEPS)] = Field(
        default_factory=list
    )
    tags: Annotated[list[Annotated[Phrase, AfterValidator(_folded)]], Field(max_length=30)] = Field(
        default_factory=list
    )

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


WARNING = "warning"  # what a problem that leaves its question loaded opens with


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack, precise enough to find and fix it."""

    file: str
    question_id: str | None
    field: str | None
    message: str
    # The line of the file it is on (1-based), where known: of the YAML error, or of the key
    # (else the question) a field problem names. Said as "file:line", as compilers say it,
    # which editors and terminals open at that line (walkthrough 43: the dialog and
    # ``validate`` named the question and the field, and the author searched for it).
    line: int | None = None

    def __str__(self) -> str:
        # an id or a field (a mapping's key) may be thousands of characters: shown shortened
        parts = [self.file if self.line is None else f"{self.file}:{self.line}"]
        parts.append(f"question {shortened(self.question_id)}" if self.question_id else "pack")
        if self.field:
            parts.append(f"field {shortened(self.field)}")
        return ": ".join(parts) + f": {shortened_runs(self.message)}"


def is_warning(problem: Problem) -> bool:
    """A problem that leaves its question loaded: its message opens with "warning:" (a bidi
    control removed as the pack loaded, a model answer the scorer misreads)."""
    return problem.message.startswith(f"{WARNING}:")


def first_problems(problems: Sequence[Problem], most: int) -> tuple[Sequence[Problem], str]:
    """The first ``most`` of ``problems``, and what is said of the rest ("" when none is left
    out): "… and 1,234 more problems, not shown here: `ml-interview validate FILE` lists them
    all." (FILE named when the rest are all of one file). For ``ml-interview questions``'
    warnings and the window's list of pack problems, each with a cap of its own."""
    rest = problems[most:]
    if not rest:
        return problems, ""
    files = {p.file for p in rest}
    file = next(iter(files)) if len(files) == 1 else "FILE"
    return problems[:most], (
        f"… and {len(rest):,} more problems, not shown here: `ml-interview validate {file}` "
        "lists them all."
    )


@dataclass
class QuestionBank:
    questions: dict[str, Question] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # question id -> file it came from
    problems: list[Problem] = field(default_factory=list)
    # what loading changed in questions that are loaded all the same (``is_warning``)
    warnings: list[Problem] = field(default_factory=list)

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
