"""Attack run 30b, clock changes: a scorecard's duration is the time the interview ran.

It was the computer's clock at the end less its clock at the start (less the time the app was
closed), so a clock put back an hour mid-interview (a time-zone fix, a wrong clock corrected by
the network) left no duration at all, put back 20 minutes it said '5 min' of a 25-minute
interview, and put forward two hours '145 min'. The session core measures the time it ran
with its monotonic clock and keeps it with the session; the clock on the wall only dates it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from session_kit import PACK, Harness

from simulator.core.interview import State
from simulator.core.questions import load_packs
from simulator.core.scorecard.build import build_scorecard
from simulator.core.session import events as ev

GOOD = "Overfitting is when a model memorizes noise; I compare training and validation error."


class Wall:
    """The computer's clock, which a person or the network can set anywhere."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def _run(h: Harness, wall: Wall, jump_s: float, minutes: float) -> str:
    """An interview of two questions taking ``minutes``, the wall clock moved by ``jump_s``
    half-way; the scorecard's duration."""
    h.start("tech.overfit", "case.spam")
    h.to_answering()
    h.clock.advance(minutes * 30)
    wall.now += minutes * 30
    h.session.primary(GOOD)
    h.session.primary()
    wall.now += jump_s
    h.to_answering()
    h.clock.advance(minutes * 30)
    wall.now += minutes * 30
    h.session.primary("Spam filters learn from labelled mail and I watch precision.")
    h.session.primary()
    assert h.session.state is State.SCORECARD
    sid = h.of(ev.SessionFinished)[0].session_id
    return build_scorecard(h.storage.session(sid), load_packs([PACK])).duration


@pytest.mark.parametrize("jump_s", [-3600.0, -1200.0, 7200.0, 0.0])
def test_the_duration_is_the_time_the_interview_ran(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jump_s: float
) -> None:
    wall = Wall()
    monkeypatch.setattr(time, "time", wall)
    assert _run(Harness(tmp_path, follow_ups=False), wall, jump_s, 25) == "25 min"


def test_a_resumed_interview_counts_both_runs_not_the_time_closed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wall = Wall()
    monkeypatch.setattr(time, "time", wall)
    first = Harness(tmp_path, follow_ups=False)
    first.start("tech.overfit", "case.spam")
    first.to_answering()
    first.clock.advance(600)
    wall.now += 600
    first.session.primary(GOOD)  # saved 10 min in; then the app is gone
    wall.now -= 5 * 3600  # closed for a while, and the clock put back five hours meanwhile
    again = Harness(tmp_path, follow_ups=False, storage=first.storage)
    record = again.storage.unfinished_session()
    assert record is not None
    again.session.resume(record, [again.q("tech.overfit"), again.q("case.spam")])
    while again.session.state is not State.SCORECARD:
        if again.session.state is State.PREPARING:
            again.to_answering()
            again.clock.advance(599)
            wall.now += 600
            again.session.primary("Spam filters learn from labelled mail and I watch precision.")
        else:
            again.session.primary()
    sid = again.of(ev.SessionFinished)[0].session_id
    card = build_scorecard(again.storage.session(sid), load_packs([PACK]))
    assert card.duration in {"20 min", "21 min"}  # 10 + 10 and the resume's own seconds
