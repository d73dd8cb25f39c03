"""F1 lists the shortcuts on every page and in every dialog, and the list says where each key
works (issue 8, walk65b). Round 65's keyboard walkthrough: F1 did nothing while Settings was
open (the menu's F1 is the main window's, blocked by the dialog over it); and Enter in Home's
Answers box started the interview while the list said Enter did so "in the plan" only."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QTextBrowser, QWidget

from tests.ui.waits import HANG_MS, wait_for_bank


def _list_text(dialog: QDialog) -> str:
    text = dialog.findChild(QTextBrowser, "shortcutsList")
    assert text is not None
    return text.toPlainText()


def _f1_in(qtbot, parent: QWidget) -> QDialog | None:  # type: ignore[no-untyped-def]
    """Press F1 where the keyboard is in ``parent``'s window; the list it opened, if any."""
    target = QApplication.focusWidget() or parent
    qtbot.keyClick(target, Qt.Key.Key_F1)
    qtbot.wait(50)
    shown = [d for d in parent.findChildren(QDialog, "shortcutsDialog") if d.isVisible()]
    return shown[0] if shown else None


def _shows(listed: QDialog, words: str) -> bool:
    """``words`` of the list are in its view, not scrolled out of it."""
    text = listed.findChild(QTextBrowser, "shortcutsList")
    found = text.document().find(words)
    assert not found.isNull(), words
    return text.viewport().rect().contains(text.cursorRect(found))


def test_f1_lists_the_shortcuts_while_settings_is_open(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: list[object] = []
    real_exec = window._exec_dialog

    def in_settings(dialog) -> bool:  # type: ignore[no-untyped-def]
        def press() -> None:
            qtbot.waitUntil(dialog.isActiveWindow, timeout=HANG_MS)
            listed = _f1_in(qtbot, dialog)
            seen.append(listed is not None and _shows(listed, "Previous or next section"))
            if listed is not None:
                seen.append(listed.isActiveWindow() or listed.isVisible())
                qtbot.keyClick(QApplication.focusWidget() or listed, Qt.Key.Key_Escape)
                qtbot.waitUntil(lambda: not listed.isVisible(), timeout=HANG_MS)
                seen.append(dialog.isVisible())  # Esc closed the list, not Settings
            dialog.reject()

        QTimer.singleShot(0, press)
        return bool(real_exec(dialog))

    monkeypatch.setattr(window, "_exec_dialog", in_settings)
    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: len(seen) > 0, timeout=HANG_MS)
    assert seen == [True, True, True]
    # and on the page itself, F1 is still the menu's
    qtbot.waitUntil(window.isActiveWindow, timeout=HANG_MS)
    listed = _f1_in(qtbot, window)
    assert listed is not None
    listed.close()


def test_the_list_names_every_home_box_where_enter_starts(
    qtbot, window, services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Enter is tried in each of the plan's boxes; each that starts the interview is named in
    the F1 list's Home section by its label on the page."""
    from simulator.ui.pages.home import CUSTOM

    home = window.home
    wait_for_bank(qtbot, services)
    home.preset.setCurrentIndex(home.preset.findData(CUSTOM))  # every box enabled
    started: list[object] = []
    monkeypatch.setattr(home, "_start", lambda: started.append(1))
    form = home.preset.parentWidget().findChild(QFormLayout)
    assert form is not None
    starting: set[str] = set()
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label_item is None or field_item is None or label_item.widget() is None:
            continue
        label = label_item.widget().text().replace("&", "").rstrip(":")
        layout = field_item.layout()
        fields = (
            [layout.itemAt(i).widget() for i in range(layout.count()) if layout.itemAt(i).widget()]
            if layout is not None
            else [field_item.widget()]
        )
        for field in fields:
            if not field.isVisible() or not field.focusPolicy() & Qt.FocusPolicy.TabFocus:
                continue
            before = len(started)
            field.setFocus()
            qtbot.waitUntil(field.hasFocus, timeout=HANG_MS)
            qtbot.keyClick(field, Qt.Key.Key_Return)
            if len(started) > before:
                starting.add(label)
    assert {"Plan", "Questions", "Answers"} <= starting  # what the walkthrough tried
    assert "Topics" not in starting  # the list keeps its own Enter
    home.preset.setFocus()
    listed = _f1_in(qtbot, window)
    assert listed is not None
    home_section = _list_text(listed).split("Settings", 1)[0]
    lines = home_section.splitlines()  # a row's keys, then its action, each a line
    enter_lines = [
        f"{k} {a}" for k, a in zip(lines, lines[1:], strict=False) if k.startswith("Enter")
    ]
    named = [s for s in sorted(starting) if not any(s.lower() in e.lower() for e in enter_lines)]
    assert not named, f"Enter starts the interview in {named}; the F1 list does not say so"
    listed.close()


def test_the_list_opens_at_the_keys_of_the_page_it_was_asked_on(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """On every page F1 opened the list at Home's keys: on History its own were three screens
    further down, under Home's, Settings', the Interview's, the Scorecard's and Review's."""
    wait_for_bank(qtbot, services)
    window.resize(960, 640)  # the smallest window: the list shows a part of itself
    for go, words in (
        (window._open_history, "Search what you said or typed"),
        (window._open_progress, "Progress"),  # its heading (its one key, Esc, is every page's)
        (window.go_home, "Start the interview"),
    ):
        go()
        qtbot.wait(50)
        listed = _f1_in(qtbot, window)
        assert listed is not None
        assert _shows(listed, words), words
        if go == window.go_home:
            assert listed.findChild(QTextBrowser, "shortcutsList").verticalScrollBar().value() == 0
        listed.close()
        qtbot.waitUntil(lambda d=listed: not d.isVisible(), timeout=HANG_MS)
