"""The Review page's long jobs: score a session again, transcribe it (or one answer) again.

Each runs on a task lane (the speech lane when something is transcribed), reports its progress
to the page's job bar through a queued signal and stops at the next step when cancelled; the old
result stays stored until the new one is complete (``core.rescore``)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from simulator.core.scorecard.score_text import shown_score
from simulator.ui.page_notice import tell
from simulator.ui.widgets.common import counted

if TYPE_CHECKING:
    from simulator.core.rescore import RescoreResult, RetranscribeResult
    from simulator.core.speech_topic import SpeechTopic
    from simulator.core.transcript import Transcript
    from simulator.speech.asr import WhisperTranscriber
    from simulator.speech.models import ModelChoice
    from simulator.ui.pages.review import ReviewPage
    from simulator.ui.retranscribe_dialog import RetranscribeRequest


class ReviewJobs(QObject):
    progress = Signal(int, int)  # (done, total), emitted from the worker: queued to the page

    def __init__(
        self,
        window: Any,
        page: Callable[[], ReviewPage],
        show_again: Callable[[int, int | None], None],
    ) -> None:
        """``window`` is the MainWindow (services, tasks, status bar, errors); ``show_again``
        reopens the Review page on the new result."""
        super().__init__(window)
        self._w = window
        self._page = page
        self._show_again = show_again
        self._cancelled = threading.Event()
        self._listing_models = False  # the re-transcribe dialog's models are being looked at

    def cancel(self) -> None:
        self._cancelled.set()

    def rescore(self, session_id: int, transcribe: bool, model: str | None = None) -> None:
        """Score a session again (with ``transcribe``, transcribe its recordings first, with
        ``model`` or else the one chosen in Settings); the old result stays until the new one
        is complete."""
        from simulator.core.rescore import rescore_session
        from simulator.core.session.ports import COMPUTE, SPEECH

        w = self._w
        bank, storage = w.services.bank, w.services.storage
        if bank is None:
            return
        chosen = w.services.settings.speech_model if model is None else model

        def step(done: int, total: int) -> None:  # on the worker's thread
            self.progress.emit(done, total)

        def work() -> RescoreResult:
            if not transcribe:
                return rescore_session(
                    storage, bank, session_id, progress=step, cancelled=self._cancelled.is_set
                )
            with self._whisper(chosen) as transcriber:
                return rescore_session(
                    storage, bank, session_id,
                    transcribe=lambda path, topic: transcriber.transcribe_file(path, topic=topic),
                    progress=step, cancelled=self._cancelled.is_set,
                    why=f"the session transcribed again with {transcriber.model_label}",
                )  # fmt: skip

        review = self._page()._review
        self._run(
            work, SPEECH if transcribe else COMPUTE,
            "Transcribing the session again…" if transcribe else "Scoring again…",
            "The old scores stay until this is done; Esc cancels.",
            _rescored, "Not re-scored (the old scores stand)", "the session",
            session_id, review.answer_id if review is not None else None,
        )  # fmt: skip

    def ask_retranscribe(
        self, choices: list[ModelChoice], current: str, answer_label: str, has_audio: bool
    ) -> RetranscribeRequest | None:
        """The one place the model dialog runs (tests patch it)."""
        from simulator.ui.retranscribe_dialog import ask_retranscribe

        return ask_retranscribe(self._w, choices, current, answer_label, has_audio)

    def retranscribe(self, answer_id: int, has_audio: bool) -> None:
        """Ask for a model, then transcribe one recorded answer again (or, if chosen, every
        recording of its session) and score it again, off the GUI thread, cancellable."""
        from simulator.speech.models import model_choices

        w = self._w
        if self._listing_models or not self._shows(answer_id):
            return
        current = w.services.settings.speech_model
        self._listing_models = True

        def listed(choices: list[ModelChoice]) -> None:
            self._listing_models = False
            if self._shows(answer_id):  # still the answer asked about
                self._ask_and_retranscribe(choices, current, answer_id, has_audio)

        def failed(exc: BaseException) -> None:
            self._listing_models = False
            w._show_error(f"Not transcribed again (the models could not be listed): {exc}")

        # the models' files are looked at off the GUI thread: a local model folder may sit on
        # a slow or vanished drive (review33)
        w.tasks.submit(lambda: model_choices(current), listed, failed)

    def _shows(self, answer_id: int) -> bool:
        review = self._page()._review
        return review is not None and review.answer_id == answer_id

    def _ask_and_retranscribe(
        self, choices: list[ModelChoice], current: str, answer_id: int, has_audio: bool
    ) -> None:
        review = self._page()._review
        assert review is not None
        number = review.detail.number if review.detail is not None else ""
        label = f"answer {number}" if has_audio else f"answer {number} has no recording"
        request = self.ask_retranscribe(choices, current, label, has_audio)
        if request is None:
            return
        if request.whole_session:
            self.rescore(review.session_id, True, model=request.model)
        else:
            self._retranscribe_answer(review.session_id, answer_id, request.model, number)

    def _retranscribe_answer(
        self, session_id: int, answer_id: int, model: str, number: int | str
    ) -> None:
        from simulator.core.rescore import retranscribe_answer
        from simulator.core.session.ports import SPEECH

        w = self._w
        bank, storage = w.services.bank, w.services.storage
        if bank is None:
            return

        def heard(done_s: float, total_s: float) -> None:  # on the speech thread
            self.progress.emit(int(900 * done_s / total_s) if total_s > 0 else 900, 1000)

        def work() -> RetranscribeResult:
            with self._whisper(model) as transcriber:

                def transcribe(path: Path, topic: SpeechTopic | None) -> Transcript:
                    return transcriber.transcribe_file(
                        path, topic=topic, progress=heard, cancelled=self._cancelled.is_set
                    )

                return retranscribe_answer(
                    storage, bank, answer_id, transcribe, transcriber.model_label,
                    cancelled=self._cancelled.is_set,
                )  # fmt: skip

        self._run(
            work, SPEECH, f"Transcribing answer {number} again…",
            "The old transcript and score stay until this is done; Esc cancels.",
            _retranscribed, "Not transcribed again (the old transcript stands)", "the answer",
            session_id, answer_id,
        )  # fmt: skip

    def _run(
        self,
        work: Callable[[], Any],
        lane: str,
        text: str,
        detail: str,
        said: Callable[[Any], str],
        not_done: str,
        what: str,
        session_id: int,
        answer_id: int | None,
    ) -> None:
        """Run ``work`` on ``lane`` with the page's job line; then say what changed (``said``)
        and show the page again, or that it was cancelled or failed (nothing changed)."""
        w, page = self._w, self._page()
        self._cancelled.clear()
        page.job.start(text, detail)

        def done(result: Any) -> None:
            page.job.finish()
            if result.cancelled:
                w.statusBar().showMessage(f"Cancelled: {what} is as it was.", 6000)
                return
            skipped = bool(getattr(result, "skipped", ()))  # a part not done stays up longer
            # What changed stays on the page until the person leaves it or dismisses it: said
            # for 15 s at the window's foot, a score moved 83 -> 86 while the person looked
            # elsewhere during a long transcription, and nothing on the page said so
            # (walkthrough 42; the old transcript is listed at the explanation's end). Said
            # there, it is not said again in the status line (ux54); elsewhere, it is.
            tell(w, page, said(result), 60000 if skipped else 15000)
            self._show_again(session_id, answer_id)

        def failed(exc: BaseException) -> None:
            page.job.finish()
            w._show_error(f"{not_done}: {exc}")

        w.tasks.submit(work, done, failed, lane=lane)

    @contextmanager
    def _whisper(self, model: str) -> Iterator[WhisperTranscriber]:
        """The Whisper transcriber of ``model`` for one job (on the speech thread); a model
        other than the one in Settings is let go afterwards, so it does not stay in memory."""
        from simulator.speech.asr import forget_whisper, get_whisper

        try:
            yield get_whisper(model or None)
        finally:
            if model != self._w.services.settings.speech_model:
                forget_whisper(model or None)


def _rescored(result: RescoreResult) -> str:
    change = (
        f", overall {shown_score(result.before)} → {shown_score(result.after)}"
        if result.before != result.after
        else ""
    )
    gone = (
        f"; {counted(len(result.missing), 'question')} no longer in the bank kept their old scores"
        if result.missing
        else ""
    )
    scored = (
        f"Re-scored {counted(result.answers, 'answer')}, {result.changed} changed{change}{gone}."
    )
    return f"{_heard(result)} {scored}" if result.recordings else scored


def _heard(result: RescoreResult) -> str:
    """ "2 of 3 re-transcribed; skipped: a.wav (corrupt WAV file (...))." """
    heard = f"{result.transcribed} of {counted(result.recordings, 'recording')} re-transcribed"
    if not result.skipped:
        return f"{heard}."
    names = ", ".join(f"{s.file} (answer {s.number}: {s.reason})" for s in result.skipped)
    return f"{heard}; skipped: {names}."


def _retranscribed(result: RetranscribeResult) -> str:
    score = (
        f"score {shown_score(result.before)} → {shown_score(result.after)}"
        if result.before != result.after
        else f"score unchanged ({shown_score(result.after)})"
    )
    overall = (
        f"; session {shown_score(result.session_before)} → {shown_score(result.session_after)}"
        if result.session_before != result.session_after
        else ""
    )
    return f"Answer {result.number} transcribed again with {result.model}: {score}{overall}."
