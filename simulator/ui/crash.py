"""An error nobody caught is logged with its traceback and shown in a dialog that says where
the log is, instead of vanishing into a terminal nobody watches.

``show_error_dialog`` is the one place the modal dialog is opened (tests patch it). Errors in
other threads are logged there and shown on the GUI thread (a queued signal)."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)
TITLE = "ML Interview Simulator: something went wrong"


def show_error_dialog(parent: QWidget | None, title: str, text: str) -> None:
    """The one call site of the modal error dialog; once closed, the keyboard is back where
    it was (as after every modal dialog: ``modal.run_modal``)."""
    from simulator.ui.modal import run_modal

    box = QMessageBox(QMessageBox.Icon.Critical, title, text, parent=parent)
    box.setObjectName("crashDialog")
    # the error's own words and the log's path (a data folder named by the person) are text:
    # "<b>" in either was rendered as markup (attack run 59)
    box.setTextFormat(Qt.TextFormat.PlainText)
    run_modal(box)
    box.deleteLater()


def error_text(exc: BaseException, log_path: Path | None) -> str:
    where = f"The details are in the log:\n{log_path}" if log_path else "No log file is open."
    return (
        f"An unexpected error happened: {type(exc).__name__}: {exc}\n\n"
        "What you already answered is saved. If it happens again, please send the log.\n\n" + where
    )


class _Relay(QObject):
    raised = Signal(object)


class CrashReporter:
    """Installs ``sys.excepthook`` and ``threading.excepthook``; ``uninstall`` puts them back."""

    def __init__(self, log_path: Callable[[], Path | None]) -> None:
        self._log_path = log_path
        self._relay = _Relay()
        self._relay.raised.connect(self._show)
        self._showing = False
        self._previous = (sys.excepthook, threading.excepthook)

    def install(self) -> CrashReporter:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        return self

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def excepthook(
        self,
        kind: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous[0](kind, exc, tb)
            return
        log.critical("uncaught error", exc_info=(kind, exc, tb))
        if threading.current_thread() is threading.main_thread():
            self._show(exc)
        else:
            self._relay.raised.emit(exc)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        log.critical(
            "uncaught error in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )
        self._relay.raised.emit(args.exc_value)  # the dialog opens on the GUI thread

    def _show(self, exc: BaseException) -> None:
        if self._showing or QApplication.instance() is None:
            return  # one dialog at a time: an error while it is open is only logged
        self._showing = True
        try:
            parent = QApplication.activeWindow()
            show_error_dialog(parent, TITLE, error_text(exc, self._log_path()))
        finally:
            self._showing = False
