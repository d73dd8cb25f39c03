"""What the database stores as JSON text, and the typed objects the rest of the app reads: the
one place where a score, a plan or Progress's per-answer figures are turned from one into the
other (Qt-free). ``Storage`` and its queries call these and hand out typed rows only.

A damaged cell (hand-edited, half-written, from a version that wrote another shape) reads as
missing, never as a crash: the person still sees everything else.
"""

from __future__ import annotations

import json
import math
import sqlite3
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from simulator.core.json_numbers import LongNumber
from simulator.core.stored_plan import UNNAMED, read_name
from simulator.core.tables import STAR_PARTS
from simulator.core.transcript import Transcript, answer_seconds, stored_words

if TYPE_CHECKING:
    # (imported where a score is read: the window opens its storage before the first paint,
    # and the score types load after it, on the lane that reads them)
    from simulator.core.scoring.results import AnswerScore, SessionScore

# SQLite's integers are 64-bit: a row id, a count or a time outside this range cannot be stored
# or even looked up (sqlite3 raises OverflowError before it asks)
SQLITE_INT = 2**63


def an_integer(value: int) -> bool:
    """Whether SQLite can hold (or be asked for) the whole number ``value``."""
    return -SQLITE_INT <= value < SQLITE_INT


def loads(text: str | None) -> Any:
    """A JSON cell; a damaged one reads as missing, and so does one holding a number JSON does
    not allow (NaN, 1e999: ``history --json`` and the exports could not write it back out) or
    a whole number past any float (10**400: every reader that takes it as a float raised
    OverflowError, ``ml-interview history`` with a traceback; attack run 54)."""
    if not text:
        return None
    try:
        return parse(text)
    except (ValueError, TypeError, RecursionError):
        return None


class TooLarge(ValueError):
    """A number of a JSON cell past any float, said as the archive's check names it: "the
    number 1e999", "a number 401 digits long"."""


def parse(text: str) -> Any:
    """A JSON cell as ``loads`` reads it, or the reason it is refused: TooLarge for a number
    past any float (the first one), another ValueError for bad JSON or NaN, RecursionError
    when nested too deeply."""
    return json.loads(
        text, parse_constant=_no_constant, parse_float=_finite, parse_int=_within_float
    )


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _finite(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        raise TooLarge(f"the number {literal}")
    return value


def _within_float(literal: str) -> int:
    value = int(literal)  # (ValueError past 4,300 digits)
    if abs(value) > sys.float_info.max:
        raise TooLarge(LongNumber(literal).describe())
    return value


def text(value: Any) -> str:
    """A text cell; SQLite keeps any type in any column: a BLOB (another program, a damaged
    page) is decoded with what cannot be read replaced, a number shown as written."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return "" if value is None else str(value)


def cell(value: Any) -> Any:
    """A cell as an archive carries it: a BLOB as text and a number JSON cannot hold (NaN,
    1e999) as missing; an archive with either could not be written, or not read back."""
    if isinstance(value, bytes):
        return text(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def position(value: Any) -> int:
    """A stored answer's place in its plan; a cell of another type (a BLOB, a text: attack run
    29, each gave a traceback from history --json and every export) reads as -1, a place no
    plan has, as a negative one always did."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return int(value)
    return -1


def overall(value: Any) -> int | None:
    """A stored 0-100 score; anything else (text, NaN, 1e300) reads as not scored."""
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return int(round(value)) if 0 <= value <= 100 else None
    return None


def duration(value: Any, text: str = "") -> float | None:
    """A stored answer's length, or none when missing or not one an answer of ``text`` could
    take (text, NaN, negative, 1e300, 1e-300: ``answer_seconds``)."""
    return answer_seconds(value, text)


def transcript(text: str | None) -> dict[str, Any] | None:
    """A stored transcript; one the app cannot read back (not an object, words that are not
    {word, start, end} with finite times) reads as missing: every export and Review failed on
    it with a traceback (attack run 41). The answer's text is its own column, still there."""
    data = loads(text)
    if not isinstance(data, dict):
        return None
    try:
        Transcript.from_dict({**data, "words": []})  # (its other fields)
        stored_words(data)  # (checked as read, no Word made)
    except (ValueError, TypeError, AttributeError):
        return None
    return data


