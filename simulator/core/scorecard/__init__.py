"""The scorecard view model: built once from a stored session, read by the Scorecard page and
by every export format.

Its names load on first use (as ``simulator.core.scoring``'s scorers do): the interview page
imports ``star_basis`` for its timer's caption at start-up, and importing this package whole
pulled the scorer in with it (its rubric matching, stemmer and meaning tables: ~500 ms of a
~1.5 s cold start, before the window's first paint)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Each lazily loaded name and the submodule that defines it.
_WHERE = {
    "answer_view": "answer",
    "build_scorecard": "build",
    "Earlier": "history",
    "earlier_results": "history",
    "plan_key": "history",
    "SKIP_RULE": "model",
    "AnswerPart": "model",
    "AnswerView": "model",
    "CategoryView": "model",
    "ComparisonView": "model",
    "Scorecard": "model",
    "model_sentence_for": "model_sentence",
    "model_sentences": "model_sentence",
}

HISTORY_LIMIT = 200  # sessions before the one shown searched for earlier results


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{where}"), name)
    globals()[name] = value  # found directly from now on
    return value


def load_scorecard(
    storage: Storage, session_id: int, bank: QuestionBank
) -> tuple[SessionRecord, Scorecard]:
    """A stored session and its scorecard, compared with earlier results (blocking: run it off
    the GUI thread). Raises ``KeyError`` naming the session when it does not exist."""
    from dataclasses import replace

    from simulator.core.scorecard.build import build_scorecard
    from simulator.core.scorecard.history import earlier_results

    session = storage.session(session_id)
    # The earlier sessions in brief (no transcripts, no scores' details): the last answer to
    # each question needs only its stored overall; the one session of the same plan compared
    # with is then read whole, as its categories are counted from its answers' scores.
    earlier = earlier_results(storage.sessions_before(session, HISTORY_LIMIT, whole=False), session)
    if earlier.same_plan is not None:
        earlier = replace(earlier, same_plan=storage.session(earlier.same_plan.id))
    return session, build_scorecard(session, bank, earlier)
