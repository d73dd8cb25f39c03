"""Help → Question pack problems: every problem found when the packs loaded, one a line, with
the file, question and field (a duplicate id names both files), and where the person's own
packs go. The status bar says how many there are, but it shows one line for a few seconds.
Reload packs reads them again (a file fixed meanwhile), and the open dialog shows the result."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
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
RELOAD_KEY = "F5"  # Interview → Reload question packs


def show_pack_problems(
    parent: QWidget,
    problems: Sequence[Problem],
    packs_folder: str | None,
    loaded_files: Collection[str] = (),
    reload: Callable[[], None] | None = None,
    warnings: Sequence[Problem] = (),
) -> QDialog:
    """``loaded_files``: the files at least one question was loaded from; ``reload``: reads
    the packs again (a Reload packs button), the dialog then shows what they hold;
    ``warnings``: questions loaded all the same, whose model answers the scorer misreads
    (model_answer_check.py), listed after the problems."""
    dialog = QDialog(parent)
    dialog.setObjectName("packProblemsDialog")
    dialog.setWindowTitle("Question pack problems")
    layout = QVBoxLayout(dialog)
    summary = QLabel(_commands_whole(problems_summary(problems, loaded_files, warnings)))
    summary.setObjectName("packProblemsSummary")
    summary.setAccessibleName("What the problems mean")
    summary.setWordWrap(True)
    summary.setTextFormat(Qt.TextFormat.PlainText)
    layout.addWidget(summary)
    listing = QPlainTextEdit(problems_text([*problems, *warnings], packs_folder))
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
    if reload is not None:
        again = QPushButton("&Reload packs")
        again.setObjectName("packProblemsReload")
        again.setToolTip(f"Read every question pack again, after fixing a file ({RELOAD_KEY})")
        again.setAutoDefault(False)  # Enter in the dialog still closes it
        buttons.addButton(again, QDialogButtonBox.ButtonRole.ActionRole)
        again.clicked.connect(reload)
        # F5 as in the window's menu, which the summary names: the dialog is a window of its
        # own, where the menu's key did nothing
        keys = QShortcut(QKeySequence(RELOAD_KEY), dialog)
        keys.activated.connect(reload)
    layout.addWidget(buttons)
    # As large as the window lets it be: at 720 x 420 in a window of 1200 x 760 the list
    # showed two problems and a half (walkthrough 45).
    window = parent.window()
    dialog.resize(
        max(720, min(1000, window.width() - 80)), max(420, min(720, window.height() - 80))
    )
    open_reading_dialog(dialog, listing, buttons)
    return dialog


def refresh_pack_problems(
    parent: QWidget,
    problems: Sequence[Problem],
    packs_folder: str | None,
    loaded_files: Collection[str] = (),
    warnings: Sequence[Problem] = (),
) -> None:
    """The packs were read again (or their model answers checked): an open problems dialog
    shows what they hold now."""
    dialog = parent.findChild(QDialog, "packProblemsDialog")
    if dialog is None or not dialog.isVisible():
        return
    summary = dialog.findChild(QLabel, "packProblemsSummary")
    listing = dialog.findChild(QPlainTextEdit, "packProblemsList")
    if summary is not None:
        summary.setText(_commands_whole(problems_summary(problems, loaded_files, warnings)))
    if listing is not None:
        listing.setPlainText(problems_text([*problems, *warnings], packs_folder))


def _commands_whole(text: str) -> str:
    """Each `command` of ``text`` kept on one line (non-breaking hyphens and spaces): the
    summary broke "`ml-interview validate FILE`" after "`ml-" (walkthrough 43). For a label
    that is read, not copied: the list of problems keeps plain hyphens."""
    return re.sub(
        r"`[^`]*`", lambda m: m.group(0).replace("-", "\u2011").replace(" ", "\xa0"), text
    )


def file_name(path: str) -> str:
    """A pack file by its name alone (a problem names it by its path, with either slash)."""
    return re.split(r"[\\/]", path)[-1]


def problems_summary(
    problems: Sequence[Problem], loaded_files: Collection[str], warnings: Sequence[Problem] = ()
) -> str:
    """What the problems kept out, then what the warnings mean. A file that cannot be read or
    parsed has a problem naming no question, and none of its questions loaded: the line said
    "the questions named here were not loaded" over a list that named none (walkthrough 30)."""
    return _problems_said(problems, loaded_files) + _warnings_said(warnings, bool(problems))


def _warnings_said(warnings: Sequence[Problem], after_problems: bool) -> str:
    if not warnings:
        return ""
    # "after them" points at the problems listed first; with none it pointed at nothing
    # (review of round 45)
    where = "after them" if after_problems else "listed"
    from simulator.core.model_answer_check import is_scorer_warning  # (loaded with the bank)

    scored = [w for w in warnings if is_scorer_warning(w)]
    said = f" {counted(len(warnings), 'warning')} {where}: the questions are asked all the same."
    if len(scored) < len(warnings):
        said += (
            " Characters that change the order text is shown in (bidi controls) were removed "
            "from the texts named."
        )
    if scored:
        said += (
            " The scorer misreads the own model answers of those named 'model_answer' (a wrong "
            "claim charged, or too little of the rubric found), so a candidate who says the "
            "same is scored the same way: reword the rubric or the model answer, or report "
            "the scorer."
        )
    return said


def _problems_said(problems: Sequence[Problem], loaded_files: Collection[str]) -> str:
    if not problems:
        return "No problems in the question packs: every question was loaded."
    loaded = set(loaded_files)
    kept_out = list(dict.fromkeys(p.file for p in problems if p.file not in loaded))
    named = any(p.question_id for p in problems if p.file in loaded)
    parts = ["the questions named here were not loaded"] if named else []
    if kept_out:
        names = [file_name(f) for f in kept_out]
        # "mine.yaml or other.yaml", "a.yaml, b.yaml, c.yaml or 2 more" (not "mine.yaml,
        # other.yaml", which read as one name with a comma)
        shown = names[:3] + ([f"{len(names) - 3} more"] if len(names) > 3 else [])
        either = shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} or {shown[-1]}"
        parts.append(f"no question of {either} was loaded")
    said = "; ".join(parts)
    loaded_part = (
        f"{said[0].upper()}{said[1:]}; every other question was."
        if said
        else "Every question was loaded all the same."
    )
    files = "files" if len({p.file for p in problems}) > 1 else "file"
    return (
        f"{counted(len(problems), 'problem')} in the question packs. {loaded_part} Fix the "
        f"{files}, then Reload packs ({RELOAD_KEY}) reads them again (`ml-interview validate "
        "FILE` checks a pack before that)."
    )


def problems_text(problems: Sequence[Problem], folder: str | None = None) -> str:
    """One problem a paragraph (a wrapped line stands apart), the first ``SHOWN_PROBLEMS``. A
    file in ``folder`` (the person's packs, named under the list) is named from it: the whole
    path in every problem took three wrapped lines before "file:line: what" (walkthrough 45)."""
    from simulator.core.questions_models import first_problems  # (loaded with the bank)

    shown, more = first_problems(problems, SHOWN_PROBLEMS)
    return "\n\n".join([*(str(from_folder(p, folder)) for p in shown), *([more] if more else [])])


def from_folder(problem: Problem, folder: str | None) -> Problem:
    """``problem`` with its file named from ``folder`` when it is in it."""
    if not folder:
        return problem
    start = folder.rstrip("\\/")
    name = problem.file
    # in it: the folder, a separator, then the file (not a sibling folder with a longer name)
    if len(name) > len(start) + 1 and name.startswith(start) and name[len(start)] in "\\/":
        return replace(problem, file=name[len(start) + 1 :])
    return problem
