"""Home's banner in a read-only run (another program held the session database at start): what
this run cannot do and why, at the top of Home, with Try again (the words: the core's
``simulator.core.session.read_only``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from simulator.core.qt_names import shown_text
from simulator.core.session.read_only import ReadOnlyRun
from simulator.ui.widgets.common import button, label, name, readable_by_tab


class ReadOnlyBanner(QWidget):
    """Shown only while the run cannot save to the session database."""

    try_again_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = label("", "notice")
        # reachable by Tab and read by a screen reader, as Home's other notices
        readable_by_tab(self.message)
        name(self.message, "readOnlyBanner", "This run is read-only")
        # Alt+Y: T is Topics', every other letter of "Try" is taken on Home
        self.try_again_button = button(
            "Tr&y again",
            "tryAgainButton",
            None,
            self.try_again_requested.emit,
            "Open the session database as usual once the other program is done",
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        row.addWidget(self.message, 1)
        row.addWidget(self.try_again_button)
        self.hide()

    def show_run(self, run: ReadOnlyRun | None, text: str = "") -> None:
        """The run's banner (``text`` instead of its own words, as after a failed Try again);
        hidden when ``run`` is None (it saves as usual)."""
        self.setVisible(run is not None)
        if run is None:
            return
        shown = shown_text(text or run.banner())  # a path's byte that is not UTF-8: as \xe9
        self.message.setText(shown)
        self.message.setAccessibleDescription(shown)
        self.try_again_button.setVisible(run.can_try_again)
        self.try_again_button.setEnabled(True)

    def trying(self) -> None:
        self.try_again_button.setEnabled(False)
