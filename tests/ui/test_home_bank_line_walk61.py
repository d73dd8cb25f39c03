"""Home stays put as its bank line changes length (issue 8, walk61): "Loading the question
bank…" (one line) became the bank's size (three lines at 960 px) and everything under it moved
down 34 px (walkthroughs 60 and 61). The line asks for two lines' height whatever it says, and
can be squeezed to one on a low screen (a fixed height of two lines made Home scroll at
1024 x 600, test_walkthrough28); a text longer than it has room for ends in "…", whole in its
tooltip and accessible description."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QScrollArea

from simulator.ui.pages.home import SUBTITLE_LINES

LOADING = "Loading the question bank…"
# the shipped bank's line, as set_bank says it
BANK = (
    "159 questions for Machine Learning Engineer interviews: 102 technical, 34 behavioral, "
    "23 case studies."
)


def _plan_y(home) -> int:  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    home.layout().activate()
    QApplication.processEvents()
    return home.preset.mapTo(home, QPoint(0, 0)).y()


def test_the_plan_does_not_move_as_the_bank_line_grows(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.resize(960, 640)
    home = window.home
    qtbot.waitUntil(lambda: home.isVisible())
    home._set_subtitle(LOADING)
    before = _plan_y(home)
    home._set_subtitle(BANK)
    assert _plan_y(home) == before
    # the bank's line is read whole at the smallest window: two lines, no "…"
    assert home.subtitle.lines_shown() == SUBTITLE_LINES
    assert home.subtitle.text() == BANK and not home.subtitle.toolTip()
    longer = BANK + " " + " ".join(["A pack's long note."] * 12)
    home._set_subtitle(longer)
    assert _plan_y(home) == before
    shown = home.subtitle.text()
    assert shown.endswith("…") and len(shown) < len(longer)
    assert longer in home.subtitle.toolTip() and home.subtitle.accessibleDescription() == longer
    home._set_subtitle(LOADING)
    assert _plan_y(home) == before
    assert home.subtitle.text() == LOADING and not home.subtitle.toolTip()


def test_on_a_low_screen_the_bank_line_gives_way_and_home_does_not_scroll(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.place_on_screen(QRect(0, 0, 1024, 600), None)
    home = window.home
    qtbot.waitUntil(lambda: home.isVisible())
    area = window.centralWidget()
    assert isinstance(area, QScrollArea)
    home._set_subtitle(LOADING)
    before = _plan_y(home)
    home._set_subtitle(BANK + " " + " ".join(["A pack's long note."] * 12))
    assert _plan_y(home) == before
    assert not area.verticalScrollBar().isVisible()
    # whatever room it was given, it shows whole lines, never one cut at its bottom edge
    label = home.subtitle
    spacing = label.fontMetrics().lineSpacing()
    assert label.lines_shown() * spacing <= label.contentsRect().height()
    assert label.text().endswith("…")
