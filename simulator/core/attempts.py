"""Attempts of one question over time, and what changed between two of them (Qt-free).

Every answer to a question is an attempt of it, whether it came from an interview or from
"Practise again" (a one-question session whose plan says ``practice_of``). ``compare`` lines two
attempts up: their transcripts word by word (difflib on normalised words, shown with the words
as said), component scores and delivery figures with deltas, key points gained and lost (a
story's STAR parts told now or missing now), and the STAR shares before and after. An attempt is its main answer and its follow-ups, as the question's
score is: a point explained in a follow-up is gained with the words that explained it.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from simulator.core.scorecard.star_basis import star_percents
from simulator.core.scoring.results import AnswerScore, DeliveryResult
from simulator.core.scoring.text import words as normalised_words
from simulator.core.storage import AnswerRecord
from simulator.core.tables import QUESTION_GONE, STAR_PARTS, shown_when, shown_wpm

PRACTICE_PLAN = "Practise again"
COMPONENTS = ("overall", "content", "structure", "delivery")
# (key in the stored delivery result, label, unit, True when lower is better)
DELIVERY_FIGURES = (
    ("wpm", "Pace", "wpm", False),
    ("fillers_per_100_words", "Fillers", "per 100 words", True),
    ("hedges_per_100_words", "Hedges", "per 100 words", True),
    ("long_pauses", "Long pauses", "", True),
    ("duration_s", "Length", "s", False),
)
FOLLOW_UP_MARK = "[follow-up]"  # where a follow-up's answer starts in an attempt's words
_MARK_KEY = "\x00follow-up"  # compared only with another mark


def practice_plan(question_id: str, answer_id: int | None) -> dict[str, Any]:
    """The plan stored with a one-question "Practise again" session."""
    return {
        "name": PRACTICE_PLAN,
        "counts": {},
        "topics": [],
        "practice_of": answer_id,
        "question_ids": [question_id],
    }


@dataclass(frozen=True)
class Attempt:
    answer_id: int
    session_id: int
    when: float
    mode: str
    overall: int | None

    @classmethod
    def of(cls, answer: AnswerRecord) -> Attempt:
        overall = answer.overall if answer.mode != "skipped" else 0
        return cls(answer.id, answer.session_id, answer.created_at, answer.mode, overall)


def attempts_of(answers: list[AnswerRecord]) -> list[Attempt]:
    """The main answers (not follow-ups) among ``answers``, in their order: the order they
    were given, as ``Storage.attempts`` reads them. Not re-sorted by the clock at each answer:
    with the clock put back a day, a later attempt was numbered first (attack run 63)."""
    return [Attempt.of(a) for a in answers if a.follow_up is None]


@dataclass(frozen=True)
class LoadedAttempts:
    """A question's answers (follow-ups too), its attempts oldest first, and each attempt's
    name in the Attempts page's choices: made off the GUI thread (5,000 attempts named on it
    took 0.25-0.6 s, hist54)."""

    answers: list[AnswerRecord]
    attempts: list[Attempt]
    labels: list[str]
    asked: Mapping[int, str] = field(default_factory=dict)  # session id -> prompt as asked


def attempt_labels(
    attempts: Sequence[Attempt], started: Mapping[int, float] | None = None
) -> list[str]:
    """Each attempt as the choices name it: its number, when, how answered and its score.
    When: its session's start (``started``, by session id), the date History, the scorecard
    and "vs 73 on …" give it: the answer's own time named one attempt 00:49 here and 00:47
    on the scorecard that compared with it (walk63)."""
    started = started or {}
    return [
        f"#{n}  {shown_when(started.get(t.session_id, t.when))}  ·  {t.mode}  ·  "
        + ("–" if t.overall is None else f"{t.overall}/100")
        for n, t in enumerate(attempts, 1)
    ]


def loaded_attempts(
    answers: list[AnswerRecord],
    started: Mapping[int, float] | None = None,
    asked: Mapping[int, str] | None = None,
) -> LoadedAttempts:
    """``asked``: the prompt each session asked, by session id (``Storage.asked_versions``)."""
    attempts = attempts_of(answers)
    return LoadedAttempts(answers, attempts, attempt_labels(attempts, started), dict(asked or {}))


def attempts_prompt(
    now: str | None, asked: Mapping[int, str], earlier: Attempt | None, later: Attempt | None
) -> str:
    """The question as the Attempts page shows it: as the later attempt compared was asked,
    with the earlier one's wording when that differs, and the packs' own when they have
    changed it since or no longer hold it (Practise again asks that). It showed the packs'
    prompt over attempts that had answered another wording, unsaid (walk63 left, walk64).
    ``now``: the packs' prompt, None when gone; a session that kept none asked ``now``."""
    shown = (asked.get(later.session_id) if later else None) or now
    lines = [shown or QUESTION_GONE]
    before = (asked.get(earlier.session_id) if earlier else None) or now
    if earlier is not None and earlier != later and before and before != shown:
        lines.append(f"The earlier attempt was asked: “{before}”")
    if now is None:
        if shown:
            lines.append("This question is no longer in your question packs.")
    elif now != shown:
        lines.append(f"Your question packs ask it now: “{now}”")
    return "\n".join(lines)


