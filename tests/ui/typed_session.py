"""A one-question typed session through the real window, ended on its scorecard (walkthrough tests)."""

from __future__ import annotations

from typing import Any

from simulator.core.interview import State
from simulator.core.plan import Plan
from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer, score_session
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript
from tests.ui.stand_ins import wait_reached
from tests.ui.waits import HANG_MS


def finish_typed_session(qtbot, window, answer: str, name: str = "Custom") -> None:  # type: ignore[no-untyped-def]
    """One technical question of plan ``name``: ``answer`` typed (or "" to end during the
    briefing), then the interview ended; returns once the scorecard shows."""
    page = window.interview
    window.start_interview(Plan(counts={"technical": 1}, name=name), False)
    if answer:
        wait_reached(qtbot, window, State.PREPARING)
        qtbot.keyClicks(page.answer, answer)
    window.controller.end(page.answer.toPlainText())
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)


def stored_typed_session(
    storage: Storage, bank: QuestionBank, texts: dict[str, str], plan: dict[str, Any]
) -> int:
    """A finished session stored as the app stores it, without the window: each question of
    ``texts`` (id -> answer) typed and scored, an empty answer skipped; ``plan`` gets the ids."""
    sid = storage.create_session({**plan, "question_ids": list(texts)})
    items = []
    for position, (qid, text) in enumerate(texts.items()):
        score = score_answer(bank.get(qid), Transcript(text=text))
        storage.add_answer(sid, qid, position, "typed" if text else "skipped", text, score=score)
        items.append((bank.get(qid), score))
    storage.finish_session(sid, score_session(items))
    return sid


# A technical and a case answer, short and right: the scorecard's table has two rows to look at.
TWO_ANSWERS = {
    "tech.overfit": "Overfitting memorises noise in the training data; regularization helps.",
    "case.spam": "I would label emails, train a classifier on text features and watch precision.",
}


def open_stored_scorecard(qtbot, window, services, texts: dict[str, str]):  # type: ignore[no-untyped-def]
    """``texts`` stored as a finished "Full loop" session (``stored_typed_session``) and its
    scorecard opened in the window; returns (session id, scorecard page) once every row shows."""
    sid = stored_typed_session(services.storage, services.bank, texts, {"name": "Full loop"})
    window.open_scorecard(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    page = window.scorecard
    qtbot.waitUntil(lambda: page.table.rowCount() == len(texts), timeout=HANG_MS)
    return sid, page
