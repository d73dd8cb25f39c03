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
  added to it;
- an interview that is unfinished here (interrupted, or discarded) and FINISHED in the archive
  (exported on another machine after it was finished there) is completed from it (hist58): it
  stays one interview, takes the answers it lacks, the finished copy's summary, end and plan,
  and the finished scores of the answers both copies hold with the same words; every answer
  recorded here stays as it is (one here that says other words than the archive's is kept, and
  the archive's is not taken). Before, it was taken for another interview (its plan had moved
  on: the time in, a follow-up being asked) and the one here stayed unfinished beside it;
- the reverse, an archive's unfinished copy of an interview finished here, adds nothing: the
  finished one has every answer that counted.

What an interview is stays what it was planned as: the plan's keys that note how far it ran
(``RUNNING``) do not make two copies of it two interviews. The person is told what was
completed and what was skipped (``MergePlan.skipped_said``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from simulator.core import storage_codec as codec
from simulator.core.tables import plural

# The plan's keys an interview writes as it runs (``Storage.note_time_in``, ``add_time_away``,
# ``note_follow_up``): two copies of one interview exported at different moments differ in them.
RUNNING = ("time_in_s", "away_s", "follow_up_asked")


def session_key(started_at: Any, plan_json: Any) -> tuple[float, str]:
    """What makes two stored sessions the same interview: when it started (to the stored
    precision: the clock's microseconds) and its plan (as JSON read, so spacing and key order
    do not count, nor the keys that note how far it ran: ``RUNNING``)."""
    try:
        read = json.loads(plan_json)
        if isinstance(read, dict):
            read = {k: v for k, v in read.items() if k not in RUNNING}
        plan = json.dumps(read, sort_keys=True, ensure_ascii=False)
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
    # of ``same_as``: the archive's finished copies that complete an interview unfinished here,
    # with the answers added to them
    completed: tuple[int, ...] = ()
    answers_completing: int = 0
    # of ``same_as``: the archive's unfinished copies of interviews finished here (they add
    # nothing), with their answers (all in ``skipped_answers``)
    stale: tuple[int, ...] = ()
    stale_answers: int = 0

    @property
    def skips_anything(self) -> bool:
        return bool(self.same_as or self.skipped_answers)

    @property
    def added_answers(self) -> int:
        """Answers added to interviews here already (they went on after the last import)."""
        return self.answers_to_known - len(self.skipped_answers)

    def skipped_said(self) -> str:
        """What was completed and what was not imported again, as sentences ("" when nothing
        was): "1 interview completed from the archive (2 new answers)." "Already here, not
        imported again: 2 interviews (7 answers)." """
        said = []
        if self.completed:
            n = len(self.completed)
            text = f"{plural(n, 'interview')} completed from the archive"
            if self.answers_completing:
                text += f" ({plural(self.answers_completing, 'new answer')})"
            said.append(text + ".")
        if self.stale:
            n = len(self.stale)
            copies = "its unfinished copy" if n == 1 else "their unfinished copies"
            said.append(
                f"{plural(n, 'interview')} finished here already: {copies} in the archive "
                "added nothing."
            )
        known = len(self.same_as) - len(self.completed) - len(self.stale)
        skipped = len(self.skipped_answers) - self.stale_answers
        added = self.added_answers - self.answers_completing
        if known:
            text = f"Already here, not imported again: {plural(known, 'interview')}"
            text += f" ({plural(skipped, 'answer')})" if skipped else ""
            if added:
                them = "it" if known == 1 else "them"
                text += f"; {plural(added, 'new answer')} added to {them}"
            said.append(text + ".")
        return " ".join(said)


@dataclass(frozen=True)
class OneCopy:
    """What ``one_copy_each`` folded: the archive's interviews held more than once (beyond
    their first copy) and the answers of those copies left out as held already."""

    sessions: int = 0
    answers: int = 0

    def said(self, done: bool = True) -> str:
        """As a sentence, or "" when the archive held each interview once; ``done``: said
        after the import, else before it (what it will do)."""
        if not self.sessions:
            return ""
        one = self.sessions == 1
        verb = ("was" if one else "were") if done else ("is" if one else "are")
        held = "held" if done else "holds"
        text = f"{plural(self.sessions, 'interview')} the archive {held} twice {verb} imported once"
        if self.answers:
            text += f" ({plural(self.answers, 'answer')} held twice left out)"
        return text + "."


def one_copy_each(data: dict[str, list[dict[str, Any]]]) -> OneCopy:
    """Fold the copies of one interview that ``data`` (a checked data.json) holds into one, in
    place, as an import folds an archive's copy into an interview here (``plan_merge``): an
    archive made by hand, joined from two exports, or exported from a history that an older
    import had given the same interview twice held it twice, and both were stored (attack
    run 59: History listed it twice, its answers counted as two attempts). The copy kept is a
    finished one if any, else the first; a later copy's answers at places the kept one does
    not hold are added to it, the others (with their notes, ratings and replaced transcripts,
    and their recordings, which are not unpacked) are left out."""
    sessions = data["sessions"]
    finished_first = sorted(range(len(sessions)), key=lambda i: sessions[i]["status"] != "finished")
    kept: dict[tuple[float, str], int] = {}  # interview -> the id of its copy kept
    folded: dict[int, int] = {}  # a later copy's id -> the kept copy's id
    for i in finished_first:
        s = sessions[i]
        key = session_key(s["started_at"], s["plan_json"])
        if key in kept:
            folded[int(s["id"])] = kept[key]
        else:
            kept[key] = int(s["id"])
    if not folded:
        return OneCopy()
    held = {
        (int(a["session_id"]), answer_key(a["position"], a.get("follow_up")))
        for a in data["answers"]
        if int(a["session_id"]) not in folded
    }
    dropped: set[int] = set()
    for a in data["answers"]:
        target = folded.get(int(a["session_id"]))
        if target is None:
            continue
        place = (target, answer_key(a["position"], a.get("follow_up")))
        if place in held:
            dropped.add(int(a["id"]))
        else:
            held.add(place)
            a["session_id"] = target
    data["sessions"] = [s for s in sessions if int(s["id"]) not in folded]
    data["answers"] = [a for a in data["answers"] if int(a["id"]) not in dropped]
    for listed in ("notes", "ratings", "transcript_history"):
        if listed in data:
            data[listed] = [row for row in data[listed] if int(row["answer_id"]) not in dropped]
    return OneCopy(len(folded), len(dropped))


def plan_merge(
    sessions: Iterable[dict[str, Any]],
    answers: Iterable[dict[str, Any]],
    here_sessions: Iterable[tuple[int, Any, Any, Any]],
    here_answers: Iterable[tuple[int, Any, Any]],
) -> MergePlan:
    """The plan for the archive's ``sessions`` and ``answers`` (data.json's rows) against the
    sessions here (id, started_at, plan_json, status) and their answers (session id, position,
    follow_up)."""
    here: dict[tuple[float, str], tuple[int, bool]] = {}  # -> (id, finished)
    for session_id, started_at, plan_json, status in here_sessions:
        key = session_key(started_at, plan_json)
        here.setdefault(key, (int(session_id), status == "finished"))
    same_as: dict[int, int] = {}
    new: list[int] = []
    completed: list[int] = []
    stale: set[int] = set()
    for s in sessions:
        found = here.get(session_key(s["started_at"], s["plan_json"]))
        if found is None:
            new.append(int(s["id"]))
            continue
        same_as[int(s["id"])] = found[0]
        finished_there = s.get("status") == "finished"
        if finished_there and not found[1]:
            completed.append(int(s["id"]))
        elif found[1] and not finished_there:
            stale.add(int(s["id"]))
    held: set[tuple[int, tuple[int, str | None]]] = {
        (int(sid), answer_key(position, follow_up)) for sid, position, follow_up in here_answers
    }
    skipped: set[int] = set()
    to_known = completing = stale_answers = 0
    for a in answers:
        target = same_as.get(int(a["session_id"]))
        if target is None:
            continue
        to_known += 1
        place = (target, answer_key(a["position"], a.get("follow_up")))
        if int(a["session_id"]) in stale:  # finished here: the unfinished copy adds nothing
            skipped.add(int(a["id"]))
            stale_answers += 1
        elif place in held:  # here already (or twice in the archive: the first is kept)
            skipped.add(int(a["id"]))
        else:
            held.add(place)
            completing += int(a["session_id"]) in completed
    return MergePlan(
        same_as, frozenset(skipped), tuple(new), to_known, tuple(completed), completing,
        tuple(s for s in same_as if s in stale), stale_answers,
    )  # fmt: skip