@dataclass(frozen=True)
class Figure:
    label: str
    before: float | None
    after: float | None
    unit: str = ""
    lower_is_better: bool = False

    @property
    def delta(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return round(self.after - self.before, 1)

    @property
    def improved(self) -> bool | None:
        d = self.delta
        if d is None or d == 0:
            return None
        return (d < 0) if self.lower_is_better else (d > 0)


@dataclass(frozen=True)
class Chunk:
    text: str
    change: str  # "same" | "removed" (only in the earlier attempt) | "added" (only in the later)


@dataclass(frozen=True)
class AttemptDiff:
    before: AnswerRecord
    after: AnswerRecord
    before_text: tuple[Chunk, ...]
    after_text: tuple[Chunk, ...]
    scores: tuple[Figure, ...]
    delivery: tuple[Figure, ...]
    gained: tuple[str, ...]  # key point labels explained now, not before
    lost: tuple[str, ...]
    star: tuple[Figure, ...]  # shares in percent
    # whether either attempt was scored on key points (a story is not: it has STAR parts)
    has_key_points: bool = True
    told_now: tuple[str, ...] = ()  # STAR parts the later attempt tells and the earlier did not
    missing_now: tuple[str, ...] = ()  # told in the earlier attempt, missing in the later
    told_in_both: tuple[str, ...] = ()

    @property
    def similarity(self) -> float:
        same = sum(len(c.text.split()) for c in self.after_text if c.change == "same")
        total = sum(len(c.text.split()) for c in self.after_text) or 1
        return same / total


def compare(
    before: AnswerRecord, after: AnswerRecord, answers: Sequence[AnswerRecord] = ()
) -> AttemptDiff:
    """``answers``: the question's answers, follow-ups included (``Storage.attempts``): each
    attempt's follow-ups are compared with it. (Its stored score has them merged in already.)"""
    left, right = diff_words(_attempt_words(before, answers), _attempt_words(after, answers))
    sb, sa = before.score, after.score
    scores = tuple(
        Figure(name.capitalize(), _component(before, name), _component(after, name))
        for name in COMPONENTS
    )
    db, da = (sb.delivery if sb else None), (sa.delivery if sa else None)
    delivery = tuple(
        Figure(label, _figure(db, key), _figure(da, key), unit, lower)
        for key, label, unit, lower in DELIVERY_FIGURES
        if db or da
    )
    kb, ka = _explained(sb), _explained(sa)
    labels = {**_labels(sb), **_labels(sa)}
    star: tuple[Figure, ...] = ()
    if (sb and sb.star) or (sa and sa.star):
        star = tuple(
            Figure(part.capitalize(), _share(sb, part), _share(sa, part), "%")
            for part in STAR_PARTS
        )
    told_before, told_after = _told(sb), _told(sa)
    return AttemptDiff(
        before=before,
        after=after,
        before_text=tuple(left),
        after_text=tuple(right),
        scores=scores,
        delivery=delivery,
        gained=tuple(labels[k] for k in sorted(ka - kb)),
        lost=tuple(labels[k] for k in sorted(kb - ka)),
        star=star,
        has_key_points=bool(labels),
        told_now=tuple(p for p in STAR_PARTS if p in told_after and p not in told_before),
        missing_now=tuple(p for p in STAR_PARTS if p in told_before and p not in told_after),
        told_in_both=tuple(p for p in STAR_PARTS if p in told_before and p in told_after),
    )


def diff_words(before: list[str], after: list[str]) -> tuple[list[Chunk], list[Chunk]]:
    """Each side as runs of words marked same/removed/added, compared on normalised words."""
    key_b = [_key(w) for w in before]
    key_a = [_key(w) for w in after]
    matcher = difflib.SequenceMatcher(a=key_b, b=key_a, autojunk=False)
    left: list[Chunk] = []
    right: list[Chunk] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            _append(left, before[i1:i2], "same")
            _append(right, after[j1:j2], "same")
        else:
            _append(left, before[i1:i2], "removed")
            _append(right, after[j1:j2], "added")
    return left, right


def _append(out: list[Chunk], words: list[str], change: str) -> None:
    if words:
        out.append(Chunk(" ".join(words), change))


def _key(word: str) -> str:
    return _MARK_KEY if word == FOLLOW_UP_MARK else " ".join(normalised_words(word))


def _attempt_words(main: AnswerRecord, answers: Sequence[AnswerRecord]) -> list[str]:
    """The main answer's words, then each of its follow-ups' after a mark."""
    words = _spoken_words(main)
    follow_ups = sorted(
        (
            a
            for a in answers
            if a.follow_up is not None
            and a.session_id == main.session_id
            and a.position == main.position
        ),
        key=lambda a: (a.created_at, a.id),
    )
    for follow_up in follow_ups:
        said = _spoken_words(follow_up)
        if said:  # a follow-up skipped holds nothing to compare: a bare "Follow-up:" (ux47)
            words += [FOLLOW_UP_MARK, *said]
    return words


def _spoken_words(answer: AnswerRecord) -> list[str]:
    words = (answer.transcript or {}).get("words") or []
    if words:
        return [str(w.get("word", "")).strip() for w in words if str(w.get("word", "")).strip()]
    return answer.text.split()


def _component(answer: AnswerRecord, name: str) -> float | None:
    if answer.mode == "skipped":
        return 0.0
    score = answer.score
    if name == "overall":
        value = score.overall if score is not None else answer.overall
    else:
        value = score.components.get(name) if score is not None else None
    return None if value is None else float(value)


def _figure(delivery: DeliveryResult | None, key: str) -> float | None:
    if delivery is None:
        return None
    value = getattr(delivery, key, None)
    if key == "long_pauses":
        return float(len(value or []))
    if key == "wpm" and value is not None:
        return float(shown_wpm(float(value)))  # whole, as every other page says a pace
    return None if value is None else round(float(value), 1)


def _explained(score: AnswerScore | None) -> set[str]:
    return {k.id for k in (score.key_points if score else []) if k.status == "explained"}


def _labels(score: AnswerScore | None) -> dict[str, str]:
    return {k.id: k.label or k.id for k in (score.key_points if score else [])}


def _told(score: AnswerScore | None) -> set[str]:
    """The STAR parts a story tells, as its scorecard says: those not missing (a part labelled
    but empty of what it is for, a lesson with no outcome, is missing there too)."""
    star = score.star if score is not None else None
    return set() if star is None else {p for p in STAR_PARTS if p not in star.missing}


def _share(score: AnswerScore | None, part: str) -> float | None:
    """A STAR part's share in percent, as the scorecard prints it (the four add up to 100)."""
    star = score.star if score is not None else None
    if star is None or part not in star.parts:
        return None
    return float(star_percents(star)[part])
