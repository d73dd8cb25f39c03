"""Round 60's keyboard-only walkthrough as a new user (issue 8, walk60): what the real window
showed at 1280 x 800 and 960 x 640, light and dark, each fixed with a test that failed before."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QListView,
    QMainWindow,
    QSplitter,
    QTreeView,
)

from simulator.core.plan import Plan
from simulator.ui.file_dialogs import file_dialog
from tests.ui.stand_ins import begin_answering
from tests.ui.waits import HANG_MS


def test_every_plan_s_name_is_whole_in_the_smallest_window_walk60(  # type: ignore[no-untyped-def]
    qtbot, themed: str, window
) -> None:
    """At 960 x 640 the plan box read "Due for review — what your schedule s…" (and "Custom —
    choose categories, topics and…"): each plan's name is whole in the box, and hovering it
    says what the plan asks."""
    window.resize(960, 640)
    combo = window.home.preset
    qtbot.waitUntil(lambda: combo.isVisible() and combo.width() > 0, timeout=HANG_MS)
    QApplication.processEvents()
    cut, untold = [], []
    for i in range(combo.count()):
        combo.setCurrentIndex(i)
        if combo.shown_text() != combo.currentText():
            cut.append(combo.shown_text())
        about = combo.itemData(i, Qt.ItemDataRole.ToolTipRole)
        if not (isinstance(about, str) and about and about in combo.shown_tip()):
            untold.append(combo.currentText())
    assert cut == []
    assert untold == []


def test_a_cut_choice_is_whole_in_its_tooltip_walk60(qtbot) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.widgets.elided_combo import ElidedComboBox

    combo = ElidedComboBox()
    qtbot.addWidget(combo)
    whole = "3. Explain how a transformer's attention scales with the length of its input  ·  71"
    combo.addItem(whole)
    combo.resize(220, 30)
    combo.show()
    qtbot.waitUntil(combo.isVisible, timeout=HANG_MS)
    assert combo.shown_text() != whole and combo.shown_text().endswith("·  71")
    assert combo.shown_tip() == whole


def test_custom_after_due_for_review_starts_from_a_plan_walk60(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """With nothing due, Due for review unticks every category; Custom chosen next (Up from it,
    as a person going through the list does) went on with none ticked: "Choose at least one
    category", Start greyed. It starts from the Custom plan last left or started."""
    home = window.home
    combo = home.preset
    combo.setCurrentIndex(combo.findData("Custom"))
    home.category_boxes["case"].setChecked(False)
    home.count.setValue(2)
    combo.setCurrentIndex(combo.findData("Due for review"))
    assert not any(box.isChecked() for box in home.category_boxes.values())
    combo.setCurrentIndex(combo.findData("Custom"))
    ticked = [c for c, box in home.category_boxes.items() if box.isChecked()]
    assert ticked == ["technical", "behavioral"] and home.count.value() == 2
    assert home.start_button.isEnabled(), home.start_reason.text()


def test_the_file_dialog_s_own_labels_are_whole_walk60(  # type: ignore[no-untyped-def]
    qtbot, themed: str, tmp_path: Path
) -> None:
    """The import dialog at 960 x 640 showed "Comp…" for Computer among its places, and its
    list's headers ("Type") with their descenders cut: the app's frame for item views framed
    the header again, inside its table, taking 4 px from its text. Every place's name is whole
    and every header section has the height its text needs."""
    parent = QMainWindow()
    qtbot.addWidget(parent)
    parent.resize(960, 640)
    parent.show()
    dialog = file_dialog(parent, "Import data", str(tmp_path), "Archive (*.zip)")
    qtbot.addWidget(dialog)
    dialog.show()
    tree = dialog.findChild(QTreeView, "treeView")
    places = dialog.findChild(QListView, "sidebar")
    assert isinstance(dialog, QFileDialog) and tree is not None and places is not None
    qtbot.waitUntil(lambda: places.isVisible() and places.viewport().width() > 0, timeout=HANG_MS)
    assert places.model().rowCount() > 0
    # Qt keeps the dialog's state between runs (QtProject.conf): the places as narrow as a
    # run before left them (98 px in the walkthrough's)
    splitter = dialog.findChild(QSplitter, "splitter")
    assert splitter is not None
    splitter.setSizes([60, splitter.width() - 60])
    QApplication.processEvents()
    assert places.viewport().width() >= places.sizeHintForColumn(0)
    header = tree.header()
    assert header.viewport().height() >= header.sizeHint().height()
    dialog.reject()


def test_history_s_header_has_room_for_its_text_walk60(qtbot, themed: str, window) -> None:  # type: ignore[no-untyped-def]
    """History's header ("Spoken") had its descenders cut the same way."""
    qtbot.keyClick(
        window.home.preset,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._history, timeout=HANG_MS)
    table = window.past.history.table
    qtbot.waitUntil(table.isVisible, timeout=HANG_MS)
    header = table.horizontalHeader()
    assert header.viewport().height() >= header.sizeHint().height()


STORY = (
    "At my last job two engineers on my team disagreed about the pipeline design. ",
    "As the tech lead I was responsible for a decision before the release. ",
    "I met each of them and set up a design review with clear criteria. ",
    "As a result we picked one design in two days and shipped on time.",
)
TYPING_S = 12.0  # each sentence takes this long to type


def test_a_typed_story_s_timer_stays_as_measured_and_shows_its_parts_as_typed_walk60(  # type: ignore[no-untyped-def]
    qtbot, themed: str, window
) -> None:
    """Submitted, a typed story's timer changed under its feedback (Situation 0:09, Task 0:01,
    Action 0:02, Result 0:00 became 0:09, 0:00, 0:01, 0:03: retold from the seconds each
    sentence was typed in), or showed "Result 0:00" though the Result was typed. The times stay
    as measured; under each part, its share of the words as the score read them, whole at
    960 x 640."""
    window.resize(960, 640)
    window.services.settings.follow_ups = False
    page = window.interview
    core = window.controller.core
    now = [1000.0]
    core._clock = lambda: now[0]  # the story's seconds, as the test types them
    window.start_interview(Plan(counts={"behavioral": 1}), False)
    begin_answering(qtbot, window)
    qtbot.waitUntil(page.star.isVisible, timeout=HANG_MS)
    page._drafts._timer.setInterval(600_000)  # typed on with no pause: no draft is kept
    for sentence in STORY:
        half = len(sentence) // 2
        qtbot.keyClicks(page.answer, sentence[:half])
        now[0] += TYPING_S
        qtbot.keyClicks(page.answer, sentence[half:])
        qtbot.wait(50)  # the sentence's part is read off the GUI thread
    assert core.star is not None
    measured = {p.phase: p.elapsed_s for p in core.star.phases()}
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "scored split by words" in page.feedback.text(), timeout=HANG_MS)
    qtbot.waitUntil(
        lambda: all(p.typed_percent is not None for p in page.star._phases), timeout=HANG_MS
    )
    assert {p.phase: p.elapsed_s for p in core.star.phases()} == measured
    assert {p.phase: p.elapsed_s for p in page.star._phases} == measured
    labels = page.star.labels()
    shares = [lines[-1] for _rect, lines in labels]
    assert all(line.endswith("% of words") for line in shares), shares
    result = next(p for p in page.star._phases if p.phase == "result")
    assert result.typed_percent and result.typed_percent > 10
    # in the feedback line's own figures (it said 18% where the timer said 19%)
    split = ", ".join(f"{p.phase.capitalize()} {p.typed_percent}%" for p in page.star._phases)
    assert f"scored split by words: {split}" in page.feedback.text()
    assert page.star.height() >= page.star.heightForWidth(page.star.width())


