"""A pasted answer of the longest size (200,000 characters) is scored on a worker, and the page
says it is being scored meanwhile (issue 8, perf39): scoring it takes seconds, and on the GUI
thread the window would freeze for all of them with no word of why."""

from __future__ import annotations

import os
import threading

import pytest
from PySide6.QtCore import QTimer

import simulator.core.scoring as scoring
from simulator.core.plan import Plan
from simulator.core.transcript import MAX_ANSWER_CHARS
from tests.ui.stand_ins import begin_answering
from tests.ui.waits import HANG_MS

PASTED = (
    "Overfitting is when a model memorises noise in the training data, so I compare training "
    "and validation error and regularise. "
)


def test_a_longest_answer_is_scored_on_a_worker_while_the_page_says_so(
    qtbot, window, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window.services.settings.follow_ups = False
    real_score = scoring.score_answer
    release, started = threading.Event(), threading.Event()
    scored_on: list[threading.Thread] = []

    def held_score(*args, **kwargs):  # type: ignore[no-untyped-def]
        scored_on.append(threading.current_thread())
        started.set()
        release.wait(HANG_MS / 1000)  # held until the test has looked at the window
        return real_score(*args, **kwargs)

    monkeypatch.setattr(scoring, "score_answer", held_score)
    window.start_interview(Plan(counts={"technical": 1}), False)
    begin_answering(qtbot, window)
    text = (PASTED * (MAX_ANSWER_CHARS // len(PASTED) + 1))[:MAX_ANSWER_CHARS]
    window.interview.answer.setPlainText(text)  # pasted
    window.controller.submit(window.interview.answer.toPlainText())
    qtbot.waitUntil(started.is_set, timeout=HANG_MS)
    session_id = window.controller.core.journal.session_id

    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))  # the event loop runs while it is scored
    qtbot.waitUntil(lambda: bool(ticks), timeout=HANG_MS)
    assert window.interview.hint.text().startswith("Scoring your answer…")
    shot = os.environ.get("PERF39_SHOT")  # a picture of the page to look at, when asked for
    if shot:
        window.grab().save(shot)
    release.set()
    qtbot.waitUntil(lambda: "Scoring" not in window.interview.hint.text(), timeout=4 * HANG_MS)
    assert scored_on and all(t is not threading.main_thread() for t in scored_on)
    storage = window.services.storage

    def stored_scored() -> bool:  # the score is saved on the database lane, after the page shows it
        (answer,) = storage.session(session_id).answers
        return answer.score is not None

    qtbot.waitUntil(stored_scored, timeout=4 * HANG_MS)
    (answer,) = storage.session(session_id).answers
    assert answer.text == text.strip()
