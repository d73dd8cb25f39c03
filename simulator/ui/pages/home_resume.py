"""Home's banner for an interrupted interview: what was kept, Resume and Discard."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from simulator.core.session.interrupted import (
    InterruptedCounts,
    interrupted_counts,
    interrupted_summary,
)
from simulator.core.storage import SessionRecord
from simulator.ui.widgets.common import button, label


class ResumeBanner(QWidget):
    """Shown only while an interview is waiting to be resumed."""

    resume_requested = Signal(int)
    discard_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = label("", "notice")
        self.resume_button = button(
            "&Resume", "resumeButton", "Ctrl+R", self._resume, "Resume the interrupted interview"
        )
        # It asks before it acts (the main window's discard_session): so it may have a letter.
        self.discard_button = button(
            "&Discard…",
            "discardButton",
            None,
            self._discard,
            "Close the interrupted interview for good (it asks first; the answers stay saved)",
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)  # as Home's left column
        row.addWidget(self.message, 1)
        row.addWidget(self.resume_button)
        row.addWidget(self.discard_button)
        self._session_id: int | None = None
        self.counts: InterruptedCounts | None = None  # for Discard's question
        self.hide()

    def offer(self, record: SessionRecord | None, typing_kept: bool = False) -> None:
        self._session_id = record.id if record else None
        self.setVisible(record is not None)
        self.resume_button.setEnabled(True)
        self.counts = None
        if record is not None:
            self.counts = counts = interrupted_counts(record)
            self.message.setText(interrupted_summary(record, typing_kept))
            kept = "nothing was answered yet" if counts.answered == 0 else "the answers stay saved"
            self.discard_button.setToolTip(
                f"Close the interrupted interview for good (it asks first; {kept})"
            )

    def counts_for(self, session_id: int) -> InterruptedCounts | None:
        """How far the session offered got, if it is ``session_id``."""
        return self.counts if session_id == self._session_id else None

    def cannot_resume(self, why: str) -> None:
        """The interrupted interview cannot be resumed: why, in the banner; Discard stays."""
        self.message.setText(why)
        self.resume_button.setEnabled(False)
        self.discard_button.setFocus()

    def _resume(self) -> None:
        if self._session_id is not None:
            self.resume_requested.emit(self._session_id)

    def _discard(self) -> None:
        if self._session_id is not None:
            self.discard_requested.emit(self._session_id)
