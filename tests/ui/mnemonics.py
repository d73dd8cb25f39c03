"""Alt letters a page offers: no two of its controls (or the menu bar's) may share one, or Qt
cycles focus between them instead of acting."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

MENU_BAR_LETTERS = ["Alt+I", "Alt+H"]  # the menu bar's Interview and Help


def assert_alt_letters_unique(page: QWidget) -> None:
    """Every visible button's and buddied label's Alt letter on ``page`` is its own."""
    letters = [
        QKeySequence.mnemonic(w.text()).toString()
        for w in page.findChildren(QAbstractButton)
        + [lab for lab in page.findChildren(QLabel) if lab.buddy() is not None]
        if w.isVisible() and "&" in w.text().replace("&&", "")
    ]
    letters += MENU_BAR_LETTERS
    assert len(letters) == len(set(letters)), sorted(letters)
