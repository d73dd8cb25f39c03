"""Qt's own file dialog (no desktop one here), sized for the window it serves.

At its default size (644 x 431) over the smallest window (960 x 640) the file list's columns
were cut: "10...es", "HT...nt", "3 12 2... 10:47" (issue 8, review34). Every file dialog of the
app is made here: as large as the window less a margin (within the screen), the names taking
the room the size, type and date leave once they show whole.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QHeaderView, QListView, QTreeView, QWidget

from simulator.core.qt_names import for_qt, from_qt
from simulator.ui.modal import run_modal
from simulator.ui.widgets.sort_arrow import point_arrow_down_when_descending

MARGIN = 24  # px left of the window on each side
MAX_WIDTH, MAX_HEIGHT = 1100, 760  # beyond this a larger window gives the list no more use


def file_dialog(
    parent: QWidget,
    title: str,
    start: str,
    filters: str = "",
    *,
    save: bool = False,
    folder: bool = False,
) -> QFileDialog:
    """A save (``save``), open, or folder (``folder``) dialog starting at ``start`` (a path as
    Python names it: ``qt_names``)."""
    dialog = QFileDialog(parent, title, for_qt(start) or "", filters)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    elif folder:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    fit(dialog, parent)
    return dialog


def fit(dialog: QFileDialog, parent: QWidget) -> None:
    """As large as ``parent``'s window less ``MARGIN`` (never below the dialog's own least
    size, never beyond the screen); the places beside the list as wide as their names; the
    list in detail, every column but the name sized to what it shows."""
    window = parent.window()
    room = window.size()
    screen = window.screen().availableGeometry() if window.screen() is not None else None
    least = dialog.minimumSizeHint()
    width = min(MAX_WIDTH, room.width() - 2 * MARGIN)
    height = min(MAX_HEIGHT, room.height() - 2 * MARGIN)
    if screen is not None:
        width, height = min(width, screen.width()), min(height, screen.height())
    dialog.resize(max(width, least.width()), max(height, least.height()))
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    places = dialog.findChild(QListView, "sidebar")
    if places is not None:
        # Its places whole: at its own width it read "Comp…" for Computer (walk60)
        frame = 2 * places.frameWidth() + places.verticalScrollBar().sizeHint().width()
        places.setMinimumWidth(places.sizeHintForColumn(0) + frame)
    tree = dialog.findChild(QTreeView, "treeView")
    if tree is not None:
        header = tree.header()
        point_arrow_down_when_descending(header)  # as History's: ▲ names from A (ux49)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def chosen(dialog: QFileDialog) -> str:
    """Run ``dialog``; the file or folder chosen (as Python names it), "" when cancelled.
    Once it closes the keyboard is back where it was: with no window manager to hand it
    back, the window was left inactive after an archive's dialog, with no focus ring and its
    keys (Ctrl+G, the menu's Alt+I) dead until it was clicked (walk56)."""
    try:
        accepted = run_modal(dialog) == QFileDialog.DialogCode.Accepted
        files = dialog.selectedFiles() if accepted else []
        return from_qt(files[0]) if files else ""
    finally:
        dialog.deleteLater()
