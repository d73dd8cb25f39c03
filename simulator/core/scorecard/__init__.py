"""The scorecard view model: built once from a stored session, read by the Scorecard page and
by every export format."""

from __future__ import annotations

from dataclasses import replace

from simulator.core.questions import QuestionBank
from simulator.core.scorecard.answer import answer_view
from simulator.core.scorecard.build import build_scorecard
from simulator.core.scorecard.history import Earlier, earlier_results, plan_key
from simulator.core.scorecard.model import (
    SKIP_RULE,
    AnswerPart,
    AnswerView,
    CategoryView,
    ComparisonView,
    Scorecard,
)
from simulator.core.scorecard.model_sentence import model_sentence_for, model_sentences
from simulator.core.storage import SessionRecord, Storage

__all__ = [
    "SKIP_RULE",
    "AnswerPart",
    "AnswerView",
    "CategoryView",
    "ComparisonView",
    "Earlier",
    "Scorecard",
    "answer_view",
    "build_scorecard",
    "earlier_results",
    "load_scorecard",
    "model_sentence_for",
    "model_sentences",
    "plan_key",
]

HISTORY_LIMIT = 200  # sessions before the one shown searched for earlier results


def load_scorecard(
    storage: Storage, session_id: int, bank: QuestionBank
) -> tuple[SessionRecord, Scorecard]:
    """A stored session and its scorecard, compared with earlier results (blocking: run it off
    the GUI thread). Raises ``KeyError`` naming the session when it does not exist."""
    session = storage.session(session_id)
    # The earlier sessions in brief (no transcripts, no scores' details): the last answer to
    # each question needs only its stored overall; the one session of the same plan compared
    # with is then read whole, as its categories are counted from its answers' scores.
    earlier = earlier_results(storage.sessions_before(session, HISTORY_LIMIT, whole=False), session)
    if earlier.same_plan is not None:
        earlier = replace(earlier, same_plan=storage.session(earlier.same_plan.id))
    return session, build_scorecard(session, bank, earlier)