def test_home_says_the_scorer_is_getting_ready_after_the_packs_walk60(  # type: ignore[no-untyped-def]
    qtbot, data_dir: Path, monkeypatch
) -> None:
    """A fresh start under load took a minute before Start could start, with Home saying
    "Loading question pack 4 of 4 (technical_foundations.yaml)…" all along: the packs were read
    in a second; the rest was the scorer made ready for them (its imports and a first answer
    scored). Home says so once the packs are read, and the plan's boxes keep their keys."""
    import threading

    from simulator.core.questions import load_packs
    from simulator.core.storage import Storage
    from simulator.services import SCORER_STEP, Services, load_warm_bank
    from simulator.settings import Settings
    from simulator.ui.main_window import MainWindow
    from simulator.ui.pages.home import SCORER_READYING
    from tests.ui.conftest import PACK

    steps: list[tuple[int, int, str]] = []
    ready = threading.Event()

    def load(progress):  # type: ignore[no-untyped-def]
        bank = load_packs([PACK], progress=progress)
        progress(*SCORER_STEP)
        ready.wait(HANG_MS / 1000)  # the scorer getting ready, as long as the test looks
        return bank

    storage = Storage(data_dir / "sessions.sqlite3")
    services = Services(bank=None, storage=storage, settings=Settings(), speaker=None)
    services.load_bank = load
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    home = window.home
    try:
        qtbot.waitUntil(lambda: home.subtitle.text() == SCORER_READYING, timeout=HANG_MS)
        assert home.subtitle.accessibleDescription() == SCORER_READYING
        assert not home.start_button.isEnabled()
        qtbot.keyClick(home.preset, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClick(home.preset, Qt.Key.Key_Down)  # the person's own choice, kept
        assert home.preset.currentIndex() == 1
    finally:
        ready.set()
        window.shutdown()
        storage.close()
    # the app's own loader says the step once the packs are read (here of the test's pack,
    # the scorer's getting ready left out)
    import simulator.bank
    import simulator.core.scoring.meaning
    import simulator.core.scoring.warm_up

    monkeypatch.setattr(simulator.bank, "load_bank", lambda p: load_packs([PACK], progress=p))
    monkeypatch.setattr(simulator.core.scoring.warm_up, "warm_up", lambda bank: None)
    monkeypatch.setattr(simulator.core.scoring.meaning, "get_embedder", lambda: None)
    load_warm_bank(lambda *step: steps.append(step))
    assert steps[-1] == SCORER_STEP and steps[-2][0] == steps[-2][1] > 0


def test_the_answer_box_shows_its_new_placeholder_at_once_walk60(qtbot, themed: str) -> None:  # type: ignore[no-untyped-def]
    """In the real window (960 x 640, dark), answering, the empty box still read the thinking
    time's "Your answer goes here: start typing when you are ready." until a key was typed:
    Qt repaints a box for its placeholder only when it shows or hides."""
    from PySide6.QtCore import QEvent, QObject

    from simulator.ui.widgets.answer_box import AnswerBox

    box = AnswerBox()
    qtbot.addWidget(box)
    box.resize(600, 300)
    box.setPlaceholderText("Your answer goes here: start typing when you are ready.")
    box.show()
    qtbot.waitExposed(box)
    QApplication.processEvents()
    painted: list[int] = []

    class Paints(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                painted.append(event.rect().width())  # type: ignore[attr-defined]
            return False

    watch = Paints()
    box.viewport().installEventFilter(watch)
    box.setPlaceholderText("Type your answer here. Ctrl+Enter submits it.")
    qtbot.waitUntil(lambda: any(width > 100 for width in painted), timeout=2000)
    box.viewport().removeEventFilter(watch)
