"""A read-only run in the window (the words and decisions: ``simulator.core.session.read_only``):
Home's banner, Try again on the database lane, and the question Start and Resume ask first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from simulator.core.session.read_only import (
    OPEN_AS_USUAL,
    opened_again,
    read_only_run,
    still_locked,
)
from simulator.ui.modal import run_modal

if TYPE_CHECKING:
    from simulator.ui.main_window import MainWindow

TITLE = "ML Interview Simulator"


def show_read_only(window: MainWindow) -> None:
    """Home's banner says what this run cannot do and why (hidden when it saves as usual). A
    lock's notice said the same below it (and to 'start the app again' beside Try again): the
    banner says it once."""
    storage = window.services.storage
    run = read_only_run(storage)
    window.home.read_only.show_run(run)
    if run is not None and run.can_try_again:
        window.home.drop_storage_notice(storage.read_only_notice)


def try_again(window: MainWindow) -> None:
    """Open the database as usual if the other program is done (on the database lane: it may
    wait for the lock); Home says what came of it, and reads the sessions again if opened."""
    storage = window.services.storage
    banner = window.home.read_only
    banner.trying()

    def done(opened: bool) -> None:
        run = read_only_run(storage)
        if opened:
            window.home.drop_storage_notice(storage.read_only_notice)
            banner.show_run(None)
            window.statusBar().showMessage(OPEN_AS_USUAL, 8000)
            window.home.focus_start()
            window.history_upkeep.start()  # (left by a migration: nothing was written so far)
            controller = window.existing_controller
            if controller is None:  # no interview was given in this run
                window.refresh_home()
                return

            def saved(count: int, still_unsaved: int) -> None:
                # the answers given while read-only, written now: said, and listed on Home
                window.statusBar().showMessage(opened_again(count, still_unsaved), 15000)
                window.refresh_home()

            controller.save_kept(saved)
        else:
            banner.show_run(run, still_locked(storage.read_only_why) if run else "")
            banner.message.setFocus()  # read out by a screen reader: what is still wrong

    def failed(exc: BaseException) -> None:
        show_read_only(window)
        window._show_error(str(exc))

    window._db.submit(storage.reopen_writable, on_done=done, on_error=failed)


def confirmed(window: MainWindow, resuming: bool) -> bool:
    """True when the run saves as usual, or the person chose to go on without it (Escape and
    the default button cancel)."""
    run = read_only_run(window.services.storage)
    if run is None:
        return True
    box = QMessageBox(
        QMessageBox.Icon.Warning, TITLE, run.confirm_question(resuming), parent=window
    )
    box.setObjectName("readOnlyConfirm")
    box.setInformativeText(run.confirm_detail(resuming))
    go = box.addButton(run.confirm_button(resuming), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton("&Cancel", QMessageBox.ButtonRole.RejectRole)
    go.setObjectName("readOnlyGo")
    cancel.setObjectName("readOnlyCancel")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    run_modal(box)
    return box.clickedButton() is go
