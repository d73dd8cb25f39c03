"""The session's summary at wrap-up: one rule for skipped answers.

A question that was reached and skipped (or answered with no words) counts as 0 in the overall
and in its category's mean; questions never reached (the interview was ended before them) do not
count. A skipped answer gets no delivery score of its own: it has no words to score.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from simulator.core.transcript import Transcript

if TYPE_CHECKING:
    from simulator.core.questions import Question
    from simulator.core.scoring import AnswerScore, SessionScore
    from simulator.core.session.ledger import Entry


def skipped_score(question: Question) -> AnswerScore:
    """What a skipped answer counts as: an empty typed answer, 0 overall, nothing covered."""
    from simulator.core.scoring import score_answer

    empty = score_answer(question, Transcript(text="", engine="skipped"))
    components = {k: (None if v is None else 0) for k, v in empty.components.items()}
    return replace(
        empty, overall=0, components=components, basis={**empty.basis, "overall": "skipped"}
    )


def session_summary(entries: list[Entry]) -> SessionScore:
    from simulator.core.scoring import score_session

    items: list[tuple[Question, AnswerScore]] = []
    for entry in entries:
        if entry.answered and entry.score is not None:
            items.append((entry.question, entry.score))
        elif entry.skipped:
            items.append((entry.question, skipped_score(entry.question)))
    return score_session(items)
