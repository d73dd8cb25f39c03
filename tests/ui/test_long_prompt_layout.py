"""A pack may give a question a 2,000-character prompt. Shown in a plain label it filled the
interview page: the answer box shrank to three lines and the question's end was cut off below
its card; on the Scorecard its table row grew as tall as the table and the explanation beside
it shrank to two lines. The prompt now scrolls past a share of the window's height, and the
table shows its beginning (the whole prompt in the cell's tooltip)."""

from __future__ import annotations

from pathlib import Path

import yaml

from simulator.core.interview import State
from simulator.core.plan import Plan
from simulator.core.questions import load_packs
from simulator.core.storage import Storage
from simulator.services import Services
from simulator.settings import Settings
from simulator.ui.pages.scorecard import DETAIL_READABLE_LINES_WIDE
from tests.ui.conftest import PACK
from tests.ui.stand_ins import wait_reached
from tests.ui.waits import HANG_MS

PROMPT = ("Explain why " + "the model that was trained on the data " * 60)[:1990] + " and why?"


def test_a_long_prompt_scrolls_and_leaves_room_to_answer(
    qtbot, tmp_path: Path, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from simulator.ui.main_window import MainWindow
    from simulator.ui.style import apply_theme

    pack = yaml.safe_load(PACK.read_text(encoding="utf-8"))
    pack["questions"] = [q for q in pack["questions"] if q["id"] == "tech.overfit"]
    pack["questions"][0]["prompt"] = PROMPT
    path = tmp_path / "long.yaml"
    path.write_text(yaml.safe_dump(pack), encoding="utf-8")
    bank = load_packs([path])
    assert not bank.problems, bank.problems
    storage = Storage(data_dir / "sessions.sqlite3")
    settings = Settings(voice_enabled=False, follow_ups=False)
    window = MainWindow(Services(bank=bank, storage=storage, settings=settings, speaker=None))
    qtbot.addWidget(window)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light")  # the question's own large font, as people see it
    window.resize(1280, 800)
    window.show()
    try:
        page = window.interview
        window.start_interview(Plan(counts={"technical": 1}, name="Custom"), False)
        wait_reached(qtbot, window, State.PREPARING)
        qtbot.wait(50)
        assert page.answer.height() >= 200, page.answer.height()  # was 75: three lines
        scroll = page.question_scroll
        assert scroll.height() <= 0.4 * window.height() + 2
        assert scroll.verticalScrollBar().maximum() > 0  # the end of the question is reachable
        qtbot.keyClicks(page.answer, "It memorizes noise in the training set.")
        window.controller.end(page.answer.toPlainText())
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
        qtbot.wait(50)
        card = window.scorecard
        cell = card.table.item(0, 0)
        assert cell.text().endswith("…") and len(cell.text()) < 200
        assert cell.toolTip().endswith("and why?")
        assert card.table.rowHeight(0) <= 120, card.table.rowHeight(0)
        # the explanation (under the table of its one answer, the page's width: ui68)
        line = card.detail.fontMetrics().lineSpacing()
        assert card.detail.viewport().height() >= DETAIL_READABLE_LINES_WIDE * line
        assert card._detail_panel.width() >= card._split.width() - 1
        assert card.detail_title_scroll.height() <= 0.25 * window.height() + 2
    finally:
        window.shutdown()
        storage.close()
