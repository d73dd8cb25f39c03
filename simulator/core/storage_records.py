"""Sessions and answers as the app reads them back: typed records, made from database rows at
this boundary only (JSON columns decoded by storage_codec)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from simulator.core import storage_codec as codec
from simulator.core.audio_paths import resolve
from simulator.core.stored_plan import StoredPlan

if TYPE_CHECKING:
    # (load with the bank, after the first paint)
    from simulator.core.questions_models import Question
    from simulator.core.scoring.results import AnswerScore, SessionScore


@dataclass
class AnswerRecord:
    id: int
    session_id: int
    question_id: str
    position: int
    mode: str
    text: str
    follow_up: str | None = None
    transcript: dict[str, Any] | None = None
    audio_path: str | None = None
    duration_s: float | None = None
    overall: int | None = None
    score: AnswerScore | None = None  # typed here; JSON only in the database
    created_at: float = 0.0

    @property
    def opened_only(self) -> bool:
        """A row opened when a recording started and never completed: its words were not saved
        (the recording and the recovery file hold them)."""
        return self.mode == "spoken" and not self.text and self.transcript is None

    @property
    def recorded_in_full(self) -> bool:
        """A row opened when its recording started whose recording then ended (the answer was
        in, its length noted) and whose words were still being transcribed: not cut short."""
        return self.opened_only and self.duration_s is not None

    def to_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["score"] = self.score.to_dict() if self.score is not None else None
        data["created_at"] = self.created_at or None  # (see SessionRecord.to_dict)
        return data


@dataclass
class SessionRecord:
    id: int
    started_at: float
    ended_at: float | None
    status: str
    plan: StoredPlan  # typed here; JSON only in the database
    score: SessionScore | None = None
    answers: list[AnswerRecord] = field(default_factory=list)
    # its place in the order sessions happened (``storage_schema.happened``): what lists and
    # comparisons order by, where the start follows the computer's clock
    seq: float = 0.0
    # its questions as they were asked, by id (``core.asked``; read by ``Storage.session``
    # only: none in lists, nor for a session made before they were kept)
    asked: dict[str, Question] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The session's name as every page, export and command shows it."""
        return self.plan.shown_name

    @property
    def place(self) -> float:
        """Where it stands in the order sessions happened: its ``seq``, or its start for a
        record given none (made by hand, not read from the database)."""
        return self.seq or self.started_at

    def to_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        # A time no clock could have written is read as 0, 'date unknown' on every page: in
        # JSON (history --json, the JSON export) 0.0 said 1970-01-01 (attack run 50); null.
        data["started_at"] = self.started_at or None
        data["ended_at"] = self.ended_at or None
        data["plan"] = self.plan.to_dict()
        data["score"] = self.score.to_dict() if self.score is not None else None
        data["answers"] = [a.to_dict() for a in self.answers]
        del data["seq"]  # (the database's order, not a fact of the session to export)
        del data["asked"]  # (an export lists its questions as asked beside the session)
        return data


def session_from_row(row: sqlite3.Row) -> SessionRecord:
    return SessionRecord(
        id=row["id"],
        started_at=codec.timestamp(row["started_at"]),
        ended_at=codec.timestamp(row["ended_at"]) if row["ended_at"] is not None else None,
        status=row["status"],
        plan=StoredPlan.from_dict(codec.plan(row["plan_json"])),
        score=codec.session_score(row["score_json"]),
        seq=codec.timestamp(row["seq"]),
    )


def answer_from_row(row: sqlite3.Row, data_dir: Path) -> AnswerRecord:
    # (a BLOB, a number: SQLite keeps any type in a column; each crashed an export)
    text = codec.text(row["text"])
    return AnswerRecord(
        id=row["id"],
        session_id=row["session_id"],
        question_id=codec.text(row["question_id"]),
        position=codec.position(row["position"]),
        mode=row["mode"],
        text=text,
        follow_up=codec.text(row["follow_up"]) if row["follow_up"] is not None else None,
        transcript=codec.transcript(row["transcript_json"]),
        audio_path=resolve(codec.text(row["audio_path"]), data_dir)
        if row["audio_path"] is not None
        else None,
        duration_s=codec.duration(row["duration_s"], text),
        overall=codec.overall(row["overall"]),
        score=codec.answer_score(row["score_json"]),
        created_at=codec.timestamp(row["created_at"]),
    )
