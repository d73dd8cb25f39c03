"""Help → Question pack problems: every problem found when the packs loaded, one a line, with
the file, question and field (a duplicate id names both files), and where the person's own
packs go. The status bar says how many there are, but it shows one line for a few seconds."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from simulator.ui.shortcuts_help import open_reading_dialog
from simulator.ui.widgets.common import counted

if TYPE_CHECKING:
    from simulator.core.questions import Problem

MENU_TEXT = "Question &pack problems…"
# A pack of thousands of broken questions gives a hundred thousand problems: laid out at once
# they would hold the window for seconds, and nobody reads past the first few hundred.
SHOWN_PROBLEMS = 300
ACTION_NAME = "packProblemsAction"


def show_pack_problems(
    parent: QWidget, problems: Sequence[Problem], packs_folder: str | None
) -> None:
    dialog = QDialog(parent)
    dialog.setObjectName("packProblemsDialog")
    dialog.setWindowTitle("Question pack problems")
    layout = QVBoxLayout(dialog)
    summary = QLabel(
        f"{counted(len(problems), 'problem')} in the question packs. The questions named here "
        "were not loaded; every other question was. Fix the file and start the app again "
        "(`ml-interview validate FILE` checks a pack without starting it)."
    )
    summary.setObjectName("packProblemsSummary")
    summary.setAccessibleName("What the problems mean")
    summary.setWordWrap(True)
    summary.setTextFormat(Qt.TextFormat.PlainText)
    layout.addWidget(summary)
    listing = QPlainTextEdit(problems_text(problems))
    listing.setObjectName("packProblemsList")
    listing.setAccessibleName("Problems, one a line")
    listing.setReadOnly(True)  # still selectable and copyable
    listing.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    listing.setTabChangesFocus(True)
    layout.addWidget(listing)
    folder = QLabel(
        f"Your own packs go in: {packs_folder}"
        if packs_folder
        else "Your own packs cannot be read: the data folder is not available."
    )
    folder.setObjectName("packProblemsFolder")
    folder.setAccessibleName("Your packs folder")
    folder.setWordWrap(True)
    folder.setTextFormat(Qt.TextFormat.PlainText)
    folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(folder)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.setObjectName("packProblemsButtons")
    buttons.setAccessibleName("Close")
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(720, 420)
    open_reading_dialog(dialog, listing, buttons)


def problems_text(problems: Sequence[Problem]) -> str:
    """One problem a paragraph (a wrapped line stands apart), the first ``SHOWN_PROBLEMS``."""
    text = "\n\n".join(str(p) for p in problems[:SHOWN_PROBLEMS])
    if len(problems) > SHOWN_PROBLEMS:
        text += (
            f"\n\n… and {len(problems) - SHOWN_PROBLEMS:,} more, not shown here: "
            "`ml-interview validate FILE` lists them all."
        )
    return text
