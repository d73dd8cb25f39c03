"""Interview: the question, the voice and prep indicators, the answer box and the clock."""

from __future__ import annotations

import re
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLayout, QVBoxLayout, QWidget

from simulator.core.interview import State
from simulator.core.reordering import shown_marks, shown_topic
from simulator.core.scorecard.star_basis import timer_caption
from simulator.core.tables import STAR_PARTS, category_label
from simulator.core.transcript import MAX_ANSWER_CHARS
from simulator.ui.pages.interview_draft import DraftKeeper
from simulator.ui.pages.interview_feedback import AnswerFeedback
from simulator.ui.pages.interview_meters import AnswerClock, MicrophoneLevel
from simulator.ui.pages.interview_not_now import KeysNotNow
from simulator.ui.pages.interview_notice import InterviewNotice
from simulator.ui.pages.interview_parts import AnsweredParts
from simulator.ui.pages.interview_texts import (
    ANSWER_STATES,
    HEARD_PLACEHOLDER,
    PAUSED_BOX_EDGE,
    PAUSED_HINT_STYLE,
    PAUSED_PILL_STYLE,
    PREPARING_VOICE,
    PRIMARY_TEXTS,
    SAVED_AGAIN,
    SCORING_HINT,
    SKIPPABLE_STATES,
    SPEAKING,
    answer_placeholder,
    prep_hint,
    primary_action,
    primary_not_now,
    state_hint,
    status_text,
)
from simulator.ui.pages.interview_typing import TypingOnNext
from simulator.ui.widgets.answer_box import AnswerBox, controls_left_out
from simulator.ui.widgets.capped_scroll import CappedScroll
from simulator.ui.widgets.common import button, card, label, name, set_label_focus, shortcut
from simulator.ui.widgets.star_timer import StarTimerWidget

if TYPE_CHECKING:
    from simulator.core.questions import Question
    from simulator.core.scoring import AnswerScore


# A sentence of the typed answer has just ended: its stop (and a closing quote or bracket),
# then the space or line break typed after it.
_SENTENCE_JUST_ENDED = re.compile(r"[.!?][\"')\]]?\s$")
# A score revised once the interview is over is said this long in the status bar (scorecard)
REVISED_SAID_MS = 20_000


