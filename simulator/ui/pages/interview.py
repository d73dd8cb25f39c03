"""Interview: the question, the voice and prep indicators, the answer box and the clock."""

from __future__ import annotations

import html
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from simulator.core.interview import State
from simulator.core.reordering import shown_marks, shown_topic
from simulator.core.transcript import MAX_ANSWER_CHARS
from simulator.ui.pages.interview_texts import (
    ANSWER_STATES,
    CATEGORY,
    STATUS_TEXT,
    primary_action,
    state_hint,
)
from simulator.ui.style import BAD, WARN
from simulator.ui.widgets.answer_box import AnswerBox, controls_left_out
from simulator.ui.widgets.capped_scroll import CappedScroll
from simulator.ui.widgets.common import button, card, label, name, shortcut
from simulator.ui.widgets.self_rating import SelfRatingRow
from simulator.ui.widgets.star_timer import StarTimerWidget

if TYPE_CHECKING:
    from simulator.core.questions import Question
    from simulator.core.scoring import AnswerScore

# While an answer is still being given: a notice about its text lasts ("typing")
_GIVING_AN_ANSWER = frozenset(
    (
        State.ASKING,
        State.PREPARING,
        State.ANSWERING,
        State.ASKING_FOLLOW_UP,
        State.FOLLOW_UP,
        State.PAUSED,
    )
)


DRAFT_DELAY_MS = 1500  # after a pause in typing, the unsent answer is kept on disk


