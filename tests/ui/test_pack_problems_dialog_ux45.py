"""Help → Question pack problems with the person's own packs in a folder of a long path
(walkthrough 45): each problem repeated the whole folder, three wrapped lines of it before
"file:line: what", so the list showed two problems and a half; the dialog kept Qt's 720 x 420 in
a window of 1200 x 760; and Ctrl+End, Ctrl+Home in the list did nothing."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QWidget

from simulator.core.questions import Problem
from simulator.ui.pack_problems import show_pack_problems
from tests.ui.waits import HANG_MS

FOLDER = os.path.join(
    os.sep + "home", "sam", "Documents", "interview-practice-material-for-the-machine-learning-"
    "engineer-role", "shared-with-my-study-group", "data", "questions",
)  # fmt: skip
MINE = "my_own_questions_from_the_reading_group_week_three.yaml"


def _problems() -> list[Problem]:
    inside = os.path.join(FOLDER, MINE)
    problems = [Problem(inside, f"mine.q{i}", "difficulty", "9 is too high: at most 3", 10 * i + 4)
                for i in range(40)]  # fmt: skip
    problems.append(Problem(os.path.join(FOLDER, "sub", "broken.yaml"), None, None, "not valid", 7))
    # a file given outside the folder keeps its whole path: it is not found from the folder
    problems.append(Problem(os.path.join(os.sep + "elsewhere", "x.yaml"), None, None, "odd", 2))
    return problems


def _dialog(qtbot):  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(1200, 760)
    parent.show()
    show_pack_problems(parent, _problems(), FOLDER)
    dialog = parent.findChild(QDialog, "packProblemsDialog")
    assert dialog is not None
    listing = dialog.findChild(QPlainTextEdit, "packProblemsList")
    qtbot.waitUntil(listing.hasFocus, timeout=HANG_MS)
    return parent, dialog, listing


def test_files_in_the_packs_folder_are_named_from_it_and_the_folder_said_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    _parent, dialog, listing = _dialog(qtbot)
    lines = [line for line in listing.toPlainText().splitlines() if line]
    assert lines[0] == f"{MINE}:4: question mine.q0: field difficulty: 9 is too high: at most 3"
    assert os.path.join("sub", "broken.yaml") + ":7: pack: not valid" in lines
    assert os.path.join(os.sep + "elsewhere", "x.yaml") + ":2: pack: odd" in lines
    assert not any(FOLDER in line for line in lines)  # before: in every problem
    assert FOLDER in dialog.findChild(QLabel, "packProblemsFolder").text()
    dialog.close()


def test_the_dialog_takes_the_room_the_window_has_and_ctrl_end_reaches_the_last(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent, dialog, listing = _dialog(qtbot)
    # before: 720 x 420 whatever the window
    assert dialog.width() >= 0.7 * parent.width() and dialog.height() >= 0.7 * parent.height()
    bar = listing.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    qtbot.keyClick(listing, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum()  # before: 0
    qtbot.keyClick(listing, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == 0
    dialog.close()
