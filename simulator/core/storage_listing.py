"""What ``ml-interview history`` prints of each listed session, read in one query and streamed:
with no --limit it read every session in full (transcripts, word timings, whole scores) before
printing a line (55 s and 880 MB at 18,000 sessions). Only the summary columns are read here."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from simulator.core import storage_codec as codec
from simulator.core.storage_schema import ATTEMPT_ORDER, happened
from simulator.core.stored_plan import StoredPlan

# The sessions Home and History list (HAS_ANSWERS), newest first, with their main answers in
# order; an answer's attempt is its number among the main answers to its question, oldest first
# (as ``answer_outcomes(finished_only=False)`` counts them).
LISTING = f"""
WITH attempts AS (
    SELECT a.id, ROW_NUMBER() OVER (PARTITION BY a.question_id ORDER BY {ATTEMPT_ORDER}) AS nth
    FROM answers a JOIN sessions s ON s.id = a.session_id WHERE a.follow_up IS NULL
), listed AS (
    SELECT id, started_at, {happened("s")} AS known, status, plan_json, score_json
    FROM sessions s WHERE {{has_answers}}
    ORDER BY {happened("s")} DESC, id DESC LIMIT ?
)
SELECT l.id, l.started_at, l.status, l.plan_json, l.score_json,
       a.id, a.position, a.question_id, a.mode, a.overall, a.score_json, t.nth
FROM listed l
LEFT JOIN answers a ON a.session_id = l.id AND a.follow_up IS NULL
LEFT JOIN attempts t ON t.id = a.id
ORDER BY l.known DESC, l.id DESC, a.position, a.id
"""


@dataclass(frozen=True)
class ListedAnswer:
    id: int
    position: int
    question_id: str
    mode: str
    overall: int | None
    components: dict[str, int | None]
    attempt: int


@dataclass
class ListedSession:
    id: int
    started_at: float
    status: str
    name: str
    planned: int  # questions in its plan
    overall: int | None  # the stored summary's
    answers: list[ListedAnswer] = field(default_factory=list)


def listed(rows: Iterable[Any]) -> Iterator[ListedSession]:
    """The query's rows (one per main answer) as sessions, each once its last row is read."""
    current: ListedSession | None = None
    for r in rows:
        if current is None or current.id != r[0]:
            if current is not None:
                yield current
            plan = StoredPlan.from_dict(codec.plan(r[3]))
            summary = codec.session_score(r[4])
            current = ListedSession(
                int(r[0]),
                codec.timestamp(r[1]),
                str(r[2]),
                plan.shown_name,
                len(plan.question_ids),
                summary.overall if summary is not None else None,
            )
        if r[5] is not None:
            current.answers.append(
                ListedAnswer(
                    int(r[5]),
                    codec.position(r[6]),
                    codec.text(r[7]),
                    str(r[8]),
                    codec.overall(r[9]),
                    codec.components(r[10]),
                    int(r[11] or 0),
                )
            )
    if current is not None:
        yield current
