"""Composition root: builds the services (real or fake), the QApplication and the MainWindow."""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from simulator import paths
from simulator.core.qt_names import for_qt, shown_text
from simulator.core.storage import Storage, StorageError, open_asking
from simulator.services import Services, limit_malloc_arenas, load_warm_bank
from simulator.settings import load_settings
from simulator.ui.pyside_feature import read_sources_without_keeping_them  # before PySide6
from simulator.ui.qt_locale import utf8_for_qt

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from simulator.speech.tts import Speaker
    from simulator.ui.crash import CrashReporter
    from simulator.ui.main_window import MainWindow

__all__ = ["Services", "build_services", "limit_malloc_arenas", "open_window", "run_gui"]


def build_services(
    data_dir: Path | None = None,
    *,
    with_speaker: bool = True,
    with_bank: bool = True,
    when_locked: Callable[[StorageError], str] | None = None,
) -> Services:
    """``when_locked``: asked what to do when another program holds the session database
    locked ("retry", "read-only", or anything else: ``StorageError`` is raised). The work a
    migration left (``Storage.upkeep``) and the file's integrity check (``check_deferred``:
    1.1-1.9 s for 857 MB, before the window could show) are the window's, on its database
    lane."""
    if data_dir is not None:
        paths.set_data_dir(data_dir)
    settings, notices = load_settings()
    for notice in notices:
        logging.getLogger(__name__).warning("settings: %s", notice)
    speaker = None
    if with_speaker:
        from simulator.speech.deferred import DeferredSpeaker

        def interviewer() -> Speaker:
            # Piper (natural) when installed, else espeak-ng; neither engine loads before it
            # speaks, and their modules are imported on the speaker's first use.
            from simulator.speech.voices import InterviewerSpeaker

            return InterviewerSpeaker(
                paths.speech_cache_dir(),
                voice_id=settings.voice_id or None,
                rate=settings.speaking_rate,
            )

        speaker = DeferredSpeaker(interviewer)
    try:
        home: Path | None = Path.home()
    except (RuntimeError, KeyError):  # no home folder to be found
        home = None
    return Services(
        bank=load_warm_bank() if with_bank else None,
        storage=(
            open_asking(paths.database_file(), when_locked, upkeep_later=True, check_later=True)
            if when_locked is not None
            else Storage(paths.database_file(), upkeep_later=True, check_later=True)
        ),
        settings=settings,
        speaker=speaker,
        notices=notices,
        # answers written there when the app was ended with a full disk (put back by the window)
        rescue_folder=home,
    )


def app_icon() -> QIcon:
    """The window icon: the SVG, plus the rendered PNGs where the platform prefers pixels."""
    from PySide6.QtGui import QIcon

    icons = paths.resources_dir() / "icons"
    icon = QIcon(for_qt(icons / "ml-interview.svg") or "")
    for png in sorted(icons.glob("hicolor/*/apps/ml-interview.png")):
        icon.addFile(for_qt(png) or "")
    return icon


def _set_icon(app: QApplication) -> None:
    if app.windowIcon().isNull():
        app.setWindowIcon(app_icon())


def _with_icon(
    app: QApplication, when_locked: Callable[[StorageError], str] | None
) -> Callable[[StorageError], str] | None:
    """``when_locked``, with the app's icon set before it asks (its dialog shows before the
    window, which sets the icon after its first paint)."""
    if when_locked is None:
        return None
    ask = when_locked

    def asking(exc: StorageError) -> str:
        _set_icon(app)
        return ask(exc)

    return asking


def open_window(
    argv: list[str] | None = None, when_locked: Callable[[StorageError], str] | None = None
) -> MainWindow:
    """The QApplication and the shown MainWindow, as the app starts (also used by benchmarks).

    Raises ``StorageError`` when the session database cannot be opened; ``when_locked`` is
    asked first what to do when another program holds it locked (see ``build_services``)."""
    from PySide6.QtWidgets import QApplication

    read_sources_without_keeping_them()  # before the window's modules are imported
    from simulator.ui.main_window import MainWindow
    from simulator.ui.style import apply_theme

    if QApplication.instance() is None:
        utf8_for_qt()  # (quietly, before Qt: see qt_locale)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("ML Interview Simulator")
    app.setOrganizationName("ml-interview-simulator")
    app.setDesktopFileName("ml-interview")
    # The person's theme before anything shows: the question asked when the database is
    # locked at start came up light in a dark-themed app (walkthrough 28).
    theme = load_settings()[0].theme
    apply_theme(app, theme)
    # the bank loads after the first paint
    services = build_services(with_bank=False, when_locked=_with_icon(app, when_locked))
    if services.settings.theme != theme:
        apply_theme(app, services.settings.theme)
    window = MainWindow(services)
    # The icon's files (an SVG read by Qt's plugin, and five PNGs) took ~12 ms of the start's
    # CPU before the first paint (stall65); the title bar shows it a moment later
    window.first_paint.after(0, lambda: _set_icon(app))
    screen = app.primaryScreen()
    if screen is not None:
        try:
            kept: Path | None = paths.window_file()
        except paths.DataDirError:
            kept = None
        window.place_on_screen(screen.availableGeometry(), kept)
    window.show()
    return window


