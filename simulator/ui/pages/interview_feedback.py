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

    def clear(self) -> None:
        self.line.hide()
        self.rating.hide()

    def show_score(self, score: AnswerScore, with_follow_up: bool = False) -> None:
        from simulator.core.session.feedback import feedback_parts

        self.with_follow_up = with_follow_up
        head, *rest = [html.escape(part) for part in feedback_parts(score, with_follow_up)]
        self.show_rich("  ·  ".join([f"<b>{head}</b>", *rest]))

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
