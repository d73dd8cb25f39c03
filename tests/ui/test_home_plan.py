"""Home shows what each plan really asks (issue 12, item 18): the greyed boxes follow the
preset, one minute estimate everywhere, a plan the bank cannot fill disables Start and says why
next to it, and typing in Topics moves without selecting."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from simulator.core.plan import PRESETS, estimated_minutes


def _home(qtbot, window):  # type: ignore[no-untyped-def]
    assert window.services.bank is not None
    return window.home


def test_greyed_boxes_follow_each_preset(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    home = _home(qtbot, window)
    for preset in PRESETS:
        home.preset.setCurrentIndex(home.preset.findData(preset.name))
        checked = {c for c, box in home.category_boxes.items() if box.isChecked()}
        assert checked == {c for c, n in preset.counts.items() if n}, preset.name
        assert home.count.value() == sum(preset.counts.values()), preset.name
        assert not home.count.isEnabled()


def test_one_minute_estimate_in_the_list_and_the_summary(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    home = _home(qtbot, window)
    for preset in PRESETS:
        index = home.preset.findData(preset.name)
        home.preset.setCurrentIndex(index)
        listed = re.search(r"about (\d+) minutes", home.preset.itemText(index))
        summary = re.search(r"about (\d+) minutes", home.summary.text())
        assert summary is not None
        assert int(summary.group(1)) == estimated_minutes(preset.counts)
        if listed:
            assert listed.group(1) == summary.group(1), preset.name


def test_a_plan_the_bank_cannot_fill_disables_start_and_says_why(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    home = _home(qtbot, window)
    home.preset.setCurrentIndex(home.preset.findData("Custom"))
    home.count.setValue(3)
    assert home.start_button.isEnabled()
    assert not home.start_reason.isVisible()
    home.count.setValue(30)  # the small test pack has a handful of each
    assert not home.start_button.isEnabled()
    assert home.start_reason.isVisible() and "only" in home.start_reason.text().lower()
    home.preset.setCurrentIndex(home.preset.findData("Behavioral drill"))
    assert not home.start_button.isEnabled() and "behavioral" in home.start_reason.text()


def test_typing_in_topics_moves_without_selecting(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    home = _home(qtbot, window)
    home.preset.setCurrentIndex(home.preset.findData("Custom"))
    home.topics.setFocus()
    first = home.topics.item(0).text()
    qtbot.keyClicks(home.topics, first[:3])
    assert home.topics.currentItem().text() == first
    assert home.topics.selectedItems() == []
    qtbot.keyClick(home.topics, Qt.Key.Key_Space)
    assert [i.text() for i in home.topics.selectedItems()] == [first]
