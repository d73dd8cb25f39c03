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

from simulator.ui.file_dialogs import file_dialog
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
