"""Review: replay a past answer with its words lighting up, its fillers and pauses where they were.

Left: the transcript (click a word to go there) above a strip of the answer (waveform, long
pauses, STAR segments, pace) and the player's controls. Right: how the answer was scored (the
scorecard's own explanation, follow-up included) and a personal note, saved as you type.
Typed answers get the same page without the player. Keys: Space play/pause, Left/Right ±5 s,
Ctrl+Up/Down speed, Ctrl+PgUp/PgDn previous/next answer, Ctrl+Shift+T transcribe again, Esc back
(or, while a re-score or transcription runs, cancel it).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QSplitter,
    QWidget,
)

from simulator.core.export import formats_text, render_answer_html
from simulator.core.export.files import export_file_name
from simulator.core.reordering import shown_marks, shown_topic
from simulator.core.review import AnswerReview
from simulator.core.scorecard.score_text import shown_score
from simulator.core.session.interrupted import UnfinishedNote
from simulator.core.storage import SessionRecord
from simulator.core.storage_queries import TranscriptRevision
from simulator.core.tables import category_label, gone_id, shown_when
from simulator.ui.review_player import ReviewPlayer
from simulator.ui.style import is_dark, rich_text_colors
from simulator.ui.tasks import TaskRunner
from simulator.ui.widgets.answer_aside import AnswerAside
from simulator.ui.widgets.answer_box import controls_left_out
from simulator.ui.widgets.capped_scroll import CappedScroll
from simulator.ui.widgets.common import (
    buddy_label,
    button,
    card,
    label,
    name,
    page_root,
    shortcut,
)
from simulator.ui.widgets.elided_combo import ElidedComboBox
from simulator.ui.widgets.job_bar import JobBar
from simulator.ui.widgets.page_status import PageStatus, show_status
from simulator.ui.widgets.replay_pane import ReplayPane
from simulator.ui.widgets.staged_page import StagedPage
from simulator.ui.widgets.theme_follow import follow_theme

# Said on the page's status line, between its buttons: each fits its two lines at 960 x 640
# (about 330 px there); "Only one attempt of this question so far: Practise again
# (Ctrl+Shift+P) makes a second one to compare." needed three, and lost its middle (walk63).
ONE_ATTEMPT = "One attempt so far: Practise again (Ctrl+Shift+P) makes a second to compare."

NOTHING_TO_PLAY_TYPED = "A typed answer: no recording to play (Space plays spoken answers)."
NOTHING_TO_PLAY_SKIPPED = "This question was skipped: there is no recording to play."
NOTHING_TO_PLAY_LOST = "This answer's recording is not on this computer: nothing to play."
# Ctrl+Up / Ctrl+Down and Alt+C on an answer without a recording (the speed and the recording
# choice hidden): the keys did nothing and said nothing (walk66b)
NO_SPEED_TYPED = "A typed answer: no recording to play faster or slower."
NO_CHOICE_TYPED = "A typed answer: no recording to choose."
ONE_RECORDING = "This answer has one recording (no follow-up was recorded): nothing to choose."
# Ctrl+PgDn / Ctrl+PgUp past the session's answers
ONE_ANSWER = "This session has one answer: no other to go to."
LAST_ANSWER = "This is the session's last answer (Ctrl+PgUp goes back)."
FIRST_ANSWER = "This is the session's first answer (Ctrl+PgDn goes on)."
# Ctrl+Shift+T in a session of typed (or skipped) answers: its button is hidden, and the key
# did nothing at all (walk66)
NOTHING_TO_TRANSCRIBE = "This session has no recording: only spoken answers are transcribed again."

NOTE_DELAY_MS = 400  # a note is saved this long after the last keystroke
DetailColors = tuple[str, str, bool]  # muted, track, dark: what an explanation is drawn with


@dataclass
class KeptOnFailure:
    """A note or a rating that failed to save (a full disk) stays on the page and is tried
    again: its answers not saved yet, and the (answer, value) saves on their way."""

    what: str  # "note", "rating"
    stays: str  # said on the page after "Not saved: <why>."
    object_name: str  # of the message shown when it still fails once the page is left
    unsaved: set[int] = field(default_factory=set)
    saving: set[tuple[int, object]] = field(default_factory=set)


class ReviewPage(StagedPage):
    back_requested = Signal()
    practise_requested = Signal(str, int)  # question id, answer id
    attempts_requested = Signal(str, int)
    rescore_requested = Signal(int, bool)  # session id, transcribe the recordings again first
    retranscribe_requested = Signal(int, bool)  # answer id, it has a recording on disk
    export_requested = Signal(int)  # session id: its scorecard, as the Scorecard's Export… does
    resume_requested = Signal(int)  # session id: an unfinished interview Home offers (hist58)
    # (session id, answer id, showing): an answer shown in outline is chosen; its words are to
    # be read and given back with ``answer_read`` (with the showing it was asked in)
    answer_wanted = Signal(int, int, int)

    def __init__(
        self,
        runner: TaskRunner,
        save_note: Callable[[int, str], None],
        save_rating: Callable[[int, int | None], None],
        compute: TaskRunner | None = None,
        parent: QWidget | None = None,
        *,
        staged: bool = False,
    ) -> None:
        """``runner`` saves notes and ratings in order (the database lane); ``compute`` reads
        waveforms, so a long recording never holds up a save.

        Built whole, or with ``staged`` in parts (``build_step``, one per event-loop turn, as
        the scorecard's page): built in one event while its session loads, the page held the
        GUI thread 44-76 ms (round 63, load 17); no part is ever shown before it is built."""
        super().__init__(parent)
        # set before any part is made: set after, it styled every part a second time (the
        # page's build was 44-76 ms of one event at load 17, stall63)
        self.setStyleSheet(
            "QLabel#reviewQuestion { font-size: 19px; font-weight: 500; }"
            "QTextEdit#reviewTranscript { font-size: 16px; }"
            'QPlainTextEdit[followUp="true"] { font-size: 16px; }'
        )
        self._runner = runner
        self._fills = 0  # how often the page was filled: parts of an older fill are dropped
        # how often a session was shown: an answer's words read for an earlier showing (the
        # same session before a re-score) are not taken (``answer_read``)
        self._showings = 0
        # what the fill still running calls once the page is full (show_session's ``then``)
        self._then: Callable[[], None] | None = None
        self._compute = compute or runner
        self._save_note = save_note
        self._save_rating = save_rating
        self._ratings: dict[int, int | None] = {}
        self._reviews: list[AnswerReview] = []
        self._export_name: tuple[int, str] = (-1, "")  # session id, its export's file name
        self._review: AnswerReview | None = None
        self._notes: dict[int, str] = {}
        self._detail_pages: dict[tuple[int, DetailColors], str] = {}
        self._note_kept = KeptOnFailure(
            "note", "The note stays here and is saved with your next change.", "noteNotSaved"
        )
        self._rating_kept = KeptOnFailure(
            "rating", "The rating stays here and is saved again when you leave this answer.",
            "ratingNotSaved",
        )  # fmt: skip
        # Made now, placed with the buttons: the window connects to it as the page is made.
        self.job = JobBar()
        self.job.cancel.setToolTip(f"{self.job.cancel.toolTip()} (Esc)")
        self._root = page_root(self)
        self._steps = [self._build_top, self._build_replay, self._build_aside, self._build_bottom]
        if not staged:
            self.finish_build()

    def _build_top(self) -> None:
        """The title, the answer chosen, an unfinished interview's line, the question."""
        root = self._root
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(name(label("Review", "pageTitle", wrap=False), "reviewTitle", "Review"))
        self.subtitle = label("", "pageSubtitle", wrap=False)
        name(self.subtitle, "reviewSession", "Session")
        top.addWidget(self.subtitle, 1, Qt.AlignmentFlag.AlignBottom)
        self.answer_choice = ElidedComboBox()
        name(self.answer_choice, "reviewAnswerChoice", "Answer to review",
             "Ctrl+Page Up and Ctrl+Page Down go to the previous and next answer")  # fmt: skip
        self.answer_choice.setMinimumWidth(300)
        self.answer_choice.setMaximumWidth(620)
        self.answer_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.answer_choice.currentIndexChanged.connect(self._choose)
        # Alt+N: the answer shown, as every choice of every page has its letter
        caption = buddy_label("A&nswer:", self.answer_choice)
        top.addWidget(caption, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.answer_choice, 2, Qt.AlignmentFlag.AlignVCenter)
        root.addLayout(top)

        # An interview that did not finish says so, in words, with Resume when it is the one
        # Home offers (``unfinished_note``): History lists them now (hist58)
        self.unfinished_row = QWidget()
        row = QHBoxLayout(self.unfinished_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.unfinished = label("", "notice")
        name(self.unfinished, "reviewUnfinished", "Unfinished interview")
        row.addWidget(self.unfinished, 1)
        self.resume_button = button(
            "Res&ume interview", "reviewResumeButton", None, self._resume,
            "Go on with this interview from its next question",
        )  # fmt: skip
        row.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.unfinished_row.hide()
        self._unfinished_id: int | None = None
        root.addWidget(self.unfinished_row)

        self.question = label("", "reviewQuestion")
        name(self.question, "reviewQuestion", "Question")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.meta = label("", "hint")
        name(self.meta, "reviewMeta", "Category, mode and score")
        self.question_scroll = CappedScroll(self.question, 0.2)  # a 2,000-character prompt
        root.addWidget(self.question_scroll)
        # A computer with no audio output is said on the meta line's free end, as one compact
        # line: as a notice of its own row it took 43 px at 960 x 640, and a five-line answer
        # showed in 77 px, scrolled (walk58). A problem with the answer's files keeps the row.
        meta_row = QHBoxLayout()
        meta_row.setContentsMargins(0, 0, 0, 0)
        meta_row.setSpacing(14)
        meta_row.addWidget(self.meta, 1)
        self.no_sound = label(NO_SOUND, "compactNotice", wrap=False)
        name(self.no_sound, "reviewNoSound", "Sound", NO_SOUND_WHY)
        self.no_sound.hide()
        meta_row.addWidget(self.no_sound, 0, Qt.AlignmentFlag.AlignVCenter)
        root.addLayout(meta_row)
        self.notice = label("", "notice")
        name(self.notice, "reviewNotice", "Notice")
        self.notice.hide()
        root.addWidget(self.notice)

    def _build_replay(self) -> None:
        """Left: the replay (transcript, strip, controls)."""
        left = self.replay = ReplayPane(self._compute)
        self.player, self.transcript, self.timeline = left.player, left.transcript, left.timeline
        self.legend, self.controls, self.speed = left.legend, left.controls, left.speed
        self.play_button, self.clock = left.play_button, left.clock

    def _build_aside(self) -> None:
        """Right: how the answer was scored and the note, beside the replay."""
        right = AnswerAside()
        self.detail, self.rating, self.note = right.detail, right.rating, right.note
        self.note_status = right.note_status
        self.rating.currentIndexChanged.connect(self._rated)
        self.note.textChanged.connect(self._note_edited)
        self.note.controls_removed.connect(
            lambda count, first: self._show_notice(controls_left_out(count, first))
        )
        self.note.trimmed.connect(lambda extra: self._show_notice(self._note_trimmed(extra)))
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_DELAY_MS)
        self._note_timer.timeout.connect(self.flush_note)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("reviewSplitter")
        split.setChildrenCollapsible(False)
        split.addWidget(card(self.replay))
        split.addWidget(right)
        # the explanation as wide as the transcript: at 960 px it was a ribbon of 370 px beside
        # a short typed answer with half its box empty (walkthrough 33b)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([550, 500])
        self._root.addWidget(split, 1)

    def _build_bottom(self) -> None:
        """The buttons, the status line and a job's bar; the keys."""
        root, left = self._root, self.replay
        bottom = QHBoxLayout()
        self.back_button = button("&Back", "reviewBackButton", "Esc", self._back_or_cancel,
                                  "Back to where you came from")  # fmt: skip
        self.attempts_button = button(
            "&Attempts…", "attemptsButton", "Ctrl+Shift+A", self._show_attempts,
            "Every attempt of this question, two of them compared",
        )  # fmt: skip
        self.practise_button = button(
            "&Practise again", "practiseAgainButton", "Ctrl+Shift+P", self._practise,
            "Answer this question again as a new attempt",
        )  # fmt: skip
        self.rescore_button = button(
            "Re-&score", "rescoreButton", None, lambda: self._rescore(False),
            "Score this session's answers again with the current question bank",
        )  # fmt: skip
        self.retranscribe_button = button(
            "Re-&transcribe…", "retranscribeButton", "Ctrl+Shift+T", self._retranscribe,
            "Transcribe this answer (or every recording of the session) again with a speech "
            "model you choose, then score it again",
        )  # fmt: skip
        # Export was only on the scorecard: Ctrl+S here did nothing (walkthrough 34).
        self.export_button = button(
            "E&xport…", "reviewExportButton", "Ctrl+S", self._export,
            f"Save this session's scorecard as {formats_text()}",
        )  # fmt: skip
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.rescore_button)
        bottom.addWidget(self.retranscribe_button)
        self.status_line = PageStatus()  # an export's result, between the buttons
        bottom.addWidget(self.status_line, 1)
        bottom.addWidget(self.attempts_button)
        bottom.addWidget(self.practise_button)
        bottom.addWidget(self.export_button)
        # A running job gets a line of its own: beside the buttons it did not fit the smallest
        # window in the app's font.
        root.addWidget(self.job)
        root.addLayout(bottom)

        shortcut(self, "Space", lambda: self._play_key(self.player.toggle))
        shortcut(self, "Left", lambda: self._play_key(lambda: self.player.step(-1)))
        shortcut(self, "Right", lambda: self._play_key(lambda: self.player.step(1)))
        shortcut(
            self, "Ctrl+Up", lambda: self._recorded_key(lambda: left.speed_step(1), NO_SPEED_TYPED)
        )
        shortcut(
            self,
            "Ctrl+Down",
            lambda: self._recorded_key(lambda: left.speed_step(-1), NO_SPEED_TYPED),
        )
        # Alt+C is the Recording label's, which Qt drops while it is hidden: this key says why,
        # enabled only then (never both: an ambiguous key)
        self._no_choice_key = shortcut(self, "Alt+C", self._say_no_choice)
        shortcut(self, "Ctrl+PgDown", lambda: self._answer_step(1))
        shortcut(self, "Ctrl+PgUp", lambda: self._answer_step(-1))
        # Qt drops a disabled button's key: with one attempt, Ctrl+Shift+A did nothing at all
        self._one_attempt_key = shortcut(self, "Ctrl+Shift+A", self._say_one_attempt)
        # (and a hidden one's: with no recording in the session, Ctrl+Shift+T did nothing)
        self._no_recording_key = shortcut(
            self, "Ctrl+Shift+T", lambda: self._say(NOTHING_TO_TRANSCRIBE)
        )
        self.player.failed.connect(self._show_notice)
        follow_theme(self, self._theme_changed)

    # --- showing -------------------------------------------------------------------------
    def show_unfinished(self, session_id: int, note: UnfinishedNote | None) -> None:
        """Say that the session shown did not finish (``note``), or nothing (None)."""
        self.unfinished_row.setVisible(note is not None)
        self._unfinished_id = session_id if note is not None and note.resumable else None
        self.unfinished.setText(note.text if note is not None else "")
        self.resume_button.setVisible(self._unfinished_id is not None)

    def _resume(self) -> None:
        if self._unfinished_id is not None:
            self.resume_requested.emit(self._unfinished_id)

    def detail_colors(self) -> DetailColors:
        """What an answer's explanation is drawn with: the page's colours now."""
        muted, track = rich_text_colors(self.palette())
        return muted, track, is_dark()

    def show_session(
        self,
        session: SessionRecord,
        reviews: list[AnswerReview],
        index: int = 0,
        pages: dict[tuple[int, DetailColors], str] | None = None,
        then: Callable[[], None] | None = None,
    ) -> None:
        """``pages``: answers' explanations already rendered (``detail_page``, off the GUI
        thread), by answer id and the colours they were drawn with.

        ``then``: the page (hidden meanwhile) is filled in parts, one per event-loop turn, and
        ``then`` is called once it is full. Written in one event, a long answer's words, each
        follow-up's and the explanation held the GUI thread 20-47 ms of its CPU, 48-77 ms with
        the page's first showing (``benchmarks/review_long_transcript.py``, round 46). Parts
        left when the page is filled again (another session, another answer, a new theme)
        are dropped; ``then`` is dropped only by another session's fill, else called once the
        page is full again."""
        self._fills += 1
        self._showings += 1
        self._then = then
        self._detail_pages = dict(pages or {})
        self.flush_note()
        self.flush_ratings()
        self.player.stop()
        self._reviews = reviews
        self._notes = {r.answer_id: r.note for r in reviews}
        # a rating not saved yet is the one shown, not the stored one it failed to replace
        unsaved = {a: self._ratings[a] for a in self._rating_kept.unsaved if a in self._ratings}
        self._ratings = {r.answer_id: r.rating for r in reviews} | unsaved
        self.subtitle.setText(f"{shown_marks(session.name)}  ·  {_when(session.started_at)}")
        self._export_name = (session.id, export_file_name(session.name, _when(session.started_at)))
        self.answer_choice.blockSignals(True)
        self.answer_choice.clear()
        for r in reviews:
            score = "skipped" if r.mode == "skipped" else f"{shown_score(r.overall)}/100"
            number = r.detail.number if r.detail else ""
            self.answer_choice.addItem(f"{number}. {shown_marks(r.prompt)}  ·  {score}")
        self.answer_choice.blockSignals(False)
        parts: list[Callable[[], None]] | None = None if then is None else []
        if reviews:
            self.answer_choice.blockSignals(True)  # (chosen just below, once)
            self.answer_choice.setCurrentIndex(max(0, min(index, len(reviews) - 1)))
            self.answer_choice.blockSignals(False)
            self._choose(self.answer_choice.currentIndex(), parts)
        self.transcript.setFocus()
        if parts is not None and then is not None:
            self._fill_in_turns(self._fills, [*parts, self._filled])

    def _filled(self) -> None:
        """The page is full: call what its last session's fill asked for, once."""
        then, self._then = self._then, None
        if then is not None:
            then()

    def _fill_in_turns(self, fill: int, parts: list[Callable[[], None]]) -> None:
        """Run ``parts`` one per event-loop turn while ``fill`` is the page's latest fill."""

        def next_part() -> None:
            if fill != self._fills or not parts:
                return
            parts.pop(0)()
            if parts:
                # the page's own timer: none runs once the page is gone
                QTimer.singleShot(0, self, next_part)

        QTimer.singleShot(0, self, next_part)

    def _choose(self, index: int, later: list[Callable[[], None]] | None = None) -> None:
        """Show answer ``index``; with ``later``, its words and explanation are added to it as
        parts to run later (``show_session``)."""
        if not 0 <= index < len(self._reviews):
            return
        if later is None:
            self._fills += 1  # (parts of an earlier fill still waiting are dropped)
            if self._then is not None:
                # ... but not what it was for: a theme change while a session was being filled
                # hidden dropped its ``then``, and the Review page asked for never appeared
                # (fix46). This fill is whole, so it is called in the next turn.
                QTimer.singleShot(0, self, self._filled)
        self.flush_note()
        self.flush_ratings()
        self.player.stop()
        review = self._review = self._reviews[index]
        if not review.loaded:  # said as being read, with no recording until its words come
            self.answer_wanted.emit(review.session_id, review.answer_id, self._showings)
        self.question_scroll.set_text(shown_marks(review.prompt))
        score = "skipped" if review.mode == "skipped" else f"{shown_score(review.overall)}/100"
        gone = gone_id(review.prompt, review.question_id)
        meta = [
            category_label(review.category),
            gone,
            shown_topic(review.topic),
            _mode_text(review),
            score,
        ]
        self.meta.setText("  ·  ".join(m for m in meta if m))
        shown = review if review.loaded else replace(review, audio_path=None, follow_ups=())
        has_audio = self.replay.show_review(shown, later)
        self._no_choice_key.setEnabled(self.replay.piece_choice.isHidden())
        problems = [review.audio_problem, *(f.audio_problem for f in shown.follow_ups)]
        problems = [problem for problem in problems if problem]
        # a recording that plays but does not last as long as its answer, said there too
        lengths = [review.audio_length, *(f.audio_length for f in shown.follow_ups)]
        # which file, and why it cannot be played (a follow-up's too)
        self._show_notice(" ".join([*problems, *(length for length in lengths if length)]))
        self.no_sound.setVisible(
            not problems and has_audio and not ReviewPlayer.has_output_device()
        )
        if later is None:
            self._show_detail(review)
        else:
            later.append(partial(self._show_detail, review))
        self.note.show_kept(self._notes.get(review.answer_id, ""))
        self.note_status.setText("")
        self.rating.blockSignals(True)
        self.rating.setCurrentIndex(
            max(0, self.rating.findData(self._ratings.get(review.answer_id)))
        )
        self.rating.blockSignals(False)
        self.rating.setEnabled(review.mode != "skipped")
        self.attempts_button.setText(f"&Attempts ({review.attempts})…")
        self.attempts_button.setEnabled(review.attempts > 1)
        self._one_attempt_key.setEnabled(review.attempts <= 1)  # never both: an ambiguous key
        self.attempts_button.setToolTip(
            "Every attempt of this question, two of them compared (Ctrl+Shift+A)"
            if review.attempts > 1
            else ONE_ATTEMPT
        )
        spoken = any(r.audio_path is not None for r in self._reviews)
        self.retranscribe_button.setVisible(spoken)
        self._no_recording_key.setEnabled(not spoken)  # never both: an ambiguous key

    def answer_read(
        self,
        review: AnswerReview,
        pages: dict[tuple[int, DetailColors], str],
        showing: int,
    ) -> None:
        """The words of an answer shown in outline have been read (``answer_wanted`` in
        ``showing``): kept, and shown if it is still the one chosen. Not if another session is
        shown now; read for an earlier showing of this one (a re-score since), it is read
        again if it is the one chosen (a second read asked meanwhile was refused while the
        first ran: ``OpeningNotice``)."""
        ids = [r.answer_id for r in self._reviews]
        if review.answer_id not in ids:
            return
        index = ids.index(review.answer_id)
        if self._reviews[index].loaded:
            return
        if showing != self._showings:
            if self._review is not None and self._review.answer_id == review.answer_id:
                self.answer_wanted.emit(review.session_id, review.answer_id, self._showings)
            return
        self._reviews[index] = review
        self._detail_pages.update(pages)
        if self._review is not None and self._review.answer_id == review.answer_id:
            self._choose(index)

    def _show_detail(self, review: AnswerReview) -> None:
        """The answer's explanation on the right."""
        if review.detail is None or not review.loaded:
            self.detail.clear()
        else:
            colors = self.detail_colors()
            page = self._detail_pages.get((review.answer_id, colors))
            self.detail.setHtml(page if page is not None else detail_page(review, colors))

    def _theme_changed(self) -> None:
        """The answer shown again in the new theme's colours: its words were written in the
        old theme's text colour (black on the dark pane after light to dark) and its
        explanation's muted and score colours too (walkthrough 45). The recording stops, as
        when another answer is chosen."""
        if self._review is None:
            return
        at = self.detail.verticalScrollBar().value()
        self._choose(self.answer_choice.currentIndex())
        self.detail.verticalScrollBar().setValue(at)

    def _say_one_attempt(self) -> None:
        self._say(ONE_ATTEMPT)

    def _say(self, text: str) -> None:
        # on the page's own line: the status bar, shown for it, took 22 px from the page;
        # there only when the line is too narrow to show it whole (what to press is in it)
        show_status(self, text, 8000, whole=True)

    def _recorded_key(self, action: Callable[[], None], typed: str) -> None:
        """Ctrl+Up / Ctrl+Down: the speed of the answer's recordings, shown with them; on an
        answer without one, why nothing changes (``typed``: said of a typed answer)."""
        if not self.replay.controls.isHidden():
            action()
        else:
            self._say_no_recording(typed)

    def _say_no_choice(self) -> None:
        """Alt+C while the Recording choice is hidden: the answer has one recording, or none."""
        if not self.replay.controls.isHidden():
            self._say(ONE_RECORDING)
        else:
            self._say_no_recording(NO_CHOICE_TYPED)

    def _play_key(self, action: Callable[[], None]) -> None:
        """Space, Left and Right play a recording; on an answer without one they say so (they
        did nothing at all on a typed or skipped answer)."""
        if self.player.has_source:
            action()
            return
        self._say_no_recording(NOTHING_TO_PLAY_TYPED)

    def _say_no_recording(self, typed: str) -> None:
        """Why the answer shown has no recording: skipped, its file gone, or ``typed``."""
        review = self._review
        if review is not None and review.mode == "skipped":
            self._say(NOTHING_TO_PLAY_SKIPPED)
        elif review is not None and review.mode == "spoken":
            self._say(review.audio_problem or NOTHING_TO_PLAY_LOST)
        else:
            self._say(typed)

    def _answer_step(self, step: int) -> None:
        """Ctrl+PgDn / Ctrl+PgUp: the next or previous answer; past either end, said (the key
        did nothing at all on the last answer, or on a session of one: walk66)."""
        i = self.answer_choice.currentIndex() + step
        if 0 <= i < self.answer_choice.count():
            self.answer_choice.setCurrentIndex(i)
        elif self.answer_choice.count() == 1:
            self._say(ONE_ANSWER)
        elif self.answer_choice.count() > 1:
            self._say(LAST_ANSWER if step > 0 else FIRST_ANSWER)

    def _rated(self) -> None:
        review = self._review
        if review is None:
            return
        value = self.rating.currentData()
        self._ratings[review.answer_id] = value
        self._save_kept(
            self._rating_kept, self._save_rating, review.answer_id, value,
            self.rating.currentText(), lambda: self.note_status.setText("Rating saved."),
        )  # fmt: skip

    def flush_ratings(self) -> None:
        """Try again each rating that failed to save (on leaving an answer or the page)."""
        for answer_id in sorted(self._rating_kept.unsaved):
            value = self._ratings.get(answer_id)
            shown = self.rating.itemText(max(0, self.rating.findData(value)))
            self._save_kept(
                self._rating_kept, self._save_rating, answer_id, value, shown, lambda: None
            )

    # --- note ----------------------------------------------------------------------------
    def _note_trimmed(self, extra: int) -> str:
        note = self.note
        if note.limit > note.most_typed:  # a note kept longer than one typed here
            return (
                f"This note is longer than a note typed here may be ({note.most_typed:,} "
                f"characters): it is kept whole ({note.limit:,}), and can be shortened but not "
                f"made longer, so the last {extra:,} were not kept."
            )
        return f"A note may be at most {note.limit:,} characters: the last {extra:,} were not kept."

    def _note_edited(self) -> None:
        self.note_status.setText("Saving…")
        self._note_timer.start()

    def flush_note(self) -> None:
        """Save the note now if it changed (off the GUI thread)."""
        self._note_timer.stop()
        review = self._review
        if review is None:
            return
        text = self.note.toPlainText()
        answer_id = review.answer_id
        if text == self._notes.get(answer_id, "") and answer_id not in self._note_kept.unsaved:
            if self.note_status.text() == "Saving…":  # (keys that changed nothing in the end)
                self.note_status.setText("")
            return
        self._notes[answer_id] = text

        def saved() -> None:
            # An earlier version saved while the person typed on: still "Saving…" until the last.
            review = self._review
            current = review is not None and review.answer_id == answer_id
            if current and not self._note_timer.isActive() and self.note.toPlainText() == text:
                self.note_status.setText("Saved.")

        self._save_kept(self._note_kept, self._save_note, answer_id, text, text, saved)

    def _save_kept(
        self,
        kept: KeptOnFailure,
        save: Callable[[int, Any], None],
        answer_id: int,
        value: Any,
        shown: str,
        on_saved: Callable[[], None],
    ) -> None:
        """Save ``value`` off the GUI thread; failing, it stays on the page (``kept``) and is
        tried again; failing once the page is left, a message that stays says so with
        ``shown`` (the note's text, the rating's words) to copy."""
        if (answer_id, value) in kept.saving:
            return  # tried again (leaving) while that very save is still on its way
        kept.saving.add((answer_id, value))

        def saved(_result: object) -> None:
            kept.saving.discard((answer_id, value))
            kept.unsaved.discard(answer_id)
            on_saved()

        def failed(exc: BaseException) -> None:
            # Kept on the page (a note showed empty once the answer was left and reviewed
            # again), and tried again with the next change or on leaving.
            kept.saving.discard((answer_id, value))
            kept.unsaved.add(answer_id)
            if self.isVisible():
                prefix = (
                    "Not saved" if kept.what == "note" else f"{kept.what.capitalize()} not saved"
                )
                self.note_status.setText(f"{prefix}: {exc}. {kept.stays}")
                return
            # Left meanwhile: the page is gone, and the value with it; said with it to copy.
            from simulator.ui.failure_box import show_failure

            title = f"{kept.what.capitalize()} not saved"
            show_failure(
                self.window(),
                title,
                f"Your {kept.what} was not saved: {exc}. It is under Show Details: copy it to "
                "keep it.",
                kept.object_name,
                f"{title}: {exc}",
                details=shown,
            )

        self._runner.submit(save, answer_id, value, on_done=saved, on_error=failed)

    # --- leaving -------------------------------------------------------------------------
    def _back(self) -> None:
        self.leave()
        self.back_requested.emit()

    def _back_or_cancel(self) -> None:
        """Esc: cancels the re-score or transcription that runs, else goes back."""
        if self.job.isVisible():
            self.job.cancel.click()
        else:
            self._back()

    def _rescore(self, transcribe: bool) -> None:
        if self._review is not None and not self.job.isVisible():
            self.leave()
            self.rescore_requested.emit(self._review.session_id, transcribe)

    def _retranscribe(self) -> None:
        review = self._review
        if review is not None and not self.job.isVisible():
            self.leave()
            self.retranscribe_requested.emit(review.answer_id, review.audio_path is not None)

    def _practise(self) -> None:
        if self._review is not None:
            self.leave()
            self.practise_requested.emit(self._review.question_id, self._review.answer_id)

    def export_file_name(self, session_id: int) -> str | None:
        """The name the export of ``session_id`` is offered under, when it is the one shown."""
        shown, file_name = self._export_name
        return file_name if shown == session_id else None

    def _export(self) -> None:
        if self._review is not None:
            self.export_requested.emit(self._review.session_id)

    def _show_attempts(self) -> None:
        if self._review is not None:
            self.leave()
            self.attempts_requested.emit(self._review.question_id, self._review.answer_id)

    def leave(self) -> None:
        self.player.stop()
        self.flush_note()
        self.flush_ratings()

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))