def dump_score(score: AnswerScore | SessionScore | None) -> str | None:
    return json.dumps(score.to_dict()) if score is not None else None


def off_question(score: AnswerScore | None) -> int | None:
    """An answer's ``off_question`` column: 1 when its story was read as one about another
    question than the one asked (the scorecard's verdict counts it), 0 when not, None with no
    score. What History's query reads, typed: it matched the score's JSON as ``json.dumps``
    spells it (a LIKE on '"off_question": ["'), so a cell written another way (an older
    version's, an archive's, compact) was read as on the question (walk66, left; ui67)."""
    if score is None:
        return None
    return int(bool(score.star is not None and score.star.off_question))


def off_question_of(text: str | None) -> int | None:
    """``off_question`` of a stored score cell, read as JSON whatever its spelling (None: no
    cell; 0: one that is not a score). Its story's list is read alone, not the whole score
    (``answer_score`` builds every key point: 4x slower for a batch of upkeep)."""
    data = loads(text) if text is not None else None
    if text is None:
        return None
    star = data.get("star") if isinstance(data, dict) else None
    said = star.get("off_question") if isinstance(star, dict) else None
    return int(isinstance(said, list) and len(said) > 0)


_Score = TypeVar("_Score", "AnswerScore", "SessionScore")


def _typed(kind: type[_Score], data: Any) -> _Score | None:
    """The stored JSON as its typed result; a cell that does not hold one (damaged, or written
    before a field existed in a form that cannot be read) is missing, like bad JSON."""
    if not isinstance(data, dict):
        return None
    try:
        return kind.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError):
        return None


def answer_score(text: str | None) -> AnswerScore | None:
    from simulator.core.scoring.results import AnswerScore

    return _typed(AnswerScore, loads(text))


def session_score(text: str | None) -> SessionScore | None:
    from simulator.core.scoring.results import SessionScore

    return _typed(SessionScore, loads(text))


def timestamp(value: Any) -> float:
    """A timestamp cell; anything no clock could have written (1e300, NaN, text) reads as 0."""
    if isinstance(value, int | float) and math.isfinite(value) and 0 <= value < 32_503_680_000:
        return float(value)
    return 0.0


def seconds(value: Any) -> float:
    """A stored duration; anything else (text, NaN, negative, from a hand-made archive) is 0."""
    if isinstance(value, int | float) and math.isfinite(value) and value >= 0:
        return float(value)
    return 0.0


def plan(text: str | None) -> dict[str, Any]:
    data = loads(text)
    return data if isinstance(data, dict) else {}


def plan_name(plan: dict[str, Any]) -> str:
    """A stored plan's name, the one every page, export and command shows for its session."""
    return read_name(plan.get("name")) or UNNAMED  # as StoredPlan.shown_name, the rest unread


# How the stored facts were derived from a score: facts of another version are read as not
# computed yet, and computed again from the score (2: no pace or filler rate from an answer
# too short to judge them, walk63; the facts of version 1 drew them on Progress).
FACTS_VERSION = 2


