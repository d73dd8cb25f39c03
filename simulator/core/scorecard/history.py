"""What a scorecard compares with, like with like: the last finished session of the same plan
(for the overall and the categories) and, per question, the last earlier answer to it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from simulator.core.storage import SessionRecord
from simulator.core.stored_plan import plan_key


@dataclass(frozen=True)
class Earlier:
    same_plan: SessionRecord | None = None  # the last finished session of the same plan
    # question id -> (overall, started_at) of the last earlier scored answer to it taken to
    # its end: an answer cut by End is scored on what it reached, and "+67 vs 30 (last time)"
    # compared a whole answer with one cut after its first sentence (walk61)
    questions: dict[str, tuple[int, float]] = field(default_factory=dict)
    # the questions answered since that answer only in answers cut by End (so it was not
    # the last time: the scorecard says which it is)
    cut_since: frozenset[str] = frozenset()


def earlier_results(sessions: Iterable[SessionRecord], session: SessionRecord) -> Earlier:
    before = [
        s
        for s in sessions
        if s.id != session.id
        # (an unfinished interview's answers are earlier attempts too; its overall is not
        # compared: ``same`` takes finished sessions only)
        and (s.place, s.id) < (session.place, session.id)
    ]
    # (in the order they happened: with the clock put back, the start alone put a later
    # session before an earlier one, attack run 63)
    before.sort(key=lambda s: (s.place, s.id))
    key = plan_key(session.plan)
    same = [
        s
        for s in before
        if s.status == "finished"
        and plan_key(s.plan) == key
        and (s.score is None or s.score.counted_overall is not None)  # ended before answer 1
    ]
    questions: dict[str, tuple[int, float]] = {}
    cut: set[str] = set()
    for s in before:  # oldest first: later answers overwrite
        for a in s.answers:
            if (
                a.follow_up is None
                and a.mode != "skipped"
                and a.text.strip()
                and a.overall is not None
            ):
                if a.score is not None and a.score.ended_early:
                    cut.add(a.question_id)
                    continue
                questions[a.question_id] = (int(a.overall), s.started_at)
                cut.discard(a.question_id)
    return Earlier(same[-1] if same else None, questions, frozenset(cut & set(questions)))
