"""The main window's end: answers that could not be saved, and players left playing."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from simulator.core.session.ports import DATABASE
from simulator.ui import media

if TYPE_CHECKING:
    from simulator.ui.main_window import MainWindow

CLOSE_WAIT_MS = 10_000  # answers being written when the window closes


def unsaved_answers_handled(window: MainWindow) -> bool:
    """Quitting with answers that could not be saved: warn, and offer to write them to a file
    elsewhere. False: the person chose to stay."""
    controller = window.existing_controller
    if controller is None:
        return True
    if controller.unsaved_count():
        # Writes still on their way are not lost answers: let the database lane finish them
        # (bounded; a wait over a moment says what it waits for) and ask only about what is
        # still not on disk.
        from simulator.ui.saving_at_close import wait_for_saves

        window.waiting_for_saves = True  # a close asked meanwhile (a signal) waits its turn
        try:
            wait_for_saves(
                window,
                window.tasks.lane(DATABASE),
                controller.unsaved_count,
                str(window.services.storage.path.parent),
                CLOSE_WAIT_MS,
            )
        finally:
            window.waiting_for_saves = False
    unsaved = controller.unsaved_count()
    if not unsaved:
        return True
    from simulator.ui.rescue_dialog import offer_rescue

    return offer_rescue(
        window,
        unsaved,
        controller.write_recovery_file,
        controller.unsaved_cause(),
        window.services.storage.path,
    )


def stop_players(window: MainWindow) -> None:
    """Stop what plays or is paused before the window goes: see media.stop_and_settle."""
    if "PySide6.QtMultimedia" not in sys.modules:
        return  # nothing was ever played
    from PySide6.QtMultimedia import QMediaPlayer

    media.stop_and_settle(window.findChildren(QMediaPlayer))
