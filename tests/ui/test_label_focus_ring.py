"""A focused label's ring does not cover its text (round 51's walkthrough, issue 8): the wrap-up's
hint took the keyboard with no room for the 2 px ring, drawn with its rounded corner over the
hint's first letter. A label Tab reaches keeps the room, focused or not; a label only a click
focuses (selectable text) draws no ring at all."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel

from simulator.core.interview import State
from simulator.core.plan import Plan
from simulator.ui.style import FOCUS_RING_PX, apply_theme
from simulator.ui.widgets.common import label
from tests.ui.stand_ins import begin_answering


def _ink_columns(image: QImage) -> list[int]:
    """Columns holding text: a pixel of the rows between the ring's rounded corners (6 px) away
    from the background (the most common colour there)."""
    rows = range(6, image.height() - 6)
    background = Counter(image.pixel(x, y) for x in range(image.width()) for y in rows).most_common(
        1
    )[0][0]
    return [x for x in range(image.width()) if any(image.pixel(x, y) != background for y in rows)]


@pytest.fixture
def themed(request):  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, request.param)
    yield
    apply_theme(app, "light")


@pytest.mark.parametrize("themed", ["light", "dark"], indirect=True)
def test_the_wrap_up_hint_keeps_room_for_its_focus_ring_r52(qtbot, window, themed) -> None:  # type: ignore[no-untyped-def]
    window.services.settings.follow_ups = False
    window.start_interview(Plan(counts={"technical": 1}), False)
    begin_answering(qtbot, window)
    page = window.interview
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.answer, timeout=10000)
    page.set_state(State.WRAP_UP)  # the empty box hidden: the keyboard on the hint
    hint = page.hint
    assert QApplication.focusWidget() is hint and hint.text()
    assert hint.contentsMargins().left() >= FOCUS_RING_PX + 2, hint.contentsMargins()
    qtbot.wait(50)
    ink = _ink_columns(hint.grab().toImage())
    # the ring is the outermost FOCUS_RING_PX columns; the text starts clear of it
    assert ink and not [x for x in ink if FOCUS_RING_PX <= x <= FOCUS_RING_PX + 1], ink[:8]
    page.set_state(State.ANSWERING)  # no Tab stop any more: no room kept either
    assert hint.contentsMargins().left() == 0


@pytest.mark.parametrize("themed", ["light", "dark"], indirect=True)
def test_a_label_tab_reaches_keeps_room_and_a_clicked_one_draws_no_ring_r52(
    qtbot, window, themed
) -> None:  # type: ignore[no-untyped-def]
    for role in ("", "hint", "pageSubtitle", "notice"):
        reached = label("Reached by Tab", role)
        reached.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # before it is shown, as pages do
        window.home.layout().addWidget(reached)
        qtbot.waitUntil(reached.isVisible, timeout=1000)
        assert reached.contentsMargins().left() >= FOCUS_RING_PX + 2, role
        reached.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(reached.hasFocus, timeout=1000)
        ink = _ink_columns(reached.grab().toImage())
        assert ink and not [x for x in ink if FOCUS_RING_PX <= x <= FOCUS_RING_PX + 1], role
    clicked = window.home.findChild(QLabel, "pageTitle")  # selectable text: a click focuses it
    assert clicked is not None and clicked.focusPolicy() == Qt.FocusPolicy.ClickFocus
    before = clicked.grab().toImage()
    clicked.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(clicked.hasFocus, timeout=1000)
    assert clicked.grab().toImage() == before
