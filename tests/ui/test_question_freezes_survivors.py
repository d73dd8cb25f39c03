"""Each question asked is a calm moment to keep full garbage collections short (round 29,
issue 8): the window's session freezes what survived the answer before (collector.
freeze_survivors), so a full pass does not walk the scorer's caches and the pages again. When
is the core's decision (its ``calm_moment``, tests/core/test_session_adapter_decisions.py); the
adapter gives it the collector's."""

from __future__ import annotations

from simulator.core import collector
from simulator.core.interview import State
from simulator.core.plan import Plan
from tests.ui.stand_ins import begin_answering
from tests.ui.waits import HANG_MS


def test_each_question_asked_freezes_survivors(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked_in: list[State] = []
    core = window.controller.core
    assert core._calm_moment is collector.freeze_survivors
    monkeypatch.setattr(core, "_calm_moment", lambda: asked_in.append(window.controller.state))
    window.services.settings.follow_ups = False
    window.start_interview(Plan(counts={"technical": 1, "case": 1}), False)
    begin_answering(qtbot, window)
    assert asked_in == [State.ASKING]  # the first question
    window.controller.submit("Overfitting memorizes the noise in the training data.")
    qtbot.waitUntil(lambda: window.controller.state is State.REVIEWING, timeout=HANG_MS)
    assert asked_in == [State.ASKING]  # not while answering or reviewing
    window.controller.next_question()
    qtbot.waitUntil(lambda: window.controller.state is not State.REVIEWING, timeout=HANG_MS)
    assert asked_in == [State.ASKING, State.ASKING]  # and the next
