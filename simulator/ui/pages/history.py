"""History: every past session, sortable and filterable by plan, category, topic and score, with
search in what you said. Open its scorecard (Enter), review it (Ctrl+Shift+R), or delete it with
its recordings after confirming (Delete), which Ctrl+Z undoes while the page is shown.

The rows come from ``core.history`` (one query, off the GUI thread); sorting and filtering run on
them in memory through a proxy model, and a transcript search is one query off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStyle,
    QTableView,
    QToolButton,
    QWidget,
)

from simulator.core.history import HeldDeletion, HistoryRow
from simulator.core.reordering import shown_marks, shown_topic
from simulator.core.scorecard.score_text import shown_score
from simulator.core.tables import category_label, shown_when, status_word
from simulator.ui.style import ink
from simulator.ui.widgets.common import (
    buddy_label,
    button,
    counted,
    label,
    name,
    page_header,
    plain_tip,
    shortcut,
)
from simulator.ui.widgets.sort_arrow import point_arrow_down_when_descending
from simulator.ui.widgets.spin_boxes import SpinBox

COLUMNS = ("Date", "Plan", "Answers", "Spoken", "Score", "Categories", "Topics")
# Categories and topics are wrapped onto more lines, never elided: at 1280x800 a row read
# "Behavioral, Case study, …" and "evaluation, forecasting, logistics, …", so a session's
# content could not be told without opening it (walkthrough 42).
WRAPPED = (5, 6)
# A column sized to its text keeps at most this share of the table (the topics stretch)
MOST_OF_TABLE = 0.22
ALL = "All"
# Runs of rows hidden or shown by a filter's change that the table is told of one by one; past
# this many it is told the rows were all replaced (``HistoryModel.refilter``)
MOST_RUNS = 8
Index = QModelIndex | QPersistentModelIndex


# What the Score cell of a session not finished says when pointed at
# as the scorecard says of such an answer's score
OFF_QUESTION_TIP = (
    "Off the question asked: no story of this session answers its question (at best amber,"
    " as on its scorecard)"
)
STATUS_TIPS = {
    "active": "Stopped part-way, not scored as a whole yet: Review shows the answers it has "
    "(and resumes it when it is the interview Home offers)",
    "aborted": "Discarded before its end: Review shows the answers it has",
}


def score_text(r: HistoryRow) -> str:
    """The Score cell: a finished session's overall, else its status in words ("unfinished",
    "discarded"): a blank or a colour alone did not say why an interview has no score."""
    return shown_score(r.overall) if r.status == "finished" else status_word(r.status)


def sort_key(r: HistoryRow, col: int) -> Any:
    """What a column sorts on."""
    if col == 0:  # (in the order they happened: the clock may have been put back between)
        return (r.place or r.started_at, r.session_id)
    if col == 1:
        return r.plan
    if col == 2:
        return r.answered
    if col == 3:
        return r.spoken
    if col == 4:
        return -1 if r.overall is None else r.overall
    return ", ".join(sorted(r.categories if col == 5 else r.topics))


class HistoryModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[HistoryRow] = []  # the ones shown, in the order shown (sorted)
        self._given: list[HistoryRow] = []  # as the core gave them, newest first
        self._unfinished = 0
        self._sorted_rows: list[HistoryRow] = []  # every row, in the order shown
        # which rows are shown (the page's filters): asked once a row in one pass of Python
        # here, not by the proxy's filterAcceptsRow (a call from Qt a row, each filter and
        # each search result: round 54 left it, perf55)
        self.accepts: Callable[[HistoryRow], bool] = lambda _r: True
        self.sort_column, self.sort_order = 0, Qt.SortOrder.DescendingOrder
        # each row's shown texts, made when first asked for (a row painted, a row measured)
        self._shown: dict[int, tuple[str, ...]] = {}
        self._topic_names: dict[str, str] = {}

    @property
    def total(self) -> int:
        """Every row, shown or not."""
        return len(self._given)

    @property
    def unfinished(self) -> int:
        """Rows of interviews stopped part-way (shown or not)."""
        return self._unfinished

    def set_rows(self, rows: list[HistoryRow]) -> None:
        self.beginResetModel()
        self._given = list(rows)
        self._unfinished = sum(1 for r in rows if r.status == "active")
        self._sorted_rows = self._sorted()
        self._show()
        self.endResetModel()

    def refilter(self) -> bool:
        """The rows ``accepts`` takes now. A few runs of rows hidden or shown are removed and
        inserted as such (the table keeps its selection and place); more are one reset (then
        the page keeps the selected session): the proxy's filter removed a result that kept
        every other session of 5,000 range by range, 2,500 removals each laid out by the
        table, 40 ms of the GUI thread against 16 for a reset (perf55). True: reset."""
        accepts, was = self.accepts, {id(r) for r in self.rows}
        runs: list[tuple[bool, int, list[HistoryRow]]] = []  # (shown now, where, rows)
        at = 0  # the row's place among those shown before
        last: tuple[bool, int, list[HistoryRow]] | None = None
        for r in self._sorted_rows:
            before, now = id(r) in was, accepts(r)
            if before != now:
                if last is None or last[0] != now:
                    last = (now, at, [])
                    runs.append(last)
                last[2].append(r)
            elif before:
                last = None  # a row shown before and now ends a run
            at += before
        if len(runs) > MOST_RUNS:
            self.beginResetModel()
            self._show()
            self.endResetModel()
            return True
        root = QModelIndex()
        for now, where, rows in reversed(runs):  # (from the end: the places before hold)
            self._shown.clear()
            last_row = where + len(rows) - 1
            if now:
                self.beginInsertRows(root, where, last_row)
                self.rows[where:where] = rows
                self.endInsertRows()
            else:
                self.beginRemoveRows(root, where, last_row)
                del self.rows[where : last_row + 1]
                self.endRemoveRows()
        return False

    def _show(self) -> None:
        accepts = self.accepts
        self.rows = [r for r in self._sorted_rows if accepts(r)]
        self._shown.clear()

    def _sorted(self) -> list[HistoryRow]:
        """The rows in the header's order: one key a row and Python's stable sort, from the
        core's order each time (ties in it, as the proxy's stable sort kept them). The proxy
        sorting on a role asked ``data`` twice a comparison: 54,000 calls for 5,000 sessions,
        0.6-1.3 s on the GUI thread (hist54)."""
        column = self.sort_column
        if column < 0:
            return list(self._given)
        return sorted(self._given, key=lambda r: sort_key(r, column),
                      reverse=self.sort_order == Qt.SortOrder.DescendingOrder)  # fmt: skip

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted again as a reset, not a layout change: the vertical header kept each taller
        row through a layout change (a persistent index each, 3,000 of them to map for 5,000
        sessions) only to have them fitted again. The page keeps the selected session, the
        current column and the scrolled place (``HistoryFilter.around_sort``)."""
        self.sort_column, self.sort_order = column, order
        self.beginResetModel()
        self._sorted_rows = self._sorted()
        self._show()
        self.endResetModel()

    def shown(self, row: int) -> tuple[str, ...]:
        """The row's texts as its cells show them."""
        texts = self._shown.get(row)
        if texts is None:
            r = self.rows[row]
            names = self._topic_names
            for t in r.topics - names.keys():
                names[t] = shown_topic(t)
            texts = self._shown[row] = (
                shown_when(r.started_at),
                shown_marks(r.plan),
                str(r.answered),
                str(r.spoken),  # 0 for a typed session: a blank read as "unknown"
                score_text(r),
                ", ".join(category_label(c) for c in sorted(r.categories)),
                ", ".join(names[t] for t in sorted(r.topics)),
            )
        return texts

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.UserRole:  # the sort key
            return sort_key(r, col)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.shown(index.row())[col]
        if role == Qt.ItemDataRole.ToolTipRole and col in WRAPPED:  # a pack's topics
            return plain_tip(self.shown(index.row())[col])
        if role == Qt.ItemDataRole.ToolTipRole and col == 4 and r.status != "finished":
            return STATUS_TIPS.get(r.status)
        if role == Qt.ItemDataRole.ToolTipRole and col == 4 and r.off_question:
            return OFF_QUESTION_TIP
        if role == Qt.ItemDataRole.ForegroundRole and col == 4 and r.overall is not None:
            # the verdict its scorecard shows (core.history): the score's own colour was green
            # for a session of stories off the question, amber on its scorecard (walk66b)
            return QColor(ink(r.color))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class HistoryFilter(QSortFilterProxyModel):
    """The filters the page has set, and the header's sort handed to the model."""

    def __init__(self) -> None:
        super().__init__()
        self.plan = self.category = self.topic = ALL
        self.min_score = 0
        self.matching: set[int] | None = None  # sessions whose answers match the search
        # the page's, called before a sort (what it keeps) and after it (given that back)
        self.around_sort: tuple[Callable[[], Any], Callable[[Any], None]] | tuple[()] = ()
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The header's sort, done by the source model (one key a row): this proxy only
        filters, in the source's order."""
        model = self.sourceModel()
        assert isinstance(model, HistoryModel)
        kept = self.around_sort[0]() if self.around_sort else None
        model.sort(column, order)
        if self.around_sort:
            self.around_sort[1](kept)

    def accepts(self, r: HistoryRow) -> bool:
        """Whether the filters show ``r``: the model asks (``HistoryModel.accepts``); this
        proxy neither sorts nor filters a row itself."""
        return (
            (self.plan == ALL or r.plan == self.plan)
            and (self.category == ALL or self.category in r.categories)
            and (self.topic == ALL or self.topic in r.topics)
            and (self.min_score == 0 or (r.overall or 0) >= self.min_score)
            and (self.matching is None or r.session_id in self.matching)
        )


