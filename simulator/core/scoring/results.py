"""What a score is made of. Every type converts to plain JSON data and back (the app stores it)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from simulator.core.pack_limits import MAX_FRAMEWORK_STEPS, MAX_KEY_POINTS, MAX_MISCONCEPTIONS
from simulator.core.reordering import one_line
from simulator.core.tables import STAR_PARTS as STAR_PARTS  # re-exported for the scorers

# No number a scorer stores comes near this (seconds, words a minute, weights, shares): one
# past it (1e308 in a hand-made archive) overflowed to infinity once a page multiplied it by
# 100 to show a percentage, and every page and export of the answer, and the scorecard of the
# next session of its plan, stopped on OverflowError (attack run 52).
_LARGEST = 1e9


def _real(value: Any, low: float = -_LARGEST, high: float = _LARGEST) -> float:
    """A stored number as a float; raises ValueError for one no scorer writes (NaN, infinity,
    "nan" as text in a hand-made archive, text, a list, a number outside ``low`` to ``high``):
    the score then reads as missing (see storage_codec), where it crashed every page and
    export that rounds it."""
    if isinstance(value, str | list | dict):  # (float() took "nan" and "1e3" as numbers)
        raise ValueError(f"{value!r} is not a number")
    number = float(value)
    if not math.isfinite(number) or not low <= number <= high:
        raise ValueError(f"{value!r} is not a number from {low:g} to {high:g}")
    return number


def _fraction(value: Any) -> float:
    """A share of something (of a key point's weight, of an answer): 0 to 1 (give or take a
    float's rounding)."""
    return _real(value, -1e-6, 1.0 + 1e-6)


def _whole(value: Any, low: float = -_LARGEST, high: float = _LARGEST) -> int:
    """A stored whole number (a score, a count); ValueError as ``_real``."""
    return int(_real(value, low, high))


def _percent(value: Any) -> int:
    """A score out of 100."""
    return _whole(value, 0, 100)


# Claims a score charges at most: its rubric's misconceptions and what the other checks find
# (a wrong order, a false sameness, ...), each claim once. Answers of 700-2,600 words made of
# nothing but a rubric's wrong claims were charged 1 or 2 (attack run 54).
MAX_CHARGED = 200
# Tips a score gives at most: one per key point, charged claim and warning, with room for every
# other kind (a few each of structure, delivery and notices)
MAX_FEEDBACK = MAX_KEY_POINTS + MAX_CHARGED + MAX_MISCONCEPTIONS + 60


def _listed(d: dict[str, Any], key: str, most: int) -> list[Any]:
    """A stored score's list ``key``; ValueError for one longer than any score holds (a
    question has at most ``most``): 50,000 key points in a hand-made archive took 8 s to read
    and held the window for minutes on the scorecard (attack run 54); the score then reads as
    missing (see storage_codec)."""
    items = d.get(key, [])
    if not isinstance(items, list) or len(items) > most:
        raise ValueError(f"{key}: not a list of at most {most}")
    return items


def _text(value: Any) -> str | None:
    """A stored sentence (the answer's evidence, a question id) or None; ValueError for
    anything else: a number or a list there (a hand-made archive) stopped the scorecard,
    Review and every export of the answer on "'int' object has no attribute 'split'"
    (attack run 52)."""
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{value!r} is not text")
    return value


@dataclass(frozen=True)
class KeyPointResult:
    id: str
    label: str
    weight: float
    covered: bool  # explained, not just named
    status: str  # "explained" | "named" | "missing" | "contradicted"
    credit: float  # share of the weight earned: 1 explained, less when only named
    evidence: str | None  # the sentence of the answer that earned it
    via: str = "words"  # "words": the rubric's phrases; "meaning": said in other words
    closeness: float | None = None  # best sentence's meaning closeness (1 = the model answer's)
    contradiction: str | None = None  # the claim that said the opposite (status contradicted)
    # The point (its id) or "misconception" whose charge this point's claim is counted in: one
    # claim contradicting two points, or a listed misconception too, costs once (quote47).
    charged_under: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "weight": self.weight,
            "covered": self.covered,
            "status": self.status,
            "credit": self.credit,
            "evidence": self.evidence,
            "via": self.via,
            "closeness": self.closeness,
            "contradiction": self.contradiction,
            # only when set: every score stored before it reads the same
            **({"charged_under": self.charged_under} if self.charged_under else {}),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> KeyPointResult:
        return cls(
            id=str(d["id"]),
            # scored before ux38, a pack's label kept its line breaks: read back on one line
            label=one_line(str(d.get("label", d["id"]))),
            weight=_real(d.get("weight", 1.0)),
            covered=bool(d.get("covered", False)),
            status=str(d.get("status", "explained" if d.get("covered") else "missing")),
            credit=_fraction(d.get("credit", 1.0 if d.get("covered") else 0.0)),
            evidence=_text(d.get("evidence")),
            via=str(d.get("via", "words")),
            closeness=None if d.get("closeness") is None else _real(d["closeness"]),
            contradiction=None if d.get("contradiction") is None else str(d["contradiction"]),
            charged_under=None if d.get("charged_under") is None else str(d["charged_under"]),
        )


@dataclass(frozen=True)
class MisconceptionHit:
    id: str | None
    phrase: str  # the rubric phrase that matched
    evidence: str  # the sentence of the answer that said it
    correction: str
    # The id of the contradicted key point whose charge this same claim is counted in (quote47)
    charged_under: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "phrase": self.phrase,
            "evidence": self.evidence,
            "correction": self.correction,
            **({"charged_under": self.charged_under} if self.charged_under else {}),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> MisconceptionHit:
        under = d.get("charged_under")
        return cls(
            _text(d.get("id")),
            str(d.get("phrase", "")),
            str(d.get("evidence", "")),
            str(d["correction"]),
            None if under is None else str(under),
        )


@dataclass(frozen=True)
class FrameworkStepResult:
    step: str
    covered: bool
    evidence: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"step": self.step, "covered": self.covered, "evidence": self.evidence}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> FrameworkStepResult:
        return cls(str(d["step"]), bool(d.get("covered")), _text(d.get("evidence")))


