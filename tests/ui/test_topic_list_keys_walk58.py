"""Home's topic list with a category left out, by keyboard (walk58, issue 8). Home (the key)
moved to the first topic of all, one the list hides (a case study's topic while only Behavioral
is ticked): nothing showed as current, and Space then chose that hidden topic, so the plan
asked for a topic no question of its categories has. End did the same at the bottom. Home and
End now go to the first and last topic shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from simulator.ui.style import apply_theme
from tests.ui.test_focus_outline import _contrast


def _only_behavioral(qtbot, window):  # type: ignore[no-untyped-def]
    home = window.home
    window.show()
    home.preset.setCurrentIndex(home.preset.findData("Custom"))
    for cat, box in home.category_boxes.items():
        box.setChecked(cat == "behavioral")
    topics = home.topics
    shown = [topics.item(r).text() for r in range(topics.count()) if not topics.isRowHidden(r)]
    assert shown == ["conflict"] and topics.count() == 3, "the test pack's topics changed"
    topics.setFocus()
    qtbot.waitUntil(topics.hasFocus, timeout=2000)
    return topics


@pytest.mark.parametrize("key", [Qt.Key.Key_Home, Qt.Key.Key_End])
def test_home_and_end_stay_on_the_topics_shown_walk58(qtbot, window, key) -> None:  # type: ignore[no-untyped-def]
    topics = _only_behavioral(qtbot, window)
    qtbot.keyClick(topics, key)
    assert not topics.isRowHidden(topics.currentRow()), "the current topic is a hidden one"
    assert topics.currentItem().text() == "conflict"
    qtbot.keyClick(topics, Qt.Key.Key_Space)
    assert window.home.plan().topics == ["conflict"]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_current_topic_shows_clearly_walk58(qtbot, window, theme: str) -> None:  # type: ignore[no-untyped-def]
    """The topic Space would tick is marked at 3 : 1 or more against the list: a topic chosen
    from the keyboard is not selected as the cursor passes (multi-selection), and Qt marked
    the current one with a pale tint and a 1.2 : 1 outline, light and dark (walk58: Home then
    Space, and nothing on screen said where Space would act)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    try:
        topics = _only_behavioral(qtbot, window)
        qtbot.keyClick(topics, Qt.Key.Key_Home)
        assert not topics.currentItem().isSelected()
        qtbot.wait(50)
        rect = topics.visualItemRect(topics.currentItem())
        image = topics.viewport().grab().toImage()
        base = topics.palette().color(topics.viewport().backgroundRole())
        edge = [(x, rect.top()) for x in range(rect.left() + 4, rect.right() - 4)]
        edge += [(x, rect.bottom()) for x in range(rect.left() + 4, rect.right() - 4)]
        contrasts = sorted(_contrast(image.pixelColor(x, y), base) for x, y in edge)
        median = contrasts[len(contrasts) // 2]
        assert median >= 3.0, f"the current topic's outline reads at {median:.1f} : 1"
        # chosen with Space, it keeps the chosen colour under its ring (a rule on the items
        # drew a chosen and current one as not chosen)
        qtbot.keyClick(topics, Qt.Key.Key_Space)
        qtbot.wait(50)
        image = topics.viewport().grab().toImage()
        inside = image.pixelColor(rect.right() - 8, rect.center().y())
        chosen = topics.palette().color(QPalette.ColorRole.Highlight)
        away = max(abs(inside.red() - chosen.red()), abs(inside.green() - chosen.green()),
                   abs(inside.blue() - chosen.blue()))  # fmt: skip
        assert away < 24, f"a chosen current topic drawn {inside.name()}, not {chosen.name()}"
    finally:
        apply_theme(app, "light")
