"""A question's answer and its follow-up's, both shown once the follow-up is answered.

On "Answer saved" after a follow-up the box held only the follow-up's words: the main answer,
the one most of the score rests on, had gone from the page when the follow-up was asked
(walkthrough 39). Both are shown there, the main answer first, each under the scorecard's own
label ("Your answer", "Follow-up: …").
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

NO_WORDS = "(no answer)"


class AnsweredParts:
    """What the person said for the question on screen once a follow-up was asked."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        """A new question: no follow-up asked."""
        self.main: str | None = None  # None: no follow-up asked for this question
        self.prompt = ""
        self.follow_up: str | None = None  # None: not answered yet
        self.shown = False  # the box holds both, as ``show_in`` wrote them

    @property
    def asked(self) -> bool:
        return self.main is not None

    def follow_up_asked(self, main_answer: str, prompt: str) -> None:
        self.main, self.prompt, self.follow_up = main_answer, prompt, None
        self.shown = False

    def show_in(self, box: QPlainTextEdit) -> None:
        """Both answers in the (read-only) box, each under its label in bold."""
        from simulator.core.scorecard.model import part_title  # loaded with the session core

        plain, bold = QTextCharFormat(), QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        box.clear()
        cursor = box.textCursor()
        parts = ((part_title(None), self.main), (part_title(self.prompt), self.follow_up))
        for n, (title, text) in enumerate(parts):
            cursor.insertText(("\n\n" if n else "") + title, bold)
            cursor.insertText("\n" + (text or NO_WORDS), plain)
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        box.setTextCursor(cursor)
        # The cursor on the first label took its bold, and the box keeps it through clear():
        # the next question's answer was typed in bold (walkthrough 41).
        box.setCurrentCharFormat(plain)
        self.shown = True
