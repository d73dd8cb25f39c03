"""The STAR timer's parts and the answer's clock give one time (issue 8, walk60c): paused at
4.05 s, the page read "Situation 0:04" beside a clock at "0:03", as the clock kept its last tick
(3.8 s) and each figure was cut down to whole seconds on its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from session_kit import Harness

from simulator.core.rounding import clock_text, whole_seconds
from simulator.core.session import events as ev
from simulator.core.star import STAR_PARTS, StarTimer


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    "seconds",
    [(0.6, 3.5, 0.0, 0.0), (0.4, 0.4, 0.4, 0.4), (1.5, 1.5, 1.5, 0.0), (59.6, 0.0, 0.2, 0.3)],
)
def test_the_parts_shown_add_up_to_the_clock(seconds: tuple[float, ...]) -> None:
    clock = _Clock()
    timer = StarTimer(120, clock)
    for part, spent in zip(STAR_PARTS, seconds, strict=True):
        timer.mark(part)
        clock.now += spent
    told = sum(seconds)
    phases = timer.phases(told)
    shown = [p.shown_s for p in phases]
    assert sum(s or 0 for s in shown) == whole_seconds(told)
    # each part within a second of its own time
    assert all(abs((s or 0) - p.elapsed_s) < 1 for s, p in zip(shown, phases, strict=True))


def test_one_rule_for_the_clock() -> None:
    assert [clock_text(s) for s in (0.0, 0.4, 0.5, 3.8, 59.5, 125.2)] == [
        "0:00", "0:00", "0:01", "0:04", "1:00", "2:05",
    ]  # fmt: skip


def test_a_pause_shows_the_clock_and_the_timer_of_one_moment(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.start("beh.conflict")
    h.to_answering()
    s = h.session
    h.clock.advance(1.8)
    s.tick()  # the clock shows 2.8 s
    h.clock.advance(0.25)
    s.toggle_pause()
    clock = h.of(ev.AnswerTicked)[-1].elapsed
    parts = h.of(ev.StarTicked)[-1].phases
    assert clock == pytest.approx(sum(p.elapsed_s for p in parts))
    assert sum(p.shown_s for p in parts) == whole_seconds(clock)
