"""Home: choose a plan (presets or categories, topics and a count), see and reopen past sessions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from simulator.core.plan import (
    MAX_QUESTIONS,
    PRESETS,
    Plan,
    TopicCounts,
    estimated_minutes,
    missing_topics_said,
    plan_summary,
    shortfall,
)
from simulator.core.qt_names import shown_text
from simulator.core.reordering import shown_topic
from simulator.core.storage import SessionRecord
from simulator.core.tables import CATEGORIES, WHERE_MICROPHONE_IS_CHOSEN, category_label
from simulator.services import SCORER_STEP
from simulator.ui.page_notice import MISSING_TOPICS, show_page_notice
from simulator.ui.pages.home_custom import CustomChoice
from simulator.ui.pages.home_plan_hold import PlanHold
from simulator.ui.pages.home_read_only import ReadOnlyBanner
from simulator.ui.pages.home_resume import ResumeBanner
from simulator.ui.pages.home_sessions import PastSessions
from simulator.ui.pages.home_type_ahead import TypeAhead, typed_ahead_said
from simulator.ui.widgets.common import (
    button,
    card,
    counted,
    fit_choices,
    label,
    name,
    readable_by_tab,
)
from simulator.ui.widgets.elided_combo import ElidedComboBox
from simulator.ui.widgets.fitted_label import FittedLabel
from simulator.ui.widgets.reserved_lines import ReservedLinesLabel
from simulator.ui.widgets.spin_boxes import SpinBox
from simulator.ui.widgets.topic_list import TopicList

if TYPE_CHECKING:
    from simulator.core.questions import QuestionBank

CATEGORY_LABELS = {c: category_label(c) for c in CATEGORIES}
# The boxes' captions with their Alt letters (none taken by Home's other captions or the menus).
CATEGORY_MNEMONICS = {"technical": "Te&chnical", "behavioral": "&Behavioral", "case": "Cas&e study"}
CUSTOM = "Custom"
DUE = "Due for review"
DUE_MAX = 8  # questions in one "Due for review" session
STARTS_WHEN_LOADED = "Starting as soon as the questions have loaded…"
TOPICS_HEIGHT = 150  # the topic list's height before the bank has loaded
SUBTITLE_LINES = 2  # the bank line: its size takes two lines at the smallest window (960 px)
PLAN_LINES = 2  # the plan's line under the plan, or why Start cannot start, at 960 px
STILL_LOADING = "The questions are still loading: Ctrl+Enter starts once they have."
# a key typed before Home was ready, which would have changed the plan (home_plan_hold.py).
# It said "The questions are still loading: press Alt+P to choose the plan now, ..." under
# the plan drawn focused and the line "Questions read; getting the scorer ready" (walk64):
# not what became of the key, and "loading" of questions the page said were read.
PLAN_HELD = (
    "That key was not taken: the questions are not ready yet. Alt+P chooses the plan now; "
    "Ctrl+Enter starts once they are."
)
# Said while the scorer gets ready for the packs read: most of a first start, and a minute on
# a busy computer (walk60: Home said "Loading question pack 4 of 4" all that time)
# ("Questions read; ..." stood over "The questions are still loading: ..." and "Opening
# History as soon as the questions have loaded…": read or loading? walk64)
SCORER_READYING = (
    "Still loading: getting the scorer ready for the questions (a few seconds, longer on a "
    "busy computer)…"
)
# What is awaited when Resume was chosen while the questions load (interview_start), and what
# Ctrl+Enter says then: it started a new interview in the resumed one's place, the page having
# just said "Keys typed until then change nothing here" (walk62)
RESUME_AWAITED = "the interrupted interview"
RESUME_WAITS = (
    "The questions are still loading: the interrupted interview opens as soon as they have, "
    "and Ctrl+Enter then goes on with it."
)
PAGE_AWAITED = (
    "The questions are still loading: {what} opens as soon as they have. Keys typed until "
    "then change nothing here."
)


def microphone_hint(problem: str | None) -> str:
    """Home's line under the answer mode for ``problem`` (audio_input.missing_device_text).
    A chosen microphone gone is said with where microphones are chosen; none at all only said
    what would happen, so what to do about it is added, in two lines at 960 x 640. Told apart
    by the words both sides share (tables), not by "Settings" anywhere in it (review33)."""
    if not problem:
        return ""
    if WHERE_MICROPHONE_IS_CHOSEN in problem:
        return f"{problem} Answers will be typed."
    return f"{problem} Answers will be typed until one is connected (Settings, Ctrl+,)."


class HomePage(QWidget):
    start_requested = Signal(object, bool)  # Plan, voice on
    session_opened = Signal(int)
    review_requested = Signal(int)
    progress_requested = Signal()
    history_requested = Signal()
    resume_requested = Signal(int)
    discard_requested = Signal(int)
    settings_requested = Signal()
    start_waiting = Signal()  # Start asked for while the questions load: it starts once loaded

    def __init__(
        self,
        voice_on: bool,
        answer_mode: str = "typed",
        parent: QWidget | None = None,
        *,
        plan: str = "",
        custom: CustomChoice | None = None,
    ) -> None:
        super().__init__(parent)
        self._bank: QuestionBank | None = None
        self._counts = TopicCounts({})  # the bank's, counted once (set_bank)
        # the Custom plan's topics started last time, chosen once the bank's topics are in
        self._remembered_topics: set[str] = set()
        self._shown = False  # shown once: the keyboard starts on the plan (``showEvent``)
        self._start_pending = False  # Start asked for while the bank was still loading
        page = QVBoxLayout(self)
        page.setContentsMargins(32, 24, 32, 24)
        page.setSpacing(10)
        # The banner of an interrupted interview spans both columns: beside Resume and Discard
        # in the left one it wrapped to four lines and left the topic list 3 rows at 960 x 640.
        banner_row = QVBoxLayout()
        page.addLayout(banner_row)
        # A run that cannot save to the session database says so first, above everything.
        self.read_only = ReadOnlyBanner()
        banner_row.addWidget(self.read_only)
        outer = QHBoxLayout()
        outer.setSpacing(24)
        page.addLayout(outer, 1)

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(label("Mock interview", "pageTitle"))
        # Two lines asked for whatever it says (loading, then the bank's size): the page moved
        # down 34 px as the one loading line became three (walkthroughs 60, 61). Plain text:
        # pack file names are shown here.
        self.subtitle = ReservedLinesLabel("Loading the question bank…", SUBTITLE_LINES)
        self.subtitle.setProperty("role", "pageSubtitle")
        self.subtitle.setIndent(0)
        # Reachable by Tab and read by a screen reader: loading progress, then the bank's size.
        readable_by_tab(self.subtitle)
        name(self.subtitle, "homeSubtitle", "Question bank", "Loading the question bank…")
        left.addWidget(self.subtitle)
        self.interrupted = ResumeBanner()
        self.interrupted.resume_requested.connect(self.resume_requested)
        self.interrupted.discard_requested.connect(self.discard_requested)
        self.resume_banner = self.interrupted.message
        self.resume_button = self.interrupted.resume_button
        self.discard_button = self.interrupted.discard_button
        banner_row.addWidget(self.interrupted)
        # What the session database needs a person to know (salvaged, read-only, recreated):
        # plain text, reachable by Tab and readable by a screen reader. Above the past
        # sessions, which have room to spare: in the left column, under the read-only banner,
        # it left the topic list 43 px (two rows and a half) at 960 x 640 (walkthrough 50).
        self.storage_notice = label("", "notice")
        self.storage_notice.setTextFormat(Qt.TextFormat.PlainText)
        readable_by_tab(self.storage_notice)
        name(self.storage_notice, "storageNotice", "Notice about your saved sessions")
        self.storage_notice.hide()

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        # Cut with "…" when the window is narrow: at 960 x 640 the box read "Custom — choose
        # categories, topics and a", cut mid-phrase at its edge.
        self.preset = ElidedComboBox()
        name(self.preset, "planPreset", "Interview plan")
        for preset in PRESETS:
            # Short enough to read whole in the box; the greyed boxes and the summary below
            # say what the plan asks, and the tooltip gives its description.
            minutes = estimated_minutes(preset.counts)
            self.preset.addItem(f"{preset.name} — about {minutes} minutes", preset.name)
            self.preset.setItemData(
                self.preset.count() - 1, preset.description, Qt.ItemDataRole.ToolTipRole
            )
        # Named as shortly as the presets, whole in the smallest window's box (walk60: "Due for
        # review — what your schedule s…" at 960 x 640); what each asks is its tooltip.
        for text, plan_key, description in (
            ("Custom — your choice", CUSTOM, "Choose categories, topics and a number of questions"),
            ("Due for review", DUE, "The questions your review schedule says to practise now"),
        ):
            self.preset.addItem(text, plan_key)
            self.preset.setItemData(
                self.preset.count() - 1, description, Qt.ItemDataRole.ToolTipRole
            )
        self._due: list[str] = []  # question ids, most overdue first
        self.preset.currentIndexChanged.connect(self._preset_changed)
        fit_choices(self.preset)
        form.addRow("&Plan:", self.preset)

        cats = QHBoxLayout()
        self.category_boxes: dict[str, QCheckBox] = {}
        for cat, text in CATEGORY_LABELS.items():
            box = QCheckBox(CATEGORY_MNEMONICS[cat])
            name(box, f"category_{cat}", f"{text} questions")
            box.setChecked(True)
            box.toggled.connect(self._custom_changed)
            self.category_boxes[cat] = box
            cats.addWidget(box)
        cats.addStretch(1)
        form.addRow("Categories:", cats)

        self.count = SpinBox()
        name(self.count, "questionCount", "Number of questions")
        self.count.setRange(1, MAX_QUESTIONS)
        self.count.setValue(5)
        self.count.valueChanged.connect(self._custom_changed)
        form.addRow("&Questions:", self.count)

        self.topics = TopicList()
        name(
            self.topics, "topicList", "Topics", "Select topics to practise; none selected means all"
        )
        self.topics.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        # Until the topics are in, the list takes the room it will take then: capped at
        # TOPICS_HEIGHT, the form spread that room between its rows while the packs loaded, and
        # every row jumped once they had (walkthrough 47)
        self.topics.itemSelectionChanged.connect(self._custom_changed)
        form.addRow("&Topics:", self.topics)

        self.voice = QCheckBox("Read questions al&oud")  # Alt+O, as in Settings
        name(self.voice, "voiceToggle", "Read questions aloud")
        self.voice.setChecked(voice_on)
        form.addRow("Voice:", self.voice)

        self.answer_mode = QComboBox()
        name(self.answer_mode, "answerMode", "How you answer")
        self.answer_mode.addItem("Typing", "typed")
        self.answer_mode.addItem("Speaking (microphone, transcribed offline)", "spoken")
        self.answer_mode.setToolTip(
            "Spoken answers are recorded, transcribed on this computer and scored with delivery "
            "figures (pace, fillers, pauses)"
        )
        fit_choices(self.answer_mode)
        form.addRow("&Answers:", self.answer_mode)
        # Speaking chosen with no microphone: said here, not first once the interview started
        # its height at its width, not a QLabel's guess (six lines for two, walk62)
        self.microphone_hint = FittedLabel()
        self.microphone_hint.setProperty("role", "hint")  # what the stylesheet keys on
        self.microphone_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        name(self.microphone_hint, "microphoneHint", "Microphone")
        self.microphone_hint.setVisible(False)
        form.addRow("", self.microphone_hint)

        # The topic list takes the room a tall window has, up to all its topics (set_bank): at
        # 1920 x 1080 it showed 8 of 40 topics above 500 px of empty page.
        plan_box = card(_wrap(form))
        left.addWidget(plan_box, 1)
        self._plan_hold = PlanHold(
            plan_box,
            lambda: self._start_pending,
            lambda: self._bank is None,
            lambda: self._say_why_not(self._held_text()),
        )
        self._awaited = ""  # the page asked for while the questions load ("History")
        # the answer typed while a typed interview's start waits: kept for its first answer
        self.type_ahead = TypeAhead(
            self,
            lambda: self.chosen_answer_mode() == "typed",
            self._custom_changed,
        )
        # The plan's line and why Start cannot start take its place, each in two lines
        # whatever they say: "No technical questions on advertising: choose other topics or
        # categories." (two lines at 960 px) in the place of a one-line summary moved the plan
        # box's foot up 17 px and took a row of topics (walk61)
        self.summary = ReservedLinesLabel("", PLAN_LINES)
        self.summary.setProperty("role", "hint")
        left.addWidget(self.summary)
        actions = QHBoxLayout()
        self.settings_button = button(
            "Setti&ngs…",  # Alt+N: every button of Home has its letter
            "settingsButton",
            "Ctrl+,",
            self.settings_requested.emit,
            "Voice, speaking rate and data folder",
        )
        self.start_button = button(
            "&Start interview",
            "startButton",
            "Ctrl+Return",
            self._start,
            "Start the interview",
            primary=True,
        )
        # Qt ignores a disabled button's keys: while Start waits for the questions, Home's own
        # Ctrl+Enter and Alt+S (the letter underlined on Start) say so and start once they are
        # there (never both active: Qt would call the key ambiguous and do nothing).
        keys = (QKeySequence("Ctrl+Return"), QKeySequence.mnemonic(self.start_button.text()))
        self._start_keys_waiting = [QShortcut(k, self) for k in keys]
        for key in self._start_keys_waiting:
            key.setContext(Qt.ShortcutContext.WindowShortcut)
            key.activated.connect(self._start)
        # Why Start is disabled, right above it (not a status-bar message that fades away), on
        # the plan's whole width, in the summary's place: between Settings and Start it stood
        # in a 130 px column at 960 x 640, five lines tall, and the topic list shrank to three
        # rows.
        self.start_reason = ReservedLinesLabel("", PLAN_LINES)
        self.start_reason.setProperty("role", "hint")
        name(self.start_reason, "startReason", "Why the interview cannot start")
        self.start_reason.hide()
        left.addWidget(self.start_reason)
        actions.addWidget(self.settings_button)
        actions.addStretch(1)
        actions.addWidget(self.start_button)
        left.addLayout(actions)
        left.addStretch(0)  # what the topic list, all shown, leaves over
        outer.addLayout(left, 3)

        self.past = PastSessions(notice=self.storage_notice)
        for theirs, ours in (
            (self.past.session_opened, self.session_opened),
            (self.past.review_requested, self.review_requested),
            (self.past.progress_requested, self.progress_requested),
            (self.past.history_requested, self.history_requested),
        ):
            theirs.connect(ours)
        self.history, self.due_label = self.past.history, self.past.due_label
        self.open_hint, self.review_button = self.past.open_hint, self.past.review_button
        self.progress_button = self.past.progress_button
        self.all_sessions_button = self.past.all_sessions_button
        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self.past, 1)
        # Under the past sessions, which have room to spare: in the left column its two lines
        # were taken from the topic list at 960 x 640.
        right.addWidget(
            label(
                "Everything works from the keyboard: F1 lists the shortcuts. Your answers, "
                "recordings and scores never leave this computer.",
                "hint",
            )
        )
        outer.addLayout(right, 2)
        self.answer_mode.setCurrentIndex(max(0, self.answer_mode.findData(answer_mode)))
        # the plan started last time (Home opened on the first preset after every restart)
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(max(0, self.preset.findData(plan)) if plan else 0)
        self.preset.blockSignals(False)
        # The Custom plan last started (or left): Custom chosen after Due for review starts
        # from it
        self._custom_kept = custom or CustomChoice(tuple(CATEGORY_LABELS), 5)
        self._plan_key = self.preset.currentData()  # the plan the boxes show
        if custom is not None and self.preset.currentData() == CUSTOM:
            self._restore_custom(custom)
        self._preset_changed()

    def show_storage_notice(self, text: str) -> None:
        """Add ``text`` to the notice about saved sessions (notices accumulate)."""
        text = shown_text(text)  # a path's byte that is not UTF-8: Qt would drop it
        shown = self.storage_notice.text()
        self.storage_notice.setText(f"{shown}\n{text}" if shown else text)
        self.storage_notice.setAccessibleDescription(self.storage_notice.text())
        self.storage_notice.show()

    def drop_storage_notice(self, text: str) -> None:
        """Take ``text`` out of the notice (it is no longer true: the database opens as usual)."""
        text = shown_text(text)
        lines = [line for line in self.storage_notice.text().split("\n") if line not in ("", text)]
        self.storage_notice.setText("\n".join(lines))
        self.storage_notice.setAccessibleDescription(self.storage_notice.text())
        self.storage_notice.setVisible(bool(lines))

    def show_bank_progress(self, number: int, total: int, file_name: str) -> None:
        """Packs are loading: which one, n of m; then the scorer is made ready for them
        (``SCORER_STEP``). Start stays disabled until ``set_bank``."""
        if self._bank is not None:
            return  # a late report from a reload: the bank is already shown
        if (number, total, file_name) == SCORER_STEP:
            self._set_subtitle(SCORER_READYING)
            return
        self._set_subtitle(f"Loading question pack {number} of {total} ({file_name})…")

    def set_bank(self, bank: QuestionBank) -> None:
        """The bank has loaded: offer its topics and allow starting."""
        self._bank = bank
        self._counts = TopicCounts.of(bank)
        counts = {c: self._counts.count(c) for c in CATEGORY_LABELS}
        self._set_subtitle(
            # two lines at the smallest window, as SUBTITLE_LINES asks (that nothing leaves
            # this computer is said under Past sessions)
            f"{len(bank.questions)} questions for Machine Learning Engineer interviews: "
            f"{counts['technical']} technical, {counts['behavioral']} behavioral, "
            f"{counts['case']} case studies."
        )
        # the packs read again (F5): the topics chosen stay chosen where they still exist
        chosen = {i.data(Qt.ItemDataRole.UserRole) for i in self.topics.selectedItems()}
        chosen |= self._remembered_topics  # the first time: the Custom plan's, last started
        self._remembered_topics = set()
        topics = self._counts.all_topics()  # (the bank not gone through again: attack run 53)
        self.topics.fill(((topic, shown_topic(topic)) for topic in topics), chosen)
        rows = self.topics.sizeHintForRow(0) * self.topics.count()
        self.topics.setMaximumHeight(max(TOPICS_HEIGHT, rows + 2 * self.topics.frameWidth() + 4))
        # topics asked for that no pack has now are said, at the top of Home, not dropped unseen
        missing = missing_topics_said(chosen, topics)
        if missing is not None:
            show_page_notice(self, missing, kind=MISSING_TOPICS)
        if self._due:
            self.past.show_due_count(len(self._known_due()))
        self._custom_changed()
        if self._start_pending:
            self._start_pending = False
            # once the window has taken the bank in (the loader's other steps run first)
            QTimer.singleShot(
                0, lambda: self._start() if self.isVisible() else self.type_ahead.take()
            )

    def _set_subtitle(self, text: str) -> None:
        self.subtitle.set_text(text)

    # --- plan ----------------------------------------------------------------------------
    def chosen_answer_mode(self) -> str:
        return str(self.answer_mode.currentData())

    def show_microphone_problem(self, problem: str | None) -> None:
        """Why no answer could be recorded now, said under the answer mode (None: nothing to
        say, a microphone is there or Typing is chosen). The window decides, in one place
        (``MainWindow.check_microphone``), whenever the mode or the microphone changes."""
        self.microphone_hint.setText(microphone_hint(problem))
        self.microphone_hint.setVisible(bool(problem))

    def custom_choice(self) -> CustomChoice:
        """The Custom plan's boxes as they stand (kept in Settings when it is started)."""
        return CustomChoice(
            tuple(c for c, box in self.category_boxes.items() if box.isChecked()),
            self.count.value(),
            tuple(i.data(Qt.ItemDataRole.UserRole) for i in self.topics.selectedItems()),
        )

    def _restore_custom(self, custom: CustomChoice) -> None:
        """The Custom plan as it was last started; a category no longer known is left out,
        and with none left all are ticked, as at the first start."""
        known = [c for c in custom.categories if c in self.category_boxes]
        for cat, box in self.category_boxes.items():
            box.blockSignals(True)
            box.setChecked(cat in known or not known)
            box.blockSignals(False)
        if custom.count:
            self.count.blockSignals(True)
            self.count.setValue(custom.count)
            self.count.blockSignals(False)
        self._remembered_topics = set(custom.topics)

    def plan(self) -> Plan:
        key = self.preset.currentData()
        if key == DUE:
            return Plan(counts={}, name=DUE)
        for preset in PRESETS:
            if preset.name == key:
                return Plan(counts=dict(preset.counts), name=preset.name)
        cats = [c for c, box in self.category_boxes.items() if box.isChecked()]
        topics = [i.data(Qt.ItemDataRole.UserRole) for i in self.topics.selectedItems()]
        plan = Plan.spread(self.count.value(), cats, topics)
        plan.name = CUSTOM
        return plan

    def _preset_changed(self) -> None:
        key = self.preset.currentData()
        custom = key == CUSTOM
        if self._plan_key == CUSTOM and not custom:
            self._custom_kept = self.custom_choice()  # Custom, left: as it was, to come back to
        if custom and self._plan_key == DUE:
            # The boxes showed what is due (none ticked, no questions, with nothing due):
            # Custom went on from there, "Choose at least one category" (walk60), so it starts
            # from the Custom plan last started, or the first start's
            self._restore_custom(self._custom_kept)
            self.topics.clearSelection()
            if self._bank is not None:
                self._remembered_topics = set()  # (kept for a bank still to come only)
        self._plan_key = key
        preset = next((p for p in PRESETS if p.name == key), None)
        if preset is not None:
            # The greyed boxes show what this preset asks, not the last custom choice.
            for widget in (*self.category_boxes.values(), self.count, self.topics):
                widget.blockSignals(True)
            for cat, box in self.category_boxes.items():
                box.setChecked(preset.counts.get(cat, 0) > 0)
            self.count.setValue(sum(preset.counts.values()))
            self.topics.clearSelection()
            for widget in (*self.category_boxes.values(), self.count, self.topics):
                widget.blockSignals(False)
        if key != DUE:
            self.count.setMinimum(1)
            self.count.setSpecialValueText("")
        for box in self.category_boxes.values():
            box.setEnabled(custom)
        self.count.setEnabled(custom)
        self.topics.setEnabled(custom)
        self._custom_changed()

    def set_due(self, question_ids: list[str]) -> None:
        """The questions due for review now (most overdue first)."""
        self._due = list(question_ids)
        self.past.show_due_count(len(self._known_due()))
        self._custom_changed()

    def _show_due_plan(self) -> None:
        """The greyed boxes show what the due session asks: its count, categories and topics.
        With nothing due they still showed 6 questions on every topic of every category."""
        bank = self._bank
        due = [bank.get(i) for i in self.due_questions() if i in bank.questions] if bank else []
        for widget in (*self.category_boxes.values(), self.count):
            widget.blockSignals(True)
        for cat, box in self.category_boxes.items():
            box.setChecked(any(q.category.value == cat for q in due))
        self.count.setMinimum(0)
        self.count.setSpecialValueText("none")  # 0 questions due
        self.count.setValue(len(due))
        for widget in (*self.category_boxes.values(), self.count):
            widget.blockSignals(False)
        self.topics.clearSelection()
        self.topics.offer_only({q.topic for q in due})

    def due_questions(self) -> list[str]:
        return self._known_due()[:DUE_MAX]

    def _known_due(self) -> list[str]:
        """The due questions the bank still holds: one whose pack was removed (or whose id
        changed) cannot be asked; counted, it made "1 question due" start nothing, and eight
        of them hid every question really due."""
        bank = self._bank
        return [i for i in self._due if bank is None or i in bank.questions]

    def _custom_changed(self) -> None:
        if self.preset.currentData() == DUE:
            n = len(self.due_questions())
            self._show_due_plan()
            self.summary.set_text(
                f"{counted(n, 'question')} due for review, most overdue first — about "
                f"{estimated_minutes({'technical': n})} minutes."
                if n
                else "Nothing is due for review yet."
            )
            self._allow_start(None if n else "Nothing is due for review yet.")
            return
        # Topics the checked categories have questions on: a behavioral topic offered for
        # case studies could only end in "No case study questions on conflict".
        checked = [c for c, box in self.category_boxes.items() if box.isChecked()]
        if self._bank is not None:
            self.topics.offer_only(self._counts.topics(checked) if checked else None)
        plan = self.plan()
        said = plan_summary(plan, self.preset.currentData() == CUSTOM)
        if not said:
            self.summary.set_text("Choose at least one category.")
            self._allow_start("Choose at least one category.")
            return
        self.summary.set_text(said)
        self._allow_start(shortfall(self._counts, plan) if self._bank is not None else None)

    def _allow_start(self, reason: str | None) -> None:
        """Start is enabled when the bank has loaded and can fill the plan; else why not."""
        if reason is None and self._bank is None and self._start_pending:
            reason = typed_ahead_said(STARTS_WHEN_LOADED, len(self.type_ahead.text))
        self.start_button.setEnabled(self._bank is not None and reason is None)
        for key in self._start_keys_waiting:
            key.setEnabled(self._bank is None)
        self._say_why_not(reason or "")

    def _say_why_not(self, reason: str) -> None:
        """Why Start cannot start now, in the summary line's place (the reason names the plan
        itself: "Only 1 case study question on churn for 2 asked…"): a line of its own made
        Home a line taller than a 1024 x 600 screen holds. Said once: the summary line may
        already say it ("Nothing is due ...")."""
        shown = bool(reason) and reason != self.summary.full
        self.start_reason.set_text(reason)
        self.start_reason.setVisible(shown)
        self.summary.setVisible(not shown)

    def _start(self) -> None:
        """Start (its button, Ctrl+Enter, Enter in the plan's boxes). Asked for while the
        questions are still loading, it says so above Start and starts once they have: the
        key did nothing, and a new user pressing it at once saw no answer."""
        if self.start_button.isEnabled():
            self.start_requested.emit(self.plan(), self.voice.isChecked())
            self.type_ahead.take()  # the interview that started took it, else none did
        elif self._bank is None and self.isVisible() and self._awaited == RESUME_AWAITED:
            self._say_why_not(RESUME_WAITS)  # an interview is on its way already: that one
        elif self._bank is None and self.isVisible():
            self._start_pending = True
            self.type_ahead.watch()  # the answer typed at once goes into the first answer
            self._custom_changed()  # says why it waits, above Start
            self.start_waiting.emit()

    def set_awaited(self, what: str) -> None:
        """``what`` (a page) opens once the questions have loaded; "": nothing waits."""
        self._awaited = what

    def _waiting_text(self) -> str:
        """What Home says of Enter in its plan while the questions load."""
        if self._awaited == RESUME_AWAITED:
            return RESUME_WAITS
        if self._awaited:
            return PAGE_AWAITED.format(what=self._awaited)
        return STILL_LOADING

    def _held_text(self) -> str:
        """Why a key typed before Home was ready changed nothing. With a page asked for, that
        page: "Ctrl+Enter to start" sent a person waiting for History to an interview, and
        the search they typed for it had gone nowhere unsaid (walkthrough 47)."""
        if self._awaited:
            return PAGE_AWAITED.format(what=self._awaited)
        return PLAN_HELD

    def forget_waiting_start(self) -> None:
        """Another page was asked for after Start, while the questions load: the last thing
        asked for is what happens once they have (not both, one over the other)."""
        if self._start_pending:
            self._start_pending = False
            self.type_ahead.take()  # (said above Start as it was typed: that start is dropped)
            self._custom_changed()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Enter in the plan's boxes starts the interview, as the Start button (drawn as the
        default one) promises: it did nothing. A list or another button keeps its own Enter.
        While the questions load, Enter only says so: it is the key a person presses in the
        page they asked for (History, a session), which has not opened yet, and it started an
        interview once they had loaded; Ctrl+Enter (or Start) is the one to start then."""
        fields = (
            self.preset,
            self.count,
            self.answer_mode,
            self.voice,
            *self.category_boxes.values(),
        )
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            # Ctrl+Enter come as a key, its shortcut not taken: Qt takes a window's shortcuts
            # only once the window is active, and the keyboard can be on it a moment before
            # (seen in a real X window, a start pressed as it appeared: the key did nothing,
            # and the answer typed after it was held as keys on the plan: ui68)
            self._start()
            return
        if enter and self.focusWidget() in fields:
            if self._bank is not None:
                self._start()
            elif not self._start_pending:
                # a page asked for meanwhile is what comes: "Ctrl+Enter starts once they
                # have" would have started an interview in History's place (walk62)
                self._say_why_not(self._waiting_text())
            return
        super().keyPressEvent(event)

    # --- history and resume --------------------------------------------------------------
    def show_sessions(self, sessions: list[SessionRecord], interrupted: bool = False) -> None:
        self.past.show_sessions(sessions, interrupted)

    def offer_resume(self, record: SessionRecord | None, typing_kept: bool = False) -> None:
        self.interrupted.offer(record, typing_kept)

    def cannot_resume(self, why: str) -> None:
        """The interrupted interview cannot be resumed: why, in the banner; Discard stays."""
        self.interrupted.cannot_resume(why)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._shown:
            # The window opens with the keyboard on the plan: a first run starts by choosing.
            # The bank's size above it takes Tab too (Shift+Tab from the plan), and as the
            # first thing Tab reaches it would be the window's first focus. Here, not when
            # the page is made: a small screen puts the pages in a scroll area after that,
            # and the focus set before is lost with the move.
            self._shown = True
            if self.window().focusWidget() is None:
                self.preset.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_start(self) -> None:
        """Focus where the person left Home: the past sessions they opened one of (Enter opens
        the selected one again; on Start, Enter began a new interview), else Start."""
        if self.past.opened_from_list and self.history.count():
            self.history.setFocus()
        else:
            self.start_button.setFocus()
        self.past.opened_from_list = False


def _wrap(layout: QFormLayout) -> QWidget:
    w = QWidget()
    w.setLayout(layout)
    layout.setContentsMargins(0, 2, 0, 2)  # the card's margins are enough: Home fits 960 px
    return w
