"""Writes a session and its answers to the database, in order, off the GUI thread.

Each answer is written the moment it is given. A write that fails (disk full, database locked)
stays queued and is retried before the next one, so nothing already given is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from simulator.core.storage import Storage, StorageError
from simulator.core.transcript import Transcript
from simulator.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from simulator.core.questions import Question


@dataclass
class AnswerSlot:
    """One answer of the session: what it answers, where its audio is, and its database row."""

    position: int
    question: Question
    follow_up: str | None
    audio: Path | None = None
    row: list[int] = field(default_factory=list)  # the row id, once the row exists


class SessionLog(QObject):
    failed = Signal(str)  # a write failed; the message says where and that nothing is lost

    def __init__(self, storage: Storage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._storage = storage
        self._db = TaskRunner(1, self)  # one thread: writes stay in order
        self._unsaved: list[Callable[[], None]] = []
        self.session_id: int | None = None

    def open(self, plan: dict[str, Any]) -> None:
        """Create the session's row (the first write; answers follow it in order)."""
        self.session_id = None

        def create() -> None:
            self.session_id = self._storage.create_session(plan)

        self._db.submit(create, on_error=self._failed)

    def adopt(self, session_id: int) -> None:
        """Continue writing into a session that already exists (resumed)."""
        self.session_id = session_id

    def save(
        self,
        answer: AnswerSlot,
        mode: str,
        score: dict[str, Any] | None,
        transcript: Transcript | None,
        *,
        started: bool = False,
    ) -> None:
        """Insert the answer's row, or complete the row a spoken answer opened when it started
        (``started``: the recording began, so a crash from now on loses nothing)."""
        audio = str(answer.audio) if answer.audio else None
        text = transcript.text if transcript else ""
        words = transcript.to_dict() if transcript and transcript.words else None
        duration = transcript.duration_s if transcript else None

        def write() -> None:
            if answer.row:
                self._storage.complete_answer(answer.row[0], mode, text, words, duration, score)
                return
            row = self._storage.add_answer(
                self._require_session_id(),
                answer.question.id,
                answer.position,
                mode,
                text,
                follow_up=answer.follow_up,
                transcript=words,
                audio_path=audio,
                duration_s=duration,
                score=score,
            )
            if started:
                answer.row.append(row)

        self._unsaved.append(write)
        self._db.submit(self._flush, on_error=self._failed)

    def finish(self, summary: dict[str, Any], then: Callable[[int], None]) -> None:
        """Mark the session finished with its summary, then call ``then(session_id)``."""

        def write() -> int:
            self._flush()  # answers first: a finished session has all of them
            session_id = self._require_session_id()
            self._storage.finish_session(session_id, summary)
            return session_id

        self._db.submit(write, on_done=then, on_error=self._failed)

    def unsaved_count(self) -> int:
        return len(self._unsaved)

    def pending(self) -> int:
        return self._db.pending()

    def wait_idle(self) -> None:
        self._db.wait_idle()

    def _flush(self) -> None:
        """Write every answer not saved yet, oldest first (on the database thread)."""
        while self._unsaved:
            self._unsaved[0]()
            self._unsaved.pop(0)

    def _require_session_id(self) -> int:
        if self.session_id is None:
            raise StorageError("the session could not be created, so nothing can be saved")
        return self.session_id

    def _failed(self, exc: BaseException) -> None:
        self.failed.emit(
            f"Could not save to {self._storage.path}: {exc}. Your answers are kept in memory "
            "and saved with the next answer once there is room again."
        )
