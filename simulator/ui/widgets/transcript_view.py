"""An answer's transcript whose words light up as the recording plays; click a word to go there.

The document is built once per answer (fillers, hedges and key-point evidence get their own
character formats; a long pause becomes a small inline mark). Following the audio only moves an
extra selection over the current word, which repaints one line and never re-lays out the text.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPaintEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from simulator.core.export.render import breakable
from simulator.core.long_names import LONG_RUN
from simulator.core.reordering import shown_marks
from simulator.core.review import AnswerReview, PauseMark, ReviewWord
from simulator.core.tables import STAR_COLORS
from simulator.ui.style import ACCENT, BAD, GOOD, WARN
from simulator.ui.widgets.whole_lines import blank_top_cut, scroll_to_show, whole_lines

NO_ANSWER = "(no answer was given)"  # an answer with no words, said no better
READING = "Reading this answer…"  # its words are being read (Review shows it in outline first)

HEDGE = "#8a63d2"
UNSURE = "#808080"  # a word heard unclearly: a grey dotted underline


def unsure_tip(probability: float | None) -> str:
    sure = f" ({round(100 * probability)} % sure)" if probability is not None else ""
    return f"Heard unclearly{sure}: this word may be misheard. Listen to check it."


# A longer answer shows its first words only: Qt lays a QTextEdit's text out whole on the GUI
# thread, and a 200,000-character paste (the typed-answer limit) froze the window 0.2-0.45 s
# (attack run 38). The rest is one key away, in a view whose layout is lazy (WholeAnswerDialog).
SHOWN_CHARS = 10_000
WHOLE_ANSWER_KEY = "Ctrl+Shift+W"


def shown_word_count(words: Sequence[ReviewWord], limit: int = SHOWN_CHARS) -> int:
    """How many of ``words`` fit in ``limit`` characters (at least one)."""
    size = 0
    for i, word in enumerate(words):
        size += len(word.text) + 1
        if size > limit and i:
            return i
    return len(words)


def shown_of(shown: int, words: int, whole: str = f"Whole answer… ({WHOLE_ANSWER_KEY})") -> str:
    """What a long answer's box says under its first words: how many of how many are shown,
    and where the rest is (perf55: "N more words are not shown here" left the answer's
    length to be worked out)."""
    return (
        f"Shown: the first {shown:,} words of {words:,}. {whole} shows every word, to read "
        "and copy."
    )


def _tint(color: str, alpha: int) -> QColor:
    c = QColor(color)
    c.setAlpha(alpha)
    return c


# Blank room above and below the words of a transcript box (and of a follow-up's, lined up with
# it): at 10 px, the answer's box and its follow-up's kept 40 px blank at 960 x 640, two lines
# of an answer that then scrolled (walk58).
TEXT_MARGIN = 6


class TranscriptView(QTextEdit):
    word_clicked = Signal(int)  # index of the word

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        # Arrow keys belong to the player (±5 s), so the text takes no keyboard caret.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTabChangesFocus(True)  # Tab goes on to the follow-up and the buttons
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self._starts: list[int] = []  # character position of each word
        self._ends: list[int] = []
        self._current = -1
        self._press: QPoint | None = None
        self.words_left_out = 0  # of the answer shown: its words past SHOWN_CHARS
        # A transcript taller than its box shows whole lines at both edges, however it is
        # scrolled (by the keys, the wheel or the replay following its words): at 960 x 640
        # its last line showed cut in half (polish57). The logic Progress's and the score's
        # panes use (whole_lines); this stays a QTextEdit for its clickable words.
        whole_lines(self)

    @property
    def current(self) -> int:
        return self._current

    def word_span(self, index: int) -> tuple[int, int]:
        return self._starts[index], self._ends[index]

    def show_review(self, review: AnswerReview) -> None:
        self.clear()
        self._starts, self._ends, self._current = [], [], -1
        doc = self.document()
        doc.setDocumentMargin(TEXT_MARGIN)
        shown = shown_word_count(review.words)
        self.words_left_out = len(review.words) - shown
        cursor = QTextCursor(doc)
        spans = insert_words(
            cursor,
            review.words[:shown],
            self.palette(),
            {p.before_word: p for p in review.pauses},
            empty=_empty_said(review),
        )
        if self.words_left_out:
            muted = QTextCharFormat()
            muted.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(f" …\n\n({shown_of(shown, len(review.words))})", muted)
        self._starts, self._ends = [s for s, _ in spans], [e for _, e in spans]
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.setExtraSelections([])

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        blank_top_cut(self)  # see __init__'s whole_lines

    def highlight(self, index: int) -> None:
        """Mark word ``index`` as the one being said (-1: none) and keep it in view."""
        if index == self._current:
            return
        self._current = index
        if index < 0 or index >= len(self._starts):
            self.setExtraSelections([])
            return
        mark_word(self, self._starts[index], self._ends[index])

    def word_at(self, point: QPoint) -> int:
        """The word under a viewport point, or -1."""
        if not self._starts:
            return -1
        pos = self.cursorForPosition(point).position()
        index = bisect.bisect_right(self._starts, pos) - 1
        if index < 0:
            return -1
        if pos > self._ends[index] + 1:
            return -1  # in a pause mark or past the end
        return index

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        dragged = self._press is not None and (point - self._press).manhattanLength() > 4
        self._press = None
        if event.button() == Qt.MouseButton.LeftButton and not dragged:
            index = self.word_at(point)
            if index >= 0:
                self.word_clicked.emit(index)


def mark_word(view: QTextEdit | QPlainTextEdit, start: int, end: int) -> None:
    """Mark the characters ``start`` to ``end`` of ``view`` as the word being said, and keep
    them in view: the answer's transcript and a follow-up's box alike."""
    selection = QTextEdit.ExtraSelection()
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    selection.cursor = cursor
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(ACCENT))
    fmt.setForeground(QColor("#ffffff"))
    fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
    selection.format = fmt
    view.setExtraSelections([selection])
    scroll_to_show(view, start, end)  # a line's start at the top edge: only whole lines show


def insert_words(
    cursor: QTextCursor,
    words: Sequence[ReviewWord],
    palette: QPalette,
    pauses: dict[int, PauseMark] | None = None,
    empty: str = NO_ANSWER,
) -> list[tuple[int, int]]:
    """Write ``words`` at ``cursor``: fillers and hedges tinted, key-point evidence underlined
    (each with a tooltip saying why), long pauses as marks. The span of each word.

    Words that look alike (most of an answer: plain words and the spaces between them) are
    written in one piece: word by word, 2,000 words held the GUI thread 35-50 ms of CPU for each
    of the answer and its follow-up (perf43). Each word's span is counted as Qt counts
    positions, in UTF-16 units."""
    plain = QTextCharFormat()
    plain.setForeground(palette.color(QPalette.ColorRole.Text))
    pause_fmt = QTextCharFormat()
    pause_fmt.setForeground(_tint(ACCENT, 255))
    pause_fmt.setFontWeight(600)
    formats: dict[tuple[str, str, str, str], QTextCharFormat] = {("plain", "", "", ""): plain}
    pauses = pauses or {}
    spans = []
    run: list[str] = []  # text of the piece being gathered, all in ``run_key``'s format
    run_key = ("plain", "", "", "")
    position = cursor.position()

    def add(text: str, key: tuple[str, str, str, str], size: int = -1) -> None:
        nonlocal run_key, position
        if key != run_key:
            if run:
                cursor.insertText("".join(run), formats[run_key])
                run.clear()
            run_key = key
        run.append(text)
        # Qt's length of the text: UTF-16 units, a "\r\n" one block break
        position += size if size >= 0 else len(text.replace("\r\n", "\n").encode("utf-16-le")) // 2

    # One edit block: the document is laid out once at the end, not after every piece
    # (a 3-minute answer took ~350 ms word by word).
    cursor.beginEditBlock()
    for i, word in enumerate(words):
        if i:
            if run_key == _PLAIN:  # (the space between two plain words: most of them)
                run.append(" ")
                position += 1
            else:
                add(" ", _PLAIN)
        pause = pauses.get(i)
        if pause is not None:
            formats.setdefault(("pause", "", "", ""), pause_fmt)
            add(f"‖\u00a0{pause.duration_s:.1f}\u00a0s ", ("pause", "", "", ""))
        key = _word_key(word)
        if key not in formats:
            formats[key] = _word_format(word, plain)
        begin = position
        text = word.text
        if len(text) <= LONG_RUN and text.isascii() and text.isprintable():
            # a word of printable ASCII: no mark to show, no break to add, a UTF-16 unit per
            # character. Each word through shown_marks' patterns and counted in UTF-16 was
            # 4 of the ~6 ms of Python a 10,000-character transcript took (stall65)
            add(text, key, len(text))
        else:
            add(breakable(shown_marks(text)), key)  # see breakable, shown_marks
        spans.append((begin, position))
    if run:
        cursor.insertText("".join(run), formats[run_key])
    if not words:
        cursor.insertText(empty, plain)
    cursor.endEditBlock()
    return spans


_PLAIN = ("plain", "", "", "")


def _word_key(word: ReviewWord) -> tuple[str, str, str, str]:
    """What a word's format depends on: its kind, evidence, the claim its sentence makes and
    how sure it was heard (the tooltip says each)."""
    tip = unsure_tip(word.probability) if word.unsure else ""
    if word.claim_kind:
        tip = f"{word.claim_kind}\n{word.claim}\n{tip}"
    return (word.kind or "plain", word.evidence, word.phrase if word.kind else "", tip)


def _word_format(word: ReviewWord, plain: QTextCharFormat) -> QTextCharFormat:
    if word.kind in ("filler", "hedge"):
        fmt = _format(WARN, 70) if word.kind == "filler" else _format(HEDGE, 60)
    else:
        fmt = QTextCharFormat(plain)
    tips = []
    if word.claim_kind:
        # a sentence the score judged as a claim: wrong (a contradicted key point, a charged
        # misconception) with a red wave, warned against (not charged) with a green dash; the
        # wave wins over evidence's line, the tooltip says both (walk55)
        wrong = word.claim_kind == "wrong"
        fmt.setUnderlineStyle(
            QTextCharFormat.UnderlineStyle.WaveUnderline
            if wrong
            else QTextCharFormat.UnderlineStyle.DashUnderline
        )
        fmt.setUnderlineColor(QColor(BAD if wrong else GOOD))
        tips.extend(word.claim.split("\n"))
    elif word.evidence:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(GOOD))
    tips.extend(
        f"Evidence for the key point: {label}" for label in word.evidence.split("\n") if label
    )
    if word.kind and not word.evidence:
        tips.append(f"{word.kind.capitalize()}: “{word.phrase}”")
    if word.unsure:
        # kept as heard, shown as a guess: a dotted underline (evidence keeps its own line)
        fmt.setFontItalic(True)
        if not word.evidence and not word.claim_kind:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(QColor(UNSURE))
        tips.append(unsure_tip(word.probability))
    if tips:
        fmt.setToolTip("\n".join(tips))
    return fmt


def _format(color: str, alpha: int) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(_tint(color, alpha))
    return fmt


def legend_html(review: AnswerReview | None = None, with_timeline: bool = True) -> str:
    """What the marks in the transcript and on the timeline mean: only the marks ``review``
    shows (a typed answer has no pauses, STAR segments or pace; its legend listed them all)."""

    def swatch(color: str, text: str) -> str:
        return f'<span style="background:{color}">&nbsp;&nbsp;&nbsp;</span>&nbsp;{text}'

    marks = review.marks if review is not None else frozenset()  # (the follow-ups' too)
    every = review is None
    star = " ".join(swatch(c, k[0].upper()) for k, c in STAR_COLORS.items())
    keys = [
        (every or "filler" in marks, swatch(WARN, "filler")),
        (every or "hedge" in marks, swatch(HEDGE, "hedge")),
        (
            every or "evidence" in marks,
            f'<u style="text-decoration-color:{GOOD}">key point evidence</u>',
        ),
        (
            every or "wrong" in marks,
            f'<u style="text-underline-style: wave; text-decoration-color:{BAD}">'
            "wrong claim (charged)</u>",
        ),
        (
            every or "warned" in marks,
            f'<u style="text-underline-style: dashed; text-decoration-color:{GOOD}">'
            "mistake warned against</u>",
        ),
        (
            every or "unsure" in marks,
            f'<i style="text-underline-style: dotted; text-decoration-color:{UNSURE}">'
            "heard unclearly</i>",
        ),
        (
            every or bool(review and review.pauses),
            f'<span style="color:{ACCENT}">‖</span> long pause',
        ),
        (with_timeline and (every or bool(review and review.star)), f"STAR: {star}"),
        (
            with_timeline and (every or bool(review and review.pace)),
            f'<span style="color:{ACCENT}">━</span> pace (band 130–160 wpm)',
        ),
    ]
    # Each item is kept whole and lines break only between items: at 960 wide "wpm)" stood
    # alone on a second line, read as a mark of its own.
    return "&nbsp;&nbsp; ".join(
        f'<span style="white-space:nowrap">{text}</span>' for shown, text in keys if shown
    )


def _empty_said(review: AnswerReview) -> str:
    """What the box says for an answer with no words, in the explanation's words beside it
    ("Skipped: on purpose, counts as 0"): it said "(no answer was given)" (walkthrough 47).
    An answer whose words are still being read (``AnswerReview.loaded``) says so."""
    if not review.loaded:
        return READING
    main = review.detail.parts[0] if review.detail is not None and review.detail.parts else None
    return main.shown_text if main is not None and not main.text else NO_ANSWER