def data_dir_refused(why: str) -> str:
    """The window's words when no data folder can be used: ``why`` as a sentence, and what to
    do unless it says so already (it said "--data-dir" twice of XDG_DATA_HOME=/proc, walk62)."""
    why = shown_text(why)  # a path's byte that is not UTF-8: Qt would drop it
    said = f"{why[:1].upper()}{why[1:]}."
    if "--data-dir" in why:
        return said
    return f"{said} Start the app with --data-dir and a folder you can write to."


def run_gui(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    read_sources_without_keeping_them()
    from simulator.instance import InstanceLock, server_name
    from simulator.ui.locked_database import ask_when_locked
    from simulator.ui.single_instance import RaiseServer, ask_to_raise

    if QApplication.instance() is None:
        utf8_for_qt()  # (quietly, before Qt: see qt_locale)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    try:
        folder = paths.data_dir()
    except paths.DataDirError as exc:
        QMessageBox.critical(None, "ML Interview Simulator", data_dir_refused(str(exc)))
        return 1
    lock = InstanceLock(folder)
    if not lock.acquire():
        said, by_import = lock.held_by()
        if by_import:
            QMessageBox.information(
                None,
                "ML Interview Simulator",
                f"{said[:1].upper()}{said[1:]}. Start the app again once it has ended (the "
                "sessions it brings in are then listed).",
            )
            return 1
        if ask_to_raise(server_name(folder)):
            print(
                f"ml-interview: already running with {folder}: its window was brought to the front"
            )
            return 0
        pid = lock.holder()
        QMessageBox.information(
            None,
            "ML Interview Simulator",
            f"The app is already running with the data folder {folder}"
            + (f" (process {pid})" if pid else "")
            + ". Switch to that window, or start this one with another --data-dir.",
        )
        return 1
    reporter = start_diagnostics(folder)
    if lock.unlocked_reason:
        logging.getLogger(__name__).warning("%s", lock.unlocked_reason)
        print(f"ml-interview: {lock.unlocked_reason}", file=sys.stderr)
    try:
        window = open_window(argv, when_locked=ask_when_locked)
    except StorageError as exc:
        logging.getLogger(__name__).error("cannot open the database: %s", exc)
        if exc.kind != "locked":  # (a locked one was shown, and Quit chosen)
            QMessageBox.critical(None, "ML Interview Simulator", str(exc))
        lock.release()
        reporter.uninstall()
        return 1
    if lock.unlocked_reason:
        window.statusBar().showMessage(lock.unlocked_reason, 60000)
    RaiseServer(window, server_name(folder))
    from simulator.ui.termination import quit_on_sigterm

    quit_on_sigterm(window)
    window.tasks.waits_for_preparing = False  # the process ends with the close (end_now)
    code = app.exec()
    window.shutdown()
    preparing = window.tasks.still_preparing()
    lock.release()
    reporter.uninstall()
    if preparing:
        end_now(int(code), preparing)
    return int(code)


def end_now(code: int, preparing: list[str]) -> NoReturn:
    """End the process once all a person gave is saved, while work that only prepares (the
    scorer's warm-up: 11 s at load 14) still runs on ``preparing``'s lanes. The interpreter's
    own end would wait for that work (Qt's thread pools wait for their jobs as they go), or
    pull the interpreter from under it (a crash, tasks.py). Not all exit handlers can run
    (PySide's deletes the app's objects, the thread pools among them, which wait for their
    jobs): the log is closed and this run's scratch folders removed here (the voice's process
    was ended by the window's close, and ends by itself with the app)."""
    import os

    logging.getLogger(__name__).info(
        "closed while %s still prepared: not waited for", ", ".join(preparing)
    )
    logging.shutdown()
    paths.remove_stand_ins()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)


def start_diagnostics(folder: Path) -> CrashReporter:
    """The log file and crash trace in ``folder``/logs, and the error dialog for uncaught errors
    (a folder that cannot hold a log only costs the log: the app still starts)."""
    from simulator import diagnostics
    from simulator.ui.crash import CrashReporter

    try:
        diagnostics.setup(folder)
    except paths.DataDirError as exc:  # its words name the folder (not "[Errno 17] ...")
        print(f"ml-interview: no log file: {exc}", file=sys.stderr)
    except OSError as exc:
        from simulator.core.storage_errors import plain_reason

        where = diagnostics.logs_dir(folder)
        print(f"ml-interview: no log file in {where}: {plain_reason(exc)}", file=sys.stderr)
    return CrashReporter(diagnostics.current_log).install()
