"""Home while the packs load (walkthrough 47, 1280x800 and 960x640, light and dark): the topic
list stayed 150 px tall until its topics were in, and the plan's form spread the room it left
between its rows (the plan 45 px above the categories, the voice row 60 px higher than once the
shipped packs had loaded); every row jumped when they had. The list takes that room from the
start, as it does once the shipped packs' 50-odd topics are in."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from tests.ui.test_walkthrough24_defects import _window_while_the_bank_loads


def test_the_plan_rows_are_not_spread_while_the_packs_load(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    window, release = _window_while_the_bank_loads(qtbot, services)
    try:
        window.resize(1280, 800)
        home = window.home
        qtbot.wait(200)
        box = next(iter(home.category_boxes.values()))
        plan_bottom = home.preset.mapTo(home, QPoint(0, home.preset.height())).y()
        gap = box.mapTo(home, QPoint(0, 0)).y() - plan_bottom
        assert gap < 25, gap  # the form's own spacing (10), not the window's spare room (51)
        assert home.topics.height() > 250, home.topics.height()  # the room, taken by the list
    finally:
        release.set()
        window.shutdown()
