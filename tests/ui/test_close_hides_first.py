"""Closing the window while background work runs: the window goes at once, the work finishes.

The close waited for every lane (up to 30 s) with the window still on screen and frozen, and
the event loop stopped meanwhile: a score that finished during that wait came back to a closed
app, and its save was refused, so the stored answer kept no score. Now the window hides first,
then the lanes drain with the event loop running (a result's own save still runs), then close."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer

import simulator.core.scoring as scoring
from simulator.core.plan import Plan
from tests.ui.stand_ins import begin_answering
from tests.ui.waits import HANG_MS


def test_the_window_hides_before_a_slow_score_and_the_score_is_stored(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window.services.settings.follow_ups = False
    real_score = scoring.score_answer
    release, scoring_started, scored = threading.Event(), threading.Event(), threading.Event()

    def slow_score(*args, **kwargs):  # type: ignore[no-untyped-def]
        scoring_started.set()
        release.wait(5.0)  # the test lets it finish once it has seen the window hidden
        try:
            return real_score(*args, **kwargs)
        finally:
            scored.set()

    monkeypatch.setattr(scoring, "score_answer", slow_score)
    window.start_interview(Plan(counts={"technical": 1}), False)
    begin_answering(qtbot, window)
    window.controller.submit("Overfitting memorizes the noise in the training data.")
    qtbot.waitUntil(scoring_started.is_set, timeout=HANG_MS)
    session_id = window.controller.core.journal.session_id

    seen: list[tuple[bool, bool]] = []  # (window visible, score done) while the close runs

    def look() -> None:
        seen.append((window.isVisible(), scored.is_set()))
        release.set()

    QTimer.singleShot(100, look)  # runs only if the close keeps the event loop running
    assert window.close()
    assert seen == [(False, False)]  # hidden while the score was still being computed
    assert not window.isVisible()
    stored = window.services.storage.session(session_id)
    (answer,) = stored.answers
    assert answer.text.startswith("Overfitting") and answer.score is not None
