"""Question packs read again while the app runs (issue 8, ux39): a pack added to the questions
folder was read only at the next start. Interview → Reload question packs (F5), or Reload packs
in the pack problems dialog, reads them off the GUI thread; the dialog shows the result, a
broken pack added later is listed, a failed read keeps the questions in use, and an interview
under way keeps its questions (the new ones are used once it has ended)."""

from __future__ import annotations

from pathlib import Path

import yaml
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QPushButton

from simulator.core.interview import State
from simulator.core.plan import Plan
from simulator.core.questions import load_packs
from simulator.core.storage import Storage
from simulator.services import Services
from simulator.settings import Settings
from tests.packs import GOOD_QUESTION
from tests.ui.stand_ins import wait_reached
from tests.ui.waits import HANG_MS, wait_for_bank


def _pack(path: Path, *ids: str) -> None:
    questions = [{**GOOD_QUESTION, "id": i} for i in ids]
    path.write_text(yaml.safe_dump({"questions": questions}), encoding="utf-8")


def _reload_action(window) -> QAction:  # type: ignore[no-untyped-def]
    action = window.findChild(QAction, "reloadPacksAction")
    assert action is not None, "no Reload question packs in the menus"
    return action


def _window_with_a_broken_pack(qtbot, data_dir: Path):  # type: ignore[no-untyped-def]
    """The real window over a questions folder holding one broken pack, reading packs as the
    app does (without the scorer's warm-up); its packs folder, services and window."""
    from simulator.bank import load_bank
    from simulator.ui.main_window import MainWindow

    packs = data_dir / "questions"
    packs.mkdir(parents=True)
    (packs / "a_broken.yaml").write_text("questions:\n  - id: [\n", encoding="utf-8")
    services = Services(
        bank=None,
        storage=Storage(data_dir / "sessions.sqlite3"),
        settings=Settings(voice_enabled=False),
        speaker=None,
        load_bank=load_bank,
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    return packs, services, window


def test_a_pack_added_or_fixed_is_read_again_and_the_problems_dialog_follows(  # type: ignore[no-untyped-def]
    qtbot, data_dir: Path
) -> None:
    packs, services, window = _window_with_a_broken_pack(qtbot, data_dir)
    window.show()
    try:
        wait_for_bank(qtbot, services)
        before = services.bank
        assert "mine.added" not in before.questions
        problems_action = window.findChild(QAction, "packProblemsAction")
        qtbot.waitUntil(problems_action.isEnabled, timeout=HANG_MS)
        problems_action.trigger()
        dialog = window.findChild(QDialog, "packProblemsDialog")
        qtbot.waitUntil(dialog.isVisible, timeout=HANG_MS)
        summary = dialog.findChild(QLabel, "packProblemsSummary")
        listing = dialog.findChild(QPlainTextEdit, "packProblemsList")
        assert "start the app again" not in summary.text(), summary.text()
        assert "Reload packs" in summary.text() and "F5" in summary.text(), summary.text()
        assert "a_broken.yaml" in listing.toPlainText()

        # fixed, one added, and a broken one added later
        _pack(packs / "a_broken.yaml", "mine.fixed")
        _pack(packs / "b_added.yaml", "mine.added")
        (packs / "z_later.yaml").write_text("questions: [\n", encoding="utf-8")
        reload_button = dialog.findChild(QPushButton, "packProblemsReload")
        assert reload_button is not None and reload_button.isVisible()
        reload_button.click()
        # the read runs on the database lane: the click has returned before it ends
        assert window.bank_loading.reading_again
        assert services.bank is before
        qtbot.waitUntil(lambda: not window.bank_loading.reading_again, timeout=HANG_MS)

        bank = services.bank
        assert {"mine.fixed", "mine.added"} <= set(bank.questions)
        assert len(bank.questions) == len(before.questions) + 2
        said = window.statusBar().currentMessage()
        assert "2 new questions" in said and "1 problem" in said, said
        assert dialog.isVisible()  # the open dialog shows what the packs hold now
        assert "z_later.yaml" in listing.toPlainText(), listing.toPlainText()
        assert "a_broken.yaml" not in listing.toPlainText(), listing.toPlainText()
        assert summary.text().startswith("1 problem in the question packs"), summary.text()
        button = window.statusBar().findChild(QPushButton, "packProblemsButton")
        assert button.text() == "1 problem in question packs…"
        assert f"{len(bank.questions)} questions" in window.home.subtitle.text()
        dialog.reject()
    finally:
        window.shutdown()
        services.storage.close()


def test_f5_reads_the_packs_again_and_is_listed(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.shortcuts_help import SHORTCUTS_HELP

    action = _reload_action(window)
    assert action.shortcut().toString() == "F5"
    assert "F5" in SHORTCUTS_HELP
    read: list[int] = []

    def counted(_progress):  # type: ignore[no-untyped-def]
        read.append(1)
        return services.bank

    services.load_bank = counted
    action.trigger()
    qtbot.waitUntil(lambda: not window.bank_loading.reading_again, timeout=HANG_MS)
    assert read == [1]
    assert "no question added or removed, no problems" in window.statusBar().currentMessage()


def test_a_failed_read_keeps_the_questions_in_use(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    before = services.bank

    def fails(_progress):  # type: ignore[no-untyped-def]
        raise OSError("the disk went away")

    services.load_bank = fails
    _reload_action(window).trigger()
    qtbot.waitUntil(lambda: not window.bank_loading.reading_again, timeout=HANG_MS)
    assert services.bank is before
    said = window.statusBar().currentMessage()
    assert "could not be read again" in said and "still used" in said, said


def test_an_interview_under_way_keeps_its_questions(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path: Path
) -> None:
    other = tmp_path / "other.yaml"
    _pack(other, "tech.elsewhere")
    services.load_bank = lambda _progress: load_packs([other])
    before = services.bank
    window.start_interview(Plan(counts={"technical": 1}, name="Custom"), False)
    wait_reached(qtbot, window, State.PREPARING)
    asked = window.controller.interview.current.id
    assert asked in before.questions

    _reload_action(window).trigger()
    qtbot.waitUntil(lambda: not window.bank_loading.reading_again, timeout=HANG_MS)
    assert services.bank is before  # not while the interview runs
    assert window.controller.interview.current.id == asked
    assert "once this interview has ended" in window.interview.notice.text()

    window.controller.end("")  # nothing answered: Home again, no scorecard (walkthrough 39)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=HANG_MS)
    qtbot.waitUntil(lambda: "tech.elsewhere" in services.bank.questions, timeout=HANG_MS)
    assert asked not in services.bank.questions


def test_f5_in_the_problems_dialog_reads_again_and_the_line_fits_a_narrow_window(  # type: ignore[no-untyped-def]
    qtbot, data_dir: Path
) -> None:
    """Walkthrough 39 at 960x640: the dialog's summary names F5, but F5 in the dialog (a
    window of its own) did nothing; and the status line after a read was cut at the lasting
    problems button: "…; 5 problems (Help → Question pack p"."""
    from PySide6.QtCore import Qt

    from simulator.ui.status_line import message_room

    packs, services, window = _window_with_a_broken_pack(qtbot, data_dir)
    window.resize(960, 640)
    window.show()
    try:
        wait_for_bank(qtbot, services)
        problems_action = window.findChild(QAction, "packProblemsAction")
        qtbot.waitUntil(problems_action.isEnabled, timeout=HANG_MS)
        problems_action.trigger()
        dialog = window.findChild(QDialog, "packProblemsDialog")
        qtbot.waitUntil(dialog.isVisible, timeout=HANG_MS)
        (packs / "z_later.yaml").write_text("questions: [\n", encoding="utf-8")
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=HANG_MS)
        qtbot.keyClick(dialog.findChild(QPlainTextEdit, "packProblemsList"), Qt.Key.Key_F5)
        assert window.bank_loading.reading_again, "F5 in the dialog did nothing"
        qtbot.waitUntil(lambda: not window.bank_loading.reading_again, timeout=HANG_MS)
        listing = dialog.findChild(QPlainTextEdit, "packProblemsList").toPlainText()
        assert "z_later.yaml" in listing
        bar = window.statusBar()
        said = bar.currentMessage()
        assert said.startswith("Packs read again") or said.startswith("Question packs"), said
        assert bar.fontMetrics().horizontalAdvance(said) <= message_room(bar), said
        dialog.reject()
    finally:
        window.shutdown()
        services.storage.close()
