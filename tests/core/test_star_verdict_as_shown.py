"""A STAR part's verdict agrees with the share printed beside it (walkthrough 9): the
scorecard said "Task 15%, target 10%-15%, too long" (the share was 15.4 %)."""

from __future__ import annotations

from simulator.core.scorecard.answer import _star
from simulator.core.scoring.results import StarPart, StarResult


def _view(task_share: float):  # type: ignore[no-untyped-def]
    parts = {
        "situation": StarPart(True, 0.18, (0.15, 0.20)),
        "task": StarPart(True, task_share, (0.10, 0.15)),
        "action": StarPart(True, 0.50, (0.50, 0.60)),
        "result": StarPart(True, 0.17, (0.15, 0.20)),
    }
    star = StarResult(parts, [], "words", [], list(parts), True, True, 3, 0, 0.5, False)
    view = _star(star)
    assert view is not None
    return next(p for p in view.parts if p.name == "task")


def test_a_share_printed_inside_its_target_is_on_target() -> None:
    task = _view(0.154)
    assert task.percent == 15 and task.verdict == "on target", task


def test_a_share_printed_past_its_target_is_still_too_long() -> None:
    task = _view(0.156)
    assert task.percent == 16 and task.verdict == "too long", task
