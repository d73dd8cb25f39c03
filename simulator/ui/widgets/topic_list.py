"""A list of topics to tick, searchable by typing."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from simulator.ui.widgets.whole_lines import whole_rows

_ENDS = (QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd)


class TopicList(QListWidget):
    """Topics to tick. Typing a topic's first letters moves to it without selecting it (in a
    multi-selection list Qt selected every item the search passed: "clu" selected "churn");
    Space ticks the current one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # each item with its topic, as ``fill`` made them: ``offer_only`` runs on every tick
        # of a category, and asking Qt for 10,000 items and their data took most of its time
        self._rows: list[tuple[QListWidgetItem, str]] = []
        self._offered: set[str] | None = None  # what ``offer_only`` shows (None: all)
        self._whole_rows = whole_rows(self)  # its last row showed cut at 960 x 640 (walk59)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """No more height than its least: Home's stretch gives it the room its other rows leave.
        Asking for Qt's 192 px put Home's column under its wanted height at 960 x 640, and Qt
        takes such a shortfall from every row alike: the microphone line that Speaking shows
        with no microphone cut the bank line above to one line and moved the plan up 16 px
        (walk62), where the list, which scrolls, can give the room."""
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())

    def fill(self, topics: Iterable[tuple[str, str]], chosen: set[str]) -> None:
        """The list of ``topics`` (each as kept and as shown), those in ``chosen`` selected."""
        self.clear()
        for topic, shown in topics:
            item = QListWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, topic)
            self.addItem(item)
            item.setSelected(topic in chosen)
            self._rows.append((item, topic))
        self._offered = None
        self._whole_rows.update()

    def clear(self) -> None:
        """No topics (the items kept with them go too: Qt deletes them)."""
        super().clear()
        self._rows = []
        self._offered = None

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 (Qt's name)
        model = self.selectionModel()
        kept = model.selection()
        super().keyboardSearch(search)
        if model.selection() != kept:
            self.blockSignals(True)
            model.select(kept, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.blockSignals(False)

    def moveCursor(  # noqa: N802 (Qt's name)
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Home and End go to the first and last topic shown. Qt's list went to the first and
        last of all, hidden ones too (a case study's topic with only Behavioral ticked):
        nothing showed as current and Space chose the hidden topic (walk58)."""
        index = super().moveCursor(action, modifiers)
        if action not in _ENDS or not index.isValid() or not self.isRowHidden(index.row()):
            return index
        rows = range(self.count()) if action == _ENDS[0] else range(self.count() - 1, -1, -1)
        shown = next((row for row in rows if not self.isRowHidden(row)), None)
        return self.currentIndex() if shown is None else self.model().index(shown, 0)

    def offer_only(self, topics: set[str] | None) -> None:
        """Show only ``topics`` (None: all) of those ``fill`` put in; a hidden topic is
        unselected, so a plan never asks for a topic the person cannot see."""
        self.blockSignals(True)  # the caller reads the selection next
        # Only the items whose state changes: Qt lays every item out again after any
        # setHidden, even one that changes nothing, and Home offers again on each tick of a
        # topic (10,000 topics: each choice held the window 130-150 ms at load 12, 110 ms of
        # it that layout; attack run 54).
        was = self._offered
        if topics != was:
            for item, topic in self._rows:
                hide = topics is not None and topic not in topics
                if hide != (was is not None and topic not in was):
                    item.setHidden(hide)
            self._offered = None if topics is None else set(topics)
        for item in self.selectedItems():  # (few: asking each item of thousands took long)
            if item.isHidden():
                item.setSelected(False)
        self.blockSignals(False)
