"""The STAR timer: phases marked by keys or followed from the caption, timed by a fake clock."""

from __future__ import annotations

import pytest

from simulator.core.star import StarTimer, phase_of_text


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_time_goes_to_the_current_phase_and_statuses_follow_targets() -> None:
    clock = Clock()
    timer = StarTimer(120, clock)
    clock.now = 20  # situation target: 20 % of 120 s = 24 s
    timer.mark("task")
    clock.now = 45  # task: 25 s against 18 s -> warn; 1.5 x 18 = 27 s -> not over
    phases = {p.phase: p for p in timer.phases()}
    assert phases["situation"].elapsed_s == 20 and phases["situation"].status == "ok"
    assert phases["task"].elapsed_s == 25 and phases["task"].status == "warn"
    assert phases["task"].current and not phases["situation"].current
    clock.now = 50
    assert {p.phase: p.status for p in timer.phases()}["task"] == "over"


def test_pause_stops_the_clock() -> None:
    clock = Clock()
    timer = StarTimer(150, clock)
    clock.now = 10
    timer.pause()
    clock.now = 100
    timer.resume()
    clock.now = 105
    assert timer.elapsed("situation") == pytest.approx(15)
    assert timer.budget_s == 120  # long limits still aim at a two-minute story


def test_unknown_phase_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown STAR part"):
        StarTimer(120, Clock()).mark("conclusion")


def test_the_caption_moves_the_phase_forward_only() -> None:
    clock = Clock()
    timer = StarTimer(120, clock)
    clock.now = 15
    story = "Last year at a payments startup our fraud model was missing new attack patterns."
    assert not timer.follow(story)  # still the situation
    clock.now = 30
    story += " My job was to bring recall back up before the holiday peak."
    assert timer.follow(story) and timer.current == "task"
    clock.now = 50
    story += " Then I built new features, retrained the model weekly and added a drift alert."
    assert timer.follow(story) and timer.current == "action"
    clock.now = 100
    story += " As a result recall rose by 18 percent and chargebacks fell by a third."
    assert timer.follow(story) and timer.current == "result"
    assert not timer.follow(story + " At the time the team was small.")  # never backwards


def test_phase_of_empty_text() -> None:
    assert phase_of_text("") is None
