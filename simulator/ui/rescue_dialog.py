"""Quitting while answers could not be saved: say so, and offer to write them elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from simulator.core.session.journal import READ_ONLY_RUN
from simulator.core.session.rescue import RescueNotWritten
from simulator.core.storage_errors import plain_reason
from simulator.ui.file_dialogs import chosen, file_dialog
from simulator.ui.modal import run_modal

# Why the answers could not be saved, and what staying waits for, by the kind of the failed
# write (StorageError.kind). A database locked by another program was told "the disk is full
# or cannot be written ... try again once there is room" (review27).
_CAUSES = {
    "full": ("the disk is full or cannot be written", "once there is room"),
    "locked": (
        "another program is using the database (it is locked)",
        "once the other program lets go of it",
    ),
    "read-only": ("the data folder cannot be written", "once it can be written again"),
    READ_ONLY_RUN: ("the app opened it read-only at start", ""),  # staying does not help
}
_OTHER = ("saving failed", "once saving works again")


def offer_rescue(
    parent: QWidget,
    unsaved: int,
    write: Callable[[Path], Path],
    cause: str | None = "full",
    where: Path | None = None,
) -> bool:
    """Ask what to do with ``unsaved`` answers held in memory (``cause``: the kind of the
    failed write; ``where``: the database it failed on). True: go on quitting (saved to a
    file, or the person chose to lose them); False: stay in the app."""
    why, until = _CAUSES.get(cause or "", _OTHER)
    box = QMessageBox(parent)
    box.setObjectName("unsavedAnswersBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Answers not saved")
    # the database named, not "the data folder" alone: which of the person's folders it is
    # was nowhere in the box (attack60b, quitting under another program's lock)
    folder = str(where) if where is not None else "the data folder"
    them = "them" if unsaved != 1 else "it"
    box.setText(
        f"{unsaved} answer{'s' if unsaved != 1 else ''} could not be saved to {folder} "
        f"({why}). Quitting now loses {them}."
    )
    elsewhere = f"Save {them} to a file somewhere else (another disk, a USB stick)"
    if cause == READ_ONLY_RUN:
        box.setInformativeText(f"{elsewhere}: this run cannot save {them} to the data folder.")
    else:
        box.setInformativeText(f"{elsewhere}, or stay and try again {until}.")
    save = box.addButton("&Save to a file…", QMessageBox.ButtonRole.AcceptRole)
    lose = box.addButton("&Quit without saving", QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton("S&tay", QMessageBox.ButtonRole.RejectRole)
    for button, name in ((save, "rescueSave"), (lose, "rescueQuit"), (stay, "rescueStay")):
        button.setObjectName(name)
        button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
    box.setDefaultButton(save)
    box.setEscapeButton(stay)
    run_modal(box)
    clicked = box.clickedButton()
    if clicked is lose:
        return True
    if clicked is not save:
        return False
    target = ask_rescue_path(parent)
    if not target:
        return False
    try:
        write(Path(target))
    except OSError as exc:  # (RescueNotWritten says which file and why in plain words)
        plain = isinstance(exc, RescueNotWritten)
        reason = str(exc) if plain else f"cannot write {target}: {plain_reason(exc)}"
        say_not_written(
            parent,
            f"The answers were not saved to a file: {reason}. They are still held: close the "
            "window again to choose another file.",
        )
        return False
    return True


def say_not_written(parent: QWidget, text: str) -> None:
    """The one place the recovery file's failure is said (tests patch it), modal: the window
    is closing as it is asked."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Answers not saved", text, parent=parent)
    box.setObjectName("rescueNotWritten")
    box.setTextFormat(Qt.TextFormat.PlainText)  # it names the file chosen (attack run 59)
    run_modal(box)
    box.deleteLater()


def ask_rescue_path(parent: QWidget) -> str:
    """The one place the recovery file's save dialog runs (tests patch it); "" if cancelled."""
    suggested = str(Path.home() / "ml-interview-unsaved-answers.json")
    dialog = file_dialog(parent, "Save the unsaved answers", suggested, "JSON (*.json)", save=True)
    return chosen(dialog)
