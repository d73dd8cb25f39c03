"""Home's right column: past sessions, what is due for review, and the ways into them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from simulator.core.reordering import shown_marks
from simulator.core.storage import SessionRecord
from simulator.core.tables import STATUS_WORDS, shown_when
from simulator.ui.widgets.capped_scroll import short_text
from simulator.ui.widgets.common import button, label, name


class PastSessions(QWidget):
    session_opened = Signal(int)  # Enter or a double-click: its scorecard
    review_requested = Signal(int)
    progress_requested = Signal()
    history_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, notice: QWidget | None = None) -> None:
        """``notice``: Home's notice about the saved sessions, shown above their list."""
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(24)  # as Home's columns are apart (the row below takes it too)
        column.addWidget(label("Past sessions", "sectionTitle"))
        if notice is not None:
            column.addWidget(notice)
        self.due_label = label("", "hint")
        name(self.due_label, "dueLabel", "Questions due for review")
        self.due_label.hide()
        column.addWidget(self.due_label)
        self.history = QListWidget()
        name(
            self.history,
            "historyList",
            "Past sessions",
            "Press Enter to open a session's scorecard",
        )
        self.history.itemActivated.connect(self._open_session)
        self.history.setSpacing(3)  # two-line rows: without a gap they ran into each other
        column.addWidget(self.history, 1)
        # The hint on its own line: squeezed beside three buttons it wrapped into a column.
        # Shown once there is a session to open (an empty list opens nothing).
        self.open_hint = label("Enter or a double-click on a session opens its scorecard.", "hint")
        self.open_hint.hide()
        column.addWidget(self.open_hint)
        row = QHBoxLayout()
        row.addStretch(1)
        self.review_button = button(
            "Re&view answers",
            "reviewSessionButton",
            "Ctrl+Shift+R",
            self._review_session,
            "Replay the selected session's answers with their transcripts",
        )
        self.progress_button = button(
            "Pro&gress", "progressButton", None, self.progress_requested.emit,
            "Scores, pace and STAR balance over time, and what to practise next (Ctrl+G)",
        )  # fmt: skip
        self.all_sessions_button = button(
            "A&ll sessions…", "allSessionsButton", None, self.history_requested.emit,
            "Every past session: sort, filter, search, delete (Ctrl+Shift+H)",
        )  # fmt: skip
        row.addWidget(self.all_sessions_button)
        row.addWidget(self.progress_button)
        row.addWidget(self.review_button)
        column.addLayout(row)
        self.opened_from_list = False  # a past session was opened from here

    def show_sessions(self, sessions: list[SessionRecord], interrupted: bool = False) -> None:
        """The past sessions; ``interrupted``: an interrupted interview is offered above (on
        the banner, not listed), so the list is not said to be empty of every session."""
        self.history.clear()
        for s in sessions:
            shown = shown_when(s.started_at)
            answered = sum(1 for a in s.answers if a.follow_up is None and a.mode != "skipped")
            overall = s.score.counted_overall if s.score is not None else None
            score = (
                f"{overall}/100"
                if overall is not None
                else "no answers"
                if s.score is not None
                else STATUS_WORDS.get(s.status, s.status)  # "unfinished", not "active"
            )
            # Two lines: on one, the score ran past the list's edge, behind a sideways scroll.
            # a title from an imported archive may be long or hold a bidi override
            title = shown_marks(short_text(s.name, 60))
            title = (
                f"\u2068{title}\u2069"  # isolated: a right-to-left title keeps the score after it
            )
            text = f"{title}  ·  {score}\n{shown}  ·  {answered} answered"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.history.addItem(item)
        self.review_button.setEnabled(bool(sessions))
        self.open_hint.setVisible(bool(sessions))
        if sessions and self.history.currentRow() < 0:
            self.history.setCurrentRow(0)
        if not sessions:
            # beside the banner offering an interrupted interview, "No sessions yet" said the
            # app knew of none (walk66b)
            item = QListWidgetItem(
                # two lines, as a session's: the list does not wrap, and is 410 px at 960 x 640
                "No other sessions yet — the interrupted interview\n"
                "above is listed here once it ends or is discarded."
                if interrupted
                else "No sessions yet — your first scorecard will appear here."
            )
            # enabled but not selectable: a disabled item is drawn in the disabled text colour
            # (#bebebe on white in the light theme, 1.8 : 1), and this line is for reading
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.history.addItem(item)

    def show_due_count(self, n: int) -> None:
        self.due_label.setText(
            f"{n} question{'s' if n != 1 else ''} due for review — choose the "
            "“Due for review” plan to practise them."
            if n
            else "No question is due for review: answers you gave will come back when due."
        )
        # Only once there is a history: a first-time user has nothing to review yet.
        has_sessions = bool(self.history.count()) and (
            self.history.item(0).data(Qt.ItemDataRole.UserRole) is not None
        )
        self.due_label.setVisible(has_sessions)

    def _open_session(self, item: QListWidgetItem) -> None:
        session_id = item.data(Qt.ItemDataRole.UserRole)
        if session_id is not None:
            self.opened_from_list = True
            self.session_opened.emit(int(session_id))

    def _review_session(self) -> None:
        item = self.history.currentItem()
        session_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if session_id is not None:
            self.opened_from_list = True
            self.review_requested.emit(int(session_id))
