"""Choosing a topic in Home's Custom plan among 10,000 (round 53's left item, attack run 54: ten
thousand questions, each on a topic of its own). Each choice held the window 130-150 ms at load
12 (goal: 50 ms): Home offers the topics again on every tick, and the topic list called
setHidden on all 10,000 items, after which Qt lays every item out again even when nothing
changed (110 ms of it). Only the items whose state changes are touched now: a topic's tick
touches none, a category's tick only the topics it adds or takes away."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QListWidgetItem

from simulator.ui.pages.home import CUSTOM
from simulator.ui.pages.home_custom import CustomChoice
from tests.ui.test_home_ten_thousand_questions_r53 import QUESTIONS, _big_bank


class _Watched:
    """A topic item whose setHidden calls are counted."""

    calls = 0

    def __init__(self, item: QListWidgetItem) -> None:
        self.item = item

    def setHidden(self, hide: bool) -> None:  # noqa: N802 (Qt's name)
        type(self).calls += 1
        self.item.setHidden(hide)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.item, name)


def test_choosing_a_topic_hides_and_shows_nothing_r54(qtbot) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.pages.home import HomePage

    home = HomePage(False, plan=CUSTOM, custom=CustomChoice(("technical",), 5, ()))
    qtbot.addWidget(home)
    home.show()
    home.set_bank(_big_bank())
    QApplication.processEvents()
    topics = home.topics
    topics._rows = [(_Watched(item), topic) for item, topic in topics._rows]  # type: ignore[misc]
    _Watched.calls = 0
    for row in (7, 4_000, 9_999):
        topics.item(row).setSelected(True)
    assert _Watched.calls == 0, f"choosing 3 topics hid or showed {_Watched.calls:,} items"
    home.category_boxes["behavioral"].setChecked(True)  # offers no topic more, none fewer
    assert _Watched.calls == 0
    assert home.summary.text().startswith("5 technical on ") or home.start_reason.isVisible()
    assert len(topics.selectedItems()) == 3
    # a category whose topics are none of these hides them all, and unselects them
    home.category_boxes["technical"].setChecked(False)
    assert _Watched.calls == QUESTIONS
    assert all(topics.item(row).isHidden() for row in (0, 7, 9_999))
    assert not topics.selectedItems()
    home.category_boxes["technical"].setChecked(True)  # and shows them again
    assert _Watched.calls == 2 * QUESTIONS
    assert not any(topics.item(row).isHidden() for row in (0, 7, 9_999))
