"""The question asked when another program holds the session database locked at start:
retry (once that program is done), continue read-only (past sessions, nothing saved), or quit."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox

from simulator.core.storage_errors import StorageError
from simulator.ui.modal import run_modal

TITLE = "ML Interview Simulator"


def ask_when_locked(exc: StorageError) -> str:
    """ "retry", "read-only" or "quit", as the person chooses (Escape quits)."""
    logging.getLogger(__name__).warning("session database locked at start: %s", exc)
    box = QMessageBox(QMessageBox.Icon.Warning, TITLE, "The session database is locked")
    box.setObjectName("lockedDatabase")
    box.setInformativeText(
        f"{str(exc)[:1].upper()}{str(exc)[1:]}.\n\n"
        "Retry once that program is done, or continue read-only: past sessions can be "
        "browsed, nothing new is saved, and nothing already recorded is changed."
    )
    retry = box.addButton("&Retry", QMessageBox.ButtonRole.AcceptRole)
    read_only = box.addButton("Continue read-&only", QMessageBox.ButtonRole.ActionRole)
    quit_ = box.addButton("&Quit", QMessageBox.ButtonRole.RejectRole)
    retry.setObjectName("retry")
    read_only.setObjectName("readOnly")
    quit_.setObjectName("quit")
    box.setDefaultButton(retry)
    box.setEscapeButton(quit_)
    run_modal(box)  # (asked before the window exists: nothing to give back)
    clicked = box.clickedButton()
    if clicked is retry:
        return "retry"
    if clicked is read_only:
        return "read-only"
    return "quit"
