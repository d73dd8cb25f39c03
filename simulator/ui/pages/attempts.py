"""Attempts: every answer to one question, and two of them side by side with what changed.

Transcripts with the words dropped (left, struck through) and the words new (right) marked;
scores and delivery figures with their change (green better, red worse); key points gained and
lost; STAR shares before and after. Keys: Ctrl+1 / Ctrl+2 choose the earlier / later attempt,
Ctrl+Shift+P practise again, Esc back.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from simulator.core.attempts import (
    FOLLOW_UP_MARK,
    Attempt,
    AttemptDiff,
    Chunk,
    Figure,
    attempt_labels,
    attempts_prompt,
    compare,
)
from simulator.core.export.render import breakable
from simulator.core.reordering import shown_marks
from simulator.core.storage import AnswerRecord
from simulator.ui.style import BAD, GOOD, ink, muted_color
from simulator.ui.widgets.capped_scroll import CappedScroll
from simulator.ui.widgets.common import (
    buddy_label,
    button,
    card,
    counted,
    label,
    name,
    page_header,
    shortcut,
)
from simulator.ui.widgets.document_keys import document_ends_keys
from simulator.ui.widgets.theme_follow import follow_theme, scroll_kept
from simulator.ui.widgets.whole_lines import WholeLinesBrowser


class AttemptsPage(QWidget):
    back_requested = Signal()
    practise_requested = Signal(str, int)  # question id, answer id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._answers: list[AnswerRecord] = []
        self._attempts: list[Attempt] = []
        self._all_answers: list[AnswerRecord] = []
        self._question_id = ""
        self._now: str | None = None
        self._asked: dict[int, str] = {}
        self.diff: AttemptDiff | None = None
        root, _, self.summary = page_header(
            self, "Attempts", "attempts", "Attempts of this question"
        )
        self.question = label("", "reviewQuestion")
        name(self.question, "attemptsQuestion", "Question")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question_scroll = CappedScroll(self.question, 0.2)  # a 2,000-character prompt
        root.addWidget(self.question_scroll)

        pick = QFormLayout()
        pick.setHorizontalSpacing(12)
        row = QHBoxLayout()
        row.setSpacing(8)  # nested in the form, it had none: "Compare" touched its box
        self.earlier = QComboBox()
        name(self.earlier, "earlierAttempt", "Earlier attempt", "Ctrl+1")
        self.later = QComboBox()
        name(self.later, "laterAttempt", "Later attempt", "Ctrl+2")
        # both choose from one list, filled in one call (5,000 items added one by one to
        # each took 40-80 ms of the GUI thread, hist54)
        self._choices = QStringListModel(self)
        for combo in (self.earlier, self.later):
            combo.setModel(self._choices)
            combo.currentIndexChanged.connect(self._compare)
            combo.setMinimumWidth(280)
        # Alt+C and Alt+W reach the two choices, as every other caption's letter does
        for caption, combo in (("&Compare", self.earlier), ("&with", self.later)):
            row.addWidget(buddy_label(caption, combo))
            row.addWidget(combo, 1)
        pick.addRow(row)
        root.addLayout(pick)

        texts = QSplitter(Qt.Orientation.Horizontal)
        texts.setObjectName("attemptsSplitter")
        texts.setChildrenCollapsible(False)
        # Whole lines at any height: at 960 x 640 each pane's last line in view showed cut in
        # half at its bottom edge (walk59); the key points' pane likewise.
        self.before_text = WholeLinesBrowser()
        document_ends_keys(self.before_text)
        name(self.before_text, "earlierTranscript", "Earlier transcript",
             "Words not said in the later attempt are struck through")  # fmt: skip
        self.after_text = WholeLinesBrowser()
        document_ends_keys(self.after_text)
        name(self.after_text, "laterTranscript", "Later transcript",
             "Words new in this attempt are highlighted")  # fmt: skip
        for w in (self.before_text, self.after_text):
            w.setOpenLinks(False)
            texts.addWidget(w)
        root.addWidget(texts, 3)

        bottom = QHBoxLayout()
        self.figures = QTableWidget(0, 4)
        name(self.figures, "attemptFigures", "Scores and delivery, before and after")
        self.figures.setHorizontalHeaderLabels(["", "Earlier", "Later", "Change"])
        self.figures.verticalHeader().hide()
        self.figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figures.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.figures.setTabKeyNavigation(False)  # Tab goes on to the next control, as History's
        head = self.figures.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        bottom.addWidget(self.figures, 3)
        self.points = WholeLinesBrowser()
        document_ends_keys(self.points)
        name(self.points, "keyPointChanges", "Key points or STAR parts gained and lost")
        bottom.addWidget(card(self.points), 2)
        root.addLayout(bottom, 2)

        buttons = QHBoxLayout()
        buttons.addWidget(button("&Back", "attemptsBackButton", "Esc", self.back_requested.emit,
                                 "Back to where you came from"))  # fmt: skip
        buttons.addStretch(1)
        self.practise_button = button(
            "&Practise again", "attemptsPractiseButton", "Ctrl+Shift+P", self._practise,
            "Answer this question again as a new attempt",
        )  # fmt: skip
        buttons.addWidget(self.practise_button)
        root.addLayout(buttons)
        shortcut(self, "Ctrl+1", self.earlier.setFocus)
        shortcut(self, "Ctrl+2", self.later.setFocus)
        # the texts' marks and the changes' colours come from the theme
        follow_theme(self, self._theme_changed)

    def show_attempts(
        self,
        prompt: str | None,
        answers: Sequence[AnswerRecord],
        attempts: Sequence[Attempt],
        labels: Sequence[str] | None = None,
        asked: Mapping[int, str] | None = None,
    ) -> None:
        """``prompt``: the packs' (None: gone from them); ``asked``: each session's as it
        asked it, by session id. ``labels``: the attempts' names in the choices
        (``core.attempts.attempt_labels``), made off the GUI thread; made here when not given."""
        self._now, self._asked = prompt, dict(asked or {})
        self._all_answers = list(answers)  # follow-ups too: compared with their attempt
        by_id = {a.id: a for a in answers}
        self._attempts = [t for t in attempts if t.answer_id in by_id]
        if labels is None or len(labels) != len(attempts) or len(self._attempts) != len(attempts):
            labels = attempt_labels(self._attempts)
        self._answers = [by_id[t.answer_id] for t in self._attempts]
        self._question_id = self._answers[-1].question_id if self._answers else ""
        self.question_scroll.set_text(attempts_prompt(prompt, self._asked, None, None))
        scored = [t.overall for t in self._attempts if t.overall is not None]
        trend = " → ".join(str(s) for s in scored[-8:])
        self.summary.setText(
            counted(len(self._attempts), "attempt") + (f"  ·  scores {trend}" if trend else "")
        )
        n = len(self._attempts)
        for combo in (self.earlier, self.later):
            combo.blockSignals(True)  # compared once, below, not as each choice is set
        self._choices.setStringList(list(labels))
        self.earlier.setCurrentIndex(max(0, n - 2))
        self.later.setCurrentIndex(n - 1)
        for combo in (self.earlier, self.later):
            combo.blockSignals(False)
        self._compare()
        # The first control, as on every page: Tab then goes on to "with", in reading order
        self.earlier.setFocus()

    def _theme_changed(self) -> None:
        """The comparison again in the new theme's colours, each pane where it was scrolled."""
        with scroll_kept(self.before_text, self.after_text, self.points):
            self._compare()

    def _compare(self) -> None:
        i, j = self.earlier.currentIndex(), self.later.currentIndex()
        if i < 0 or j < 0 or not self._answers:
            return
        self.question_scroll.set_text(
            attempts_prompt(self._now, self._asked, self._attempts[i], self._attempts[j])
        )
        self.diff = diff = compare(self._answers[i], self._answers[j], self._all_answers)
        self.before_text.setHtml(_chunks_html(diff.before_text, "removed"))
        self.after_text.setHtml(_chunks_html(diff.after_text, "added"))
        rows = list(diff.scores) + list(diff.delivery)
        rows += [Figure(f"STAR {f.label}", f.before, f.after, "%") for f in diff.star]
        rows = [f for f in rows if f.before is not None or f.after is not None]
        self.figures.setRowCount(len(rows))
        for r, fig in enumerate(rows):
            cells = [
                fig.label + (f" ({fig.unit})" if fig.unit else ""),
                _num(fig.before),
                _num(fig.after),
                "" if fig.delta is None else f"{fig.delta:+g}",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if c == 3 and fig.improved is not None and not fig.label.startswith("STAR"):
                    item.setForeground(QColor(ink(GOOD if fig.improved else BAD)))
                self.figures.setItem(r, c, item)
        self.points.setHtml(_points_html(diff))

    def _practise(self) -> None:
        if self._answers:
            self.practise_requested.emit(self._question_id, self._answers[-1].id)


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:g}"