@dataclass(frozen=True)
class AnswerFacts:
    """The few figures of one scored answer that Progress uses, stored so that a thousand
    sessions' scores are not read again at every visit."""

    wpm: float | None = None
    fillers_per_100: float | None = None
    star: dict[str, float] | None = None  # share of each STAR part, 0..1
    missed: tuple[str, ...] = ()  # key points not explained
    fillers: dict[str, int] = field(default_factory=dict)
    hedges: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(
            {
                "v": FACTS_VERSION,
                "wpm": self.wpm,
                "f100": self.fillers_per_100,
                "star": self.star,
                "missed": list(self.missed),
                "fillers": self.fillers,
                "hedges": self.hedges,
            }
        )

    @classmethod
    def from_json(cls, text: str | None) -> AnswerFacts | None:
        data = loads(text)
        if not isinstance(data, dict) or data.get("v") != FACTS_VERSION:
            return None  # damaged, or derived by an earlier rule: computed again
        try:
            star = data.get("star")
            return cls(
                wpm=_number(data.get("wpm")),
                fillers_per_100=_number(data.get("f100")),
                star={p: float(star.get(p, 0.0)) for p in STAR_PARTS}
                if isinstance(star, dict)
                else None,
                missed=tuple(str(m) for m in data.get("missed") or ()),
                fillers={str(k): int(v) for k, v in (data.get("fillers") or {}).items()},
                hedges={str(k): int(v) for k, v in (data.get("hedges") or {}).items()},
            )
        except (TypeError, ValueError, AttributeError):
            return None  # damaged: recomputed from the score


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


@dataclass(frozen=True)
class ProgressSession:
    id: int
    # its place in the order sessions happened (``storage_schema.happened``): its start, or
    # later when the computer's clock was put back, so the trend runs in the order they came
    started_at: float
    plan_name: str
    score: SessionScore | None
    same_plan: tuple[Any, ...] = ()  # ``plan_key`` of its plan: sessions compared like with like
    # its start as the computer's clock said (``storage_schema.known_start``); None: the same as
    # ``started_at``. A clock ahead when it was recorded dated it in the future, and every later
    # session's place with it (``core.progress``: such a session is left off the time axis)
    clock_start: float | None = None


@dataclass(frozen=True)
class ProgressAnswer:
    """A finished session's main answer, with its stored figures, or with its full score when
    they are not computed yet (``facts`` None)."""

    id: int
    session_id: int
    question_id: str
    mode: str
    overall: int | None
    facts: AnswerFacts | None
    score: AnswerScore | None = None


@dataclass(frozen=True)
class HistorySession:
    """One ended session as History lists it."""

    id: int
    started_at: float
    status: str
    plan_name: str
    overall: int | None
    answered: int  # main answers given (not skipped)
    spoken: int
    question_ids: tuple[str, ...]
    # the categories its stored score counts: a question gone from the packs still has one
    scored_categories: tuple[str, ...] = ()
    place: float = 0.0  # in the order sessions happened (``storage_schema.happened``)
    # main answers given and scored, and of those the stories off the question asked: what
    # the session's verdict colour needs (``tables.verdict_color``); counted only where they
    # can change it (an overall in green), else 0
    scored: int = 0
    off_question: int = 0


def components(text: str | None) -> dict[str, int | None]:
    """A stored answer score's component figures alone (what a listing prints), without
    building the whole score; a damaged cell has none."""
    data = loads(text)
    found = data.get("components") if isinstance(data, dict) else None
    if not isinstance(found, dict):
        return {}
    return {str(k): overall(v) for k, v in found.items()}


def answer_categories(db: sqlite3.Connection, answer_ids: list[int]) -> dict[int, str]:
    """Each answer's category, read by SQLite from its stored score (decoding whole scores in
    Python took most of schema 6's re-rounding's time); a score that does not read gives none.
    Here because this module is the one reader of score JSON."""
    marks = ",".join("?" * len(answer_ids))
    rows = db.execute(
        "SELECT id, category FROM (SELECT id, CASE WHEN json_valid(score_json) "
        "AND json_type(score_json) = 'object' THEN json_extract(score_json, '$.category') END "
        f"AS category FROM answers WHERE id IN ({marks})) WHERE typeof(category) = 'text'",
        answer_ids,
    )
    return {int(answer_id): str(category) for answer_id, category in rows}


# The stored score of an answer cut by End only, for ``Storage._answers_in_brief`` (this module
# is the one reader of score JSON); a damaged cell, which json_extract would refuse with an
# error, is left out as a score-less answer is
SCORE_IF_ENDED_EARLY = (
    "CASE WHEN json_valid(score_json) THEN CASE WHEN json_extract(score_json, '$.ended_early') "
    "THEN score_json END END AS score_json"
)
