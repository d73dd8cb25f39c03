"""Export from the Scorecard and Review pages: ask for a file, then load, render and write off the GUI thread.

The PDF is laid out in the worker too: ``QTextDocument`` and ``QPdfWriter`` are reentrant and no
widget is involved (checked: identical bytes and no Qt warning from ``QThreadPool`` workers; plain
Python threads lack a Qt event dispatcher and do warn, so always go through ``TaskRunner``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget

from simulator.core.export import (
    FORMATS,
    SUFFIXES,
    ExportError,
    ExportFormat,
    ExportInput,
    export_file,
    format_for,
)
from simulator.core.qt_names import for_qt, from_qt
from simulator.core.questions import QuestionBank
from simulator.core.scorecard import load_scorecard
from simulator.core.storage import Storage
from simulator.ui.failure_box import show_failure
from simulator.ui.file_dialogs import fit
from simulator.ui.modal import keyboard_back
from simulator.ui.tasks import TaskRunner
from simulator.ui.widgets.page_status import show_status


def save_dialog(parent: QWidget, suggested: str) -> QFileDialog:
    """The save dialog, every format offered. Qt's own dialog (no desktop one here) gave
    "Files of type" no letter: the format, the choice that matters in an export, was the one
    field Alt could not reach (Look in, File name and Save had theirs); Alt+T now."""
    dialog = QFileDialog(
        parent,
        "Export scorecard",
        for_qt(suggested) or "",
        ";;".join(f.file_filter for f in FORMATS.values()),
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectNameFilter(FORMATS["html"].file_filter)
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, "Files of &type:")
    fit(dialog, parent)  # its columns whole at the smallest window
    follow_typed_suffix(dialog)
    return dialog


def follow_typed_suffix(dialog: QFileDialog) -> None:
    """ "Files of type" follows the suffix typed in the name: "notes.md" typed while HTML was
    the type left HTML shown, the Markdown file written all the same (walkthrough 37). The other
    way needs nothing: choosing a type puts its suffix on the name (Qt's own dialog does)."""
    name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
    if name_edit is None:  # a desktop dialog: it has no widgets of ours to follow
        return

    def follow(text: str) -> None:
        key = SUFFIXES.get(Path(text).suffix.lower())
        if key is None or dialog.selectedNameFilter() == FORMATS[key].file_filter:
            return
        cursor = name_edit.cursorPosition()
        dialog.selectNameFilter(FORMATS[key].file_filter)
        if name_edit.text() != text:
            # Qt puts the type's first suffix on the name ("notes.markdown" -> "notes.md"):
            # what was typed stays as typed, the cursor where it was
            name_edit.setText(text)
            name_edit.setCursorPosition(cursor)

    name_edit.textEdited.connect(follow)


def ask_save_path(parent: QWidget, suggested: str) -> tuple[str, str]:
    """The one place the save dialog runs (tests patch it). Returns (path, chosen filter)."""
    dialog = save_dialog(parent, suggested)
    with keyboard_back(parent):
        chosen = dialog.exec() == QFileDialog.DialogCode.Accepted and dialog.selectedFiles()
        path, selected = (from_qt(chosen[0]), dialog.selectedNameFilter()) if chosen else ("", "")
    dialog.deleteLater()
    return path, selected


def chosen_path(path: str, selected_filter: str) -> tuple[Path, ExportFormat]:
    """The file and its format: the extension typed wins, else the filter chosen adds one."""
    target = Path(path)
    if target.suffix.lower() in SUFFIXES:
        return target, format_for(target)
    fmt = next((f for f in FORMATS.values() if f.file_filter == selected_filter), FORMATS["html"])
    return target.with_name(target.name + fmt.default_suffix), fmt


def export_session(
    window: QWidget,
    storage: Storage,
    bank: QuestionBank,
    session_id: int,
    runner: TaskRunner,
    folder: Path | None = None,
    remember: Callable[[Path], None] | None = None,
    file_name: str | None = None,
) -> None:
    """Ask where (starting in ``folder``, offering ``file_name``: ``core.export.files.
    export_file_name``), then export in the background and say how it went in the status
    bar; ``remember`` gets the folder of a file written, for the next time."""
    suggested = str((folder or Path.home()) / (file_name or "scorecard.html"))
    path, selected = ask_save_path(window, suggested)
    if not path:
        return  # cancelled
    try:
        target, fmt = chosen_path(path, selected)
    except ExportError as exc:
        _failed(window, str(exc))
        return

    def work() -> Path:
        session, card = load_scorecard(storage, session_id, bank)
        layout = None
        if fmt.paged:
            from simulator.ui.export_pdf import pdf_layout

            layout = pdf_layout()
        return export_file(target, fmt, ExportInput(card, session, bank), layout)

    def done(written: Path) -> None:
        # the scorecard, not "session 2": a number the window shows nowhere else (ux36)
        _status(window, f"Exported the scorecard to {written}", 10000, str(written.parent))
        if remember is not None:
            remember(written.parent)

    def failed(exc: BaseException) -> None:
        reason = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        _failed(window, str(reason))

    _status(window, f"Exporting the scorecard to {target}…", 0, str(Path(target).parent))
    runner.submit(work, on_done=done, on_error=failed)


def _failed(window: QWidget, reason: str) -> None:
    """In the status bar and in a message that stays until read: a status line alone went
    by while the file dialog closed (a full disk, a folder that is not there)."""
    text = f"The scorecard was not exported: {reason}."
    show_failure(window, "Export failed", text, "exportFailed", "")
    # where "Exporting the scorecard to …" was said: on the page's own line it stayed, beside
    # the status bar's "Export failed", after the warning was closed (walk66)
    _status(window, f"Export failed: {reason}", 15000)


def _status(window: QWidget, text: str, msecs: int = 15000, folder: str = "") -> None:
    # on the page's own line where it has one: the status bar, shown for it, took 22 px from
    # the page for as long (walk61); cut to it, the folder is shortened, the words and the
    # file's name stay whole
    show_status(window, text, msecs, cut=folder)
