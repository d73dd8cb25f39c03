"""The F1 list (and Help's other windows) hold the interview while they are open.

Walkthrough 51 (960 x 640, keyboard only): F1 during the thinking countdown to look a key up.
The list stays open over the page (the page takes no key meanwhile), and behind it the countdown
ran out and the answer clock started: "Your answer", 0:04 of 2:30 once the list was closed, and
a spoken answer records on, to be ended by the silence timer. Settings, "Skip?", "End?" and
"Quit?" already hold it (simulator/ui/held.py); the Help windows did not."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QTextBrowser

from simulator.core.interview import State
from simulator.core.plan import Plan
from tests.ui.stand_ins import begin_answering, long_thinking
from tests.ui.waits import HANG_MS


def _state(qtbot, window, state: State) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.controller.state is state, timeout=HANG_MS)


def test_the_shortcuts_list_pauses_the_countdown_until_it_closes_r51(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    long_thinking(services.bank)
    window.start_interview(Plan(counts={"technical": 1}), False)
    _state(qtbot, window, State.PREPARING)
    window._show_shortcuts()  # F1
    listing = window.findChild(QTextBrowser, "shortcutsList")
    assert listing is not None
    assert window.controller.state is State.PAUSED
    listing.window().close()
    _state(qtbot, window, State.PREPARING)  # where it was: the countdown goes on


def test_the_answer_clock_stops_while_about_is_read_r51(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.window_menu import show_about

    window.start_interview(Plan(counts={"technical": 1}), False)
    begin_answering(qtbot, window)
    _state(qtbot, window, State.ANSWERING)
    show_about(window)
    box = window.findChild(QMessageBox, "aboutBox")
    assert box is not None and window.controller.state is State.PAUSED
    box.close()
    _state(qtbot, window, State.ANSWERING)


def test_paused_before_the_list_stays_paused_after_it_r51(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    long_thinking(services.bank)
    window.start_interview(Plan(counts={"technical": 1}), False)
    _state(qtbot, window, State.PREPARING)
    window.controller.toggle_pause()
    _state(qtbot, window, State.PAUSED)
    window._show_shortcuts()
    dialog = window.findChild(QDialog, "shortcutsDialog")
    assert dialog is not None
    dialog.close()
    assert window.controller.state is State.PAUSED  # the person's own pause is theirs to end
