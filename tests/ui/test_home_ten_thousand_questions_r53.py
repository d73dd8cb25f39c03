"""Home's Custom plan with 10,000 questions (attack run 53: ten packs of 1,000 questions, each
on a topic of its own). Each tick of a category or a topic held the window 50-320 ms (goal:
50 ms): every tick went through all the questions twice (the topics the ticked categories
offer, then whether the plan can be filled) and asked Qt for each of the 10,000 topic items and
their data. The bank is counted once when it loads (plan.TopicCounts), and the topic list keeps
its items with their topics."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from simulator import paths
from simulator.core.questions import QuestionBank, load_packs
from simulator.ui.pages.home import CUSTOM
from simulator.ui.pages.home_custom import CustomChoice

QUESTIONS = 10_000


class _Counted(dict):  # type: ignore[type-arg]
    """The bank's questions, counting how often they are gone through."""

    walks = 0

    def values(self) -> Any:
        type(self).walks += 1
        return super().values()


def _big_bank() -> QuestionBank:
    shipped = load_packs([paths.bundled_packs_dir()])
    base = [q for q in shipped.questions.values() if q.category.value == "technical"]
    questions = _Counted()
    for i in range(QUESTIONS):
        q = base[i % len(base)].model_copy(update={"id": f"big.q{i}", "topic": f"topic-{i}"})
        questions[q.id] = q
    return QuestionBank(questions=questions)


def test_ticking_the_custom_plan_does_not_go_through_every_question_r53(qtbot) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.pages.home import HomePage

    home = HomePage(False, plan=CUSTOM, custom=CustomChoice(("technical",), 5, ()))
    qtbot.addWidget(home)
    home.show()
    bank = _big_bank()
    _Counted.walks = 0
    home.set_bank(bank)
    QApplication.processEvents()
    assert home.topics.count() == QUESTIONS
    # loaded, the bank is counted once (its sorted topics were asked of it twice more: the
    # list's, and the Custom plan's topics no pack has); the list is bank.topics()'s
    assert _Counted.walks == 1, "the bank loaded was gone through more than once"
    shown = [home.topics.item(i).data(Qt.ItemDataRole.UserRole) for i in (0, 9_999)]
    assert shown == [bank.topics()[0], bank.topics()[-1]]
    asked: list[int] = []
    topics = home.topics
    topics.item = lambda row: asked.append(row) or type(topics).item(topics, row)  # type: ignore[method-assign]
    _Counted.walks = 0
    slowest = 0.0
    for box in (*home.category_boxes.values(), *home.category_boxes.values()):
        began = time.perf_counter()
        box.setChecked(not box.isChecked())
        slowest = max(slowest, time.perf_counter() - began)
    began = time.perf_counter()
    topics.item(7).setSelected(True)
    slowest = max(slowest, time.perf_counter() - began)
    assert _Counted.walks == 0, "a tick went through every question"
    assert len(asked) == 1, f"a tick asked Qt for {len(asked) - 1} topic items"
    assert slowest < 1.0
    # what it offers and says is as before
    assert home.summary.text().startswith(f"5 technical on {topics.item(7).text()} — ")
    assert not topics.item(7).isHidden() and not home.start_button.isEnabled()
    assert home.start_reason.text().startswith("Only 1 technical question on ")
    home.category_boxes["behavioral"].setChecked(True)
    home.category_boxes["technical"].setChecked(False)  # no behavioral topic: none offered
    assert all(topics.item(i).isHidden() for i in (0, 7, 9_999))
    assert not topics.selectedItems()
