"""A theme changed in Settings leaves the keyboard where it was (issue 8, walk61). Seen twice in
the real window (1280 x 800, no window manager): on History with the keyboard on Back,
Settings → Theme → Save put the keyboard in History's search box; Save with the theme unchanged
left it on Back. Pages that fill themselves again for a new theme (the Scorecard, Review,
Progress, Attempts: ``ThemeFollower``) kept the keyboard where ``QApplication.focusWidget()``
said it was; just after a dialog has closed, with no window active yet, that is None, a hidden
page's refill took the window's keyboard, and the window, once active, gave it to its first
control."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from simulator.ui.widgets import theme_follow


class _NoActiveWindow:
    """QApplication as it is between a dialog's close and the window's activation."""

    @staticmethod
    def focusWidget() -> None:  # noqa: N802 (Qt's name)
        return None


def test_a_hidden_page_s_refill_leaves_the_keyboard_where_it_was(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    stack = QStackedWidget(window)
    QVBoxLayout(window).addWidget(stack)
    shown, hidden = QWidget(), QWidget()
    search, back = QLineEdit(shown), QPushButton("Back", shown)
    column = QVBoxLayout(shown)
    column.addWidget(search)
    column.addWidget(back)
    table = QPushButton("First control", hidden)
    stack.addWidget(shown)
    stack.addWidget(hidden)
    stack.setCurrentWidget(shown)
    refills: list[int] = []

    def refill() -> None:
        refills.append(1)
        table.setFocus()  # a page filled again gives its first control the keyboard

    theme_follow.follow_theme(hidden, refill)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    back.setFocus()
    qtbot.waitUntil(lambda: window.focusWidget() is back)
    monkeypatch.setattr(theme_follow, "QApplication", _NoActiveWindow)
    palette = QPalette(hidden.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor("#1f2228"))
    hidden.setPalette(palette)
    # A hidden page fills itself again when it shows (stall63): until then the keyboard is
    # not even lent to it.
    qtbot.wait(100)
    assert refills == []
    assert window.focusWidget() is back, window.focusWidget()
    monkeypatch.undo()
    assert QApplication.focusWidget() in (back, None)
    stack.setCurrentWidget(hidden)
    assert refills == [1]  # filled as it shows, before it is drawn
