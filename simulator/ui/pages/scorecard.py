"""Scorecard: overall score, a bar per category, one row per answer, every score explained.

Everything shown comes from the ``Scorecard`` view model (``core.scorecard``), the same object
the HTML, Markdown, JSON and PDF exports render, so they all say exactly the same thing. Colours
come from the palette (light and dark) plus the score colours of ``core.tables``.
"""

from __future__ import annotations

import html
import re

import shiboken6
from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChartView, QValueAxis
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from simulator.core.export import formats_text, render_answer_html
from simulator.core.export.files import export_file_name
from simulator.core.reordering import shown_marks, shown_topic
from simulator.core.scorecard import AnswerView, CategoryView, Scorecard
from simulator.core.scorecard.star_basis import bars_caption, bars_explained
from simulator.core.tables import change_color, gone_id
from simulator.ui.style import ACCENT, ink, is_dark, rich_text_colors
from simulator.ui.widgets.capped_scroll import CappedScroll, short_text
from simulator.ui.widgets.charts import (
    ZeroBarLabels,
    chart_view,
    cleared,
    style_axis,
    style_legend,
)
from simulator.ui.widgets.common import button, label, name, page_root, plain_tip
from simulator.ui.widgets.document_keys import document_ends_keys
from simulator.ui.widgets.gauge import ScoreGauge
from simulator.ui.widgets.page_status import PageStatus
from simulator.ui.widgets.staged_page import StagedPage
from simulator.ui.widgets.star_bar import StarBar
from simulator.ui.widgets.theme_follow import follow_theme
from simulator.ui.widgets.whole_lines import WholeLinesBrowser

COLUMNS = ("Question", "Category", "Content", "Structure", "Delivery", "Overall", "Change")
QUESTION_MIN_WIDTH = 130  # about 16 characters a line: the question reads as a sentence
# Below this the Category column gives its room to the questions (at ~145 px a question of
# two lines of the detail took seven lines of its row: two rows in sight at 960 x 640).
QUESTION_READABLE_WIDTH = 200
# A question's row is at most this many lines tall; a longer question is cut, whole beside it
# (at 960 x 640, five rows in sight).
QUESTION_LINES = 3
CELL_CHARACTERS = 190  # a longer question (two of the shipped ones) is cut in its cell
WHOLE_CELL = Qt.ItemDataRole.UserRole  # the question cell's text before it is cut to its lines
PART_COLUMNS = {2: "content", 3: "structure", 4: "delivery"}
TIPS_SHARE = 0.1  # of the window's height: 3 whole lines at 640 px, all of 3 tips from ~800 px
# The selected answer's explanation keeps this many lines when the tips take room from the
# table and the detail below them (four, 80 px, left a story's explanation five lines at
# 960 x 640 once its STAR bars went into it: walkthrough 41; eight left 9.9 lines on a machine
# whose fonts wrapped the tips longer, under the ten the smallest window's walkthrough asks for).
DETAIL_READABLE_LINES = 10
# ... and this many under a table of one or two answers (``_arrange``), at the page's width: a
# line there holds what two hold in the panel beside a table, about half the page wide.
DETAIL_READABLE_LINES_WIDE = DETAIL_READABLE_LINES // 2
# Fewer lines than this of a story's explanation under its STAR bars, and the bars are drawn in
# the explanation instead (under "STAR structure", where every export draws them) and scroll
# with it: at 960 x 640 the bars above it left the explanation one or two lines, its caption
# (walkthrough 41).
EXPLANATION_LINES = 10
TIPS_TITLE = "What to work on next"
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" for a widget's size
TIPS_MORE = "(more below: scroll ↓)"