NO_SOUND = "No audio output device: the words follow the recording silently"
NO_SOUND_WHY = (
    "No audio output device was found: Play still moves through the recording and marks each "
    "word as it is said, without sound."
)


def detail_page(review: AnswerReview, colors: DetailColors) -> str:
    """The explanation of ``review``'s score as the page shows it, drawn in ``colors`` (Qt-free:
    made off the GUI thread when the page opens, where Jinja's render, with its first-use
    compile, held the GUI thread 80-150 ms for one answer at load 10)."""
    assert review.detail is not None
    muted, track, dark = colors
    # the answer's transcript is on the left already; its follow-ups are not
    parts = [p for p in review.detail.parts if p.kind != "answer"]
    detail = replace(review.detail, parts=parts)
    page = render_answer_html(detail, muted=muted, track=track, with_star=True, dark=dark)
    earlier = revisions_html(review.revisions, muted)
    return page.replace("</body>", f"{earlier}</body>", 1)


def detail_pages(
    reviews: Sequence[AnswerReview], colors: DetailColors
) -> dict[tuple[int, DetailColors], str]:
    """``detail_page`` of each of ``reviews`` that has an explanation, for ``show_session``."""
    return {(r.answer_id, colors): detail_page(r, colors) for r in reviews if r.detail is not None}


