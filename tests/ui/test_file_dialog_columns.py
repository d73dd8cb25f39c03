"""Every file dialog of the app at the smallest window (960 x 640) shows its list's columns
whole (issue 8, review34: Qt's dialog at its default 644 x 431 cut them: "10...es", "HT...nt",
"3 12 2... 10:47"). The export's, the archive's (export and import), the model folder's and the
recovery file's are all made by ui/file_dialogs.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QMainWindow, QTreeView

from simulator.ui.export_dialog import save_dialog
from simulator.ui.file_dialogs import file_dialog
from tests.ui.waits import HANG_MS

NAMES = (
    "scorecard-session-12.html",
    "notes from the mock interview with Sam.md",
    "ml-interview-2026-12-01.zip",
    "scorecard-session-7.json",
)


def _made(kind: str, parent: QMainWindow, folder: Path) -> QFileDialog:
    if kind == "export":
        return save_dialog(parent, str(folder / "scorecard-session-14.html"))
    if kind == "import":
        return file_dialog(parent, "Import data", str(folder), "Anything (*)")
    if kind == "folder":
        return file_dialog(parent, "Choose a model folder", str(folder), folder=True)
    return file_dialog(parent, "Save", str(folder / "a.json"), "Anything (*)", save=True)


@pytest.mark.parametrize("kind", ["export", "import", "folder", "save"])
def test_the_file_list_columns_show_whole_at_the_smallest_window(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, kind: str
) -> None:
    folder = tmp_path / "exports"
    (folder / "a subfolder with a long enough name").mkdir(parents=True)
    for i, name in enumerate(NAMES):
        (folder / name).write_bytes(b"x" * 1000 * (i + 1))
    parent = QMainWindow()
    qtbot.addWidget(parent)
    parent.resize(960, 640)
    parent.show()
    dialog = _made(kind, parent, folder)
    qtbot.addWidget(dialog)
    dialog.setDirectory(str(folder))
    dialog.show()
    tree = dialog.findChild(QTreeView, "treeView")
    assert tree is not None
    model = tree.model()
    assert isinstance(model, QFileSystemModel)
    root = model.index(str(folder))
    shown = 1 if kind == "folder" else 2  # the subfolder, and a file the filter shows
    qtbot.waitUntil(lambda: model.rowCount(root) >= shown, timeout=HANG_MS)
    qtbot.waitUntil(lambda: tree.isVisible() and tree.viewport().width() > 0, timeout=HANG_MS)
    assert dialog.width() <= parent.width() and dialog.height() <= parent.height()
    assert dialog.width() >= 800 and dialog.height() >= 520  # the room the window has
    header = tree.header()
    for column in range(1, header.count()):  # size, type, date: never cut
        if header.isSectionHidden(column):
            continue
        assert header.sectionSize(column) >= tree.sizeHintForColumn(column), column
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    # the names take what the others leave: the widest column, nothing scrolled sideways, and
    # the names the app gives its own files ("ml-interview-2026-12-01.zip") whole
    widths = [header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c)]
    assert widths[0] == max(widths) and sum(widths) <= tree.viewport().width() + 1
    own = tree.fontMetrics().horizontalAdvance("scorecard-session-12.html")
    assert header.sectionSize(0) >= own + tree.iconSize().width() + 2 * tree.indentation()
    dialog.reject()
