"""The interview held while a dialog has the person's attention (Settings, "Quit?").

Opened mid-interview, Settings left the thinking countdown and the answer clock running behind
it (and a spoken answer recording): the person came back to an answer already under way, or to
one ended by the silence timer. The interview pauses while such a dialog is open and goes on
when it closes, unless it was paused before, or the dialog's answer was to leave (Quit): the
interview was resumed for the moment the window took to close, and a spoken answer's
recording started again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from simulator.core.interview import PAUSABLE, State

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from simulator.ui.main_window import MainWindow


class Hold:
    """What the dialog decided: ``resume`` is cleared when the interview is being left."""

    def __init__(self) -> None:
        self.resume = True


def _hold(window: MainWindow) -> Callable[[bool], None]:
    """Pauses the interview if it is under way and not paused; returns what resumes it (given
    True): only what this paused, and only while it is still the window's and still paused."""
    controller = window.existing_controller
    if controller is None or controller.state not in PAUSABLE:
        return lambda _go_on: None
    controller.toggle_pause()

    def resume(go_on: bool) -> None:
        if go_on and window.existing_controller is controller and controller.state is State.PAUSED:
            controller.toggle_pause()

    return resume


@contextmanager
def interview_held(window: MainWindow) -> Iterator[Hold]:
    resume = _hold(window)
    decided = Hold()
    try:
        yield decided
    finally:
        resume(decided.resume)


def held_while_open(window: MainWindow, dialog: QDialog) -> None:
    """The interview held while ``dialog``, opened beside it and not waited for (the F1 list,
    the pack problems, About), is open: it goes on when the dialog closes, unless it was paused
    before. Behind the F1 list the thinking countdown ran out and the answer clock ran on (a
    spoken answer recorded on, to be ended by the silence timer), the page taking no key
    meanwhile (walkthrough 51)."""
    resume = _hold(window)
    dialog.finished.connect(lambda _result=0: resume(True))