class InterviewPage(QWidget):
    phase_marked = Signal(str)  # a STAR part (Ctrl+1..4)
    primary_requested = Signal(str)  # Ctrl+Enter: skip the introduction, start, submit, go on
    skip_requested = Signal()
    pause_requested = Signal()
    end_requested = Signal(str)
    draft_changed = Signal(str)  # the typed answer, a moment after each pause in typing or
    # as a sentence of it ends (which moves the STAR timer)
    rating_chosen = Signal(int, object)  # question number, 1..4 or None (optional, Alt+1..4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._voice_busy = False  # the interviewer's voice is being prepared or heard
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
        self.question_card = card(self.question_scroll, self.follow_up, self.hint, spacing=10)
        box = self.question_card.layout()
        assert box is not None  # (card() lays its children out in a QVBoxLayout)
        self._card_box: QLayout = box
        self._card_spacing = self._card_box.spacing()
        self._card_foot = self._card_box.contentsMargins().bottom()
        root.addWidget(self.question_card)

        self.notices = InterviewNotice()
        self.notice = self.notices.label

        self.answer = AnswerBox()
        self._drafts = DraftKeeper(self.answer, self)
        self._drafts.due.connect(self.draft_changed)
        self.answer.textChanged.connect(self._typed)
        self.answer.typing_started.connect(self._begin_by_typing)
        self.answer.trimmed.connect(self._trimmed)
        self.answer.controls_removed.connect(self._controls_removed)
        name(self.answer, "answerBox", "Your answer", "Type your answer; Ctrl+Enter submits it")
        self.answer.setPlaceholderText("Type your answer here. Ctrl+Enter submits it.")
        root.addWidget(self.answer, 1)
        # Under the box, not over it: a notice comes and goes mid-question ("Nothing to submit
        # yet", "Answer saved: what you type now is not kept"), and over the box it moved the
        # answer and the words in it down a line and back (walk62). Here its line is taken from
        # the box's foot, and nothing else on the page moves.
        root.addWidget(self.notice)
        root.addStretch(0)  # the box's room while it is hidden (an empty box at the wrap-up)

        self.microphone = MicrophoneLevel()
        self.level, self.level_label = self.microphone.bar, self.microphone.label
        level_row = QHBoxLayout()
        level_row.addWidget(self.level_label)
        level_row.addWidget(self.level, 1)
        root.addLayout(level_row)

        self.star = StarTimerWidget()
        self.star.hide()
        root.addWidget(self.star)
        # what the timer measures: the scored split (the feedback line) is another measure
        self.star_caption = label("", "hint")
        name(self.star_caption, "starTimerCaption", "What the STAR timer shows")
        self.star_caption.hide()
        root.addWidget(self.star_caption)
        for number, phase in enumerate(STAR_PARTS, start=1):
            shortcut(self, f"Ctrl+{number}", partial(self._mark, phase))

        clock_row = QHBoxLayout()
        self.answer_clock = AnswerClock()
        self.clock, self.time_bar = self.answer_clock.label, self.answer_clock.bar
        clock_row.addWidget(self.clock)
        clock_row.addWidget(self.time_bar, 1)
        root.addLayout(clock_row)

        self.answer_feedback = AnswerFeedback()
        self.feedback, self.self_rating = self.answer_feedback.line, self.answer_feedback.rating
        root.addWidget(self.feedback)
        self.self_rating.rated.connect(
            lambda v: self.rating_chosen.emit(self.answer_feedback.rated_number, v)
        )
        root.addWidget(self.self_rating)

        buttons = QHBoxLayout()
        self.end_button = button(
            "&End interview", "endButton", "Ctrl+E", self._end, "End now and see the scorecard"
        )
        self.pause_button = button(
            "&Pause",
            "pauseButton",
            "Ctrl+P",
            self.pause_requested.emit,
            "Pause or resume",
            texts=("&Pause", "&Resume"),
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
            texts=PRIMARY_TEXTS,
        )
        buttons.addWidget(self.end_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)
        # On "Answer saved" the keyboard is here: typing is not kept, and says so
        TypingOnNext(
            self.next_button,
            lambda: self._state is State.REVIEWING,
            lambda why: self.show_notice(why, "moment"),
            lambda: self._number >= self._total,
        )
        root.addLayout(buttons)
        self._not_now = KeysNotNow(
            self, self.pause_button, lambda why: self.show_notice(why, "moment")
        )
        self._state = State.IDLE
        self._question: Question | None = None
        self._number = 0  # the question on screen (1-based)
        self._total = 0
        self._spoken = False
        self._recording = False  # the microphone is open for this answer
        self._save_failing = False  # a save failed and the answers are only in memory
        self._save_failure = ""  # what the notice said about it
        self._paused_from: State | None = None  # what Ctrl+P interrupted, while paused
        self._parts = AnsweredParts()  # the answer and its follow-up's, once one is asked
        self._skip_said = ""  # the status bar's message about the last skip, while shown

    # --- rendering -----------------------------------------------------------------------
    def render_event(self, event: object) -> None:
        """Show one event of the session core."""
        from simulator.core.session import events as ev  # loaded with the core, after start-up

        match event:
            case ev.StateChanged(new=state):
                self._paused_from = event.old if state is State.PAUSED else None
                self.notices.state_changed(state)
                self.set_state(state)
                if state in (State.WRAP_UP, State.SCORECARD, State.IDLE, State.ABORTED):
                    self._unsay_skipped()
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
            case ev.AnswerTicked(elapsed=elapsed, limit=limit, earlier=earlier):
                self.set_clock(elapsed, limit, earlier)
            case ev.StarTicked(phases=phases):
                self.set_star(list(phases))
            case ev.Notice(text=text, lasts=lasts):
                self.show_notice(text, lasts)
                if lasts == "unsaved" and self._state is State.WRAP_UP:
                    # not "Preparing your scorecard…": nothing will open until it is saved
                    self.status.setText("Not saved yet")
                    self.next_button.setText("Not saved")
                    self.hint.setText("Ctrl+E tries to save again. Ctrl+H leaves it for Home.")
            case ev.Failed(message=message):
                self._save_failing = True
                self._save_failure = message
                self.status.setText(self._status_text())
            case ev.SavedAgain():
                self._save_failing = False
                self.status.setText(self._status_text())
                if self._save_failure and self.notices.posted == self._save_failure:
                    # it said "kept in memory" until the next question, saved or not
                    self.show_notice(SAVED_AGAIN, "moment")
            case ev.TranscriptShown(text=text, part=part):
                self.show_transcript(text, part)
            case ev.AnswerReviewed() if event.number == self._number:
                # A score landing after the person moved on belongs to the Scorecard, not here.
                self.show_feedback(event.score, event.with_follow_up)
                if event.with_follow_up or not self.answer_feedback.follow_up_pending:
                    # not while its follow-up is asked (a resumed one): it rates the whole
                    self.answer_feedback.offer_rating(event.number)
                    self._show_hint()
            case ev.FollowUpPassed(on_purpose=on_purpose) if event.number == self._number:
                from simulator.core.scorecard.model import follow_up_passed

                # in the scorecard's words: "(no answer)" stood where it says "Skipped: ..."
                self._parts.follow_up = follow_up_passed(on_purpose)
                if self._state is State.REVIEWING and self._parts.asked:
                    self._parts.show_in(self.answer)
            case ev.AnswerSkipped(number=number, why=why):
                self.answer_feedback.show_skipped()
                self._show_hint()
                self._say_skipped(number, why)
            case ev.DraftRestored(text=text):
                self.answer.setPlainText(text)
                self.answer.moveCursor(QTextCursor.MoveOperation.End)
            case ev.ScoreRevised():
                said = (
                    f"Question {event.number}: score updated {event.old} → {event.new} "
                    f"({event.why})."
                )
                self.show_notice(said)
                if self._state in (State.WRAP_UP, State.SCORECARD) or not self.isVisible():
                    self._say_after_the_interview(said)
                if event.number == self._number and event.score and not self.feedback.isHidden():
                    # the line under the answer said the old score beside "updated 22 → 24"
                    self.show_feedback(event.score, self.answer_feedback.with_follow_up)

    def _say_after_the_interview(self, said: str) -> None:
        """In the status bar, which the scorecard shows too: the last answer's whole recording,
        transcribed again as the interview ended, changed its score as the scorecard opened,
        and its notice went with this page (round 61's walkthrough: 34 on the page, 31 on the
        scorecard, nothing said why)."""
        from PySide6.QtWidgets import QMainWindow

        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(said, REVISED_SAID_MS)

    def _say_skipped(self, number: int, why: str) -> None:
        """In the status bar, which outlives the page's next question: Ctrl+K went on to the
        next question and nothing said the last one was skipped (walkthrough 59)."""
        from PySide6.QtWidgets import QMainWindow

        window = self.window()
        if isinstance(window, QMainWindow):
            cause = "skipped" if why == "skipped" else f"skipped ({why})"
            self._skip_said = f"Question {number} {cause}: it counts as 0 in the overall."
            window.statusBar().showMessage(self._skip_said, 8000)

    def _unsay_skipped(self) -> None:
        """The interview over, its skip message goes: the scorecard says each skip in its own
        row, and the status line took a row from the smallest window's scorecard (its
        detail fell under ten lines: walkthrough 25's test)."""
        from PySide6.QtWidgets import QMainWindow

        window, said = self.window(), self._skip_said
        self._skip_said = ""
        if said and isinstance(window, QMainWindow) and window.statusBar().currentMessage() == said:
            window.statusBar().clearMessage()

    def _typed(self) -> None:
        if not self.answer.isReadOnly():
            self._drafts.typed()
            text = self.answer.toPlainText()
            # (its end only: a match is at most 3 characters, before a last line break; the
            # whole of a 190,000-character answer was searched at every key, attack run 62)
            if not self._spoken and _SENTENCE_JUST_ENDED.search(text[-4:]):
                # A typed story's STAR timer moves as each sentence ends, as a spoken one's
                # moves with its caption: the draft (which moves it) was kept only a moment
                # after a pause in typing, and a story typed on without one stayed on
                # Situation for the whole answer, under feedback saying "all four STAR
                # parts" (walkthrough 52). Kept now: its timer stops, nothing is sent twice.
                self._drafts.flush()
            if self.notices.lasts == "moment" and text:
                # e.g. "Nothing to submit yet" stayed by the answer being typed
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
        self._drafts.flush()

    def _clean(self) -> None:
        """Nothing of the previous question (or session) stays on the page."""
        self.answer_feedback.clear()
        self.star.hide()
        self.star_caption.hide()
        self.answer.clear()
        self._parts.clear()
        self.notices.new_question()
        self._restore_session_notice()
        self.follow_up.hide()

    def show_briefing(self, text: str, total: int) -> None:
        self._question, self._number = None, 0
        self.notices.new_session()
        self._clean()
        self.progress_label.setText(f"Introduction  ·  {total} question{'s' * (total != 1)}")
        self.question_scroll.set_text(text)
        self.answer_clock.clear()

    def show_question(self, question: Question, number: int, total: int, follow_up: str) -> None:
        new_question = not follow_up or question is not self._question
        self._question, self._number, self._total = question, number, total
        self.time_bar.show()
        self.progress_label.setText(
            f"Question {number} of {total}  ·  {category_label(question.category.value)}  ·  "
            f"{shown_topic(question.topic)}  ·  difficulty {question.difficulty}/3"
        )
        self.question_scroll.set_text(shown_marks(question.prompt))  # pack text: core/reordering
        if new_question:
            self._clean()
        else:  # the follow-up: the answer so far and its feedback stay until it is answered
            self._parts.follow_up_asked(self.answer.toPlainText(), follow_up)
            self.answer.clear()
            # "How did it feel?" rates the whole question: offered again once it is answered
            self.answer_feedback.rating.hide()
            self.answer_feedback.follow_up_asked()
        self.follow_up.setVisible(bool(follow_up))
        self.follow_up.setText(f"Follow-up: {shown_marks(follow_up)}" if follow_up else "")
        self.set_clock(0.0, question.time_limit_s)

    def set_spoken(self, spoken: bool) -> None:
        """Spoken answers: the box shows the live caption, a level meter shows the microphone."""
        self._spoken = spoken
        self.set_state(self._state)  # the level meter too, while an answer is recorded

    def show_caption(self, text: str) -> None:
        # paused too: the words said just before Ctrl+P are captioned as it pauses
        if self._spoken and (self._state in ANSWER_STATES or self._recording):
            self.answer.setPlainText(text)
            if text.strip() and self.notices.lasts == "moment":
                self._restore_session_notice()  # "Nothing heard yet" is over

    def speech_heard(self) -> None:
        """The microphone hears speech before any caption has words: "Nothing heard yet" goes
        (it stayed above a moving level meter while the caption lagged on a busy computer),
        and the empty box says the words are on their way."""
        if not self._spoken or not (self._state in ANSWER_STATES or self._recording):
            return
        if self.notices.lasts == "moment":
            self._restore_session_notice()
        self.answer.setPlaceholderText(HEARD_PLACEHOLDER)

    def show_transcript(self, text: str, part: int = 0) -> None:
        """A spoken answer's words (``part`` 0 the answer, 1 its follow-up's)."""
        if self._parts.asked:
            if part == 0:
                self._parts.main = text  # its final words: the box holds the follow-up's
            else:
                self._parts.follow_up = text
            if self._parts.shown:  # both, since the review: on the wrap-up or paused too
                self._parts.show_in(self.answer)
                return
            if part == 0:
                return
        self.answer.setPlainText(text or "(nothing was heard)")

    def set_star(self, phases: list[Any]) -> None:
        self.star.set_phases(phases)
        self.star.setVisible(bool(phases))
        self.star_caption.setText(timer_caption(self._spoken))
        self.star_caption.setVisible(bool(phases))

    def _mark(self, phase: str) -> None:
        if self.star.isVisible():
            self.phase_marked.emit(phase)

    def set_level(self, level: float) -> None:
        self.microphone.set_level(level)

    def set_state(self, state: State) -> None:
        self._state = state
        answering = state in ANSWER_STATES
        paused_answer = state is State.PAUSED and self._paused_from in ANSWER_STATES
        self._recording = self._recording and (answering or paused_answer)  # same recording
        if not (answering or paused_answer):
            self.answer_clock.answer_closed()
        self.microphone.show_for(
            self._spoken, answering or paused_answer, self._spoken and state is not State.REVIEWING
        )
        self.status.setText(self._status_text())
        self.answer.setPlaceholderText(answer_placeholder(state, self._spoken))
        self._show_only_what_holds_words(state in (State.WRAP_UP, State.SCORECARD))
        typing = answering and not self._spoken
        if state is State.PAUSED:
            self.flush_draft()  # the words typed just before Ctrl+P, as the box turns read-only
        self.answer.setReadOnly(not typing)
        active = state not in (State.WRAP_UP, State.SCORECARD, State.IDLE)
        self._show_paused(state is State.PAUSED)
        if state is State.REVIEWING:  # the follow-up, if one was asked, is answered now
            self.answer_feedback.follow_up_answered()
            if self._parts.asked:  # both answers, labelled (it showed the follow-up's only)
                if self._parts.follow_up is None:  # typed: the words in the box
                    self._parts.follow_up = self.answer.toPlainText()
                self._parts.show_in(self.answer)
        self.pause_button.setEnabled(active)
        self.skip_button.setEnabled(state in SKIPPABLE_STATES)
        self.end_button.setEnabled(active)
        last = 0 < self._total <= self._number  # its Ctrl+Enter ends the interview
        text, enabled = primary_action(state, last)
        self.next_button.setText(text)
        self.next_button.setEnabled(enabled)
        self._not_now.update(enabled, primary_not_now(state), state is State.PAUSED)
        self._show_hint()
        # The introduction too: "Let's try this question again." stood over the focused box
        # for seconds on a busy machine, and what was typed meanwhile was dropped unsaid.
        self.answer.waiting = not self._spoken and state in (
            State.BRIEFING,
            State.ASKING,
            State.PREPARING,
            State.ASKING_FOLLOW_UP,
        )
        # A spoken answer too: the keyboard on its live caption, as on the first question. A
        # spoken follow-up (or the next question's answer) left it on the primary button,
        # now "Submit answer", where Enter or Space ended the recording (walkthrough 47)
        # A spoken interview's introduction, question and thinking time too: the keyboard on
        # the caption box it will fill (a second spoken interview left it on the hint, which
        # shows no focus, while it was read: polish58)
        read_out = self._spoken and state in (
            State.BRIEFING,
            State.ASKING,
            State.PREPARING,
            State.ASKING_FOLLOW_UP,
        )
        if typing or self.answer.waiting or answering or read_out:
            self.answer.setFocus()
        elif state is State.REVIEWING:
            self.next_button.setFocus()

    def _show_only_what_holds_words(self, over: bool) -> None:
        """At the wrap-up and the scorecard's preparation, the question's text and the answer
        box only if they hold words: resumed on the wrap-up (every question answered, a
        recording cut short recovered) no question was shown, and an empty card and a box
        saying a live caption appears there said nothing (ux50b). The keyboard leaves a box
        about to be hidden for the hint, which says what happens now: hiding the focused box
        left no widget with the focus, and Home, shown next, did not get it (fix51)."""
        keep_box = not over or bool(self.answer.toPlainText().strip())
        focus = self.window().focusWidget()
        if keep_box and focus is self.hint:
            # the hint is about to show no focus (no ring, out of the Tab order): the keyboard
            # goes back to the box (it stayed on the hint through the next interview, polish58)
            self.answer.setFocus(Qt.FocusReason.OtherFocusReason)
        set_label_focus(self.hint, Qt.FocusPolicy.NoFocus if keep_box else Qt.FocusPolicy.TabFocus)
        if (
            not keep_box
            and focus is not None
            and (self.answer is focus or self.answer.isAncestorOf(focus))
        ):
            self.hint.setFocus(Qt.FocusReason.OtherFocusReason)
        self.question_scroll.setVisible(not over or bool(self.question.text().strip()))
        self.answer.setVisible(keep_box)

    def _show_hint(self) -> None:
        """What to do now, under the question. An answer just given and not scored yet says
        so: "Answer saved · Next question" stood there for seconds on a busy machine, and then
        a follow-up took the page."""
        state, last = self._state, 0 < self._total <= self._number
        behavioral = self._question is not None and self._question.category.value == "behavioral"
        hint = state_hint(
            state,
            spoken=self._spoken,
            last=last,
            behavioral=behavioral,
            paused_from=self._paused_from,
        )
        if state is State.REVIEWING and self.feedback.isHidden():
            hint = f"{SCORING_HINT} {hint}"
        self.hint.setText(hint)

    def _show_paused(self, paused: bool) -> None:
        """Paused is unmistakable: the pill turns amber, what to do is an amber box under the
        question, and the keyboard is on Resume (Enter or Space goes on; a screen reader
        hears "Resume")."""
        self.pause_button.setText("&Resume" if paused else "&Pause")
        self.pause_button.setAccessibleName("Resume" if paused else "Pause")
        # Per-widget style sheets, not a property + re-polish (see AnswerClock).
        self.status.setStyleSheet(PAUSED_PILL_STYLE if paused else "")
        self.hint.setStyleSheet(PAUSED_HINT_STYLE if paused else "")
        # the box's own edges taken from the card's spacing and foot: nothing under it moves
        box = self._card_box
        edge = PAUSED_BOX_EDGE if paused else 0
        box.setSpacing(self._card_spacing - edge)
        margins = box.contentsMargins()
        margins.setBottom(self._card_foot - edge)
        box.setContentsMargins(margins)
        if paused:
            self.pause_button.setFocus()

    def set_prep(self, seconds_left: int) -> None:
        if self._state is State.PREPARING:
            self.hint.setText(prep_hint(seconds_left, self._spoken))

    def _status_text(self) -> str:
        return status_text(
            self._state,
            spoken=self._spoken,
            recording=self._recording,
            paused_from=self._paused_from,
            save_failing=self._save_failing,
        )

    def set_speaking(self, speaking: bool) -> None:
        """The interviewer's voice is busy with a text (``set_heard`` once its sound plays):
        "Interviewer is speaking" from the moment the text was sent stood for seconds of
        silence while it rendered on a busy machine (walkthrough 50)."""
        self._voice_busy = speaking
        self.status.setText(PREPARING_VOICE if speaking else self._status_text())

    def set_heard(self) -> None:
        if self._voice_busy:
            self.status.setText(SPEAKING)

    def set_clock(self, elapsed: float, limit: int, earlier: float = 0.0) -> None:
        self.answer_clock.show(elapsed, limit, earlier)

    def show_notice(self, text: str, lasts: str = "question") -> None:
        """``lasts``: see InterviewNotice."""
        self.notices.post(text, lasts)

    def _restore_session_notice(self) -> None:
        self.notices.restore_session()

    def show_feedback(self, score: AnswerScore, with_follow_up: bool = False) -> None:
        self.answer_feedback.show_score(score, with_follow_up)

    # --- actions -------------------------------------------------------------------------
    def _begin_by_typing(self) -> None:
        for _ in range(3):  # past the introduction, the reading, then the countdown
            if self.answer.waiting:
                self.primary_requested.emit("")

    def type_ahead(self, text: str) -> None:
        """``text``, typed on Home while this interview's start waited for the questions,
        begins the answer, as keys typed while the question is read or the countdown runs do
        (``_begin_by_typing``)."""
        if not text or self._spoken:
            return
        if self.answer.waiting:
            self._begin_by_typing()
        if self.answer.isReadOnly():
            return
        self.answer.moveCursor(QTextCursor.MoveOperation.End)
        self.answer.insertPlainText(text)

    def _primary(self) -> None:
        self.primary_requested.emit(self.answer.toPlainText())

    def _end(self) -> None:
        self.end_requested.emit(self.answer.toPlainText())