class InterviewPage(QWidget):
    phase_marked = Signal(str)  # a STAR part (Ctrl+1..4)
    primary_requested = Signal(str)  # Ctrl+Enter: skip the introduction, start, submit, go on
    skip_requested = Signal()
    pause_requested = Signal()
    end_requested = Signal(str)
    draft_changed = Signal(str)  # the typed answer, a moment after each pause in typing
    rating_chosen = Signal(int, object)  # question number, 1..4 or None (optional, Alt+1..4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        root = QVBoxLayout(self)
        root.setContentsMargins(32, 20, 32, 20)
        root.setSpacing(12)

        top = QHBoxLayout()
        self.progress_label = label("", "questionMeta", wrap=False)
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)  # the topic comes from a pack
        name(self.progress_label, "progressLabel", "Question progress")
        self.status = label("", "statusPill", wrap=False)
        name(self.status, "statusPill", "Interview status")
        top.addWidget(self.progress_label)
        top.addStretch(1)
        top.addWidget(self.status)
        root.addLayout(top)

        self.question = label("", "questionText")
        self.question.setTextFormat(Qt.TextFormat.PlainText)  # pack text is never markup
        name(self.question, "questionText", "Question")
        self.follow_up = label("", "sectionTitle")
        name(self.follow_up, "followUpText", "Follow-up question")
        self.follow_up.hide()
        self.hint = label("", "hint")
        name(self.hint, "hintLabel", "What to do now")
        self.question_scroll = CappedScroll(self.question, 0.4)  # a 2,000-character prompt
        root.addWidget(card(self.question_scroll, self.follow_up, self.hint, spacing=10))

        self.notice = label("", "notice")
        name(self.notice, "noticeLabel", "Notice")
        self.notice.hide()
        root.addWidget(self.notice)

        self.answer = AnswerBox()
        # Typed text reaches the disk a moment after each pause, not on every key.
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self._draft_due)
        self.answer.textChanged.connect(self._typed)
        self.answer.typing_started.connect(self._begin_by_typing)
        self.answer.trimmed.connect(self._trimmed)
        self.answer.controls_removed.connect(self._controls_removed)
        name(self.answer, "answerBox", "Your answer", "Type your answer; Ctrl+Enter submits it")
        self.answer.setPlaceholderText("Type your answer here. Ctrl+Enter submits it.")
        root.addWidget(self.answer, 1)

        self.level = QProgressBar()
        name(self.level, "levelMeter", "Microphone level")
        self.level.setRange(0, 100)
        self.level.setTextVisible(False)
        self.level.setFormat("")
        self.level.hide()
        self.level_label = label("Microphone", "hint", wrap=False)
        self.level_label.hide()
        level_row = QHBoxLayout()
        level_row.addWidget(self.level_label)
        level_row.addWidget(self.level, 1)
        root.addLayout(level_row)

        self.star = StarTimerWidget()
        self.star.hide()
        root.addWidget(self.star)
        for number, phase in enumerate(("situation", "task", "action", "result"), start=1):
            shortcut(self, f"Ctrl+{number}", partial(self._mark, phase))

        clock_row = QHBoxLayout()
        self.clock = label("", "hint", wrap=False)
        name(self.clock, "clockLabel", "Elapsed time and limit")
        self.time_bar = QProgressBar()
        name(self.time_bar, "timeBar", "Time used")
        self.time_bar.setTextVisible(False)
        self.time_bar.setRange(0, 1000)
        keep_room = self.time_bar.sizePolicy()
        keep_room.setRetainSizeWhenHidden(True)  # hidden in the introduction: nothing jumps
        self.time_bar.setSizePolicy(keep_room)
        clock_row.addWidget(self.clock)
        clock_row.addWidget(self.time_bar, 1)
        root.addLayout(clock_row)

        self.feedback = label("", "")
        name(self.feedback, "quickFeedback", "Quick feedback on your answer")
        self.feedback.hide()
        root.addWidget(self.feedback)
        self._rated_number = 0  # the question the rating row rates
        self.self_rating = SelfRatingRow()
        self.self_rating.rated.connect(lambda v: self.rating_chosen.emit(self._rated_number, v))
        self.self_rating.hide()
        root.addWidget(self.self_rating)

        buttons = QHBoxLayout()
        self.end_button = button(
            "&End interview", "endButton", "Ctrl+E", self._end, "End now and see the scorecard"
        )
        self.pause_button = button(
            "&Pause", "pauseButton", "Ctrl+P", self.pause_requested.emit, "Pause or resume"
        )
        self.skip_button = button(
            "S&kip", "skipButton", "Ctrl+K", self.skip_requested.emit, "Skip this question"
        )
        self.next_button = button(
            "Submit answer",
            "nextButton",
            "Ctrl+Return",
            self._primary,
            "Skip the introduction, start answering, submit, or go on",
            primary=True,
        )
        buttons.addWidget(self.end_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)
        # On "Answer saved" the keyboard is here: typing starts the next answer (see below)
        self.next_button.installEventFilter(self)
        root.addLayout(buttons)
        self._state = State.IDLE
        self._question: Question | None = None
        self._number = 0  # the question on screen (1-based)
        self._total = 0
        self._spoken = False
        self._notice_lasts = "question"
        self._recording = False  # the microphone is open for this answer
        self._session_notice = ""  # e.g. no audio output: true for the whole session
        self._time_level = ""
        self._feedback_with_follow_up = False
        self._save_failing = False  # a save failed and the answers are only in memory
        self._paused_from: State | None = None  # what Ctrl+P interrupted, while paused

    # --- rendering -----------------------------------------------------------------------
    def render_event(self, event: object) -> None:
        """Show one event of the session core."""
        from simulator.core.session import events as ev  # loaded with the core, after start-up

        match event:
            case ev.StateChanged(new=state):
                self._paused_from = event.old if state is State.PAUSED else None
                if (
                    self._notice_lasts == "moment"
                    or (self._notice_lasts == "answer" and state is State.ASKING_FOLLOW_UP)
                    or (self._notice_lasts == "typing" and state not in _GIVING_AN_ANSWER)
                ):  # "answer ended after 4 s of silence" is not about the follow-up's answer
                    self._restore_session_notice()
                self.set_state(state)
            case ev.BriefingShown():
                self.show_briefing(event.text, event.total)
            case ev.QuestionShown():
                self.show_question(event.question, event.number, event.total, event.follow_up)
            case ev.ModeChanged(spoken=spoken):
                self.set_spoken(spoken)
            case ev.RecordingStarted():
                self._recording = True
                self.set_state(self._state)
            case ev.PrepTicked(seconds_left=left):
                self.set_prep(left)
            case ev.AnswerTicked(elapsed=elapsed, limit=limit):
                self.set_clock(elapsed, limit)
            case ev.StarTicked(phases=phases):
                self.set_star(list(phases))
            case ev.Notice(text=text, lasts=lasts):
                self.show_notice(text, lasts)
                if lasts == "unsaved" and self._state is State.WRAP_UP:
                    # not "Preparing your scorecard…": nothing will open until it is saved
                    self.status.setText("Not saved yet")
                    self.next_button.setText("Not saved")
                    self.hint.setText("Ctrl+E tries to save again. Home leaves the interview.")
            case ev.Failed():
                self._save_failing = True
                self.status.setText(self._status_text())
            case ev.SavedAgain():
                self._save_failing = False
                self.status.setText(self._status_text())
            case ev.TranscriptShown(text=text):
                self.show_transcript(text)
            case ev.AnswerReviewed() if event.number == self._number:
                # A score landing after the person moved on belongs to the Scorecard, not here.
                self.show_feedback(event.score, event.with_follow_up)
                self._offer_rating(event.number)
            case ev.AnswerSkipped():
                self._show_feedback_text("<b>Skipped</b>  ·  no words were given: it counts as 0")
            case ev.DraftRestored(text=text):
                self.answer.setPlainText(text)
                self.answer.moveCursor(QTextCursor.MoveOperation.End)
            case ev.ScoreRevised():
                self.show_notice(
                    f"Question {event.number}: score updated {event.old} → {event.new} "
                    f"({event.why})."
                )
                if event.number == self._number and event.score and not self.feedback.isHidden():
                    # the line under the answer said the old score beside "updated 22 → 24"
                    self.show_feedback(event.score, self._feedback_with_follow_up)

    def _typed(self) -> None:
        if not self.answer.isReadOnly():
            self._draft_timer.start()
            if self._notice_lasts == "moment" and self.answer.toPlainText():
                # e.g. "Nothing to submit yet" stayed above the answer being typed
                self._restore_session_notice()

    def _trimmed(self, extra: int) -> None:
        self.show_notice(
            f"An answer may be at most {MAX_ANSWER_CHARS:,} characters (about four hours of "
            f"speech): the last {extra:,} characters were not kept.",
            "answer",  # not "moment": typing on would hide it at once
        )

    def _controls_removed(self, count: int, first: str) -> None:
        self.show_notice(controls_left_out(count, first), "answer")

    def flush_draft(self) -> None:
        """Keep now the words typed since the last pause in typing (pause, quit)."""
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self._draft_due()

    def _draft_due(self) -> None:
        if not self.answer.isReadOnly():
            self.draft_changed.emit(self.answer.toPlainText())

    def _clean(self) -> None:
        """Nothing of the previous question (or session) stays on the page."""
        self.feedback.hide()
        self.self_rating.hide()
        self.star.hide()
        self.answer.clear()
        self._restore_session_notice()
        self.follow_up.hide()

    def show_briefing(self, text: str, total: int) -> None:
        self._question, self._number = None, 0
        self._session_notice = ""  # a new session: its own notices
        self._clean()
        self.progress_label.setText(f"Introduction  ·  {total} question{'s' * (total != 1)}")
        self.question_scroll.set_text(text)
        self.clock.setText("")
        self.time_bar.setValue(0)
        self.time_bar.hide()  # nothing is timed yet: an empty bar with no clock meant nothing

    def show_question(self, question: Question, number: int, total: int, follow_up: str) -> None:
        new_question = not follow_up or question is not self._question
        self._question, self._number, self._total = question, number, total
        self.time_bar.show()
        self.progress_label.setText(
            f"Question {number} of {total}  ·  {CATEGORY[question.category.value]}  ·  "
            f"{shown_topic(question.topic)}  ·  difficulty {question.difficulty}/3"
        )
        self.question_scroll.set_text(shown_marks(question.prompt))  # pack text: core/reordering
        if new_question:
            self._clean()
        else:  # the follow-up: the answer so far and its feedback stay until it is answered
            self.answer.clear()
        self.follow_up.setVisible(bool(follow_up))
        self.follow_up.setText(f"Follow-up: {shown_marks(follow_up)}" if follow_up else "")
        self.set_clock(0.0, question.time_limit_s)

    def set_spoken(self, spoken: bool) -> None:
        """Spoken answers: the box shows the live caption, a level meter shows the microphone."""
        self._spoken = spoken
        self.level.setVisible(spoken)
        self.level_label.setVisible(spoken)
        self.set_state(self._state)

    def _placeholder(self) -> str:
        if self._state is State.BRIEFING:
            return "Your answers go here, once the first question has been asked."
        if self._spoken:
            return (
                "Speak your answer: a live caption appears here. Ctrl+Enter ends the answer "
                "(it also ends by itself after a long silence)."
            )
        return "Type your answer here. Ctrl+Enter submits it."

    def show_caption(self, text: str) -> None:
        # paused too: the words said just before Ctrl+P are captioned as it pauses
        if self._spoken and (self._state in ANSWER_STATES or self._recording):
            self.answer.setPlainText(text)
            if text.strip() and self._notice_lasts == "moment":
                self._restore_session_notice()  # "Nothing heard yet" is over

    def show_transcript(self, text: str) -> None:
        self.answer.setPlainText(text or "(nothing was heard)")

    def set_star(self, phases: list[Any]) -> None:
        self.star.set_phases(phases)
        self.star.setVisible(bool(phases))

    def _mark(self, phase: str) -> None:
        if self.star.isVisible():
            self.phase_marked.emit(phase)

    def set_level(self, level: float) -> None:
        self.level.setValue(int(level * 100))

    def set_state(self, state: State) -> None:
        self._state = state
        answering = state in ANSWER_STATES
        paused_answer = state is State.PAUSED and self._paused_from in ANSWER_STATES
        self._recording = self._recording and (answering or paused_answer)  # same recording
        self.status.setText(self._status_text())
        self.answer.setPlaceholderText(self._placeholder())
        typing = answering and not self._spoken
        if state is State.PAUSED:
            self.flush_draft()  # the words typed just before Ctrl+P, as the box turns read-only
        self.answer.setReadOnly(not typing)
        active = state not in (State.WRAP_UP, State.SCORECARD, State.IDLE)
        self._show_paused(state is State.PAUSED)
        self.pause_button.setEnabled(active)
        self.skip_button.setEnabled(
            state
            in (
                State.ASKING,
                State.PREPARING,
                State.ANSWERING,
                State.ASKING_FOLLOW_UP,
                State.FOLLOW_UP,
            )
        )
        self.end_button.setEnabled(active)
        last = 0 < self._total <= self._number  # its Ctrl+Enter ends the interview
        text, enabled = primary_action(state, last)
        self.next_button.setText(text)
        self.next_button.setEnabled(enabled)
        behavioral = self._question is not None and self._question.category.value == "behavioral"
        hint = state_hint(
            state,
            spoken=self._spoken,
            last=last,
            behavioral=behavioral,
            paused_from=self._paused_from,
        )
        self.hint.setText(hint)
        self.answer.waiting = not self._spoken and state in (
            State.ASKING,
            State.PREPARING,
            State.ASKING_FOLLOW_UP,
        )
        if typing or self.answer.waiting:
            self.answer.setFocus()
        elif state is State.REVIEWING:
            self.next_button.setFocus()

    def _show_paused(self, paused: bool) -> None:
        """Paused is unmistakable: the pill turns amber, what to do is an amber box under the
        question, and the keyboard is on Resume (Enter or Space goes on; a screen reader
        hears "Resume")."""
        self.pause_button.setText("&Resume" if paused else "&Pause")
        self.pause_button.setAccessibleName("Resume" if paused else "Pause")
        # Per-widget style sheets, not a property + re-polish (see set_clock).
        self.status.setStyleSheet(
            f"QLabel {{ background: {WARN}; color: #1d1d1f; }}" if paused else ""
        )
        self.hint.setStyleSheet(
            "QLabel { background: rgba(216, 138, 27, 0.15); color: palette(text); "
            f"border: 1px solid {WARN}; border-radius: 6px; padding: 6px 10px; }}"
            if paused
            else ""
        )
        if paused:
            self.pause_button.setFocus()

    def set_prep(self, seconds_left: int) -> None:
        if self._state is State.PREPARING:
            typing = "" if self._spoken else " (or start typing)"
            self.hint.setText(
                f"Think about your answer: {seconds_left} s. Ctrl+Enter to start now{typing}."
            )

    def _status_text(self) -> str:
        if self._spoken and self._state in ANSWER_STATES:
            return "● Recording your answer" if self._recording else "Opening the microphone…"
        if self._spoken and self._state is State.PAUSED and self._paused_from in ANSWER_STATES:
            return "❚❚ Paused · microphone off"
        if self._save_failing and self._state is State.REVIEWING:
            return "Answer kept, not saved yet"
        return STATUS_TEXT.get(self._state, "")

    def set_speaking(self, speaking: bool) -> None:
        self.status.setText("▶ Interviewer is speaking" if speaking else self._status_text())

    def set_clock(self, elapsed: float, limit: int) -> None:
        e, lim = int(elapsed), int(limit)
        self.clock.setText(f"{e // 60}:{e % 60:02d} of {lim // 60}:{lim % 60:02d}")
        fraction = elapsed / limit if limit else 0.0
        self.time_bar.setValue(min(1000, int(fraction * 1000)))
        level = "over" if fraction >= 1 else "warn" if fraction >= 0.8 else ""
        if level != self._time_level:
            # A per-widget style sheet, not a property + re-polish: the first re-polish cost
            # the GUI thread 300 ms (PySide builds QStyle's enums on first use).
            self._time_level = level
            color = {"over": BAD, "warn": WARN}.get(level)
            self.time_bar.setStyleSheet(
                f"QProgressBar::chunk {{ background: {color}; }}" if color else ""
            )
        if fraction >= 1:
            self.clock.setText(self.clock.text() + "  — over time, wrap up")

    def show_notice(self, text: str, lasts: str = "question") -> None:
        """``lasts``: "moment" (until the state changes), "answer" (until a follow-up is
        asked), "question", "session", "unsaved" (the interview could not be saved) or
        "typing" (while the answer is being given)."""
        if lasts == "session":
            # each fact about the whole session stays: no microphone AND no audio output
            lines = self._session_notice.split("\n") if self._session_notice else []
            lines += [line for line in text.split("\n") if line and line not in lines]
            text = self._session_notice = "\n".join(lines)
            if (
                self._notice_lasts in ("answer", "question", "unsaved", "typing")
                and self.notice.text()
            ):
                # e.g. the voice failing late must not hide "could not be saved": it shows
                # once the notice it would have covered is over
                return
        self._notice_lasts = lasts
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _restore_session_notice(self) -> None:
        """What is true for the whole session, once a shorter-lived notice is over."""
        self._notice_lasts = "session"
        self.show_notice(self._session_notice, "session")

    def show_feedback(self, score: AnswerScore, with_follow_up: bool = False) -> None:
        from simulator.core.session.feedback import feedback_parts

        self._feedback_with_follow_up = with_follow_up
        head, *rest = [html.escape(part) for part in feedback_parts(score, with_follow_up)]
        self._show_feedback_text("  ·  ".join([f"<b>{head}</b>", *rest]))

    def _offer_rating(self, number: int) -> None:
        if number != self._rated_number:  # its follow-up's score keeps the rating given
            self._rated_number = number
            self.self_rating.reset()
        self.self_rating.show()

    def _show_feedback_text(self, rich: str) -> None:
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        self.feedback.setText(rich)
        self.feedback.show()

    # --- actions -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """A letter typed on "Next question" (where the keyboard is once an answer is saved)
        starts the next question's answer with that letter: it was lost, and the space after
        the first word pressed the button. Not on the last question (a stray key would end
        the interview), nor with Ctrl or Alt (Alt+1..4 rate the answer)."""
        if (
            watched is self.next_button
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self._state is State.REVIEWING
            and not self._spoken
            and self._number < self._total
            and event.text().strip()
            and event.text().isprintable()
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            self.primary_requested.emit("")  # the next question: the box waits for its answer
            if self.answer.waiting:
                copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
                QCoreApplication.sendEvent(self.answer, copy)  # starts it, letter included
            return True
        return super().eventFilter(watched, event)

    def _begin_by_typing(self) -> None:
        for _ in range(2):  # past the reading, then past the countdown
            if self.answer.waiting:
                self.primary_requested.emit("")

    def _primary(self) -> None:
        self.primary_requested.emit(self.answer.toPlainText())

    def _end(self) -> None:
        self.end_requested.emit(self.answer.toPlainText())
