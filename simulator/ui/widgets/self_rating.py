"""Right after an answer: how did it feel, 1 (again) to 4 (easy)? Optional; Alt+1..4 set it.

The same rating as the Review page's "How did it feel?" (it steers when the question comes
back for review); pressing the chosen one again clears it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from simulator.ui.widgets.common import button, label, name

CHOICES = ((1, "Again"), (2, "Hard"), (3, "Good"), (4, "Easy"))


class SelfRatingRow(QWidget):
    rated = Signal(object)  # 1..4, or None when cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name(self, "selfRatingRow", "How did this answer feel")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label("How did it feel? (optional)", "hint", wrap=False))
        self.buttons: dict[int, QPushButton] = {}
        for value, text in CHOICES:
            b = button(
                f"{value} · {text}", f"rate{text}Button", f"Alt+{value}", self._presser(value),
                f"Rate this answer {value} of 4 ({text}): steers when the question comes back "
                "for review; press again to clear",
            )  # fmt: skip
            b.setCheckable(True)
            b.setAccessibleName(f"Rate {value}: {text}")
            self.buttons[value] = b
            row.addWidget(b)
        row.addStretch(1)
        self.value: int | None = None

    def _presser(self, value: int) -> Callable[[], None]:
        return lambda *_checked: self._press(value)

    def reset(self) -> None:
        self._show(None)

    def _press(self, value: int) -> None:
        self._show(None if value == self.value else value)
        self.rated.emit(self.value)

    def _show(self, value: int | None) -> None:
        self.value = value
        for v, b in self.buttons.items():
            b.setChecked(v == value)
