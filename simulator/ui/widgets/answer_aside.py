"""The Review page's right side: how the answer was scored, how it felt (1-4) and a note."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from simulator.ui.widgets.answer_box import LimitedTextBox
from simulator.ui.widgets.common import buddy_label, label, name
from simulator.ui.widgets.document_keys import document_ends_keys
from simulator.ui.widgets.whole_lines import WholeLinesBrowser

# A note is a reminder, not a second answer: a pasted book held the page while it was laid out
# and saved again after every pause in typing.
MAX_NOTE_CHARS = 5_000
# The note's box: three lines at least, at most NOTE_MAX_PX, and no more than NOTE_SHARE of the
# side's height. At 960x640 a fixed 110 px box (and a row kept for "Saved.") left about 170 px
# for how the answer was scored, the part a person opens Review to read (walkthrough 33b).
NOTE_MAX_PX = 110
NOTE_SHARE = 0.16
RATINGS = ((1, "1 · Again: I could not answer"), (2, "2 · Hard"), (3, "3 · Good"), (4, "4 · Easy"))


class AnswerAside(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        rv = self._rows = QVBoxLayout(self)
        rv.setContentsMargins(14, 12, 14, 10)
        # whole lines: at 960 x 640 its last line showed cut in half above the rating (polish58)
        self.detail = WholeLinesBrowser()
        document_ends_keys(self.detail)
        name(self.detail, "reviewDetail", "How this answer was scored")
        self.detail.setOpenLinks(False)
        self.detail.setFrameShape(QFrame.Shape.NoFrame)
        rv.addWidget(self.detail, 1)
        self.rating = QComboBox()
        # Its caption above it, as "Your note" is: beside it, the two asked 402 px and Review
        # did not fit the smallest window (Play's "❚❚  Pause" was cut); squeezed instead, the
        # box cut "Not rated (the score decides)".
        # beside its box where the side is wide enough, else above it (walkthrough 33b: a row
        # more for how the answer was scored at 960x640)
        self._rating_row = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._rating_caption = buddy_label("How did it &feel?", self.rating, "sectionTitle")
        self._rating_row.addWidget(self._rating_caption)
        rv.addLayout(self._rating_row)
        name(self.rating, "selfRating", "How did this answer feel",
             "Your own rating steers when the question comes back for review")  # fmt: skip
        self.rating.addItem("Not rated (the score decides)", None)
        for value, text in RATINGS:
            self.rating.addItem(text, value)
        self.rating.setToolTip("Steers when this question is due for review again")
        self._rating_row.addWidget(self.rating, 1)
        self.note = LimitedTextBox(MAX_NOTE_CHARS)
        # the note's status ("Saving…", "Saved.") on its caption's row: a row of its own stood
        # empty most of the time, taken from the explanation above
        caption_row = QHBoxLayout()
        caption_row.addWidget(buddy_label("&Your note", self.note, "sectionTitle"))
        self.note_status = label("", "hint", wrap=False)
        name(self.note_status, "noteStatus", "Note saved")
        caption_row.addStretch(1)
        caption_row.addWidget(self.note_status)
        rv.addLayout(caption_row)
        name(self.note, "noteEditor", "Your note on this answer",
             f"Saved as you type; at most {MAX_NOTE_CHARS:,} characters")  # fmt: skip
        self.note.setPlaceholderText("What to do differently next time… (saved as you type)")
        self.note.setMaximumHeight(NOTE_MAX_PX)
        self.note.setTabChangesFocus(
            True
        )  # Tab typed tab characters: the page's end was out of reach
        rv.addWidget(self.note)

    def _fit_rating(self) -> None:
        margins = self._rows.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        wanted = (
            self._rating_caption.sizeHint().width()
            + self._rating_row.spacing()
            + self.rating.sizeHint().width()
        )
        beside = room >= wanted
        # Its least width is the caption-above one's, beside or not: shown beside (a typed
        # answer, a wide side) the row's least width, 402 px, became the side's, and with a
        # recording's controls on the left Review asked 973 px of a 960 px window; the side
        # could not be made narrow enough to put the caption back above, and Play's
        # "❚❚  Pause" read "❚❚  Paus" (walkthrough 49). Narrowed, it goes above again.
        least = (
            margins.left()
            + margins.right()
            + max(
                self._rating_caption.minimumSizeHint().width(),
                self.rating.minimumSizeHint().width(),
            )
        )
        if self.minimumWidth() != least:
            self.setMinimumWidth(least)
        self._rating_row.setDirection(
            QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        )

    def _fit_note(self) -> None:
        lines = self.note.fontMetrics().lineSpacing() * 3
        frame = 2 * self.note.frameWidth() + 2 * int(self.note.document().documentMargin())
        least = lines + frame
        self.note.setMinimumHeight(least)
        self.note.setMaximumHeight(max(least, min(NOTE_MAX_PX, int(self.height() * NOTE_SHARE))))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_rating()
        self._fit_note()
