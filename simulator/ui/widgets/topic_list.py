"""A list of topics to tick, searchable by typing."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QListWidget


class TopicList(QListWidget):
    """Topics to tick. Typing a topic's first letters moves to it without selecting it (in a
    multi-selection list Qt selected every item the search passed: "clu" selected "churn");
    Space ticks the current one."""

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 (Qt's name)
        model = self.selectionModel()
        kept = model.selection()
        super().keyboardSearch(search)
        if model.selection() != kept:
            self.blockSignals(True)
            model.select(kept, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.blockSignals(False)

    def offer_only(self, topics: set[str] | None) -> None:
        """Show only ``topics`` (None: all); a hidden topic is unselected, so a plan never
        asks for a topic the person cannot see."""
        self.blockSignals(True)  # the caller reads the selection next
        for row in range(self.count()):
            item = self.item(row)
            hidden = topics is not None and item.data(Qt.ItemDataRole.UserRole) not in topics
            item.setHidden(hidden)
            if hidden:
                item.setSelected(False)
        self.blockSignals(False)
