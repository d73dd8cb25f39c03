"""Interview menu → Export all data… / Import data…: the archive, with a file dialog and a question
before anything already here is replaced. The work runs on the database lane, off the GUI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from simulator import paths
from simulator.core.archive import ArchiveSummary, export_archive, import_archive, read_archive
from simulator.ui.failure_box import show_failure
from simulator.ui.file_dialogs import chosen, file_dialog
from simulator.ui.widgets.common import counted


def choose_file(window: Any, saving: bool) -> Path | None:
    """The one place a file dialog opens (tests replace it)."""
    if saving:
        name = f"ml-interview-{dt.date.today().isoformat()}.zip"
        dialog = file_dialog(
            window, "Export all data", str(Path.home() / name), "Archive (*.zip)", save=True
        )
    else:
        dialog = file_dialog(window, "Import data", str(Path.home()), "Archive (*.zip)")
    path = chosen(dialog)
    return Path(path) if path else None


def export_all(window: Any) -> None:
    target = choose_file(window, saving=True)
    if target is None:
        return
    if target.suffix.lower() != ".zip":
        target = target.with_name(target.name + ".zip")

    def done(summary: ArchiveSummary) -> None:
        window.statusBar().showMessage(
            f"Exported {counted(summary.sessions, 'session')} and "
            f"{counted(summary.recordings, 'recording')} to {target}."
            + (
                f" Left out {counted(len(summary.left_out), 'file')} outside the data folder."
                if summary.left_out
                else ""
            )
            + (
                f" Not in it: {counted(len(summary.gone), 'recording')} no longer on the disk."
                if summary.gone
                else ""
            )
            + (
                f" Not in it: {counted(len(summary.not_files), 'recording')} that "
                f"{'is' if len(summary.not_files) == 1 else 'are'} not a regular file (a pipe, "
                "device or folder)."
                if summary.not_files
                else ""
            ),
            10000,
        )

    window.statusBar().showMessage(f"Exporting to {target}…")
    window._db.submit(
        export_archive,
        window.services.storage,
        target,
        on_done=done,
        on_error=lambda exc: _failed(window, "Export failed", f"Nothing was exported: {exc}."),
    )


def _failed(window: Any, title: str, text: str) -> None:
    """A message that stays (the file dialog has just closed: a status line went by unseen)."""
    show_failure(window, title, text, "archiveFailed", text)


def import_all(window: Any) -> None:
    source = choose_file(window, saving=False)
    if source is None:
        return
    storage = window.services.storage

    def checked(result: tuple[ArchiveSummary, int]) -> None:
        summary, existing = result
        replace = False
        if existing:
            if not window.past.confirm(
                "Replace your history?",
                f"The archive holds {counted(summary.sessions, 'session')} from "
                f"{summary.created[:10]}. Importing it replaces the "
                f"{counted(existing, 'session')} here (their recordings stay "
                "on disk).",
            ):
                return
            replace = True

        def done(imported: ArchiveSummary) -> None:
            window.statusBar().showMessage(
                f"Imported {counted(imported.sessions, 'session')} and "
                f"{counted(imported.recordings, 'recording')}.",
                10000,
            )
            window.go_home()

        window._db.submit(
            import_archive, storage, source, paths.recordings_dir(), replace,
            on_done=done, on_error=lambda exc: _failed(window, "Import failed", not_imported(exc)),
        )  # fmt: skip

    window._db.submit(
        lambda: (read_archive(source)[0], storage.session_count()),
        on_done=checked,
        on_error=lambda exc: _failed(window, "Import failed", not_imported(exc)),
    )


def not_imported(exc: BaseException) -> str:
    return f"Nothing was imported: {exc}. Your sessions here are as they were."
