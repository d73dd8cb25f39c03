"""Under an answer on the Interview page: the quick feedback line and the optional "how did it
feel" rating."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from simulator.ui.widgets.common import label, name
from simulator.ui.widgets.self_rating import SelfRatingRow

if TYPE_CHECKING:
    from simulator.core.scoring import AnswerScore


class AnswerFeedback:
    """The feedback line and the rating row (the page lays them out)."""

    def __init__(self) -> None:
        self.line = label("", "")
        name(self.line, "quickFeedback", "Quick feedback on your answer")
        self.line.hide()
        self.rated_number = 0  # the question the rating row rates
        self.rating = SelfRatingRow()
        self.rating.hide()
        self.with_follow_up = False  # the score shown includes the follow-up's answer
        self.follow_up_pending = False  # a follow-up about the answer scored is being asked
        self._score: AnswerScore | None = None

    def clear(self) -> None:
        self.line.hide()
        self.rating.hide()
        self.follow_up_pending = False
        self._score = None

    def show_score(self, score: AnswerScore, with_follow_up: bool = False) -> None:
        from simulator.core.session.feedback import feedback_parts

        self._score, self.with_follow_up = score, with_follow_up
        if with_follow_up:
            self.follow_up_pending = False
        parts = feedback_parts(score, with_follow_up, follow_up_pending=self.follow_up_pending)
        head, *rest = [html.escape(part) for part in parts]
        self.show_rich("  ·  ".join([f"<b>{head}</b>", *rest]))

    def follow_up_asked(self) -> None:
        """The first answer's line, as it reads while its follow-up is answered."""
        self.follow_up_pending = True
        if self._score is not None and not self.line.isHidden():
            self.show_score(self._score, self.with_follow_up)

    def follow_up_answered(self) -> None:
        """Its answer given (or with no words): the first answer's line is whole again until
        the score with the follow-up replaces it."""
        if self.follow_up_pending:
            self.follow_up_pending = False
            if self._score is not None and not self.line.isHidden():
                self.show_score(self._score, self.with_follow_up)

    def show_skipped(self) -> None:
        self.show_rich("<b>Skipped</b>  ·  no words were given: it counts as 0")

    def offer_rating(self, number: int) -> None:
        if number != self.rated_number:  # its follow-up's score keeps the rating given
            self.rated_number = number
            self.rating.reset()
        self.rating.show()

    def show_rich(self, rich: str) -> None:
        self.line.setTextFormat(Qt.TextFormat.RichText)
        self.line.setText(rich)
        self.line.show()
