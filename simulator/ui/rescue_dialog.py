"""Quitting while answers could not be saved: say so, and offer to write them elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def offer_rescue(parent: QWidget, unsaved: int, write: Callable[[Path], Path]) -> bool:
    """Ask what to do with ``unsaved`` answers held in memory. True: go on quitting (saved to
    a file, or the person chose to lose them); False: stay in the app."""
    box = QMessageBox(parent)
    box.setObjectName("unsavedAnswersBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Answers not saved")
    box.setText(
        f"{unsaved} answer{'s' if unsaved != 1 else ''} could not be saved to the data folder "
        "(the disk is full or cannot be written). Quitting now loses "
        f"{'them' if unsaved != 1 else 'it'}."
    )
    box.setInformativeText(
        "Save them to a file somewhere else (another disk, a USB stick), or stay and try again "
        "once there is room."
    )
    save = box.addButton("&Save to a file…", QMessageBox.ButtonRole.AcceptRole)
    lose = box.addButton("&Quit without saving", QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton("S&tay", QMessageBox.ButtonRole.RejectRole)
    for button, name in ((save, "rescueSave"), (lose, "rescueQuit"), (stay, "rescueStay")):
        button.setObjectName(name)
        button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
    box.setDefaultButton(save)
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    if clicked is lose:
        return True
    if clicked is not save:
        return False
    target, _ = QFileDialog.getSaveFileName(
        parent,
        "Save the unsaved answers",
        str(Path.home() / "ml-interview-unsaved-answers.json"),
        "JSON (*.json)",
    )
    if not target:
        return False
    try:
        write(Path(target))
    except OSError as exc:
        QMessageBox.warning(parent, "Answers not saved", f"Could not write {target}: {exc}")
        return False
    return True
