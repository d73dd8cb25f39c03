"""Every problem in the question packs can be read in the window, a duplicate id with both
files: before, only the first problem showed, cut off at the window's edge, for 15 seconds."""

from __future__ import annotations

from pathlib import Path

import yaml
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QPushButton

from simulator.core.storage import Storage
from simulator.paths import bundled_packs_dir
from simulator.services import Services
from simulator.settings import Settings
from tests.packs import GOOD_QUESTION
from tests.ui.waits import HANG_MS, wait_for_bank


def test_a_duplicate_id_and_every_other_problem_are_listed_from_the_help_menu(  # type: ignore[no-untyped-def]
    qtbot, data_dir: Path
) -> None:
    from simulator.ui.main_window import MainWindow

    shipped = yaml.safe_load((bundled_packs_dir() / "cases.yaml").read_text(encoding="utf-8"))
    taken = shipped["questions"][0]["id"]
    packs = data_dir / "questions"
    packs.mkdir(parents=True)
    (packs / "a_broken.yaml").write_text("questions:\n  - id: [\n", encoding="utf-8")
    (packs / "mine.yaml").write_text(
        yaml.safe_dump({"questions": [{**GOOD_QUESTION, "id": taken}]}), encoding="utf-8"
    )
    storage = Storage(data_dir / "sessions.sqlite3")
    services = Services(
        bank=None, storage=storage, settings=Settings(voice_enabled=False), speaker=None
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    try:
        action = window.findChild(QAction, "packProblemsAction")
        assert action is not None and not action.isEnabled()  # nothing to list yet
        wait_for_bank(qtbot, services)
        assert action.isEnabled() and "Help" in window.statusBar().currentMessage()
        # Said for as long as the problems last, not only for the status line's 15 seconds:
        button = window.statusBar().findChild(QPushButton, "packProblemsButton")
        assert button is not None, "no lasting mention"
        # A status bar first made as the bank loads (the session core, slow to import on a
        # first start, had not used it yet) is shown by Qt one event later.
        qtbot.waitUntil(button.isVisible, timeout=HANG_MS)
        assert button.text() == "2 problems in question packs…" and button.accessibleName()
        button.click()
        dialog = window.findChild(QDialog, "packProblemsDialog")
        assert dialog is not None and dialog.isVisible()
        listing = dialog.findChild(QPlainTextEdit, "packProblemsList").toPlainText()
        lines = listing.splitlines()
        # its line said once, first (hang44: not again as "(line 3)" in the message)
        (broken,) = [line for line in lines if "a_broken.yaml" in line]
        assert "a_broken.yaml:3: pack: not valid YAML: " in broken and "line 3" not in broken
        (duplicate,) = [line for line in lines if "mine.yaml" in line]
        assert taken in duplicate and "cases.yaml" in duplicate, duplicate
        assert str(packs) in dialog.findChild(QLabel, "packProblemsFolder").text()
        for widget in [*dialog.findChildren(QPlainTextEdit), *dialog.findChildren(QLabel)]:
            assert widget.objectName() and widget.accessibleName(), widget
    finally:
        window.shutdown()
        storage.close()


def test_a_flood_of_problems_is_cut_to_what_can_be_read() -> None:
    from simulator.core.questions import Problem
    from simulator.ui.pack_problems import SHOWN_PROBLEMS, problems_text

    flood = [Problem("big.yaml", f"tech.q{i}", "prompt", "too short") for i in range(100_000)]
    text = problems_text(flood)
    assert text.count("big.yaml: question") == SHOWN_PROBLEMS
    # as ``ml-interview questions`` says it (first_problems): the one file left is named
    assert text.endswith(f"… and {100_000 - SHOWN_PROBLEMS:,} more problems, not shown here: "
                         "`ml-interview validate big.yaml` lists them all.")  # fmt: skip
    two = [*flood, Problem("other.yaml", None, None, "not a pack")]
    assert problems_text(two).endswith("`ml-interview validate FILE` lists them all.")


def test_the_problem_list_pages_while_close_has_the_keyboard(qtbot) -> None:  # type: ignore[no-untyped-def]
    """As in the F1 list (walkthrough 20): Tab to Close, then PgDn did nothing to the list."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    from simulator.core.questions import Problem
    from simulator.ui.pack_problems import show_pack_problems

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    many = [Problem("big.yaml", f"tech.q{i}", "prompt", "too short") for i in range(200)]
    show_pack_problems(parent, many, "/packs")
    dialog = parent.findChild(QDialog, "packProblemsDialog")
    listing = dialog.findChild(QPlainTextEdit, "packProblemsList")
    qtbot.waitUntil(listing.hasFocus, timeout=HANG_MS)
    qtbot.keyClick(listing, Qt.Key.Key_Tab)
    close = QApplication.focusWidget()
    assert close is not None and close.text() == "Close"
    bar = listing.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    qtbot.keyClick(close, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(close, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    assert QApplication.focusWidget() is close
    dialog.close()
