"""A long job's line: what it does, a progress bar and Cancel (Esc while it runs)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QWidget

from simulator.ui.widgets.common import button, label, name, plain_tip


class JobBar(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.text = label("", "hint", wrap=False)
        name(self.text, "jobText", "Background job")
        self.bar = QProgressBar()
        name(self.bar, "jobProgress", "Progress of the background job")
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(220)
        self.cancel = button("Cancel", "jobCancelButton", None, self.cancel_requested.emit,
                             "Stop; what is stored stays as it was")  # fmt: skip
        row.addWidget(self.text, 1)
        row.addWidget(self.bar)
        row.addWidget(self.cancel)
        self.hide()

    def start(self, text: str, detail: str = "") -> None:
        """``text`` is short (the row is narrow); ``detail`` is its tooltip."""
        self.text.setText(text)
        self.text.setToolTip(plain_tip(detail))
        self.text.setAccessibleDescription(detail)
        self.bar.setRange(0, 0)  # busy until the first step is known
        self.cancel.setEnabled(True)
        self.show()

    def step(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)

    def finish(self) -> None:
        self.hide()
