"""The Review strip's playhead follows the player, step by small step.

Walked by voice: replaying a 44 s answer, the words lit up one by one while the playhead stood
at the start (each position the player told moved it under half a pixel, and the next step was
measured from that position, not from where the line was drawn), then left a line behind there
after a seek."""

from __future__ import annotations

from PySide6.QtCore import QRect

from simulator.ui.widgets.timeline import TimelineStrip


def test_small_steps_add_up_and_the_old_line_is_erased(qtbot) -> None:  # type: ignore[no-untyped-def]
    strip = TimelineStrip()
    qtbot.addWidget(strip)
    strip.resize(620, 92)
    strip.set_duration(44.0)
    start = strip._x(0.0)
    strip._drawn_x = start  # painted at 0 s
    asked: list[QRect] = []
    strip.update = lambda *rect: asked.append(QRect(*rect))  # type: ignore[method-assign]
    for step in range(1, 501):  # 5 s in 10 ms steps, as a player tells its position
        strip.set_position(step / 100)
    end = strip._x(5.0)
    assert end - start > 60  # the line has far to go
    painted = [r for r in asked if r.left() <= end <= r.right()]
    assert painted, "the playhead's new place was never repainted"
    assert any(r.left() <= start <= r.right() for r in asked), "the old line stays"
    assert abs(strip._drawn_x - end) < 1.0
