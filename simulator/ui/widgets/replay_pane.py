"""The Review page's left side: a spoken answer replayed with its words lighting up.

The transcript (click a word to play from there), each follow-up under it (its question as a
heading, then what was answered), the legend of the marks shown, a strip of the answer (waveform,
long pauses, STAR segments, pace; click to seek) and the player's controls. Typed answers show
the transcript alone. Keys (the page's): Space, Left/Right, Ctrl+Up/Down.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from simulator.core.recording_check import UnusableRecording, damaged_recording_notice
from simulator.core.recording_level import in_range_copy
from simulator.core.reordering import shown_marks
from simulator.core.review import (
    AnswerReview,
    FollowUpReview,
    RecordedPiece,
    piece_review,
    recorded_pieces,
    waveform_peaks,
    word_index_at,
)
from simulator.paths import playback_copies_dir
from simulator.ui.review_player import SPEEDS, ReviewPlayer
from simulator.ui.tasks import TaskRunner
from simulator.ui.widgets.common import buddy_label, button, label, name, plain_tip
from simulator.ui.widgets.timeline import TimelineStrip
from simulator.ui.widgets.transcript_view import (
    TEXT_MARGIN,
    WHOLE_ANSWER_KEY,
    TranscriptView,
    insert_words,
    legend_html,
    mark_word,
    shown_of,
    shown_word_count,
)

PLAY_TEXT, PAUSE_TEXT = "▶  Play", "❚❚  Pause"


class ReplayPane(QWidget):
    def __init__(self, compute: TaskRunner, parent: QWidget | None = None) -> None:
        """``compute`` reads waveforms, off the GUI thread."""
        super().__init__(parent)
        self._compute = compute
        self._review: AnswerReview | None = None
        self._starts: Sequence[float] = ()
        # The recorded pieces of the question (main answer, each follow-up answered aloud) and
        # the one in the player: only the main answer's recording could be replayed (walk57)
        self._pieces: tuple[RecordedPiece, ...] = ()
        self._piece = 0
        self._played: AnswerReview | None = None  # the piece in the player, as it plays
        self.player = ReviewPlayer(self)
        lv = QVBoxLayout(self)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.setSpacing(6)
        self.transcript = TranscriptView()
        name(self.transcript, "reviewTranscript", "Transcript",
             "The word being said is highlighted; click a word to play from there")  # fmt: skip
        self.transcript.word_clicked.connect(self._word_clicked)
        lv.addWidget(self.transcript, 1)
        # a long answer's words past those shown above (TranscriptView.words_left_out)
        self.whole_button = button(
            "Whole answer…", "wholeAnswerButton", WHOLE_ANSWER_KEY, self.show_whole_answer,
            "Every word of this long answer, to read and copy",
        )  # fmt: skip
        self.whole_button.hide()
        lv.addWidget(self.whole_button, 0, Qt.AlignmentFlag.AlignLeft)
        # The follow-ups: only in the scoring notes on the right, a newcomer missed them.
        self.follow_ups = QWidget()
        self._follow_up_layout = QVBoxLayout(self.follow_ups)
        self._follow_up_layout.setContentsMargins(0, 4, 0, 0)
        self._follow_up_layout.setSpacing(4)
        self.follow_up_titles: list[QLabel] = []
        self.follow_up_wholes: list[QPushButton] = []  # a long follow-up's Whole follow-up answer…
        self.follow_up_answers: list[FollowUpAnswer] = []
        self._tab_last: QWidget = self.transcript  # the last follow-up widget Tab reaches
        # The room is shared with the transcript by what each needs (``_shared_room``): capped
        # at 110 px, a long follow-up showed four lines and a scroll bar under a two-line answer
        # and an empty transcript box (walkthrough 49, 960 x 640).
        lv.addWidget(self.follow_ups)
        self._sharing = QTimer(self)
        self._sharing.setSingleShot(True)
        self._sharing.setInterval(0)
        self._sharing.timeout.connect(self._shared_room)
        self.legend = label(legend_html(), "hint")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        name(self.legend, "reviewLegend", "Legend")
        # the legend's row also holds the Recording chooser (filled below): in the player's
        # row, at 960 x 640, it pushed Pause to "Pau" and ran over "Speed:" (walk57)
        legend_row = QHBoxLayout()
        legend_row.setContentsMargins(0, 0, 0, 0)
        legend_row.addWidget(self.legend, 1)
        lv.addLayout(legend_row)
        self.timeline = TimelineStrip()
        name(self.timeline, "reviewTimeline", "Answer timeline",
             "Waveform, long pauses, STAR segments and pace; click to play from there")  # fmt: skip
        self.timeline.seek_requested.connect(self.player.seek)
        lv.addWidget(self.timeline)
        self.controls = QWidget()
        controls = QHBoxLayout(self.controls)
        controls.setContentsMargins(0, 0, 0, 0)
        self.back5 = button("−5 s", "rewindButton", None, lambda: self.player.step(-1),
                            "Back 5 seconds (Left)")  # fmt: skip
        self.play_button = button(PLAY_TEXT, "playButton", None, self.player.toggle,
                                  "Play or pause (Space)", primary=True,
                                  texts=(PLAY_TEXT, PAUSE_TEXT))  # fmt: skip
        self.play_button.setAccessibleName("Play")
        self.back5.setAccessibleName("Back 5 seconds")  # not "minus 5 s"
        self.fwd5 = button("+5 s", "forwardButton", None, lambda: self.player.step(1),
                           "Forward 5 seconds (Right)")  # fmt: skip
        self.fwd5.setAccessibleName("Forward 5 seconds")
        self.clock = label("0:00 / 0:00", "hint", wrap=False)
        name(self.clock, "reviewClock", "Position")
        self.speed = QComboBox()
        name(self.speed, "speedChoice", "Playback speed", "Ctrl+Up faster, Ctrl+Down slower")
        for rate in SPEEDS:
            self.speed.addItem(f"{rate:g}×", rate)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.setToolTip("Playback speed, pitch kept (Ctrl+Up / Ctrl+Down)")
        self.speed.currentIndexChanged.connect(
            lambda: self.player.set_speed(float(self.speed.currentData()))
        )
        for w in (self.back5, self.play_button, self.fwd5, self.clock):
            controls.addWidget(w)
        controls.addStretch(1)
        # Which recording plays: shown when the question has more than one
        self.piece_choice = QComboBox()
        name(self.piece_choice, "recordingChoice", "Recording to play",
             "The main answer's recording or a follow-up's (Alt+C)")  # fmt: skip
        self.piece_choice.setToolTip(
            "Which recording plays: the main answer or a follow-up (Alt+C)"
        )
        self.piece_label = buddy_label("Re&cording:", self.piece_choice)
        self.piece_choice.currentIndexChanged.connect(self._piece_chosen)
        legend_row.addWidget(self.piece_label)
        legend_row.addWidget(self.piece_choice)
        controls.addWidget(label("Speed:", "hint", wrap=False))
        controls.addWidget(self.speed)
        lv.addWidget(self.controls)
        self.player.position_changed.connect(self._follow)
        self.player.playing_changed.connect(self._playing)
        self.player.duration_changed.connect(self._duration)

    def show_review(
        self, review: AnswerReview, later: list[Callable[[], None]] | None = None
    ) -> bool:
        """Show ``review`` (the player stopped); True if it has a recording to play.

        ``later``: the words (the answer's, then each follow-up's) are not written now but
        added to it as parts, each one event's work, for the caller to run one per event-loop
        turn (``ReviewPage.show_session``): a long answer and its follow-up written in one event
        held the GUI thread 20-47 ms of its CPU, 48-77 ms with the page's first showing
        (``benchmarks/review_long_transcript.py``, round 46)."""
        self.player.stop()
        self._review = review
        self._starts = review.word_starts
        parts = [
            partial(self._show_transcript, review),
            partial(self._show_follow_ups, ()),  # the last answer's taken away
            *(partial(self._add_follow_up, n, f) for n, f in enumerate(review.follow_ups, 1)),
        ]
        if later is None:
            for part in parts:
                part()
        else:
            later.extend(parts)
        self._pieces = recorded_pieces(review)
        has_audio = bool(self._pieces)
        for w in (self.timeline, self.controls):
            w.setVisible(has_audio)
        self.legend.setText(legend_html(review, has_audio))
        self.legend.setVisible(bool(review.words) and bool(self.legend.text()))
        self.piece_choice.blockSignals(True)
        self.piece_choice.clear()
        for piece in self._pieces:
            self.piece_choice.addItem(piece.label, piece.number)
            self.piece_choice.setItemData(
                self.piece_choice.count() - 1,
                plain_tip(piece.description),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.piece_choice.blockSignals(False)
        # shown unless the main answer's is the only one: a follow-up's played alone (the
        # answer's recording gone) is said to be the follow-up's
        only_main = [p.number for p in self._pieces] == [0]
        for w in (self.piece_label, self.piece_choice):
            w.setVisible(has_audio and not only_main)
        # as wide as its longest label with room for its arrow: sized by its contents alone,
        # "Follow-up" ran into the arrow (walk57, 1280 x 800)
        metrics = self.piece_choice.fontMetrics()
        widest = max((metrics.horizontalAdvance(p.label) for p in self._pieces), default=0)
        self.piece_choice.setMinimumWidth(widest + 44)
        self._load_piece(self._pieces[0].number if has_audio else 0)
        return has_audio

    @property
    def pieces(self) -> tuple[RecordedPiece, ...]:
        """The recorded pieces of the answer shown that can be replayed, main answer first."""
        return self._pieces

    @property
    def piece(self) -> int:
        """The piece in the player: 0 the main answer, n follow-up n."""
        return self._piece

    def choose_piece(self, number: int) -> None:
        """Put recorded piece ``number`` in the player (as its chooser does)."""
        numbers = [p.number for p in self._pieces]
        if number in numbers:
            self.piece_choice.setCurrentIndex(numbers.index(number))

    def _piece_chosen(self, index: int) -> None:
        if 0 <= index < len(self._pieces) and self._pieces[index].number != self._piece:
            self._load_piece(self._pieces[index].number)

    def _load_piece(self, number: int) -> None:
        """The player, strip and clock on recorded piece ``number`` (stopped, at its start);
        its words light up as it plays, the answer's in the transcript, a follow-up's in its
        box."""
        review = self._review
        self.player.stop()
        self._clear_highlights()
        self._piece = number
        if review is None or not self._pieces:
            self._played = None  # (a recording read late goes to no player: walk66)
            self._starts = review.word_starts if review is not None else ()
            self.player.load(None)
            return
        played = piece_review(review, number)
        self._played = played
        self._starts = played.word_starts
        if played.audio_path is not None and played.audio_floats:  # (read off the GUI thread)
            self.player.load(None)  # until it is known whether it plays from a copy
            self._load_in_range(played)
        else:
            self.player.load(played.audio_path)
        self.timeline.show_review(played, played.duration_s)
        # the strip's STAR segments are the main answer's: not in the legend under a follow-up's
        self.legend.setText(legend_html(replace(review, star=played.star), True))
        self._load_peaks(played)
        self._update_clock(0.0)

    def _clear_highlights(self) -> None:
        self.transcript.highlight(-1)
        for box in self.follow_up_answers:
            box.highlight(-1)

    def _show_transcript(self, review: AnswerReview) -> None:
        self.transcript.show_review(review)
        self.whole_button.setVisible(self.transcript.words_left_out > 0)
        self._share_room()

    def _share_room(self) -> None:
        """Soon (once the layout has settled): the answer's transcript and its follow-ups share
        the height by what their words need at this width."""
        self._sharing.start()

    def _shared_room(self) -> None:
        """Each follow-up's box is given its words' height while the answer above keeps what
        its words need (up to half the room, three lines at least), the boxes sharing what is
        left by their needs; the transcript takes the rest. A short answer leaves a long
        follow-up most of the room."""
        boxes = self.follow_up_answers
        if not boxes or not self.isVisible():
            return
        room = self.transcript.height() + self.follow_ups.height()
        frame = 2 * self.transcript.frameWidth() + 4
        answer = int(self.transcript.document().size().height()) + frame
        kept = min(answer, max(FollowUpAnswer.MIN_HEIGHT, room // 2))
        titles = self.follow_ups.height() - sum(box.height() for box in boxes)
        for box in boxes:  # no box is shown taller than the room: past it, no need to measure
            box.room = room
        needs = [box.fitted_height() for box in boxes]
        left = max(0, room - kept - titles)
        scale = min(1.0, left / max(1, sum(needs)))
        for box, need in zip(boxes, needs, strict=True):
            if box.maximumHeight() != need:
                box.setMaximumHeight(need)
            least = max(min(need, FollowUpAnswer.MIN_HEIGHT), int(need * scale))
            if box.minimumHeight() != least:
                box.setMinimumHeight(least)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._share_room()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        # the page is filled hidden (ReviewPage.show_session), and shown at the size it had
        super().showEvent(event)
        self._share_room()

    def _show_follow_ups(self, follow_ups: tuple[FollowUpReview, ...]) -> None:
        for widget in (*self.follow_up_titles, *self.follow_up_answers, *self.follow_up_wholes):
            self._follow_up_layout.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.follow_up_titles, self.follow_up_answers, self.follow_up_wholes = [], [], []
        self._tab_last = self.transcript
        self.follow_ups.setVisible(False)
        for n, follow_up in enumerate(follow_ups, 1):
            self._add_follow_up(n, follow_up)

    def _add_follow_up(self, n: int, follow_up: FollowUpReview) -> None:
        """Follow-up ``n`` (from 1) under the answer and those before it."""
        # Tab goes from the transcript through each follow-up's answer (and its button)
        before = self._tab_last
        title = label(f"Follow-up: {shown_marks(follow_up.prompt)}", "sectionTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)
        name(title, f"followUpQuestion{n}", f"Follow-up question {n}")
        answer = FollowUpAnswer()
        # marked as the answer above is: a point explained here counts for the question.
        # A long one shows its first words, as the answer above does: 40,000 words written
        # with their marks froze the window 1.7 s (attack42); the rest is one button away.
        shown = shown_word_count(follow_up.words)
        cursor = QTextCursor(answer.document())
        if follow_up.words or not follow_up.empty:
            answer.spans = insert_words(
                cursor,
                follow_up.words[:shown],
                self.palette(),
                {p.before_word: p for p in follow_up.pauses},
            )
        else:  # skipped, or no words: said as the scorecard says it
            cursor.insertText(follow_up.empty)
        left_out = len(follow_up.words) - shown
        if left_out:
            cursor.movePosition(QTextCursor.MoveOperation.End)
            said = shown_of(shown, len(follow_up.words), "Whole follow-up answer… (below)")
            cursor.insertText(f" …\n\n({said})")
        answer.setReadOnly(True)
        answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        answer.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab, read aloud
        answer.setTabChangesFocus(True)
        answer.setProperty("followUp", True)  # the page's style: the transcript's size
        answer.document().setDocumentMargin(TEXT_MARGIN)  # lines up with the transcript above
        score = "" if follow_up.overall is None else f", {follow_up.overall}/100"
        name(answer, f"followUpAnswer{n}", f"Follow-up answer {n}{score}",
             f"Answer to the follow-up: {follow_up.prompt}")  # fmt: skip
        title.setBuddy(answer)
        self._follow_up_layout.addWidget(title)
        self._follow_up_layout.addWidget(answer)
        QWidget.setTabOrder(before, answer)
        self._tab_last = answer
        self.follow_up_titles.append(title)
        self.follow_up_answers.append(answer)
        if left_out:
            whole = button(
                "Whole follow-up answer…", f"wholeFollowUpButton{n}", None,
                partial(self._show_whole, follow_up.text, "Whole follow-up answer"),
                "Every word of this long follow-up answer, to read and copy",
            )  # fmt: skip
            self._follow_up_layout.addWidget(whole, 0, Qt.AlignmentFlag.AlignLeft)
            QWidget.setTabOrder(answer, whole)
            self._tab_last = whole
            self.follow_up_wholes.append(whole)
        self.follow_ups.setVisible(True)
        self._share_room()

    def show_whole_answer(self) -> None:
        review = self._review
        if review is None:
            return

        self._show_whole(review.text or " ".join(w.text for w in review.words), "Whole answer")

    def _show_whole(self, text: str, title: str) -> None:
        from simulator.ui.shortcuts_help import open_giving_keyboard_back
        from simulator.ui.widgets.whole_answer import WholeAnswerDialog

        dialog = WholeAnswerDialog(text, title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        open_giving_keyboard_back(dialog)  # back on the answer once it closes

    def speed_step(self, step: int) -> None:
        i = max(0, min(self.speed.count() - 1, self.speed.currentIndex() + step))
        self.speed.setCurrentIndex(i)

    def _load_in_range(self, review: AnswerReview) -> None:
        """A floating-point recording into the player: from a copy divided by its peak when
        its samples go past full scale (some tools write floats at the 16-bit scale: it played
        clipped, a harsh buzz, and nothing said why: walk66), else as it is."""
        path = review.audio_path
        assert path is not None

        def load(copy: Path | None) -> None:
            if self._played is review:  # still the recording chosen
                self.player.load(copy or path)

        def unread(_exc: BaseException) -> None:
            load(None)  # the player says what is wrong with it, as before

        self._compute.submit(in_range_copy, Path(path), playback_copies_dir(), on_done=load,
                             on_error=unread)  # fmt: skip

    def _load_peaks(self, review: AnswerReview) -> None:
        path = review.audio_path
        assert path is not None

        def loaded(peaks: list[float]) -> None:
            if self._played is review:  # still the recording in the player
                self.timeline.set_peaks(peaks)

        def unread(exc: BaseException) -> None:
            # what the reading found wrong with it, said where the player says its own
            # (a damaged float recording played on, its waveform flat, unsaid: walk65)
            if self._played is review and isinstance(exc, UnusableRecording):
                self.player.failed.emit(damaged_recording_notice(Path(path), exc.reason))

        self._compute.submit(waveform_peaks, Path(path), on_done=loaded, on_error=unread)

    # --- following the player ------------------------------------------------------------
    def _follow(self, seconds: float) -> None:
        if self._review is None or not self._pieces:
            return
        index = word_index_at(self._starts, seconds)
        if self._piece == 0:
            self.transcript.highlight(index)
        elif self._piece <= len(self.follow_up_answers):
            self.follow_up_answers[self._piece - 1].highlight(index)
        self.timeline.set_position(seconds)
        self._update_clock(seconds)

    def _update_clock(self, seconds: float) -> None:
        total = self.timeline._duration
        self.clock.setText(f"{_mmss(seconds)} / {_mmss(total)}")

    def _playing(self, playing: bool) -> None:
        self.play_button.setText(PAUSE_TEXT if playing else PLAY_TEXT)
        self.play_button.setAccessibleName("Pause" if playing else "Play")

    def _duration(self, seconds: float) -> None:
        self.timeline.set_duration(seconds)
        self._update_clock(self.player.position())

    def _word_clicked(self, index: int) -> None:
        if self._review is None or not any(p.number == 0 for p in self._pieces):
            return
        self.choose_piece(0)  # a word of the answer: its recording, if a follow-up's played
        self.player.seek(self._starts[index])
        self.transcript.highlight(index)


def _mmss(seconds: float) -> str:
    """Minutes and seconds, the seconds rounded as every other screen rounds a length: the clock
    cut them off, and a 24.6 s answer was "spoken, 25 s" above a player of "0:24" (ux37)."""
    s = max(0, round(seconds))
    return f"{s // 60}:{s % 60:02d}"


class FollowUpAnswer(QPlainTextEdit):
    """A follow-up's answer, as tall as its words (up to the room the pane gives it, then it
    scrolls). At its fixed 110 px a one-line follow-up left the answer above it three lines at
    960 x 640; capped at 110 px, a long one showed four lines and a scroll bar under a short
    answer (walkthrough 49): it shares the room with the answer above (``ReplayPane``'s
    stretch)."""

    MAX_HEIGHT = 1200  # before the pane has given it its room (``room``)
    MIN_HEIGHT = 70  # three lines, the least it is squeezed to beside a long answer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # (width, font, frame, revision, length), a height, and whether it is the whole
        # text's (else that of its first FIRST_CHARS, which the whole is at least)
        self._fitted: tuple[tuple[int, str, int, int, int], int, bool] | None = None
        self.room = self.MAX_HEIGHT  # the most it can be shown at (ReplayPane._shared_room)
        self.spans: list[tuple[int, int]] = []  # where each word shown is (its recording plays)
        self._current = -1

    def highlight(self, index: int) -> None:
        """Mark word ``index`` as the one being said as its recording plays (-1: none)."""
        if index == self._current:
            return
        self._current = index
        if 0 <= index < len(self.spans):
            mark_word(self, *self.spans[index])
        else:
            self.setExtraSelections([])

    def fitted_height(self, cap: int | None = None) -> int:
        """Its words' height at its width, with its frame, up to ``cap`` (None: its ``room``;
        never past MAX_HEIGHT). A copy of the text is laid out: the box's own layout counts
        lines, not pixels. Measured once per width, font and text: a long follow-up's copy
        (10,000 characters) took ~10 ms at each of the resizes of the page's first showing
        (perf43)."""
        cap = max(1, min(self.MAX_HEIGHT, self.room if cap is None else cap))
        key = (
            self.viewport().width(),
            self.font().key(),
            self.frameWidth(),
            self.document().revision(),
            self.document().characterCount(),
        )
        if self._fitted is None or self._fitted[0] != key:
            whole = self.document().characterCount() <= self.FIRST_CHARS
            self._fitted = (key, self._height_of(self.FIRST_CHARS), whole)
        _, height, whole = self._fitted
        if not whole and height < cap:
            height = self._height_of(None)
            self._fitted = (key, height, True)
        return min(cap, height)

    # Text is never shorter for more words: once its first characters fill the cap (the room
    # the pane gives the box), the rest need not be laid out (a long follow-up's 10,000 took
    # 1-4 ms at each new width).
    FIRST_CHARS = 2_000

    def _height_of(self, chars: int | None) -> int:
        """The height of the first ``chars`` characters (None: all) laid out as shown."""
        source = self.document()
        if chars is None or source.characterCount() <= chars:
            doc = source.clone(self)
        else:
            doc = QTextDocument(self)
            cursor = QTextCursor(source)
            cursor.setPosition(chars, QTextCursor.MoveMode.KeepAnchor)
            QTextCursor(doc).insertFragment(cursor.selection())
            doc.setDocumentMargin(source.documentMargin())
            doc.setDefaultTextOption(source.defaultTextOption())
        doc.setDefaultFont(self.font())
        doc.setTextWidth(max(40, self.viewport().width()))
        height = int(doc.size().height()) + 2 * self.frameWidth() + 2
        doc.deleteLater()
        return height

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        height = self.fitted_height()
        if height != self.maximumHeight():
            self.setMaximumHeight(height)
