"""The interview held while a dialog has the person's attention (Settings, "Quit?").

Opened mid-interview, Settings left the thinking countdown and the answer clock running behind
it (and a spoken answer recording): the person came back to an answer already under way, or to
one ended by the silence timer. The interview pauses while such a dialog is open and goes on
when it closes, unless it was paused before.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from simulator.core.interview import PAUSABLE, State

if TYPE_CHECKING:
    from simulator.ui.main_window import MainWindow


@contextmanager
def interview_held(window: MainWindow) -> Iterator[None]:
    controller = window._controller
    hold = controller is not None and controller.state in PAUSABLE
    if hold and controller is not None:
        controller.toggle_pause()
    try:
        yield
    finally:
        if hold and controller is not None and controller.state is State.PAUSED:
            controller.toggle_pause()
