"""A session's background work: scoring, transcribing again, recovering, summarising.

Results come back on the driving thread. Each session has its own ``Background`` (and its own
journal): work of a session that was left still lands in that session's rows, but tells nothing
to the screen once another session has started (``detach``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from simulator.core.collector import BUILD_SETTLE_S, BUILD_WAIT_S, turn
from simulator.core.scoring.bank_rivals import NO_RIVALS, Rivals
from simulator.core.session import events as ev
from simulator.core.session.ledger import Entry, Part, has_words
from simulator.core.session.ports import COMPUTE, SPEECH_BACKGROUND, Executor, SpeechInput
from simulator.core.speech_topic import topic_of
from simulator.core.tables import plural
from simulator.core.transcript import kept_reading

if TYPE_CHECKING:
    from simulator.core.questions import Question
    from simulator.core.scoring import AnswerScore, SessionScore
    from simulator.core.session.journal import Journal
    from simulator.core.transcript import Transcript

log = logging.getLogger(__name__)

REFINED = "the whole recording was transcribed again"


class Background:
    def __init__(
        self,
        executor: Executor,
        journal: Journal,
        speech: SpeechInput | None,
        emit: Callable[[ev.Event], None],
        settled: Callable[[], None],
        rivals: Rivals = NO_RIVALS,
    ) -> None:
        self._executor = executor
        # the loaded bank's behavioral questions, a story may answer one of them instead
        self._rivals = rivals
        self._journal = journal
        self._speech = speech
        self._emit_to = emit
        self._settled = settled  # called whenever a job has landed and none is left
        self.pending = 0
        self._prepared: set[str] = set()  # the questions whose scoring is prepared (ids)
        # scorings asked for while their question's preparation still runs: started once it
        # has (both at once built the same tables twice, each slower for the other)
        self._after_preparing: dict[str, list[Callable[[], None]]] = {}

    def prepare(self, question: Question) -> None:
        """Build what scoring ``question``'s answer needs now (``scoring.warm_up.
        warm_question``), while it is read and answered, once a session: built by the answer's
        own scoring, those tables were most of the wait for its feedback (perf56). Not counted
        as work the wrap-up waits for, nor the app's close (``only_prepares``); a failure here
        is left to the answer's own scoring.

        It runs in its turn (``collector.turn``): after a big object graph being built (the
        speech model's load, which a spoken session's start begins) and not beside the pages'
        imports in idle time. Both beside the load were two or three threads running Python
        beside the window's on two cores, and the window waited for the GIL and for a CPU
        while the first question was read (``benchmarks/gui_stall.py``, stall61). A question
        is read and answered for far longer than the load takes."""
        if question.id in self._prepared:
            return
        self._prepared.add(question.id)
        from simulator.core.scoring.warm_up import warm_question

        rivals = self._rivals

        waiting = self._after_preparing.setdefault(question.id, [])

        def prepared(_result: object = None) -> None:
            self._after_preparing.pop(question.id, None)
            for start in waiting:
                start()

        def failed(exc: BaseException) -> None:
            log.warning("scoring %s could not be prepared: %s", question.id, exc)
            prepared()

        def prepare() -> None:
            with turn(BUILD_WAIT_S, settle=BUILD_SETTLE_S):
                warm_question(question, rivals)

        self._executor.submit(
            prepare,
            prepared,
            failed,
            lane=COMPUTE,
            only_prepares=True,
        )

    def detach(self) -> None:
        """Another session has started: keep saving, stop telling."""
        self._emit_to = lambda _event: None
        self._settled = lambda: None

    def _run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        lane: str = COMPUTE,
    ) -> None:
        self.pending += 1

        def settle(callback: Callable[[Any], None], value: Any) -> None:
            try:
                callback(value)
            finally:
                self.pending -= 1
                if not self.pending:
                    self._settled()

        self._executor.submit(
            work, lambda v: settle(on_done, v), lambda e: settle(on_error, e), lane=lane
        )

    def score(
        self,
        entry: Entry,
        then: Callable[[AnswerScore], None] | None = None,
        why: str | None = None,
    ) -> None:
        """Score the question on every part given so far; the newest request wins."""
        from simulator.core.scoring import score_answer

        entry.version += 1
        version, question, transcript = entry.version, entry.question, entry.combined()
        probed = entry.probed()
        if then is not None:
            entry.waiting.append(then)

        def scored(score: AnswerScore) -> None:
            if version != entry.version:
                return  # a newer transcript is being scored
            score = replace(score, ended_early=entry.ended_early)  # how it ended, kept with it
            old, entry.score = entry.score, score
            entry.scored = version
            self._journal.save_score(entry.position, _stored(score, entry.answer_time_s()))
            waiting, entry.waiting = entry.waiting, []
            for callback in waiting:
                callback(score)
            if why and old is not None and old.overall != score.overall:
                self._emit_to(
                    ev.ScoreRevised(entry.position + 1, old.overall, score.overall, why, score)
                )

        def failed(exc: BaseException) -> None:
            log.error("question %d could not be scored", entry.position + 1, exc_info=exc)
            self._emit_to(ev.Failed(f"Question {entry.position + 1} could not be scored: {exc}"))

        rivals = self._rivals

        def start() -> None:
            # (read as it starts: End may cut the answer after this request was made)
            self._run(
                lambda: score_answer(question, transcript, rivals, probed, entry.ended_early),
                scored,
                failed,
            )

        waiting = self._after_preparing.get(question.id)
        if waiting is not None:
            self.pending += 1  # (the wrap-up waits for it from now)

            def after_preparing() -> None:
                self.pending -= 1
                start()

            waiting.append(after_preparing)
        else:
            start()

    def when_scored(self, entry: Entry, then: Callable[[AnswerScore], None]) -> None:
        """``then`` with ``entry``'s score now if it is of the newest scoring, else once that
        one comes in (an older score is not the answer's while a newer one is on its way)."""
        if entry.score is not None and entry.scored == entry.version:
            then(entry.score)
        else:
            entry.waiting.append(then)

    def refine(
        self, entry: Entry, part: Part, then: Callable[[AnswerScore], None] | None = None
    ) -> None:
        """Transcribe the whole recording again (better than the live pieces), store that
        transcript and score the question with it; a changed score is shown."""
        speech, audio = self._speech, part.audio
        assert speech is not None and audio is not None

        def done(transcript: Transcript) -> None:
            if not has_words(transcript.text):
                return  # the quick transcript stays
            if part.transcript is not None and kept_reading(part.transcript, transcript) is (
                part.transcript
            ):
                return  # Whisper was far surer of the quick transcript: it stays
            part.transcript = transcript
            self._journal.save_part(entry, part)
            number = entry.position + 1
            self._emit_to(ev.TranscriptShown(transcript.text, number, part.index, final=True))
            self.score(entry, then, why=REFINED)

        def failed(exc: BaseException) -> None:
            self._emit_to(
                ev.Notice(
                    f"Question {entry.position + 1}: the recording could not be transcribed "
                    f"again ({exc}); the quick transcript is kept."
                )
            )

        topic = topic_of(entry.question, part.follow_up)
        self._run(lambda: speech.transcribe_whole(audio, topic), done, failed, SPEECH_BACKGROUND)

    def recover(self, entry: Entry, part: Part) -> None:
        """Repair, transcribe and score a recording cut short by a crash."""
        speech, audio = self._speech, part.audio
        assert audio is not None
        # Said at once: resumed on the wrap-up, the page said "Preparing your scorecard…" over
        # an empty question card while it was transcribed (walkthrough 50)
        self._emit_to(
            ev.Notice(f"{stopped_recording(entry, part)} is being transcribed and scored…")
        )

        def work() -> Transcript:
            if speech is None:
                raise RuntimeError("spoken answers are not available")
            return speech.recover(audio, topic_of(entry.question, part.follow_up))

        def done(transcript: Transcript) -> None:
            part.transcript = transcript
            if not part.elapsed_s and transcript.duration_s:
                part.elapsed_s = transcript.duration_s  # its length: it counted as 0 s used
            self._journal.save_part(entry, part)
            said = recovered_text(entry, part, transcript)
            if entry.answered and part.given:

                def scored(score: AnswerScore) -> None:
                    self._emit_to(ev.Notice(f"{said}: scored {score.overall}."))

                self.score(entry, scored)
            else:
                if entry.answered:
                    self.score(entry)
                self._emit_to(ev.Notice(f"{said}."))

        def failed(exc: BaseException) -> None:
            self._emit_to(
                ev.Notice(
                    f"Question {entry.position + 1}: the interrupted recording could not be "
                    f"recovered ({exc}); it stays in {audio.parent}."
                )
            )

        self._run(work, done, failed, SPEECH_BACKGROUND)

    def finish(
        self,
        entries: list[Entry],
        then: Callable[[int], None],
        failed_to_save: Callable[[], None] | None = None,
    ) -> None:
        """Summarise the session (skipped answers count as 0) and mark it finished."""
        from simulator.core.session.summary import session_summary

        def summarised(summary: SessionScore) -> None:
            self._journal.finish(summary, then, failed_to_save)

        def failed(exc: BaseException) -> None:
            self._emit_to(ev.Failed(f"The session could not be summarised: {exc}"))
            if failed_to_save is not None:
                failed_to_save()

        self._executor.submit(lambda: session_summary(entries), summarised, failed, lane=COMPUTE)


def stopped_recording(entry: Entry, part: Part) -> str:
    """The recording the app stopped at, as the page names it: cut short, or ended and not
    transcribed yet (it said "cut short" of an answer its silence had ended, walkthrough 52)."""
    whose = f"Question {entry.position + 1}" + ("'s follow-up" if part.follow_up else "")
    if part.recorded_in_full:
        return f"{whose}: the answer recorded before the app stopped"
    return f"{whose}: the recording cut short when the app stopped"


def recovered_text(entry: Entry, part: Part, transcript: Transcript) -> str:
    """What a recording cut short by a crash held, once recovered at resume (the banner said
    it "is transcribed and scored when you resume", and then nothing was said of it,
    walkthrough 48): its length and words, or that none were heard; the caller adds the score."""
    stopped = stopped_recording(entry, part)
    done = "was transcribed" if part.recorded_in_full else "was recovered"
    length = f"{round(transcript.duration_s)} s, " if transcript.duration_s else ""
    if part.given:
        count = len(transcript.text.split())
        return f"{stopped} {done} ({length}{plural(count, 'word')})"
    skipped = "" if part.follow_up else ": the question counts as skipped"
    return f"{stopped} {done}, but no words were heard in it{skipped}"


def _stored(score: AnswerScore, answer_time_s: float) -> AnswerScore:
    return replace(score, answer_time_s=answer_time_s)
