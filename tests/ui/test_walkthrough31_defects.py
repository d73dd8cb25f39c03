"""Walkthrough 31 (ux31, keyboard only, in a real X window at 960x640 and 1280x800, light and
dark, a new user with an empty data folder): each defect seen there, through the real window
(offscreen here)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from simulator.core.star import PhaseTime
from simulator.core.tables import STAR_PARTS
from tests.ui.qt_logs import NO_SOUND_CARD

pytestmark = NO_SOUND_CARD


def _phases(current: str) -> list[PhaseTime]:
    return [
        PhaseTime(phase=p, elapsed_s=4.0, target_s=24.0, status="ok", current=p == current)
        for p in STAR_PARTS
    ]


@pytest.mark.parametrize("current", STAR_PARTS)
def test_the_star_timer_outlines_the_current_part_whole(qtbot, current: str) -> None:  # type: ignore[no-untyped-def]
    """Behavioral answer, typed, Ctrl+4 (Result): the outline that marks the current part ran
    past the timer's right edge, its right side and rounded corners cut off (the first part's
    left side likewise): the outline is drawn 2 px outside its bar, and the bars filled the
    widget from edge to edge."""
    from simulator.ui.widgets.star_timer import StarTimerWidget

    timer = StarTimerWidget()
    qtbot.addWidget(timer)
    timer.resize(896, 46)  # the interview page's width at 960 x 640
    timer.set_phases(_phases(current))
    (outline,) = [o for o, p in zip(timer.outlines(), STAR_PARTS, strict=True) if p == current]
    assert QRectF(timer.rect()).contains(outline), (outline, timer.rect())
    bars = timer.bars()
    labels = [where for where, _ in timer.labels()]
    assert [b.left() for b in bars] == [w.left() for w in labels]  # the names stay under
