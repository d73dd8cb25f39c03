"""The scorecard page built ahead in the wrap-up is made one part per event-loop turn (made in
one event it held the GUI thread 37 ms, ``benchmarks/voice_interview.py`` stop 26), is never
shown half made, and a window closed while it is made stays safe."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from simulator.core.interview import State
from simulator.ui import warm_up
from simulator.ui.pages.scorecard import ScorecardPage
from tests.ui.waits import HANG_MS


def _parts(page: QWidget) -> list[tuple[str, str, str]]:
    return [
        (type(w).__name__, w.objectName(), w.accessibleName()) for w in page.findChildren(QWidget)
    ]


def test_a_page_made_in_parts_is_the_page_made_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    whole = ScorecardPage()
    qtbot.addWidget(whole)
    staged = ScorecardPage(staged=True)
    qtbot.addWidget(staged)
    assert whole.built and not staged.built
    steps = 1
    while staged.build_step():
        assert not staged.built
        steps += 1
    assert staged.built and steps >= 4
    assert not staged.build_step()  # nothing more to make
    assert sorted(_parts(staged)) == sorted(_parts(whole))
    assert _parts(staged)  # the comparison compared something
    assert staged.styleSheet() == whole.styleSheet()


def _start_build(qtbot, window) -> ScorecardPage:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: all(m in sys.modules for m in warm_up.PAGE_MODULES), timeout=HANG_MS)
    assert window._scorecard is None
    window._build_scorecard_ahead(State.WRAP_UP.value)
    page = window._scorecard
    assert page is not None and not page.built  # nothing made in the wrap-up's own event
    return page


def test_the_wrap_up_builds_one_part_per_event_loop_turn(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = _start_build(qtbot, window)
    others_run: list[int] = []  # events posted during part k, run before part k + 1?
    seen_before_step: list[int] = []
    step = page.build_step

    def counted() -> bool:
        seen_before_step.append(len(others_run))
        QTimer.singleShot(0, lambda: others_run.append(1))
        return step()

    page.build_step = counted  # type: ignore[method-assign]
    qtbot.waitUntil(lambda: page.built, timeout=HANG_MS)
    assert len(seen_before_step) >= 4
    # before each part, the event posted by the previous part had run: the loop turned
    assert seen_before_step == list(range(len(seen_before_step)))
    assert window.stack.currentWidget() is not page  # made hidden


def test_a_scorecard_opened_mid_build_is_whole(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = _start_build(qtbot, window)
    assert window.scorecard is page and page.built  # the rest made at once
    whole = ScorecardPage()
    qtbot.addWidget(whole)
    assert sorted(_parts(page)) == sorted(_parts(whole))
    qtbot.wait(50)  # the chain's pending turn finds nothing left to make
    assert sorted(_parts(page)) == sorted(_parts(whole))


def test_closing_the_window_mid_build_is_safe(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = _start_build(qtbot, window)
    page.build_step()
    window.close()
    qtbot.wait(100)  # the pending turns run (or not) against a closing window
    assert not window.isVisible()  # closed; a slot that raised would have failed the test
