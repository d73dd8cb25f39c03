"""Every modal dialog gives the keyboard back to where it was when it closes (walk57, issue
8): the file dialogs did (walk56), but the start-up cloud-speech consent question, the
read-only run's question before Start or Resume, and the "Answers not saved" warning at
quitting did not: once closed, with no window manager to hand it back, the window was left
inactive with no control holding the keyboard (no focus ring; its shortcuts dead until
clicked). Each is answered by keyboard here, through the real window."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from simulator.core.session.read_only import ReadOnlyRun
from tests.ui.waits import HANG_MS

UI = Path(__file__).resolve().parents[2] / "simulator" / "ui"


def _esc_on_the_box(name: str, seen: list[str]) -> None:
    """Once the app's message box ``name`` is up: made active (a window manager's part;
    offscreen has none) and answered with Esc."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not (isinstance(box, QMessageBox) and box.objectName() == name):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        box.activateWindow()
        QTimer.singleShot(30, lambda: _press_escape(box))

    QTimer.singleShot(0, answer)


def _press_escape(box: QMessageBox) -> None:
    from PySide6.QtGui import QKeyEvent

    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QApplication.sendEvent(
            box, QKeyEvent(kind, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
        )


def _on_the_past_sessions(qtbot, window):  # type: ignore[no-untyped-def]
    """Home shown and active, the keyboard on its list of past sessions."""
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    listing = window.home.past.history
    qtbot.waitUntil(listing.isVisible, timeout=HANG_MS)
    listing.setFocus()
    qtbot.waitUntil(listing.hasFocus, timeout=HANG_MS)
    return listing


def _cloud(window) -> object:  # type: ignore[no-untyped-def]
    return window.ask_cloud_consent("google")


def _read_only(window) -> object:  # type: ignore[no-untyped-def]
    from simulator.ui.read_only_run import confirmed

    return confirmed(window, False)


def _unsaved(window) -> object:  # type: ignore[no-untyped-def]
    from simulator.ui.rescue_dialog import offer_rescue

    return offer_rescue(window, 2, lambda path: path, "full")


@pytest.mark.parametrize(
    ("ask", "name", "left"),
    [
        (_cloud, "cloudConsentDialog", False),  # Esc keeps Whisper
        (_read_only, "readOnlyConfirm", False),  # Esc cancels the start
        (_unsaved, "unsavedAnswersBox", False),  # Esc stays in the app
    ],
)
def test_a_modal_question_gives_the_keyboard_back_walk57(  # type: ignore[no-untyped-def]
    qtbot, window, monkeypatch, ask: Callable[[object], object], name: str, left: object
) -> None:
    run = ReadOnlyRun("read-only", "the data folder cannot be written")
    monkeypatch.setattr("simulator.ui.read_only_run.read_only_run", lambda _storage: run)
    listing = _on_the_past_sessions(qtbot, window)
    seen: list[str] = []
    _esc_on_the_box(name, seen)
    assert ask(window) == left
    assert seen, f"{name} was not shown"
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=HANG_MS)
    qtbot.wait(50)
    assert window.isActiveWindow(), name
    assert QApplication.focusWidget() is listing, (name, QApplication.focusWidget())


def _inside_keyboard_back(tree: ast.AST) -> set[int]:
    """Line numbers of the calls made inside a ``with keyboard_back(...)``."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.With) and any(
            isinstance(item.context_expr, ast.Call)
            and getattr(item.context_expr.func, "id", "") == "keyboard_back"
            for item in node.items
        ):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call):
                    lines.add(inner.lineno)
    return lines


def test_every_modal_dialog_of_the_app_gives_the_keyboard_back_walk57() -> None:
    """A dialog run with ``exec()`` anywhere in the window's code runs inside
    ``modal.keyboard_back`` (or through ``modal.run_modal``); Qt's static message boxes
    (``QMessageBox.warning(...)``), which cannot, are not used. An event loop's ``exec`` (a
    QEventLoop, named ``loop``) is no dialog."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        covered = _inside_keyboard_back(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            attr, owner = node.func.attr, node.func.value
            owner_name = getattr(owner, "id", "")
            if attr == "exec" and owner_name != "loop" and node.lineno not in covered:
                found.append(f"{path.name}:{node.lineno} {owner_name}.exec()")
            if owner_name == "QMessageBox" and attr in (
                "warning",
                "critical",
                "information",
                "question",
            ):
                found.append(f"{path.name}:{node.lineno} QMessageBox.{attr}()")
    assert found == [], found
