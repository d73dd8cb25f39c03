"""Interview menu → Export all data… / Import data…: the archive, with a file dialog and a question
before anything already here is replaced. The database is read on its lane; the archive is
written on the archive lane, with progress and Cancel (a recording can be gigabytes)."""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog

from simulator import paths
from simulator.core.archive import (
    ArchiveCancelled,
    ArchiveContents,
    ArchiveSummary,
    ImportPreview,
    archive_contents,
    import_archive,
    import_preview,
    write_archive,
)
from simulator.speech.models import size_text
from simulator.ui.failure_box import show_failure
from simulator.ui.file_dialogs import chosen, file_dialog
from simulator.ui.page_notice import tell
from simulator.ui.tasks import ARCHIVE
from simulator.ui.widgets.common import counted


def choose_file(window: Any, saving: bool, folder: Path | None = None) -> Path | None:
    """The one place a file dialog opens (tests replace it): in ``folder`` (the last export's),
    else the home folder."""
    start = folder or Path.home()
    if saving:
        name = f"ml-interview-{dt.date.today().isoformat()}.zip"
        dialog = file_dialog(
            window, "Export all data", str(start / name), "Archive (*.zip)", save=True
        )
    else:
        dialog = file_dialog(window, "Import data", str(start), "Archive (*.zip)")
    path = chosen(dialog)
    return Path(path) if path else None


def export_all(window: Any) -> None:
    """Ask where, starting in the folder of the last export (a scorecard's or the archive's:
    it started in the home folder, though the scorecards had gone elsewhere, ux54)."""
    from simulator.ui.settings_actions import in_export_folder

    in_export_folder(window, lambda folder: _export_all(window, folder))


def _export_all(window: Any, folder: Path | None) -> None:
    from simulator.ui.settings_actions import remember_export_folder

    target = choose_file(window, True, folder)
    if target is None:
        return
    window.past.delete_held()  # a session deleted on History is not archived
    if target.suffix.lower() != ".zip":
        target = target.with_name(target.name + ".zip")

    def done(summary: ArchiveSummary) -> None:
        window.statusBar().showMessage(exported(summary, target), 10000)
        remember_export_folder(window, target.parent)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, ArchiveCancelled):
            window.statusBar().showMessage(f"Export cancelled: {exc}.", 10000)
            return
        _failed(window, "Export failed", f"Nothing was exported: {exc}.")

    def read(contents: ArchiveContents) -> None:
        # the files on a lane of their own: a recording of gigabytes held the database lane
        # (every page's loading) for as long as it was copied
        ExportProgress(window, target, contents, done, failed)

    window.statusBar().showMessage(f"Exporting to {target}…")
    window._db.submit(archive_contents, window.services.storage, on_done=read, on_error=failed)


def exported(summary: ArchiveSummary, target: Path) -> str:
    return (
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
        )
        + (
            f" {counted(len(summary.cut), 'text')} longer than an archive holds "
            f"{'was' if len(summary.cut) == 1 else 'were'} cut to its length ({summary.cut[0]}"
            + (", …" if len(summary.cut) > 1 else "")
            + ")."
            if summary.cut
            else ""
        )
        + (
            f" {counted(len(summary.unread), 'stored value')} the app cannot read "
            f"{'was' if len(summary.unread) == 1 else 'were'} written as it reads "
            f"{'it' if len(summary.unread) == 1 else 'them'} ({summary.unread[0]}"
            + (", …" if len(summary.unread) > 1 else "")
            + ")."
            if summary.unread
            else ""
        )
    )


class _Relay(QObject):
    moved = Signal(object, object)  # (bytes written, bytes in all): past 2**31, not int


