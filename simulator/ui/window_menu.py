"""The main window's menus, and the About box."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from simulator import __version__
from simulator.ui.f1_in_dialogs import f1_in_every_dialog
from simulator.ui.held import held_while_open
from simulator.ui.pack_problems import ACTION_NAME, MENU_TEXT, RELOAD_KEY
from simulator.ui.shortcuts_help import open_giving_keyboard_back

if TYPE_CHECKING:
    from simulator.ui.main_window import MainWindow


def build_menu(window: MainWindow) -> None:
    menu = window.menuBar()
    interview = menu.addMenu("&Interview")
    interview.addAction("&Home", QKeySequence("Ctrl+H"), window.go_home)
    interview.addAction("&Settings…", QKeySequence("Ctrl+,"), window.open_settings)
    interview.addAction("&Progress", QKeySequence("Ctrl+G"), window._open_progress)
    interview.addAction("H&istory", QKeySequence("Ctrl+Shift+H"), window._open_history)
    # a pack added or fixed while the app runs, read without a restart
    reload = interview.addAction(
        "&Reload question packs", QKeySequence(RELOAD_KEY), lambda: window.bank_loading.reload()
    )
    reload.setObjectName("reloadPacksAction")
    interview.addSeparator()
    interview.addAction("&Export all data…", lambda: window._archive("export_all"))
    interview.addAction("I&mport data…", lambda: window._archive("import_all"))
    interview.addSeparator()
    # Ctrl+Q (Cmd+Q on macOS) whatever the platform theme: with none, Quit had no key at all
    interview.addAction("&Quit", QKeySequence("Ctrl+Q"), window.quit_asked)
    help_menu = menu.addMenu("&Help")
    help_menu.addAction("&Keyboard shortcuts", QKeySequence("F1"), window._show_shortcuts)
    f1_in_every_dialog()  # the window's F1 is blocked while a dialog is open over it
    problems = help_menu.addAction(MENU_TEXT, lambda: window.bank_loading.show_problems())
    problems.setObjectName(ACTION_NAME)
    problems.setEnabled(False)  # until the packs have loaded with a problem
    help_menu.addAction("&About", lambda: show_about(window))


def show_about(window: MainWindow) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        "About",
        f"ML Interview Simulator {__version__}\nOffline, private mock interviews for "
        "Machine Learning Engineer roles.",
        parent=window,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName("aboutBox")
    open_giving_keyboard_back(box)
    held_while_open(window, box)  # the interview waits behind it, as behind the F1 list
