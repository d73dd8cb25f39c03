"""The Review page's right side: how the answer was scored, how it felt (1-4) and a note."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from simulator.ui.widgets.answer_box import LimitedTextBox
from simulator.ui.widgets.common import buddy_label, label, name
from simulator.ui.widgets.document_keys import document_ends_keys

# A note is a reminder, not a second answer: a pasted book held the page while it was laid out
# and saved again after every pause in typing.
MAX_NOTE_CHARS = 5_000
RATINGS = ((1, "1 · Again: I could not answer"), (2, "2 · Hard"), (3, "3 · Good"), (4, "4 · Easy"))


class AnswerAside(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        rv = QVBoxLayout(self)
        rv.setContentsMargins(14, 12, 14, 10)
        self.detail = QTextBrowser()
        document_ends_keys(self.detail)
        name(self.detail, "reviewDetail", "How this answer was scored")
        self.detail.setOpenLinks(False)
        self.detail.setFrameShape(QFrame.Shape.NoFrame)
        rv.addWidget(self.detail, 1)
        self.rating = QComboBox()
        # Its caption above it, as "Your note" is: beside it, the two asked 402 px and Review
        # did not fit the smallest window (Play's "❚❚  Pause" was cut); squeezed instead, the
        # box cut "Not rated (the score decides)".
        rv.addWidget(buddy_label("How did it &feel?", self.rating, "sectionTitle"))
        name(self.rating, "selfRating", "How did this answer feel",
             "Your own rating steers when the question comes back for review")  # fmt: skip
        self.rating.addItem("Not rated (the score decides)", None)
        for value, text in RATINGS:
            self.rating.addItem(text, value)
        self.rating.setToolTip("Steers when this question is due for review again")
        rv.addWidget(self.rating)
        self.note = LimitedTextBox(MAX_NOTE_CHARS)
        rv.addWidget(buddy_label("&Your note", self.note, "sectionTitle"))
        name(self.note, "noteEditor", "Your note on this answer",
             f"Saved as you type; at most {MAX_NOTE_CHARS:,} characters")  # fmt: skip
        self.note.setPlaceholderText("What to do differently next time… (saved as you type)")
        self.note.setMaximumHeight(110)
        self.note.setTabChangesFocus(
            True
        )  # Tab typed tab characters: the page's end was out of reach
        rv.addWidget(self.note)
        self.note_status = label("", "hint")
        name(self.note_status, "noteStatus", "Note saved")
        rv.addWidget(self.note_status)