class ExportProgress(QObject):
    """The archive being written, on the archive lane (long file work, in no one's way): a
    dialog says how far it is ("1.2 GB of 5.1 GB") and Cancel stops it; a cancelled or failed
    export leaves nothing of itself under the archive's name. Closing the window cancels it."""

    def __init__(
        self,
        window: Any,
        target: Path,
        contents: ArchiveContents,
        done: Callable[[ArchiveSummary], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__(window)
        self._stop = threading.Event()
        self._relay = _Relay(self)
        self._relay.moved.connect(self._moved)
        self._shown_at = -1  # the last permille shown
        self.dialog = dialog = QProgressDialog(
            f"Exporting all data to {target}…", "Cancel", 0, PERMILLE, window
        )
        dialog.setObjectName("archiveProgress")
        dialog.setWindowTitle("Export all data")
        dialog.setMinimumDuration(SHOW_AFTER_MS)  # a quick export shows none
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        dialog.setValue(0)
        self._target = target
        window.stop_on_close.append(self.cancel)
        # The archive lane runs one job at a time: behind another export this one waits, its
        # dialog at 0 (it waited behind model downloads too when it shared their lane), and
        # Cancel only said "Cancelling" until the lane was free (fix46). A cancel before the
        # lane took the job ends the export at once; the job then writes nothing.
        self._began = False
        self._began_lock = threading.Lock()
        self._over = False  # reported (done, failed or cancelled while waiting): once

        def ended(then: Callable[[Any], None]) -> Callable[[Any], None]:
            def run(value: Any) -> None:
                if self._over:
                    return
                self._over = True
                self._end(window)
                then(value)

            return run

        self._failed = ended(failed)

        def write() -> ArchiveSummary:
            with self._began_lock:
                if self._stop.is_set():
                    raise ArchiveCancelled(self._nothing_written())
                self._began = True
            return write_archive(contents, target, self._report, self._stop.is_set)

        window.tasks.submit(write, on_done=ended(done), on_error=self._failed, lane=ARCHIVE)

    def _nothing_written(self) -> str:
        return f"the export was cancelled; nothing was written to {self._target}"

    def cancel(self) -> None:
        with self._began_lock:
            self._stop.set()
            waiting = not self._began
        if waiting:
            self._failed(ArchiveCancelled(self._nothing_written()))
            return
        self.dialog.setLabelText(f"Cancelling the export to {self._target}…")

    def _report(self, done: int, total: int) -> None:
        """On the archive lane: only a changed permille goes to the GUI thread."""
        now = done * PERMILLE // max(total, 1)
        if now != self._shown_at:
            self._shown_at = now
            self._relay.moved.emit(done, total)

    def _moved(self, done: int, total: int) -> None:
        if self._stop.is_set():
            return
        self.dialog.setValue(done * PERMILLE // max(total, 1))
        self.dialog.setLabelText(
            f"Exporting all data to {self._target}…\n{size_text(done)} of {size_text(total)}"
        )

    def _end(self, window: Any) -> None:
        with contextlib.suppress(ValueError):
            window.stop_on_close.remove(self.cancel)
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        self.deleteLater()


PERMILLE = 1000
SHOW_AFTER_MS = 400


def _failed(window: Any, title: str, text: str) -> None:
    """A message that stays (the file dialog has just closed: a status line went by unseen)."""
    show_failure(window, title, text, "archiveFailed", text)


def import_all(window: Any) -> None:
    """Ask which archive, starting in the folder of the last export (where archives go)."""
    from simulator.ui.settings_actions import in_export_folder

    in_export_folder(window, lambda folder: _import_all(window, folder))


def _import_all(window: Any, folder: Path | None) -> None:
    source = choose_file(window, False, folder)
    if source is None:
        return
    storage = window.services.storage

    def checked(preview: ImportPreview) -> None:
        # Nothing here is replaced: the archive's sessions are added beside them, those
        # already here skipped (it asked "Replace your history?" and replaced it whole)
        differs = differs_said(preview.held)
        if differs and not window.past.confirm(
            "Import this archive?", f"{preview_said(preview)} {differs}Import it?"
        ):
            return

        def done(imported: ArchiveSummary) -> None:
            window.go_home()
            # on Home until dismissed: what was skipped is read, not gone in 10 s
            tell(window, window.home, imported_said(imported, source), 15000)

        window._db.submit(
            import_archive, storage, source, paths.recordings_dir(), False,
            on_done=done, on_error=lambda exc: _failed(window, "Import failed", not_imported(exc)),
        )  # fmt: skip

    window._db.submit(
        import_preview,
        storage,
        source,
        on_done=checked,
        on_error=lambda exc: _failed(window, "Import failed", not_imported(exc)),
    )


def imported_said(imported: ArchiveSummary, source: Path) -> str:
    """What was imported and from which file ("Imported 2 sessions and 0 recordings." did not
    say from where, as the export says where to: ux54)."""
    skipped = f"{imported.skipped} " if imported.skipped else ""
    if skipped and not imported.answers and not imported.completed:
        # (not "Imported 0 sessions and 0 recordings")
        return f"Nothing new was imported from {source}. {skipped}".strip()
    if skipped and not imported.sessions:  # answers added to interviews here (or completing)
        return f"Imported from {source}: {skipped}{differs_said(imported, done=True)}".strip()
    return (
        f"Imported {counted(imported.sessions, 'session')} and "
        f"{counted(imported.recordings, 'recording')} from {source}. "
        f"{skipped}{differs_said(imported, done=True)}"
    ).strip()


def preview_said(preview: ImportPreview) -> str:
    """What the archive holds and what importing it stores, as the import will count it (an
    interview held twice was counted twice here and stored once: attack run 59)."""
    held, imported = preview.held, preview.imported
    said = f"The archive holds {counted(held.sessions, 'session')} from {held.created[:10]}"
    if (imported.sessions, imported.answers) == (held.sessions, held.answers):
        return f"{said}. {imported.skipped}".strip()  # (questions as asked left out)
    if not imported.sessions and not imported.answers:
        return f"{said}: importing it adds nothing new. {imported.skipped}".strip()
    adds = f"{counted(imported.sessions, 'session')} with {counted(imported.answers, 'answer')}"
    if not imported.sessions:
        adds = f"{counted(imported.answers, 'answer')} to interviews here"
    return f"{said}: importing it adds {adds}. {imported.skipped}".strip()


def differs_said(summary: ArchiveSummary, done: bool = False) -> str:
    """The manifest's counts against data.json's, as a sentence with a space after it, or ""."""
    why = summary.manifest_differs
    if not why:
        return ""
    what = "was imported" if done else "is what is imported"
    return f"{why[:1].upper()}{why[1:]}: what data.json holds {what}. "


def not_imported(exc: BaseException) -> str:
    return f"Nothing was imported: {exc}. Your sessions here are as they were."