def _chunks_html(chunks: Sequence[Chunk], marked: str) -> str:
    # The tint and the strike-through say what changed; the words keep the text colour (red or
    # green words on the tint were 2.6 to 3.2 : 1, too faint to read in either theme).
    style = {
        "removed": "background-color: rgba(214, 69, 69, 0.22); text-decoration: line-through",
        "added": "background-color: rgba(46, 157, 87, 0.25)",
    }[marked]
    parts = []
    for c in chunks:
        text = html.escape(breakable(shown_marks(c.text)))
        caption = "<br><b>Follow-up:</b>"  # a follow-up's answer starts on a line of its own
        if c.change == marked:
            # the caption is the app's, not words said and dropped: outside the marking
            caption = f'</span>{caption} <span style="{style}">'
            text = f'<span style="{style}">{text.replace(FOLLOW_UP_MARK, caption)}</span>'
        else:
            text = text.replace(FOLLOW_UP_MARK, caption)
        parts.append(text)
    body = " ".join(parts) or f'<span style="color:{muted_color()}">(no answer)</span>'
    return f'<p style="font-size: 15px; line-height: 140%">{body}</p>'


def _points_html(diff: AttemptDiff) -> str:
    """What the later attempt gained and lost: key points, and a story's STAR parts. A story has
    no key points: it read "The same key points in both attempts." beside a story that had
    lost its action and result (walkthrough 46)."""
    muted = muted_color()
    out = _key_points_html(diff, muted) if diff.has_key_points or not diff.star else []
    if diff.star:
        out.append(_star_parts_html(diff, muted))
    out.append(
        f'<p style="color:{muted}">{diff.similarity:.0%} of the later answer repeats the earlier one.</p>'
    )
    return "".join(out)