@dataclass(frozen=True)
class StarPart:
    present: bool
    share: float  # of the answer, 0..1 (by time when word timings exist, else by words)
    target: tuple[float, float]

    def to_dict(self) -> dict[str, Any]:
        return {"present": self.present, "share": self.share, "target": list(self.target)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> StarPart:
        lo, hi = d.get("target", (0.0, 1.0))
        share = _fraction(d.get("share", 0.0))
        return cls(bool(d.get("present")), share, (_fraction(lo), _fraction(hi)))


@dataclass(frozen=True)
class StarSegment:
    label: str  # situation | task | action | result | other
    text: str
    start: float | None  # seconds, when the answer was spoken
    end: float | None
    why: str = ""  # the strongest reasons for the label ('"I" + past verb; "then i"')

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "why": self.why,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> StarSegment:
        return cls(
            str(d["label"]),
            str(d.get("text", "")),
            None if d.get("start") is None else _real(d["start"], 0.0),
            None if d.get("end") is None else _real(d["end"], 0.0),
            str(d.get("why", "")),
        )


@dataclass(frozen=True)
class StarResult:
    parts: dict[str, StarPart]
    segments: list[StarSegment]
    share_basis: str  # "time" | "words"
    missing: list[str]
    order: list[str]  # parts in the order they first appear
    in_order: bool
    quantified_result: bool
    i_count: int
    we_count: int
    specificity: float  # 0..1
    hypothetical: bool  # told as "I would ..." rather than a real past story
    off_question: list[str] = field(default_factory=list)  # focus words of an unanswered prompt
    reads_as: str = ""  # what the story is about instead, when another question's theme frames it
    # parts labelled present but empty of what they are for (a lesson with no outcome, steps
    # all told as "we"): part -> why; they are in ``missing`` too
    hollow: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "parts": {k: v.to_dict() for k, v in self.parts.items()},
            "segments": [s.to_dict() for s in self.segments],
            "share_basis": self.share_basis,
            "missing": list(self.missing),
            "order": list(self.order),
            "in_order": self.in_order,
            "quantified_result": self.quantified_result,
            "i_count": self.i_count,
            "we_count": self.we_count,
            "specificity": self.specificity,
            "hypothetical": self.hypothetical,
            "off_question": list(self.off_question),
            "reads_as": self.reads_as,
            "hollow": dict(self.hollow),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> StarResult:
        return cls(
            parts={k: StarPart.from_dict(v) for k, v in d.get("parts", {}).items()},
            segments=[StarSegment.from_dict(s) for s in d.get("segments", [])],
            share_basis=str(d.get("share_basis", "words")),
            missing=[str(m) for m in d.get("missing", [])],
            order=[str(o) for o in d.get("order", [])],
            in_order=bool(d.get("in_order", True)),
            quantified_result=bool(d.get("quantified_result", False)),
            i_count=_whole(d.get("i_count", 0), 0),
            we_count=_whole(d.get("we_count", 0), 0),
            specificity=_fraction(d.get("specificity", 0.0)),
            hypothetical=bool(d.get("hypothetical", False)),
            off_question=[str(w) for w in d.get("off_question", [])],
            reads_as=str(d.get("reads_as", "")),
            hollow={str(k): str(v) for k, v in (d.get("hollow") or {}).items()},
        )


@dataclass(frozen=True)
class Pause:
    start: float
    duration_s: float

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "duration_s": self.duration_s}