class ScorecardPage(StagedPage):
    home_requested = Signal()
    back_requested = Signal()  # Esc: where the scorecard was opened from (History), else Home
    export_requested = Signal(int)
    review_requested = Signal(int, int)  # session id, answer id
    practise_requested = Signal(str, int)  # question id, answer id

    def __init__(self, parent: QWidget | None = None, *, staged: bool = False) -> None:
        """Built whole, or with ``staged`` in parts (``build_step``, one per event-loop turn):
        built ahead in the wrap-up as one event it held the GUI thread 37 ms
        (``benchmarks/voice_interview.py``, stop 26)."""
        super().__init__(parent)
        self._card: Scorecard | None = None
        self._change_hidden = True  # no earlier session to compare with
        self._parts_hidden: set[int] = set()  # score columns no answer has a value in
        self._widths: dict[int, int] = {}  # the score columns' widths, hidden or shown
        # a selected story's STAR bars: above its explanation or in it (None: no story)
        self._bars_above: bool | None = None
        # the table above the explanation, at its rows' height (one or two answers), or beside
        self._table_above = False
        self._root = page_root(self, spacing=10)
        # Esc went back on every other page (History, Review, Attempts, Progress) and did
        # nothing here: a scorecard opened from History left the person stuck on it without
        # Ctrl+H (walkthrough 44)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.back_requested.emit)
        follow_theme(self, self._theme_changed)
        # set before any part is made: set after, it styled every part a second time
        self.setStyleSheet(
            "QLabel#detailTitle { font-size: 16px; font-weight: 600; }"
            "QLabel#comparison { font-weight: 600; }"
        )
        self._steps = [
            self._build_header,
            self._build_table,
            self._build_detail,
            self._build_answer_detail,
            self._build_buttons,
        ]
        if not staged:
            self.finish_build()

    def _build_header(self) -> None:
        root = self._root
        # --- header: gauge and titles, the tips under both, the chart beside ------------------
        # The tips start under the gauge, not beside it: beside it, they wrapped in the width
        # of the titles alone (~470 px at 960 x 640) and four questions' tips scrolled while the
        # room under the gauge stayed empty (round 67's walk).
        header = QHBoxLayout()
        header.setSpacing(18)
        left = QVBoxLayout()  # the gauge and the titles, the tips under both
        left.setSpacing(0)
        top = QHBoxLayout()
        top.setSpacing(18)
        self.overall = ScoreGauge()
        name(self.overall, "overallScore", "Overall score")
        top.addWidget(self.overall, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(4)
        titles.addWidget(name(label("Scorecard", "pageTitle"), "pageTitle", "Scorecard"))
        self.subtitle = label("", "pageSubtitle")
        name(self.subtitle, "scorecardSummary", "Session summary")
        titles.addWidget(self.subtitle)
        self.comparison = label("", "comparison")
        name(self.comparison, "comparisonLabel", "Compared with the previous session")
        titles.addWidget(self.comparison)
        # (no stretch here: the header's height beyond its parts goes under the tips, which
        # stay where they are; a share of it above them moved them, and their room with them)
        top.addLayout(titles, 1)
        top.setAlignment(titles, Qt.AlignmentFlag.AlignTop)
        left.addLayout(top)
        tips = QVBoxLayout()
        tips.setSpacing(4)
        tips.addSpacing(8)
        tips_title = self.tips_title = label(TIPS_TITLE, "sectionTitle")
        tips_title.setAccessibleName(TIPS_TITLE)  # keeps its style's objectName
        tips.addWidget(tips_title)
        self.tips = label("", "tips")
        name(self.tips, "tipsLabel", "Tips for next time")
        # Scrolled past a share of the window: three two-line tips beside a compared chart
        # made the header ~300 px in the smallest window, cutting the STAR rows below in half.
        # They always have the room beside the chart, though: with a share alone, the third
        # of three short tips was hidden at 960 x 640 while the space under them stayed empty.
        self.tips_scroll = CappedScroll(self.tips, TIPS_SHARE, room=self._tips_room)
        self.tips_scroll.overflowed.connect(self._tips_overflowed)
        tips.addWidget(self.tips_scroll)
        left.addLayout(tips)
        left.addStretch(1)
        header.addLayout(left, 1)
        self.chart = _category_chart()
        self.chart_zeros = ZeroBarLabels(self.chart)
        name(self.chart, "categoryChart", "Score per category", "Bar chart of the category means")
        header.addWidget(self.chart, 0, Qt.AlignmentFlag.AlignTop)
        root.addLayout(header)

    def _tips_room(self) -> int:
        """The height from the tips' top to the foot of the gauge or the chart beside them,
        whichever is lower: the header is that tall whatever the tips take of it. More if the
        table and the detail below can spare it: at 960 x 640, after an interview ended early,
        the tips showed three of their four lines and said "scroll" while the table under
        them showed one row in ~330 px."""
        scroll = self.tips_scroll
        if not scroll.isVisible():
            return 0
        feet = [self.overall.geometry().bottom()]
        if self.chart.isVisible():
            feet.append(self.chart.geometry().bottom())
        beside = max(0, max(feet) - scroll.geometry().top() + 1)
        return max(beside, self._room_over_body())

    def _room_over_body(self) -> int:
        """The height from the tips' top down to the table and the detail, these keeping what
        they need (``_body_need``). Measured from the tips' top, not from their height plus
        what the body could spare: in a pass of the layout the body had its new height while
        the tips still had their old one, and the room read from the two went back and forth
        between two heights, a layout pass after another without end (ui68)."""
        if not self.built or not self._split.isVisible():
            return 0
        top = self.tips_scroll.mapTo(self, QPoint(0, 0)).y()
        foot = self._split.mapTo(self, QPoint(0, self._split.height())).y()
        return foot - self._root.spacing() - top - self._body_need()

    def _body_need(self) -> int:
        """The height the table and the detail need for the detail to show its question, its
        STAR rows and a few lines of its explanation."""
        # What the panel holds above the explanation as laid out: its layout's minimum took a
        # four-line question for one line, and the tips kept the room the explanation lacked.
        # From the explanation's top, not the panel's height less the explanation's: the panel
        # resized, its layout placed the explanation a turn later, and a room read between the
        # two (the new panel, the old explanation) moved the tips and again without end.
        panel = self._detail_panel
        bottom = self._detail_layout.contentsMargins().bottom() + panel.frameWidth()
        above = self.detail.geometry().top() + bottom
        # the browser's own margins around its text: its lines are counted in its viewport
        # (less the blank under its last whole line: that changes with its height, and the
        # tips' room with it, back and forth: ui68)
        detail = self.detail
        chrome = detail.height() - detail.viewport().height() - detail.viewportMargins().bottom()
        lines = DETAIL_READABLE_LINES_WIDE if self._table_above else DETAIL_READABLE_LINES
        readable = lines * QFontMetrics(self.detail.font()).lineSpacing()
        need = above + chrome + readable
        if self._table_above:  # the table's height is its rows': the detail's is the rest
            need += self.table.height() + self._split.handleWidth()
        return need

    def _tips_overflowed(self, overflows: bool) -> None:
        """Tips scrolled out of sight are said in the heading: a scroll bar three lines tall
        beside the text was easy to miss."""
        shown = f"{TIPS_TITLE}  {TIPS_MORE}" if overflows else TIPS_TITLE
        self.tips_title.setText(shown)
        self.tips_scroll.setAccessibleDescription(
            "More tips below: scroll with the arrow keys" if overflows else ""
        )

    def _build_table(self) -> None:
        # --- answers and the selected answer's detail ----------------------------------------
        self.table = QTableWidget(0, len(COLUMNS))
        name(self.table, "scoreTable", "Scores per answer", "Select a row to see how it was scored")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        # Tab leaves the table for the detail (arrows move between rows): Tab used to walk
        # the cells and never reach the transcript and model answer.
        self.table.setTabKeyNavigation(False)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        head.setMinimumSectionSize(40)
        for col in range(2, len(COLUMNS)):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        self._fit_score_columns()
        # Rows follow the question column's width: measured while it was still narrow (before
        # the first layout) they stayed several times taller than their text.
        self._rows_fit = QTimer(self)  # once the header has settled, not at each step
        self._rows_fit.setSingleShot(True)
        self._rows_fit.timeout.connect(self._fit_rows)
        head.sectionResized.connect(self._header_resized)
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.table.installEventFilter(self)  # resized by the splitter: columns fitted again

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.table and event.type() == QEvent.Type.Resize and self._card is not None:
            self._keep_questions_readable()
            self._rows_fit.start(0)  # taller or shorter: questions whole or cut to their lines
        # (_bars_above first: the table's resizes come before the detail is made)
        resized = event.type() == QEvent.Type.Resize
        if resized and watched is self._detail_panel:
            self.tips_scroll.updateGeometry()  # (the spare is measured on the panel laid out)
        story = self._bars_above is not None and watched is self.detail
        if story and resized and shiboken6.isValid(self._bars_check):
            self._bars_check.start(0)
        return super().eventFilter(watched, event)

    def _header_resized(self, column: int, _old: int, _new: int) -> None:
        # A method, not a lambda: Qt drops the connection once the page is destroyed. While
        # a page was torn down its header still resized after the timer had gone, and each
        # resize raised "Internal C++ object (QTimer) already deleted" into whatever ran next
        # (a CI run on a new machine: 10 failed tests, 48 errors, all this one).
        if column == 0 and shiboken6.isValid(self._rows_fit):
            self._rows_fit.start(0)

    def _build_detail(self) -> None:
        # The splitter and the panel first, in the page: each part made after is styled as it
        # is made (made apart and then put in the page, this part took 21-25 ms of one event).
        split = self._split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("scorecardSplitter")
        split.setChildrenCollapsible(False)
        self._root.addWidget(split, 1)
        split.addWidget(self.table)
        detail_panel = self._detail_panel = QFrame()
        detail_panel.setObjectName("card")
        detail_panel.installEventFilter(self)  # resized: what it can spare the tips changed
        split.addWidget(detail_panel)
        panel = self._detail_layout = QVBoxLayout(detail_panel)
        panel.setContentsMargins(14, 12, 14, 10)
        panel.setSpacing(6)
        self.detail_title = label("", "detailTitle")
        name(self.detail_title, "detailTitle", "Selected question")
        self.detail_meta = label("", "hint")
        name(self.detail_meta, "detailMeta", "Category and score of the selected answer")
        self.star_bar = StarBar()
        name(self.star_bar, "starBar", "STAR split against the targets")
        self.detail_title_scroll = CappedScroll(self.detail_title, 0.25)  # a 2,000-char prompt
        for w in (self.detail_title_scroll, self.detail_meta, self.star_bar):
            panel.addWidget(w)

    def _build_answer_detail(self) -> None:
        # Whole lines at any height (as Review's and Progress's panes): after an export, the
        # status line took a row from the page and the last line showed cut in half (walk59).
        self.detail = WholeLinesBrowser()
        document_ends_keys(self.detail)
        name(self.detail, "answerDetail", "How this answer was scored")
        self.detail.setOpenLinks(False)
        self.detail.setFrameShape(QFrame.Shape.NoFrame)
        # Reachable by Tab, scrolled by the arrows and Page Up/Down, left by Tab again.
        self.detail.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # It scrolls: in a short panel it gives up height first, so the STAR rows above it
        # stay whole (they were cut in the smallest window under a long question).
        self.detail.setMinimumHeight(40)
        self.detail.setTabChangesFocus(True)
        self.star_bar.scroll_with_keys(self.detail)
        self._detail_layout.addWidget(self.detail, 1)
        # the bars' place looked at again once the explanation's height has settled
        self._bars_check = QTimer(self)
        self._bars_check.setSingleShot(True)
        self._bars_check.timeout.connect(self._place_bars)
        self.detail.installEventFilter(self)
        split = self._split
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([720, 500])

    def _build_buttons(self) -> None:
        root = self._root
        buttons = QHBoxLayout()
        self.home_button = button(
            "H&ome", "homeButton", "Ctrl+H", self.home_requested.emit,
            "Back to the plan and past sessions",
        )  # fmt: skip
        self.export_button = button(
            "E&xport…", "exportButton", "Ctrl+S", self._export,
            f"Save this scorecard as {formats_text()}",
        )  # fmt: skip
        self.review_button = button(
            "Re&view answer", "reviewAnswerButton", "Ctrl+Shift+R", self._review,
            "Replay the selected answer with its transcript, fillers and pauses",
        )  # fmt: skip
        buttons.addWidget(self.home_button)
        self.status_line = PageStatus()  # an export's result, between the buttons
        buttons.addWidget(self.status_line, 1)
        self.practise_button = button(
            "&Practise again", "practiseAgainButton", "Ctrl+Shift+P", self._practise,
            "Answer the selected question again as a new attempt",
        )  # fmt: skip
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.practise_button)
        buttons.addWidget(self.export_button)
        root.addLayout(buttons)

    # --- showing a session ---------------------------------------------------------------
    def show_scorecard(self, card: Scorecard) -> None:
        self._card = card
        self.overall.setValue(
            card.overall, card.overall_color if card.overall is not None else None
        )
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setText(f"{shown_marks(card.summary)}\n{card.overall_statement}")
        self.comparison.setTextFormat(Qt.TextFormat.PlainText)
        self.comparison.setText(card.previous.text if card.previous else "")
        self.comparison.setVisible(card.previous is not None)
        tips = card.tips or ["Answer a few questions to get tips."]
        self.tips.setTextFormat(Qt.TextFormat.RichText)
        self.tips_scroll.set_text(bulleted(tips))
        _fill_chart(
            self.chart,
            self.chart_zeros,
            card.per_category,
            card.previous is not None,
            self.palette(),
        )
        self.chart.setFixedWidth(
            _chart_width(self.chart, card.per_category, card.previous is not None)
        )
        # no answer: no chart (it drew a lone "–" on an axis) and nothing to review, practise
        # or export (an export of nothing, walkthrough 39); one bar of the overall's number:
        # no chart either, its room the tips' (``Scorecard.chart_tells_more``)
        self.chart.setVisible(card.chart_tells_more)
        self.export_button.setEnabled(bool(card.answers))
        self.review_button.setEnabled(bool(card.answers))
        self.practise_button.setEnabled(bool(card.answers))
        self._fill_table(card.answers)
        # No answer to compare with an earlier one: no Change column, and its room goes to
        # the questions. (It followed the earlier session of the same plan: "Practise again"
        # showed "-27 vs 92" in the detail but no Change column.)
        self._change_hidden = not card.has_changes
        self.table.setColumnHidden(len(COLUMNS) - 1, self._change_hidden)
        # A part no answer was scored on ("–" on every row) takes no room from the questions.
        self._parts_hidden = {
            col for col, part in PART_COLUMNS.items() if part not in card.scored_parts
        }
        for col in PART_COLUMNS:
            self.table.setColumnHidden(col, col in self._parts_hidden)
        self._arrange(card.answers_above_explanation)
        self._keep_questions_readable()
        if card.answers:
            self.table.selectRow(0)
        else:
            self.detail_title_scroll.set_text("No answers were given in this session.")
            self.detail_meta.clear()
            self._bars_above = None
            self.star_bar.hide()
            self.detail.clear()
        self.table.setFocus()

    @property
    def scorecard(self) -> Scorecard | None:
        return self._card

    def _theme_changed(self) -> None:
        """Fill again in the new theme's colours (the chart's labels, the scores' cells, the
        answer detail), on the answer and at the place in its detail the person was."""
        if self._card is None or not self.built:
            return
        rows = self.table.selectionModel().selectedRows()
        at = self.detail.verticalScrollBar().value()
        self.show_scorecard(self._card)
        if rows:
            self.table.selectRow(rows[0].row())
            self.detail.verticalScrollBar().setValue(at)

    def _fit_score_columns(self) -> None:
        """Size the score columns in the font they are drawn in: sized before the style sheet's
        larger font applied, a skipped answer's Overall read "skipp…"."""
        self.table.ensurePolished()
        bold_font = QFont(self.table.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        for col in range(2, len(COLUMNS)):
            widest = max(COLUMNS[col], "skipped" if col == 5 else "", key=len)
            self._widths[col] = bold.horizontalAdvance(widest) + 18  # kept: hidden reads 0
            self.table.setColumnWidth(col, self._widths[col])

    def _keep_questions_readable(self) -> None:
        """The Question column keeps room for a readable line: in the smallest window the
        splitter squeezed it to one broken word a line and hid Change behind a scroll bar.
        The table is kept at least that wide; when the detail beside it needs the room, the
        Category column goes, then Change (the detail's first line tells both: with an
        earlier session and a STAR answer, the Question column was ~35 px again)."""
        table = self.table
        head = table.horizontalHeader()
        category = max(head.sectionSizeHint(1), table.sizeHintForColumn(1))  # fits its contents
        last = len(COLUMNS) - 1
        scores = sum(self._widths[c] for c in range(2, last) if c not in self._parts_hidden)
        change = 0 if self._change_hidden else self._widths[last]
        chrome = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        need = QUESTION_MIN_WIDTH + scores + chrome
        # the detail keeps room for a behavioral answer's STAR rows on one line each, shown
        # or not (the table keeps its columns from one selected answer to the next)
        panel = self._detail_panel
        margins = self._detail_layout.contentsMargins()
        star_panel = (
            self.star_bar.compact_width()
            + margins.left()
            + margins.right()
            + 2 * panel.frameWidth()
        )
        room = (
            self._split.width()
            - self._split.handleWidth()
            - max(panel.minimumSizeHint().width(), star_panel)
            if not self._table_above
            else self._split.width()  # the whole width, the explanation under it
        )
        # A session with a STAR answer keeps that room whichever answer is selected: the
        # splitter gave the table ~36 px less for a behavioral answer than for the others, so
        # each row grew taller and the row just selected was cut at the table's foot.
        has_star = self._card is not None and any(a.star is not None for a in self._card.answers)
        panel.setMinimumWidth(star_panel if has_star else 0)
        with_change = not self._change_hidden and room >= need + change
        with_category = room >= need + change + category
        # The splitter gives the table less than the room it could have: the category also
        # waits for the questions to keep a readable width in the table as it is now.
        now = table.width() - chrome - scores - (change if with_change else 0)
        if now - category < QUESTION_READABLE_WIDTH:
            with_category = False
        # So does the change (the detail's first line says it too): a six-question session
        # compared with the previous one kept it at 960 x 640, each question ~150 px wide
        # and up to ten lines tall (walkthrough 43).
        if with_change and now < QUESTION_READABLE_WIDTH:
            with_change = False
        table.setColumnHidden(1, not with_category)
        table.setColumnHidden(last, not with_change)
        need += (change if with_change else 0) + (category if with_category else 0)
        table.setMinimumWidth(max(0, min(room, need)))

    def _arrange(self, above: bool) -> None:
        """The table above the explanation (``Scorecard.answers_above_explanation``: one or
        two answers), as tall as its rows and as wide as the page, the explanation under it
        the rest; else beside it, the two sharing the width. Beside, one or two rows left most
        of the table's half of the page empty while the explanation scrolled (round 67's walk
        at 960 x 640)."""
        split, table = self._split, self.table
        if above == self._table_above:
            return
        self._table_above = above
        split.setOrientation(Qt.Orientation.Vertical if above else Qt.Orientation.Horizontal)
        split.setStretchFactor(0, 0 if above else 1)
        if above:
            self._fit_table_height()
        else:
            table.setMinimumHeight(0)
            table.setMaximumHeight(QWIDGETSIZE_MAX)
            split.setSizes([720, 500])

    def _fit_table_height(self) -> None:
        """Above the explanation, the table exactly as tall as its header and rows."""
        table = self.table
        rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
        head = table.horizontalHeader().sizeHint().height()
        height = head + rows + 2 * table.frameWidth()
        if table.minimumHeight() != height or table.maximumHeight() != height:
            table.setFixedHeight(height)
        split = self._split
        rest = split.height() - split.handleWidth() - height
        if split.sizes()[0] != height and rest > 0:
            split.setSizes([height, rest])  # (the table's place kept its former share)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self._card is not None:
            self._keep_questions_readable()

    def _fill_table(self, answers: list[AnswerView]) -> None:
        self.table.clearContents()
        self.table.setRowCount(len(answers))
        for row, a in enumerate(answers):
            cells = [
                # whole in its tooltip; cut to its row's lines by _fit_rows only when rows would
                # leave sight (cut at 160 characters, a question read "learns to…" over an
                # empty half table: walkthrough 43); a runaway prompt is cut here
                f"{a.number}. {shown_marks(short_text(a.prompt, CELL_CHARACTERS))}",
                a.category_label,
                a.scores["content"],
                a.scores["structure"],
                a.scores["delivery"],
                a.shown_overall,
                "" if a.change is None else f"{a.change:+d}",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setToolTip(plain_tip(shown_marks(a.prompt)))
                    item.setData(WHOLE_CELL, text)  # cut to the column's lines by _fit_rows
                elif col >= 2:
                    align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    item.setTextAlignment(align)
                if col == 5:
                    item.setForeground(QColor(ink(a.overall_color)))
                    if a.star and a.star.off_question:
                        item.setToolTip("Off the question asked: this story does not answer it")
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if col == 6 and a.change:
                    item.setForeground(QColor(ink(change_color(a.change))))
                    item.setToolTip(a.change_text)
                self.table.setItem(row, col, item)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Each row as tall as its cells' text. Not ``resizeRowsToContents``: that keeps the
        hidden row header's own height (21 px with the style's padding) as a floor, so a
        question on one line, once the empty score columns had gone, sat in a row 3 px too
        tall."""
        table = self.table
        cells = [table.item(row, 0) for row in range(table.rowCount())]
        if not cells or None in cells:
            return  # (every row is filled whole before this is called)
        questions = [cell for cell in cells if cell is not None]
        # The height of a row whose question is QUESTION_LINES lines, measured as the rows are
        # (the cells' line step is not the table font's line spacing: 17 px, not 16).
        questions[0].setText("1.")
        one = table.sizeHintForRow(0)
        questions[0].setText("1.\n2.")
        most = one + (QUESTION_LINES - 1) * (table.sizeHintForRow(0) - one)
        for cell in questions:
            cell.setText(str(cell.data(WHOLE_CELL)))
        # All whole when they all fit (at 1280 x 800 they were cut above an empty half table)
        # (above the explanation the table is as tall as its rows: they are all in sight)
        rows = range(len(questions))
        shown = sum(table.sizeHintForRow(row) for row in rows)
        if not self._table_above and shown > table.viewport().height():
            for row, cell in enumerate(questions):
                self._fit_question(row, cell, most)
        for row in rows:
            table.setRowHeight(row, table.sizeHintForRow(row))
        if self._table_above:
            self._fit_table_height()

    def _fit_question(self, row: int, cell: QTableWidgetItem, most: int) -> None:
        """The question ``cell`` of ``row`` (whole) kept if its row is at most ``most`` px tall
        at the column's width, else cut after the last word that fits, with "…" (whole in its
        tooltip and in the detail beside): at 960 x 640 a 150-character question was ten
        lines of a narrow column, two rows in sight (walkthrough 43)."""
        table = self.table
        if table.sizeHintForRow(row) <= most:
            return
        words = str(cell.data(WHOLE_CELL)).split(" ")
        kept, over = 1, len(words)  # words that fit, words that do not
        while over - kept > 1:
            mid = (kept + over) // 2
            cell.setText(_cut(words, mid))
            if table.sizeHintForRow(row) <= most:
                kept = mid
            else:
                over = mid
        cell.setText(_cut(words, kept))

    def _export(self) -> None:
        if self._card is not None:
            self.export_requested.emit(self._card.session_id)

    def _selected_answer(self) -> AnswerView | None:
        if self._card is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        return self._card.answers[row] if 0 <= row < len(self._card.answers) else None

    def _review(self) -> None:
        answer = self._selected_answer()
        if answer is not None and self._card is not None:
            self.review_requested.emit(self._card.session_id, answer.answer_id)

    def export_file_name(self, session_id: int) -> str | None:
        """The name the export of ``session_id`` is offered under, when it is the one shown."""
        card = self._card
        if card is None or card.session_id != session_id:
            return None
        return export_file_name(card.title, card.started)

    def _practise(self) -> None:
        answer = self._selected_answer()
        if answer is not None:
            self.practise_requested.emit(answer.question_id, answer.answer_id)

    def _show_detail(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self._card is None:
            return
        a = self._card.answers[rows[0].row()]
        self.detail_title.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_title_scroll.set_text(f"{a.number}. {shown_marks(a.prompt)}")
        score = "skipped (0)" if a.skipped else f"{a.shown_overall}/100"
        mode = "" if a.mode == "skipped" else a.mode  # the score says "skipped" once
        gone = gone_id(a.prompt, a.question_id)
        meta = [a.category_label, gone, shown_topic(a.topic), mode, score, a.change_text]
        self.detail_meta.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_meta.setText("  ·  ".join(m for m in meta if m))
        above = a.star is not None and self._bars_fit_above()
        self._bars_above = above if a.star is not None else None
        self.star_bar.setVisible(above)
        if a.star is not None:
            self.star_bar.set_parts(a.star.parts)
            self.star_bar.setAccessibleName(f"STAR split by {a.star.share_basis}")
            self.star_bar.setToolTip(bars_explained(a.star.share_basis))
        self.tips_scroll.updateGeometry()  # the detail's needs changed: the tips' room too
        muted, track = rich_text_colors(self.palette())
        page = render_answer_html(a, muted=muted, track=track, with_star=not above, dark=is_dark())
        if above and a.star is not None:
            # What the bars above measure (not what the live timer showed: walkthrough 40),
            # first in the explanation under them, which gives up its height first: a line
            # of its own took the STAR rows' room in the smallest window.
            caption = html.escape(bars_caption(a.star.share_basis))
            note = f'<p style="color: {muted}; margin-top: 0">{caption}</p>'
            page = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + note, page, count=1)
        self.detail.setHtml(page)

    def _bars_fit_above(self) -> bool:
        """Whether a story's STAR bars, drawn above its explanation, leave the explanation
        ``EXPLANATION_LINES`` lines."""
        line = QFontMetrics(self.detail.font()).lineSpacing()
        text = self.detail.viewport().height()
        if self.star_bar.isHidden():  # the bars would take their room from the explanation
            text -= self.star_bar.sizeHint().height() + self._detail_layout.spacing()
        return text >= EXPLANATION_LINES * line

    def _place_bars(self) -> None:
        """The window or the panel resized: the selected story's bars moved above its
        explanation or into it if they no longer belong where they are."""
        if self._bars_above is not None and self._bars_fit_above() != self._bars_above:
            bar = self.detail.verticalScrollBar()
            at = bar.value()
            self._show_detail()
            bar.setValue(at)


def _category_chart() -> QChartView:
    view = chart_view()
    view.chart().legend().setVisible(False)
    view.setFixedSize(CHART_WIDTH[1], 200)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return view


CHART_WIDTH = (160, 380)  # the category chart's narrowest and widest


def _chart_width(view: QChartView, per_category: list[CategoryView], with_previous: bool) -> int:
    """As wide as its bars, labels and legend need, within CHART_WIDTH: at 380 px for one
    lone bar, the text beside it (the overall's rule, the tips) was squeezed to 370 px in the
    smallest window and the header took half of its height."""
    small = QFont(view.font())
    small.setPixelSize(12)
    fm = QFontMetrics(small)
    bar = 90 if with_previous else 60  # a group of two bars, or one, with room around it
    need = sum(max(fm.horizontalAdvance(c.label) + 24, bar) for c in per_category)
    if with_previous:  # the legend's two entries side by side, each with its marker
        legend = ("Previous session, same plan", "This session")
        need = max(need, sum(fm.horizontalAdvance(t) + 40 for t in legend))
    lo, hi = CHART_WIDTH
    return max(lo, min(hi, need + 24))


def _fill_chart(
    view: QChartView,
    zero_labels: ZeroBarLabels,
    per_category: list[CategoryView],
    with_previous: bool,
    pal: QPalette,
) -> None:
    zero_labels.clear()
    chart, text, grid = cleared(view, pal)
    names = [c.label for c in per_category]
    series = QBarSeries()
    now = QBarSet("This session")
    now.append([float(c.score) for c in per_category])
    now.setColor(QColor(ACCENT))
    now.setBorderColor(QColor(ACCENT))
    if with_previous:
        before = QBarSet("Previous session, same plan")
        before.append([float(c.previous or 0) for c in per_category])
        faded = QColor(pal.color(QPalette.ColorRole.PlaceholderText))
        before.setColor(faded)
        before.setBorderColor(faded)
        series.append(before)
    series.append(now)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value")
    series.setBarWidth(0.7)
    for bar_set in series.barSets():
        bar_set.setLabelColor(text)
        bar_set.setLabelFont(QFont(view.font()))
    chart.addSeries(series)
    x = QBarCategoryAxis()
    x.append(names or ["–"])
    y = QValueAxis()
    # Room above a full bar for its score: with 0-110 a score of 97 to 100 was written inside
    # the bar's top, black on blue, in the app's 14 px font.
    y.setRange(0, 125)
    y.setTickCount(3)
    y.setLabelFormat("%d")
    y.setVisible(False)
    small = QFont(view.font())
    small.setPixelSize(12)
    for axis in (x, y):
        style_axis(axis, small, text, grid)
    x.setGridLineVisible(False)
    x.setTruncateLabels(False)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    style_legend(chart, with_previous, small, text)
    zeros = [(len(series.barSets()) - 1, i) for i, c in enumerate(per_category) if c.score == 0]
    if with_previous:
        zeros += [(0, i) for i, c in enumerate(per_category) if c.previous == 0]
    zero_labels.show_zeros(series, zeros, QFont(view.font()), text)
    view.setAccessibleDescription("; ".join(_spoken(c) for c in per_category) or "no scores")


def _spoken(c: CategoryView) -> str:
    """One category as a screen reader says it (a bar of 0 has nothing to see)."""
    before = "" if c.previous is None else f", previous session {c.previous}"
    return f"{c.label}: {c.score} of 100{before}"


def _cut(words: list[str], kept: int) -> str:
    """The first ``kept`` words and "…", without a stop, comma or colon left before it."""
    return " ".join(words[:kept]).rstrip(".,;:") + "…"


def bulleted(items: list[str]) -> str:
    """``items`` as a bulleted list whose wrapped lines go on under the item's text, not under
    its bullet (plain "•  tip" lines did: a long tip read as two). Each item is plain text."""
    rows = "".join(
        f"<tr><td style='padding-right:6px'>•</td><td>{html.escape(item)}</td></tr>"
        for item in items
    )
    return f"<table cellspacing='0' cellpadding='0'>{rows}</table>"
