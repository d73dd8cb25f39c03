"""The interview's progression, free of Qt: starting and resuming a session, asking each
question, taking each answer in, scoring it, the follow-up policy and the wrap-up.

``Flow`` is the base of ``engine.Session``, which adds what the person does (keys and buttons)
and what the microphone reports. What it holds (ledger, journal, listeners, the wrap-up) is
``state.FlowState``. Blocking work goes to an ``Executor``; results come back on the driving
thread.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from simulator.core.interview import Interview, State
from simulator.core.scorecard.star_basis import star_percents
from simulator.core.scoring.bank_rivals import NO_RIVALS, Rivals
from simulator.core.scoring.follow_up_points import asked_plainly
from simulator.core.session import events as ev
from simulator.core.session.drafts import carry_time_used
from simulator.core.session.ledger import Entry, follow_up_to_ask, has_words
from simulator.core.session.plan import SessionPlan
from simulator.core.session.recovery import ResumePoint, resume_point
from simulator.core.session.state import FlowState, Slot
from simulator.core.session.work import Background
from simulator.core.speech_topic import topic_of
from simulator.core.transcript import Transcript, is_answer

if TYPE_CHECKING:
    from simulator.core.questions import Question
    from simulator.core.scoring import AnswerScore
    from simulator.core.star import StarTimer
    from simulator.core.storage import SessionRecord

__all__ = ["BRIEFING_TEXT", "Flow", "Slot", "reading_time_s"]

BRIEFING_TEXT = (
    "Welcome to your mock interview. I will ask {n}. Take a moment to think before each "
    "answer, and speak or type as you would with a real interviewer. Let's begin."
)
# "Practise again" of one question: the person knows the setting, the welcome is in the way
PRACTICE_BRIEFING_TEXT = "Let's try this question again."
READING_WPM = 200  # a comfortable reading pace, for the introduction when it cannot be heard


def reading_time_s(text: str) -> float:
    return max(3.0, len(text.split()) * 60.0 / READING_WPM)


class Flow(FlowState):
    """The progression of one interview: asking each question, taking each answer in,
    scoring it and the follow-up policy."""

    # --- starting -------------------------------------------------------------------------
    def start(
        self, plan: SessionPlan, questions: list[Question], rivals: Rivals = NO_RIVALS
    ) -> None:
        """A new session over ``questions`` (chosen from the plan, or the plan's own ids);
        ``rivals``: the loaded bank's behavioral questions, weighed against each story."""
        self._reset(questions, spoken=plan.spoken, voice=plan.voice, rivals=rivals)
        self._retry_left()
        self.journal.open(plan.to_stored([q.id for q in questions]), questions)
        self._send("start")
        n = len(questions)
        if plan.practice:
            text = PRACTICE_BRIEFING_TEXT
        else:
            text = BRIEFING_TEXT.format(n="one question" if n == 1 else f"{n} questions")
        self._emit(ev.BriefingShown(text, n))
        self._voice.say(text, self._briefed, unheard_wait_s=reading_time_s(text))
        self._voice.prepare(questions[0].prompt)  # rendered while the briefing plays
        self._prepare_scoring(questions[0])

    def resume(
        self, record: SessionRecord, questions: list[Question], rivals: Rivals = NO_RIVALS
    ) -> None:
        """Continue an interrupted session at its first unanswered question, as it was given
        (spoken or typed, voice on or off). Answers are scored again from what was said; a
        recording cut short is repaired, transcribed and scored in the background."""
        point: ResumePoint = resume_point(record, questions)
        self._reset(questions, spoken=point.spoken, voice=point.voice, rivals=rivals)
        self.journal.adopt(record)
        self.ledger = point.ledger
        for entry, part in point.to_recover:
            self._work.recover(entry, part)
        for entry in self.ledger.values():
            if entry.answered and not (point.follow_up and entry.position == point.index):
                self._work.score(entry)
        draft = self.drafts.read(record.id)
        if draft is not None and (draft.position, draft.follow_up) != (
            point.index,
            point.follow_up,
        ):
            draft = None
        self._carried = draft  # its time goes on once the answer starts again
        interview = self._require()
        interview.restore_at(point.index)
        if point.follow_up is not None:
            self._follow_up_noted = True
            self._send("continue_follow_up")
            self._ask_follow_up_again(self.ledger[point.index], point.follow_up)
        elif point.finished:
            self._send("continue_session")
            self._send("skip")
            self.next_question()
            return
        else:
            self._send("continue_session")
            self._ask()
        if draft is not None and is_answer(draft.text) and not interview.spoken:
            # Typing carries on: straight back to answering, not to the question's reading
            # and thinking time (it went back to "Think about your answer" and a countdown).
            self._resume_answering()
        if draft is not None and draft.text.strip():  # else only its time used goes on
            self._emit(ev.DraftRestored(draft.text))
            self._emit(
                ev.Notice("The answer you were typing when the app closed is back.", "typing")
            )

    def _ask_follow_up_again(self, entry: Entry, prompt: str) -> None:
        """The follow-up asked when the app stopped, on the page it left: its question, the
        answer that led to it, and that answer's line ("First answer: N/100 ...") once scored.
        A resumed follow-up came back on a page with neither, and once answered the box held
        only the follow-up's words (walkthrough 51)."""
        number, total = self._require().position
        main = entry.main
        said = main.transcript.text if main is not None and main.transcript is not None else ""
        self._emit(ev.QuestionShown(entry.question, number, total))
        self._emit(ev.TranscriptShown(said, number))
        self._ask_follow_up(entry, prompt)

        def scored(score: AnswerScore) -> None:
            slot = self._slot
            # the follow-up still unanswered: a later score (with its answer) says the rest
            if slot is not None and slot.entry is entry and not slot.part.given:
                self._emit(ev.AnswerReviewed(number, score, False))

        self._work.score(entry, then=scored)

    def _resume_answering(self) -> None:
        """From the question (or follow-up) just shown to its answer, as Ctrl+Enter would."""
        self._voice.stop()
        if self.state is State.ASKING:
            self._send("asked")
        if self.state is State.PREPARING:
            self._send("prepared")
            self._start_answer(None, auto=False)
        elif self.state is State.ASKING_FOLLOW_UP:
            self._follow_up_read()

    def _reset(
        self, questions: list[Question], *, spoken: bool, voice: bool, rivals: Rivals
    ) -> None:
        self._voice.stop()
        self._voice.enabled = voice
        speech = self._speech
        spoken = spoken and speech is not None
        self.ledger, self._slot, self.star = {}, None, None
        self._wrap_up_waiting, self._end_after_transcript = False, False
        self.wrap_up_failed = False
        self._follow_up_noted = False
        self._carried = None
        self._work.detach()  # a session left behind still saves its answers, silently
        self.journal = self._new_journal()
        self._work = Background(
            self._executor, self.journal, speech, self._emit, self._settled, rivals
        )
        self.interview = Interview(questions, clock=self._clock, spoken=spoken)
        self.interview.on_change(lambda old, new: self._emit(ev.StateChanged(old, new)))
        self._emit(ev.ModeChanged(spoken, voice))
        if spoken:
            assert self._speech is not None
            self._speech.preload()

    def next_question(self) -> None:
        self._note_follow_up_done()
        self._send("next_question")
        if self.state is State.ASKING:
            self._ask()
        elif self.state is State.WRAP_UP:
            self._wrap_up()

    # --- the flow --------------------------------------------------------------------------
    def _briefed(self) -> None:
        if self.state is State.BRIEFING:
            self._send("briefed")
            self._ask()

    def _ask(self) -> None:
        interview = self._require()
        number, total = interview.position
        question = interview.current
        self._slot, self.star = None, None
        self._emit(ev.QuestionShown(question, number, total))
        self._emit(ev.StarTicked(()))
        self._voice.say(question.prompt, self._asked)
        self._prepare_scoring(question)
        if interview.has_more():  # rendered while this one is answered
            self._voice.prepare(interview.questions[interview.index + 1].prompt)
        if self._settings.follow_ups:  # whichever is asked after the answer plays at once
            for follow_up in question.follow_ups:
                self._voice.prepare(follow_up.prompt)
                plainly = asked_plainly(question, follow_up, "")  # if its term is not said
                if plainly != follow_up.prompt:
                    self._voice.prepare(plainly)

    def _prepare_scoring(self, question: Question) -> None:
        if self._warm_scoring:
            self._work.prepare(question)

    def _asked(self) -> None:
        if self.state is State.ASKING:
            self._send("asked")
            self._start_prep()

    def _start_prep(self) -> None:
        seconds = self._require().current.prep_time_s
        self._prep.start(seconds)
        self._emit(ev.PrepTicked(seconds))
        if seconds <= 0:
            self._send("prepared")
            self._start_answer(None, auto=True)

    def _start_answer(self, follow_up: str | None, *, auto: bool) -> None:
        interview = self._require()
        entry = self._entry(interview.index)
        part = entry.part(follow_up)
        self._slot = Slot(entry, part)
        self._recording_open = False
        if auto:
            self._auto_started_at = self._clock()
        self.star = None
        if entry.question.category.value == "behavioral" and follow_up is None:
            from simulator.core.star import StarTimer

            self.star = StarTimer(entry.question.time_limit_s, self._clock)
        self._carry_time(entry.position, follow_up)
        if interview.spoken:
            assert self._speech is not None
            try:
                folder = self._recordings()
            except OSError as exc:  # a file in its place, a read-only data folder
                self.speech_failed(f"Answers cannot be recorded: {exc.strerror or exc}.")
                return
            stamp = time.strftime("%Y%m%d-%H%M%S")
            suffix = f"-follow-up{part.index}" if follow_up else ""
            part.audio = _unused(folder, f"{stamp}-q{entry.position + 1}{suffix}")
            self._speech.start(part.audio, topic_of(entry.question, follow_up))

    def _carry_time(self, position: int, follow_up: str | None) -> None:
        """A resumed answer goes on from the time it had used, not from 0:00."""
        draft, self._carried = self._carried, None
        if draft is not None and (draft.position, draft.follow_up) == (position, follow_up):
            carry_time_used(draft, self._require().answer_clock, self.star)

    def _answered(self, slot: Slot, transcript: Transcript) -> None:
        """An answer part is in (state REVIEWING): save it, score its question, maybe follow up."""
        self._slot = None
        entry, part = slot.entry, slot.part
        part.transcript = transcript
        self.journal.save_part(entry, part)
        self._clear_draft()  # the answer is in: its draft has done its job
        if part.follow_up is not None:
            self._note_follow_up_done()
        number = entry.position + 1
        if not part.given:
            if part.follow_up is None:
                self._emit(ev.AnswerSkipped(number, "no words were given"))
            else:
                self._emit(ev.FollowUpPassed(number, False))
            return  # no words: skipped, not scored, and never followed up
        first = part.follow_up is None
        # text too long to be words is scored (0, and told why) but never followed up
        readable = has_words(transcript.text)
        star = self.star

        def scored(score: AnswerScore) -> None:
            self._retell_star(star, score)
            self._reviewed(entry, score, first, readable)

        self._work.score(entry, then=scored)

    def _retell_star(self, star: StarTimer | None, score: AnswerScore) -> None:
        """A story's timer, once its answer is scored, from the sentences the score read, while
        it is still on screen: a spoken story's times from its words' own
        (``StarTimer.retell``: a Task said between two pieces of live caption stayed at 0:00);
        a typed story (no word has a time) keeps the seconds measured and shows each part's
        share of its words."""
        if star is None or star is not self.star or score.star is None:
            return
        if all(segment.start is None for segment in score.star.segments):
            star.typed_as(star_percents(score.star))  # as the feedback line says them
            self._emit(ev.StarTicked(tuple(star.phases())))
        elif star.retell([(s.label, s.start, s.end) for s in score.star.segments]):
            self._emit(ev.StarTicked(tuple(star.phases())))

    def _reviewed(
        self, entry: Entry, score: AnswerScore, first: bool, readable: bool = True
    ) -> None:
        self._emit(ev.AnswerReviewed(entry.position + 1, score, not first))
        interview = self._require()
        if not (
            first
            and readable
            and self._settings.follow_ups
            and not interview.follow_up_asked
            and self.state is State.REVIEWING
            and interview.index == entry.position
        ):
            return
        chosen = follow_up_to_ask(entry.question, score)
        if chosen is None:
            return
        self._send("ask_follow_up")
        self.journal.note_follow_up(entry.position, chosen.prompt)  # as written
        self._follow_up_noted = True
        self._ask_follow_up(entry, chosen.prompt)

    def _ask_follow_up(self, entry: Entry, prompt: str) -> None:
        """Ask the follow-up with this ``prompt``: stored as written (its part, the noted
        follow-up), shown and said as asked (``Entry.asked``: a preamble is said to the
        person, it is not the question, and stood in History, Review and the exports, r50)."""
        self._slot = Slot(entry, entry.part(prompt))
        number, total = self._require().position
        asked = entry.asked(prompt)
        self._emit(ev.QuestionShown(entry.question, number, total, asked))
        # the question's clock while the follow-up is read: the time its answer used, not
        # 0:00 (that jumped to "0:06 ... (first answer 0:03 + follow-up)" once it began, ux48)
        self._emit(self._ticked(0.0))
        self._voice.say(asked, self._follow_up_read)

    def _ticked(self, elapsed: float) -> ev.AnswerTicked:
        """The clock of the part being answered (``elapsed`` of it): a follow-up's adds the time
        its question's answer used, against the question's one limit, as the time score and the
        scorecard count it ("39 s of 210 s"); its clock started again at 0:00 of the whole limit."""
        interview, slot = self._require(), self._slot
        earlier = 0.0
        if slot is not None and slot.part.follow_up is not None:
            earlier = sum(p.elapsed_s for p in slot.entry.parts if p.given and p is not slot.part)
        return ev.AnswerTicked(earlier + elapsed, interview.current.time_limit_s, earlier)

    def _note_follow_up_done(self) -> None:
        """The follow-up was answered or passed over: a resume no longer asks it."""
        if self._follow_up_noted:
            self._follow_up_noted = False
            self.journal.note_follow_up(None)

    def _follow_up_read(self) -> None:
        """The interviewer has finished the follow-up: only now does its answer start."""
        if self.state is State.ASKING_FOLLOW_UP and self._slot is not None:
            self._send("follow_up_read")
            self._start_answer(self._slot.part.follow_up, auto=False)


def _unused(folder: Path, stem: str) -> Path:
    """``stem``.wav in ``folder``, numbered if taken: the name comes from the wall clock, which
    can go back, and the recorder truncates what has the name."""
    path, n = folder / f"{stem}.wav", 1
    while os.path.lexists(path):
        n += 1
        path = folder / f"{stem}-{n}.wav"
    return path
