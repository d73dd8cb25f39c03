"""Help → Question pack problems tells a pack author when the scorer misreads one of their
questions' own model answers (issue 9, self45): checked off the GUI thread once the bank has
loaded, listed after the problems, the question still asked."""

from __future__ import annotations

from pathlib import Path

import yaml
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit

from simulator.core.storage import Storage
from simulator.services import Services
from simulator.settings import Settings
from tests.packs import GOOD_QUESTION
from tests.ui.waits import HANG_MS, wait_for_bank

# A misconception an author wrote in the words of the right statement: the model answer says it.
_WORDED_RIGHT = {
    **GOOD_QUESTION,
    "id": "tech.mine-overfit",
    "misconceptions": [
        {
            "id": "worded-right",
            "phrases": ["overfitting is when the model fits the noise"],
            "correction": "Written by mistake as the right statement.",
        }
    ],
}


def test_a_misread_model_answer_is_listed_and_its_question_kept(  # type: ignore[no-untyped-def]
    qtbot, data_dir: Path
) -> None:
    from simulator.ui.main_window import MainWindow

    packs = data_dir / "questions"
    packs.mkdir(parents=True)
    (packs / "mine.yaml").write_text(
        yaml.safe_dump({"questions": [_WORDED_RIGHT]}), encoding="utf-8"
    )
    storage = Storage(data_dir / "sessions.sqlite3")
    services = Services(
        bank=None, storage=storage, settings=Settings(voice_enabled=False), speaker=None
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    try:
        wait_for_bank(qtbot, services)
        assert services.bank is not None and "tech.mine-overfit" in services.bank.questions
        assert services.bank.problems == []  # a warning is no problem: nothing skipped
        action = window.findChild(QAction, "packProblemsAction")
        assert action is not None
        qtbot.waitUntil(action.isEnabled, timeout=HANG_MS)  # once the check has run
        action.trigger()
        dialog = window.findChild(QDialog, "packProblemsDialog")
        assert dialog is not None and dialog.isVisible()
        listing = dialog.findChild(QPlainTextEdit, "packProblemsList").toPlainText()
        (said,) = [line for line in listing.splitlines() if "worded-right" in line]
        assert "mine.yaml:" in said and "question tech.mine-overfit: field model_answer" in said
        assert "Overfitting is when the model fits the noise" in said
        summary = dialog.findChild(QLabel, "packProblemsSummary").text()
        assert "No problems" in summary and "asked all the same" in summary
    finally:
        window.shutdown()
        storage.close()
