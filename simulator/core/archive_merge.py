"""An archive imported into a history that already holds sessions: what is new, what is already
here (Qt-free).

Importing the same archive twice, or an archive exported from a copy of this history, must not
store an interview twice (walk57: the only way in was to replace the whole history, and an
archive whose rows overlapped what was here could not be taken in without it). An import adds:

- an interview of the archive that is not here becomes an interview of its own, with new ids
  (the ids here stay as they are; the archive's notes, ratings and replaced transcripts follow
  their answers). Two unfinished interviews in one archive are two interviews: Home offers the
  newest to resume and lists the other (``Storage.unfinished_session``);
- an interview that is here already (the same start time and the same plan) is not stored
  again: its answers already here (the same question position, the main answer or the same
  follow-up) are skipped with their recordings, notes and ratings; an answer of the archive at
  a position this copy does not hold yet (the interview went on after an earlier export) is
  added to it.

The person is told what was skipped (``MergePlan.skipped_said``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from simulator.core import storage_codec as codec
from simulator.core.tables import plural


def session_key(started_at: Any, plan_json: Any) -> tuple[float, str]:
    """What makes two stored sessions the same interview: when it started (to the stored
    precision: the clock's microseconds) and its plan (as JSON read, so spacing and key order
    do not count)."""
    try:
        plan = json.dumps(json.loads(plan_json), sort_keys=True, ensure_ascii=False)
    except (TypeError, ValueError):
        plan = str(plan_json)
    return codec.timestamp(started_at), plan


def answer_key(position: Any, follow_up: Any) -> tuple[int, str | None]:
    """An answer's place in its interview: the question's position, and the follow-up it
    answers (None for the main answer)."""
    return int(position), None if follow_up is None else str(follow_up)


@dataclass(frozen=True)
class MergePlan:
    """Where each session of an archive goes: ``same_as`` maps an archive session's id to the
    id of the same interview here; ``skipped_answers`` are the archive's answers (by id) that
    are here already; ``new_sessions`` the archive's sessions that are not."""

    same_as: dict[int, int]
    skipped_answers: frozenset[int]
    new_sessions: tuple[int, ...]
    # the archive's answers to interviews here already, skipped or added
    answers_to_known: int = 0

    @property
    def skips_anything(self) -> bool:
        return bool(self.same_as or self.skipped_answers)

    @property
    def added_answers(self) -> int:
        """Answers added to interviews here already (they went on after the last import)."""
        return self.answers_to_known - len(self.skipped_answers)

    def skipped_said(self) -> str:
        """What was not imported again, as a sentence ("" when nothing was skipped): "Already
        here, not imported again: 2 interviews (7 answers)." """
        if not self.skips_anything:
            return ""
        known, skipped = len(self.same_as), len(self.skipped_answers)
        text = f"Already here, not imported again: {plural(known, 'interview')}"
        text += f" ({plural(skipped, 'answer')})" if skipped else ""
        if self.added_answers:
            them = "it" if known == 1 else "them"
            text += f"; {plural(self.added_answers, 'new answer')} added to {them}"
        return text + "."


def plan_merge(
    sessions: Iterable[dict[str, Any]],
    answers: Iterable[dict[str, Any]],
    here_sessions: Iterable[tuple[int, Any, Any]],
    here_answers: Iterable[tuple[int, Any, Any]],
) -> MergePlan:
    """The plan for the archive's ``sessions`` and ``answers`` (data.json's rows) against the
    sessions here (id, started_at, plan_json) and their answers (session id, position,
    follow_up)."""
    here: dict[tuple[float, str], int] = {}
    for session_id, started_at, plan_json in here_sessions:
        here.setdefault(session_key(started_at, plan_json), int(session_id))
    same_as: dict[int, int] = {}
    new: list[int] = []
    for s in sessions:
        found = here.get(session_key(s["started_at"], s["plan_json"]))
        if found is None:
            new.append(int(s["id"]))
        else:
            same_as[int(s["id"])] = found
    held: set[tuple[int, tuple[int, str | None]]] = {
        (int(sid), answer_key(position, follow_up)) for sid, position, follow_up in here_answers
    }
    skipped: set[int] = set()
    to_known = 0
    for a in answers:
        target = same_as.get(int(a["session_id"]))
        if target is None:
            continue
        to_known += 1
        place = (target, answer_key(a["position"], a.get("follow_up")))
        if place in held:  # here already (or twice in the archive: the first is kept)
            skipped.add(int(a["id"]))
        else:
            held.add(place)
    return MergePlan(same_as, frozenset(skipped), tuple(new), to_known)