@dataclass(frozen=True)
class DeliveryResult:
    duration_s: float
    time_limit_s: int | None
    words: int
    wpm: float
    fillers: dict[str, int]
    fillers_per_100_words: float
    long_pauses: list[Pause]
    hedges: dict[str, int]
    hedges_per_100_words: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "duration_s": self.duration_s,
            "time_limit_s": self.time_limit_s,
            "words": self.words,
            "wpm": self.wpm,
            "fillers": dict(self.fillers),
            "fillers_per_100_words": self.fillers_per_100_words,
            "long_pauses": [p.to_dict() for p in self.long_pauses],
            "hedges": dict(self.hedges),
            "hedges_per_100_words": self.hedges_per_100_words,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DeliveryResult:
        return cls(
            duration_s=_real(d["duration_s"], 0.0),
            time_limit_s=None if d.get("time_limit_s") is None else _whole(d["time_limit_s"], 0),
            words=_whole(d.get("words", 0), 0),
            wpm=_real(d.get("wpm", 0.0), 0.0),
            fillers={str(k): _whole(v, 0) for k, v in d.get("fillers", {}).items()},
            fillers_per_100_words=_real(d.get("fillers_per_100_words", 0.0)),
            long_pauses=[
                Pause(_real(p["start"]), _real(p["duration_s"])) for p in d.get("long_pauses", [])
            ],
            hedges={str(k): _whole(v, 0) for k, v in d.get("hedges", {}).items()},
            hedges_per_100_words=_real(d.get("hedges_per_100_words", 0.0)),
        )


