"""Progress over time, computed from every finished session (Qt-free).

Per session: the overall and per-category scores, the mean pace and fillers per 100 words of its
spoken answers, and the mean STAR shares of its behavioral answers. Over all answers: the key
points missed most often, the topics with the lowest mean score, and the filler and hedge
phrases said most often. Reads ``Storage.progress_rows()`` (two queries, no per-session query),
so a thousand sessions take one pass.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from statistics import fmean
from typing import Any

STAR_PARTS = ("situation", "task", "action", "result")


@dataclass(frozen=True)
class SessionPoint:
    session_id: int
    when: float  # epoch seconds
    plan: str
    overall: int | None
    per_category: dict[str, int]
    wpm: float | None  # mean over the session's spoken answers
    fillers_per_100: float | None
    star: dict[str, float] | None  # mean share (percent) of each part over behavioral answers


@dataclass(frozen=True)
class Ranked:
    label: str
    value: float  # a count, or a mean score for topics
    detail: str = ""  # e.g. the question a key point belongs to, or "filler" / "hedge"


@dataclass(frozen=True)
class Progress:
    points: list[SessionPoint] = field(default_factory=list)  # oldest first
    missed_key_points: list[Ranked] = field(default_factory=list)
    weak_topics: list[Ranked] = field(default_factory=list)
    phrases: list[Ranked] = field(default_factory=list)
    answers: int = 0

    def trend(self, last: int = 10) -> tuple[int, int] | None:
        """(first, last) overall score over the ``last`` scored sessions."""
        scored = [p.overall for p in self.points if p.overall is not None][-last:]
        return (scored[0], scored[-1]) if len(scored) >= 2 else None


def answer_facts(score: Mapping[str, Any]) -> dict[str, Any]:
    """The few figures of one scored answer that Progress uses (stored, so scores are read once)."""
    delivery = score.get("delivery") or {}
    parts = (score.get("star") or {}).get("parts") or {}
    return {
        "wpm": delivery.get("wpm"),
        "f100": delivery.get("fillers_per_100_words"),
        "star": {p: float(parts.get(p, {}).get("share", 0.0)) for p in STAR_PARTS}
        if parts
        else None,
        "missed": [
            str(kp.get("label") or kp.get("id"))
            for kp in score.get("key_points") or []
            if kp.get("status", "explained" if kp.get("covered") else "missing") != "explained"
        ],
        "fillers": {str(k): int(v) for k, v in (delivery.get("fillers") or {}).items()},
        "hedges": {str(k): int(v) for k, v in (delivery.get("hedges") or {}).items()},
    }


def build_progress(
    sessions: Iterable[Mapping[str, Any]],
    answers: Iterable[Mapping[str, Any]],
    topic_of: Mapping[str, str],
    top: int = 8,
    new_facts: list[tuple[int, str]] | None = None,
) -> Progress:
    """``sessions``/``answers`` are ``Storage.progress_rows()``; ``topic_of`` maps question ids.

    Facts computed here for answers that had none are appended to ``new_facts`` (to be saved)."""
    by_session: dict[int, list[dict[str, Any]]] = defaultdict(list)
    missed: Counter[tuple[str, str]] = Counter()
    phrases: Counter[tuple[str, str]] = Counter()
    topic_scores: dict[str, list[int]] = defaultdict(list)
    count = 0
    for row in answers:
        if row["facts_json"]:
            facts = json.loads(row["facts_json"])
        else:
            facts = answer_facts(json.loads(row["score_json"]) if row["score_json"] else {})
            if new_facts is not None:
                new_facts.append((int(row["id"]), json.dumps(facts)))
        by_session[int(row["session_id"])].append(facts)
        count += 1
        overall = 0 if row["mode"] == "skipped" else row["overall"]
        question_id = str(row["question_id"])
        topic = topic_of.get(question_id)
        if topic and overall is not None:
            topic_scores[topic].append(int(overall))
        where = (topic or question_id).replace("-", " ")
        for label in facts["missed"]:
            missed[(label, where)] += 1
        for kind, key in (("filler", "fillers"), ("hedge", "hedges")):
            for phrase, n in facts[key].items():
                phrases[(phrase, kind)] += n
    points = [_point(s, by_session.get(int(s["id"]), [])) for s in sessions]
    weak = sorted(
        (
            Ranked(t, round(fmean(v), 1), f"{len(v)} answer{'s' if len(v) != 1 else ''}")
            for t, v in topic_scores.items()
        ),
        key=lambda r: (r.value, r.label),
    )
    return Progress(
        points=points,
        missed_key_points=[Ranked(k, n, q) for (k, q), n in missed.most_common(top)],
        weak_topics=weak[:top],
        phrases=[Ranked(p, n, kind) for (p, kind), n in phrases.most_common(top)],
        answers=count,
    )


def _point(session: Mapping[str, Any], facts: list[dict[str, Any]]) -> SessionPoint:
    summary = json.loads(session["score_json"]) if session["score_json"] else {}
    plan = json.loads(session["plan_json"]) if session["plan_json"] else {}
    stars = [f["star"] for f in facts if f.get("star")]
    return SessionPoint(
        session_id=int(session["id"]),
        when=float(session["started_at"]),
        plan=str(plan.get("name") or ""),
        overall=summary.get("overall"),
        per_category={str(k): int(v) for k, v in (summary.get("per_category") or {}).items()},
        wpm=_mean(f.get("wpm") for f in facts),
        fillers_per_100=_mean(f.get("f100") for f in facts),
        star=(
            {p: round(100 * fmean(s.get(p, 0.0) for s in stars), 1) for p in STAR_PARTS}
            if stars
            else None
        ),
    )


def _mean(values: Iterable[Any]) -> float | None:
    numbers = [float(v) for v in values if v is not None]
    return round(fmean(numbers), 1) if numbers else None