def revisions_html(revisions: Sequence[TranscriptRevision], muted: str) -> str:
    """The transcripts a new transcription replaced, newest first: when, the score old → new
    (why), and what the old transcript said."""
    if not revisions:
        return ""
    items = []
    for r in reversed(revisions):
        before, after = shown_score(r.overall_before), shown_score(r.overall_after)
        items.append(
            f"<li><b>{_when(r.replaced_at)}</b> · score {before} → {after} "
            f"({html.escape(r.why)})<br><span style='color: {muted}'>Before: "
            f"“{html.escape(r.text) or '(no words)'}”</span></li>"
        )
    older = sum(r.older for r in revisions)
    if older:
        items.append(
            f"<li><span style='color: {muted}'>{older:,} earlier "
            f"{'transcript is' if older == 1 else 'transcripts are'} kept but not shown</span></li>"
        )
    return f"<h4>Earlier transcripts</h4><ul>{''.join(items)}</ul>"


def _when(ts: float) -> str:
    return shown_when(ts)


def _mode_text(review: AnswerReview) -> str:
    if review.mode == "spoken":
        return f"spoken, {review.duration_s:.0f} s" if review.duration_s else "spoken"
    # A skipped answer's score already says "skipped": said once, not "skipped · skipped".
    return {"typed": "typed", "skipped": ""}.get(review.mode, review.mode)