@dataclass(frozen=True)
class AnswerScore:
    question_id: str
    category: str
    overall: int
    components: dict[str, int | None]  # content, structure, delivery: 0-100 or None
    weights: dict[str, float]  # weight of each scored component in overall (sums to 1)
    key_points: list[KeyPointResult]
    misconceptions: list[MisconceptionHit]
    star: StarResult | None
    delivery: DeliveryResult | None
    feedback: list[str]
    framework: list[FrameworkStepResult] = field(default_factory=list)
    basis: dict[str, str] = field(default_factory=dict)  # how each number was computed
    # Misconceptions the answer warned against (rightly): named, never charged.
    warned_against: list[MisconceptionHit] = field(default_factory=list)
    answer_time_s: float | None = None  # time the person spent answering (stored with it)
    # The person ended the interview while giving this answer (End): it is scored on what was
    # said by then, and the tips do not read the parts it never reached as ones left out.
    # Stored with it, as the time is: the ledger knows it only while the interview runs.
    ended_early: bool = False

    def to_dict(self) -> dict[str, Any]:
        data = {
            "question_id": self.question_id,
            "category": self.category,
            "overall": self.overall,
            "components": dict(self.components),
            "weights": dict(self.weights),
            "basis": dict(self.basis),
            "key_points": [k.to_dict() for k in self.key_points],
            "misconceptions": [m.to_dict() for m in self.misconceptions],
            "warned_against": [m.to_dict() for m in self.warned_against],
            "framework": [f.to_dict() for f in self.framework],
            "star": self.star.to_dict() if self.star else None,
            "delivery": self.delivery.to_dict() if self.delivery else None,
            "feedback": list(self.feedback),
        }
        if self.answer_time_s is not None:
            data["answer_time_s"] = self.answer_time_s
        if self.ended_early:
            data["ended_early"] = True
        return data

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> AnswerScore:
        star = d.get("star")
        delivery = d.get("delivery")
        return cls(
            question_id=str(d["question_id"]),
            category=str(d["category"]),
            overall=_percent(d["overall"]),
            components={
                str(k): (None if v is None else _percent(v))
                for k, v in d.get("components", {}).items()
            },
            weights={str(k): _fraction(v) for k, v in d.get("weights", {}).items()},
            key_points=[
                KeyPointResult.from_dict(k) for k in _listed(d, "key_points", MAX_KEY_POINTS)
            ],
            misconceptions=[
                MisconceptionHit.from_dict(m) for m in _listed(d, "misconceptions", MAX_CHARGED)
            ],
            star=StarResult.from_dict(star) if star else None,
            delivery=DeliveryResult.from_dict(delivery) if delivery else None,
            feedback=[str(f) for f in _listed(d, "feedback", MAX_FEEDBACK)],
            framework=[
                FrameworkStepResult.from_dict(f)
                for f in _listed(d, "framework", MAX_FRAMEWORK_STEPS)
            ],
            basis={str(k): str(v) for k, v in d.get("basis", {}).items()},
            warned_against=[
                MisconceptionHit.from_dict(m)
                for m in _listed(d, "warned_against", MAX_MISCONCEPTIONS)
            ],
            answer_time_s=(None if d.get("answer_time_s") is None else _real(d["answer_time_s"])),
            ended_early=d.get("ended_early") is True,
        )


NO_ANSWERS = "no answers"  # the basis of a session in which no question counted


@dataclass(frozen=True)
class SessionScore:
    overall: int
    per_category: dict[str, int]
    strongest: str | None  # question id
    weakest: str | None
    tips: list[str]
    answers: int = 0
    basis: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall,
            "per_category": dict(self.per_category),
            "strongest": self.strongest,
            "weakest": self.weakest,
            "tips": list(self.tips),
            "answers": self.answers,
            "basis": dict(self.basis),
        }

    @property
    def counted_overall(self) -> int | None:
        """The overall, or None when no question counted (the interview ended before its first
        answer): History, Home, Progress and comparisons show no score, not a 0 never earned."""
        return None if self.basis.get("overall") == NO_ANSWERS else self.overall

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> SessionScore:
        return cls(
            overall=_percent(d["overall"]),
            per_category={str(k): _percent(v) for k, v in d.get("per_category", {}).items()},
            strongest=_text(d.get("strongest")),
            weakest=_text(d.get("weakest")),
            tips=[str(t) for t in d.get("tips", [])],
            answers=_whole(d.get("answers", 0), 0),
            basis={str(k): str(v) for k, v in d.get("basis", {}).items()},
        )
