"""What Home shows from the database: past sessions, the interview to resume, the questions
due for review, and a chosen voice that is not installed. All read off the GUI thread."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from simulator.core.storage import SessionRecord

if TYPE_CHECKING:
    from simulator.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def refresh_home(window: MainWindow, *, due_after_ms: int = 0) -> None:
    """Past sessions and the one to resume now; the due count ``due_after_ms`` after the
    window's first paint."""
    storage = window.services.storage

    def load() -> tuple[list[SessionRecord], SessionRecord | None, bool]:
        unfinished = storage.unfinished_session()
        # in brief: Home lists each session's name, date, score and answers counted; the 50
        # sessions' word-timed transcripts and scores took 100-120 ms of the database lane's
        # CPU at every return to Home, and full collections of what they made (stall62)
        listed = storage.listed_sessions(limit=50, whole=False)
        return listed, unfinished, _typing_kept(unfinished)

    def loaded(result: tuple[list[SessionRecord], SessionRecord | None, bool]) -> None:
        sessions, unfinished, typing_kept = result
        # Another interrupted interview than the one offered to resume (two in one archive
        # imported: walk57) is listed as unfinished, to open and review; the offered one
        # stays on the banner only
        offered = unfinished.id if unfinished is not None else None
        window.home.show_sessions(
            [s for s in sessions if s.status != "active" or s.id != offered],
            interrupted=unfinished is not None,
        )
        window.home.offer_resume(unfinished, typing_kept)

    window._db.submit(load, on_done=loaded, on_error=window._show_error)
    if due_after_ms > 0:
        window.first_paint.after(due_after_ms, lambda: refresh_due(window))
    else:
        refresh_due(window)


def _typing_kept(record: SessionRecord | None) -> bool:
    """An answer was being typed when the interview stopped: resuming brings it back."""
    if record is None:
        return False
    from simulator.core.session.drafts import Drafts

    draft = Drafts.of_data_folder().read(record.id)
    return draft is not None and bool(draft.text.strip())


def refresh_due(window: MainWindow) -> None:
    storage = window.services.storage

    def due() -> list[str]:
        from simulator.core.schedule import due_questions, schedules  # not at start-up

        plans = schedules(storage.answer_outcomes(), storage.ratings())
        return [s.question_id for s in due_questions(plans)]

    if not window.tasks.closed:
        window._db.submit(due, on_done=window.home.set_due, on_error=window._show_error)


def check_voice(window: MainWindow) -> None:
    """A voice chosen in Settings that is not installed: Home names it and the voice that
    speaks instead (listing the voices starts espeak-ng: only when one was chosen)."""
    from simulator.speech.tts import missing_voice

    voice_id, speaker = window.services.settings.voice_id, window.services.speaker
    if not voice_id or speaker is None:
        return

    def listed(voices: list[Any]) -> None:
        problem = missing_voice(voice_id, voices)
        if problem and voice_id == window.services.settings.voice_id:  # not changed since
            window.home.show_storage_notice(problem)

    # only a courtesy check: no notice when the voices cannot be listed, but the log says why
    window._db.watch(
        speaker.voices(),
        on_done=listed,
        on_error=lambda exc: log.warning("the voices could not be listed: %s", exc),
    )
