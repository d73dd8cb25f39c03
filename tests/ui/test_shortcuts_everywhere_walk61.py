"""Every key of the window's menus is in the F1 list's "Everywhere" section (issue 8, walk61):
the list gave Ctrl+, under Home only and Ctrl+H under the Scorecard only, though the menu's
Home and Settings work from every page; a new user reading F1 on History or Review was not
told how to get Home or to Settings."""

from __future__ import annotations

from simulator.ui.shortcuts_help import SHORTCUTS_HELP


def _everywhere() -> set[str]:
    section = SHORTCUTS_HELP.split("\nEverywhere\n", 1)[1].split("\n\n", 1)[0]
    return {line.strip().split("  ", 1)[0] for line in section.splitlines() if line.strip()}


def test_every_menu_key_is_listed_as_everywhere(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    keys = {
        action.shortcut().toString()
        for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
        for action in menu.actions()
        if not action.shortcut().isEmpty()
    }
    assert {"Ctrl+H", "Ctrl+,", "Ctrl+G", "Ctrl+Shift+H", "F5", "F1", "Ctrl+Q"} <= keys
    assert keys <= _everywhere(), keys - _everywhere()