def _star_parts_html(diff: AttemptDiff, muted: str) -> str:
    def named(parts: Sequence[str]) -> str:
        return html.escape(", ".join(p.capitalize() for p in parts))

    out = ["<h4>STAR parts</h4>"]
    if diff.told_now:
        out.append(f'<p style="color:{ink(GOOD)}">✔ told now: {named(diff.told_now)}</p>')
    if diff.missing_now:
        out.append(f'<p style="color:{ink(BAD)}">✘ missing now: {named(diff.missing_now)}</p>')
    if not diff.told_now and not diff.missing_now:
        both = f": {named(diff.told_in_both)}" if diff.told_in_both else ": none"
        out.append(f'<p style="color:{muted}">The same parts told in both attempts{both}.</p>')
    elif diff.told_in_both:
        out.append(f'<p style="color:{muted}">Told in both: {named(diff.told_in_both)}.</p>')
    return "".join(out)


def _key_points_html(diff: AttemptDiff, muted: str) -> list[str]:
    out = ["<h4>Key points</h4>"]
    if diff.gained:
        out.append(
            "".join(
                f'<p style="color:{ink(GOOD)}">✔ gained: {html.escape(k)}</p>' for k in diff.gained
            )
        )
    if diff.lost:
        out.append(
            "".join(f'<p style="color:{ink(BAD)}">✘ lost: {html.escape(k)}</p>' for k in diff.lost)
        )
    if not diff.gained and not diff.lost:
        out.append(f'<p style="color:{muted}">The same key points in both attempts.</p>')
    return out