class HistoryPage(QWidget):
    back_requested = Signal()
    open_requested = Signal(int)
    review_requested = Signal(int)
    delete_requested = Signal(int)
    search_requested = Signal(str)
    undone = Signal(int)  # a deleted session taken back (Ctrl+Z)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HistoryRow] = []  # as given, the session held for its undo too
        self.held = HeldDeletion()
        root, _, self.summary = page_header(self, "History", "history", "Sessions shown")

        filters = QHBoxLayout()
        self.search = QLineEdit()
        name(self.search, "historySearch", "Search your answers", "Ctrl+F")
        # Whole in the smallest window: "Search what you said or typed…  (Ctrl+F)" read
        # "Search what you said …" between the filters (the key is in its tooltip).
        self.search.setPlaceholderText("Search your answers…")
        self.search.setToolTip("Search what you said or typed (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(
            self.search.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 48
        )
        for clear in self.search.findChildren(QToolButton):  # the line edit's own clear button
            name(clear, "historySearchClear", "Clear the search")
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(
            lambda: self.search_requested.emit(self.search.text().strip())
        )
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._to_results)
        self.search.installEventFilter(self)  # Esc clears a search before it goes back
        filters.addWidget(self.search, 2)
        self.plan = self._combo("planFilter", "Plan", filters)
        self.category = self._combo("categoryFilter", "Category", filters)
        self.topic = self._combo("topicFilter", "Topic", filters)
        self.min_score = SpinBox()
        filters.addWidget(buddy_label("&Score ≥", self.min_score))
        name(self.min_score, "minScoreFilter", "Lowest score shown")
        self.min_score.setRange(0, 100)
        self.min_score.setSingleStep(10)
        self.min_score.valueChanged.connect(self._filters_changed)
        filters.addWidget(self.min_score)
        root.addLayout(filters)

        self.model = HistoryModel()
        self.proxy = HistoryFilter()
        self.model.accepts = self.proxy.accepts
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        name(self.table, "historyTable", "Past sessions",
             "Enter opens the scorecard; click a column header to sort")  # fmt: skip
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the table for the buttons: it moved an unseen current cell along the
        # selected row and on to the next rows (arrows choose the row)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        head = self.table.horizontalHeader()
        point_arrow_down_when_descending(head)  # newest first showed ▲ (walkthrough 48)
        for col in range(len(COLUMNS)):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((140, 170, 80, 70, 70, 200)):
            self.table.setColumnWidth(col, width)
        # Rows are made as tall as their wrapped text once the layout settles (a resized
        # column or window, sorting, filtering), in one pass of the event loop
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit)
        self._fitted_to = -1  # the table width the columns were sized for
        # a row's height by its categories and topics, for these line and column sizes
        self._heights: dict[tuple[frozenset[str], frozenset[str]], int] = {}
        self._heights_for: tuple[int, ...] = ()
        head.sectionResized.connect(lambda *_a: self._fit_timer.start())
        self.table.installEventFilter(self)  # resized: the columns' shares and rows again
        for changed in (self.proxy.layoutChanged, self.proxy.modelReset,
                        self.proxy.rowsInserted, self.proxy.rowsRemoved):  # fmt: skip
            changed.connect(lambda *_a: self._fit_timer.start())
        # A sort resets the model: the selected session, the current column and the place
        # scrolled to are kept through it, and the rows fitted in the same event
        self.proxy.around_sort = (self._before_sort, self._after_sort)
        # the session last chosen in the table: a search or filter that hides it and is then
        # cleared chooses it again (Esc in the search left no row selected: walk66)
        self._chosen: int | None = None
        self.table.selectionModel().selectionChanged.connect(self._note_chosen)
        self.table.activated.connect(lambda _i: self._emit(self.open_requested))
        # An empty table says why, in words: a first-time user saw a bare grid
        self.empty_note = label("", "hint")
        name(self.empty_note, "historyEmpty", "Why no session is listed")
        self.empty_note.hide()
        root.addWidget(self.empty_note)
        root.addWidget(self.table, 1)

        # A deleted session is said here until its undo is past (``HeldDeletion``)
        self.undo_bar = QWidget()
        self.undo_bar.setObjectName("undoBar")
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.undo_text = label("", "notice")
        name(self.undo_text, "undoText", "Session deleted")
        bar.addWidget(self.undo_text, 1)
        self.undo_button = button("&Undo", "undoDeleteButton", "Ctrl+Z", self.undo_delete,
                                  "Bring back the session just deleted")  # fmt: skip
        bar.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.undo_bar.hide()
        root.addWidget(self.undo_bar)

        buttons = QHBoxLayout()
        buttons.addWidget(button("&Back", "historyBackButton", "Esc", self.back_requested.emit,
                                 "Back to where you came from"))  # fmt: skip
        buttons.addStretch(1)
        self.delete_button = button("&Delete…", "deleteSessionButton", "Delete",
                                    lambda: self._emit(self.delete_requested),
                                    "Delete the selected session and its recordings")  # fmt: skip
        self.review_button = button("Re&view answers", "historyReviewButton", "Ctrl+Shift+R",
                                    lambda: self._emit(self.review_requested),
                                    "Replay the selected session's answers")  # fmt: skip
        self.open_button = button("&Open scorecard", "historyOpenButton", None,
                                  lambda: self._emit(self.open_requested),
                                  "Open the selected session's scorecard (Enter)", primary=True)  # fmt: skip
        for b in (self.delete_button, self.review_button, self.open_button):
            buttons.addWidget(b)
        root.addLayout(buttons)
        shortcut(self, "Ctrl+F", self.search.setFocus)

    def _combo(self, object_name: str, title: str, row: QHBoxLayout) -> ValueCombo:
        combo = ValueCombo()
        name(combo, object_name, f"{title} filter")
        combo.setMinimumWidth(110)
        combo.currentIndexChanged.connect(self._filters_changed)
        row.addWidget(buddy_label(f"&{title}:", combo))  # Alt+P, Alt+C, Alt+T
        row.addWidget(combo, 1)
        return combo

    def show_rows(self, rows: list[HistoryRow]) -> None:
        self._rows = list(rows)
        rows = self.held.shown(rows)
        for combo, values, shown in (
            (self.plan, {r.plan for r in rows}, shown_topic),
            (self.category, {c for r in rows for c in r.categories}, category_label),
            (self.topic, {t for r in rows for t in r.topics}, shown_topic),
        ):
            current = combo.currentData() or ALL
            combo.blockSignals(True)
            ordered = sorted(values)
            combo.set_values([ALL, *ordered], [ALL, *(shown(v) for v in ordered)])
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        # the filters set first: the model's reset filters the rows once (5,000 calls)
        self._set_filters()
        self.model.set_rows(rows)
        self._filters_changed(refilter=False)
        self._fitted_to = -1
        self._fit()
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()

    def _cell_padding(self) -> int:
        """What the item delegate leaves either side of a cell's text."""
        margin = self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                                self.table)  # fmt: skip
        return 2 * (margin + 1)

    def _fit(self) -> None:
        width = self.table.viewport().width()
        if width != self._fitted_to:
            self._fitted_to = width
            self._fit_columns()
        self._fit_rows()

    def _before_sort(self) -> tuple[int | None, int, int, bool]:
        current = self.table.currentIndex()
        return (self.selected_session(), current.column() if current.isValid() else 0,
                self.table.verticalScrollBar().value(),
                bool(self.table.selectionModel().selectedRows()))  # fmt: skip

    def _after_sort(self, kept: tuple[int | None, int, int, bool]) -> None:
        session_id, column, scrolled, selected = kept
        self._fit_timer.stop()  # fitted now, in the same event as the sort: no flicker
        self._fit()
        row = next((n for n, r in enumerate(self.model.rows) if r.session_id == session_id), -1)
        index = self.proxy.mapFromSource(self.model.index(row, column)) if row >= 0 else None
        if index is not None and index.isValid():
            flags = QItemSelectionModel.SelectionFlag.NoUpdate
            if selected:
                flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                         | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
            self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.verticalScrollBar().setValue(scrolled)

    def _fit_columns(self) -> None:
        """Each column but the topics as wide as its header and its widest text (up to a
        share of the table): the fixed widths gave "Full loop" 170 px and the categories
        200, which three of them overflow, so the topics had little room left."""
        self.table.ensurePolished()  # the style sheet's font: the page may not be shown yet
        metrics, head = self.table.fontMetrics(), self.table.horizontalHeader()
        most = int(self.table.viewport().width() * MOST_OF_TABLE)
        model = self.model
        # one row of each plan and set of categories, and the first (dates and counts are
        # alike in width): not every text of every row
        firsts: dict[object, int] = {}
        for i, r in enumerate(model.rows):
            firsts.setdefault(r.plan, i)
            firsts.setdefault(r.categories, i)
            firsts.setdefault(r.status, i)  # "unfinished" is wider than a score
        for i in range(min(len(model.rows), 20)):
            firsts.setdefault(i, i)
        for col in range(len(COLUMNS) - 1):
            texts = {model.shown(i)[col] for i in firsts.values()}
            widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            need = max(head.sectionSizeHint(col), widest + self._cell_padding() + 2)
            self.table.setColumnWidth(col, min(need, max(most, head.sectionSizeHint(col))))

    def _fit_rows(self) -> None:
        """Each row as tall as its wrapped categories and topics. Measured here, not with
        ``resizeRowsToContents`` (every cell of every row through the delegate: 0.5 s for 500
        sessions, 2.6 s for 2,000, on the GUI thread). Texts are measured once for each set of
        categories and topics, and a row's height is looked up by its sets: a row's texts made
        and mapped through the proxy for each of 5,000 rows took 0.4 s (hist54)."""
        table, proxy, model = self.table, self.proxy, self.model
        table.ensurePolished()
        metrics = table.fontMetrics()
        one_line = table.verticalHeader().defaultSectionSize()
        step = metrics.lineSpacing()
        # a cell is its column less the grid line's pixel: a text measured against the whole
        # column as one line was wrapped onto two by the cell, and shown cut ("…": hist58)
        inner = self._cell_padding() + (1 if table.showGrid() else 0)
        room = {c: max(1, table.columnWidth(c) - inner) for c in WRAPPED}
        lines_of: dict[tuple[int, str], int] = {}
        widths = (one_line, step, room[5], room[6])
        if self._heights_for != widths or len(self._heights) > 50_000:
            self._heights_for, self._heights = widths, {}
        height_of = self._heights  # kept while the widths and the font are: a sort reuses it
        flags = int(Qt.TextFlag.TextWordWrap)
        # the proxy neither sorts nor filters: its rows are the model's
        assert len(model.rows) == proxy.rowCount()
        for source, r in enumerate(model.rows):
            row = source
            key = (r.categories, r.topics)
            height = height_of.get(key)
            if height is None:
                lines = 1
                texts = model.shown(source)
                for col in WRAPPED:
                    text = texts[col]
                    if (col, text) not in lines_of:
                        high = metrics.boundingRect(QRect(0, 0, room[col], 1 << 20), flags, text)
                        lines_of[col, text] = max(1, round(high.height() / step))
                    lines = max(lines, lines_of[col, text])
                height = height_of[key] = one_line + (lines - 1) * step
            if table.rowHeight(row) != height:
                table.setRowHeight(row, height)

    def set_matching(self, text: str, session_ids: set[int] | None) -> None:
        """The sessions whose answers contain the searched text (None: no search)."""
        if text != self.search.text().strip():
            return  # an older search finished after a newer one was typed
        self.proxy.matching = session_ids
        self._filters_changed()

    def _set_filters(self) -> None:
        p = self.proxy
        p.plan = self.plan.currentData() or ALL
        p.category = self.category.currentData() or ALL
        p.topic = self.topic.currentData() or ALL
        p.min_score = self.min_score.value()

    def _filters_changed(self, *_a: object, refilter: bool = True) -> None:
        p = self.proxy
        if refilter:
            self._set_filters()
            self._refilter()
        shown, total = p.rowCount(), self.model.total
        text = (
            f"{shown} of {counted(total, 'session')}"
            if shown != total
            else counted(total, "session")
        )
        if self.model.unfinished:
            text += f"  ·  {self.model.unfinished} unfinished"
        self.summary.setText(text)
        for b in (self.delete_button, self.review_button, self.open_button):
            b.setEnabled(shown > 0)
        self.empty_note.setText(self._why_empty(total))
        self.empty_note.setVisible(shown == 0)

    def _note_chosen(self, *_a: object) -> None:
        if self.table.selectionModel().selectedRows():
            self._chosen = self.selected_session()

    def _choose_again(self) -> None:
        """No row selected, and the session last chosen shown again (a search cleared, a
        filter set back): it is selected again, in view. Esc in a search that had hidden it
        brought every session back with none selected, and Enter or Delete did nothing: the
        keyboard user had lost their place (walk66)."""
        if self.table.selectionModel().selectedRows() or self._chosen is None:
            return
        row = next((n for n, r in enumerate(self.model.rows) if r.session_id == self._chosen), -1)
        if row < 0:
            return
        column = max(0, self.table.currentIndex().column())
        index = self.proxy.mapFromSource(self.model.index(row, column))
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _refilter(self) -> None:
        """The rows the filters take; when they are all replaced, the selected session kept
        selected (and in view) when it is one of them, and the current column kept."""
        self._refilter_rows()
        self._choose_again()

    def _refilter_rows(self) -> None:
        session_id, column, _, selected = self._before_sort()
        if not self.model.refilter():
            return  # (rows removed and inserted: the table kept its selection and place)
        self._fit_timer.stop()  # fitted now, in the same event: no flicker
        self._fit()
        row = next((n for n, r in enumerate(self.model.rows) if r.session_id == session_id), -1)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, column))
        flags = QItemSelectionModel.SelectionFlag.NoUpdate
        if selected:
            flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _why_empty(self, total: int) -> str:
        """What leaves the table empty, said as what the person set. With a search only, it
        read "No session matches these filters: set them back to All ...", filters that all
        read All already (walkthrough 46)."""
        if not total and self.held.session_id is not None:
            # "No sessions yet" beside the line saying one was just deleted (ui67); its undo
            # is said once, on that line (it was said here too: ui68)
            return "No other session."
        if not total:
            return "No sessions yet: each interview is listed here once you answer a question."
        set_to = [
            f"{label} {combo.currentText()}"
            for label, combo in (("Plan", self.plan), ("Category", self.category),
                                 ("Topic", self.topic))
            if (combo.currentData() or ALL) != ALL
        ]  # fmt: skip
        if self.min_score.value():
            set_to.append(f"Score ≥ {self.min_score.value()}")
        searched = self.search.text().strip() if self.proxy.matching is not None else ""
        one = len(set_to) == 1
        filters = f"{'this filter' if one else 'these filters'} ({', '.join(set_to)})"
        held = next((r for r in self._rows if r.session_id == self.held.session_id), None)
        if held is not None and self.proxy.accepts(held):
            # the one match just deleted: "No session has “…”" beside its undo read as if
            # the search had found nothing (round 67's walk), as "No sessions yet" did (ui67)
            has = f" has “{searched}” in what you said or typed" if searched else ""
            matches = f" {'with' if searched else 'matches'} {filters}" if set_to else ""
            return f"No other session{has}{matches}."
        if searched and not set_to:
            return (
                f"No session has “{searched}” in what you said or typed: change the search, "
                "or Esc in it to clear it."
            )
        them = "it" if one else "them"
        to = " and ".join(
            (["All"] if len(set_to) > bool(self.min_score.value()) else [])
            + (["Score ≥ 0"] if self.min_score.value() else [])
        )
        if searched:
            return (
                f"No session has “{searched}” in what you said or typed with {filters}: "
                f"change the search (Esc in it clears it) or set {them} back to {to}."
            )
        return f"No session matches {filters}: set {them} back to {to} to see the others."

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Esc in a search with text clears it: it went back to Home at once, the search
        lost (walkthrough 30). Esc in an empty search goes back, as everywhere on the page.
        The table resized: its columns and rows are fitted again."""
        if isinstance(watched, QTableView) and event.type() == QEvent.Type.Resize:
            self._fit_timer.start()
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.search.text()
        ):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # the key is the search's, not Back's
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    def _to_results(self) -> None:
        """Enter in the search: the results get the keyboard, a row chosen (Enter there opens
        its scorecard). Enter in the search did nothing at all (walkthrough 30)."""
        if self._search_timer.isActive():  # what was typed is searched now, not in 250 ms
            self._search_timer.stop()
            self.search_requested.emit(self.search.text().strip())
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.selectionModel().selectedRows() and self.proxy.rowCount() > 0:
            self.table.selectRow(0)

    def selected_session(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        index = rows[0] if rows else self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.rows[self.proxy.mapToSource(index).row()].session_id

    def described(self, session_id: int) -> str:
        """The session as its row reads ("6 Dec 14:05 · Technical deep dive · 3 answers ·
        82"), for a question about it: "Delete this session?" did not say which one."""
        for r in self.model.rows:
            if r.session_id == session_id:
                return " · ".join(
                    (
                        shown_when(r.started_at),
                        shown_marks(r.plan),
                        counted(r.answered, "answer"),
                        score_text(r),
                    )
                )
        return ""

    def hold_deleted(self, session_id: int) -> int | None:
        """``session_id`` off the list and said deleted, with its undo, the row that took its
        place chosen; returns the session held before, to delete now (None: none)."""
        before = self.held.hold(session_id, self.described(session_id))
        current = self.table.currentIndex()
        row, column = (current.row(), current.column()) if current.isValid() else (0, 0)
        self.show_rows(self._rows)
        if self.proxy.rowCount():
            self._select(min(row, self.proxy.rowCount() - 1), column)
        self.undo_text.setText(self.held.said)
        self.undo_bar.show()
        return before

    def release_held(self) -> int | None:
        """The session held, to delete now (its undo past); None when none is."""
        self.undo_bar.hide()
        return self.held.take()

    def undo_delete(self) -> None:
        """The session held back on the list, chosen."""
        self.undo_bar.hide()
        session_id = self.held.undo()
        if session_id is None:
            return
        self.show_rows(self._rows)
        row = next((n for n, r in enumerate(self.model.rows) if r.session_id == session_id), -1)
        if row >= 0:
            self._select(self.proxy.mapFromSource(self.model.index(row, 0)).row(), 0)
        self.undone.emit(session_id)

    def _select(self, row: int, column: int) -> None:
        index = self.proxy.index(row, column)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _emit(self, signal: Any) -> None:
        session_id = self.selected_session()
        if session_id is not None:
            signal.emit(session_id)


class ValueCombo(QComboBox):
    """A dropdown of values, each shown as a text, filled in one call (``set_values``): filled
    an item at a time (``addItem``, each a call into Qt with its data), a list of 5,000 plans
    cost the window a call per plan each time History was shown (round 54 left it, perf55).
    ``currentData`` and ``findData`` read the values kept here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[Any] = []
        self._index: dict[Any, int] = {}

    def set_values(self, values: list[Any], texts: list[str]) -> None:
        self.clear()
        self._values = list(values)
        self._index = {}
        for n, value in enumerate(self._values):
            self._index.setdefault(value, n)
        self.addItems(texts)

    def currentData(self, role: int = Qt.ItemDataRole.UserRole) -> Any:  # noqa: N802 (Qt's)
        n = self.currentIndex()
        return self._values[n] if 0 <= n < len(self._values) else None

    def itemData(self, index: int, role: int = Qt.ItemDataRole.UserRole) -> Any:  # noqa: N802
        return self._values[index] if 0 <= index < len(self._values) else None

    def findData(self, data: Any, role: int = Qt.ItemDataRole.UserRole, flags: Any = None) -> int:  # noqa: N802
        return self._index.get(data, -1)
