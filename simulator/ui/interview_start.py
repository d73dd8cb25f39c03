"""Starting, resuming and discarding an interview from Home: the plan's questions chosen, the
answer mode and voice remembered, a stored session checked before it is resumed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from simulator.core.plan import Plan, PlanError, choose_questions
from simulator.core.session.interrupted import InterruptedCounts, discard_text
from simulator.ui.pages.home import CUSTOM, DUE, RESUME_AWAITED
from simulator.ui.pages.home_custom import keep_custom

if TYPE_CHECKING:
    from simulator.core.storage import SessionRecord
    from simulator.ui.main_window import MainWindow


# What starting an interview remembers in settings.json (Home opens with them next time)
STARTED_WITH = (
    "voice_enabled", "answer_mode", "plan", "custom_categories", "custom_count", "custom_topics",
)  # fmt: skip


def start_interview(window: MainWindow, plan: Plan, voice_on: bool) -> None:
    """A new interview of ``plan`` (the due questions for the Due plan), answered as Home says."""
    if window.services.bank is None:
        return  # the Start button is disabled until the bank has loaded
    bank = window.services.bank
    try:
        if plan.name == DUE:
            questions = [
                bank.questions[q] for q in window.home.due_questions() if q in bank.questions
            ]
            if not questions:
                raise PlanError("no question is due for review")
        else:
            questions = choose_questions(bank, plan)
    except PlanError as exc:
        window._show_error(str(exc))
        return
    settings = window.services.settings
    chosen = (voice_on, window.home.chosen_answer_mode(), plan.name)
    changed = plan.name == CUSTOM and keep_custom(settings, window.home.custom_choice())
    if chosen != (settings.voice_enabled, settings.answer_mode, settings.plan) or changed:
        # Home opens with them next time: a spoken interview stays spoken after a restart, and
        # the plan started is the plan picked (a Custom one with its categories, count, topics)
        settings.voice_enabled, settings.answer_mode, settings.plan = chosen
        window._db.submit(lambda: settings.save_only(*STARTED_WITH), on_error=window._show_error)
    from simulator.core.scoring.bank_rivals import Rivals
    from simulator.core.session.plan import SessionPlan

    rivals = Rivals.of_bank(bank)  # a story may answer another behavioral question of the bank
    spoken = settings.answer_mode == "spoken"
    session_plan = SessionPlan(
        plan.name,
        spoken=spoken,
        voice=voice_on,
        counts=dict(plan.counts),
        topics=tuple(plan.topics),
    )

    def go() -> None:
        window.started_from.show_interview()
        window.controller.start(session_plan, questions, rivals)
        # the answer typed on Home while this start waited for the questions
        window.interview.type_ahead(window.home.type_ahead.take())
        say_read_only(window)

    when_speech_ready(window, spoken, go)


def say_read_only(window: MainWindow) -> None:
    """In a run that cannot save, the interview says so under the answer for the whole session
    (it was said once, as the session could not be created, and gone at the first question)."""
    from simulator.core.session.read_only import read_only_run

    run = read_only_run(window.services.storage)
    if run is not None:
        window.interview.show_notice(run.interview_notice(), "session")


# At most this long on Home for the speech model (its first build takes 0.5-1 s, several on a
# loaded machine): then the interview starts anyway and the model goes on loading meanwhile.
SPEECH_WAIT_MS = 8000
SPEECH_WAIT_TEXT = "Preparing the speech model… the interview starts as soon as it has loaded."


def when_speech_ready(window: MainWindow, spoken: bool, action: Callable[[], None]) -> None:
    """Run ``action`` (a session's start) now, or, for a spoken interview while the speech
    model is still being built, once it has been (or could not be), on Home.

    Whisper's first build (ctranslate2's model, the tokenizer read in Python) holds the GIL
    for much of its 0.5-1 s; begun on Home after the first paint, it went on into the first
    briefing, whose page layout then waited for it: the worst stall of a voice interview
    (43-158 ms, ``benchmarks/voice_interview.py``). Home, idle meanwhile, takes the wait."""
    voice = window.voice_answers
    if spoken:
        voice.preload()  # asked for at the bank's load already; here if the mode just changed
    if not (spoken and voice.loading):
        action()
        return
    wait = window.findChild(SpeechWait) or SpeechWait(window)
    wait.hold(action)


class SpeechWait(QObject):
    """The start held on Home while the speech model loads (the last start asked for)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self._action: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._go)
        window.voice_answers.model_loaded.connect(self._go)
        window.voice_answers.failed.connect(self._go)  # typed answers then: start at once
        # Another page opened meanwhile wins (see _go): the start is dropped at once, with the
        # line that promised it (it stayed under Review for 8 s, walkthrough 34).
        window.stack.currentChanged.connect(self._page_changed)

    @property
    def holding(self) -> bool:
        return self._action is not None

    def hold(self, action: Callable[[], None]) -> None:
        self._action = action
        self._w.statusBar().showMessage(SPEECH_WAIT_TEXT, SPEECH_WAIT_MS)
        self._timer.start(SPEECH_WAIT_MS)

    def _page_changed(self, _index: int) -> None:
        w = self._w
        if self._action is None or w.stack.currentWidget() is w.home:
            return
        self._action = None
        self._timer.stop()
        if w.statusBar().currentMessage() == SPEECH_WAIT_TEXT:
            w.statusBar().clearMessage()

    def _go(self, *_: object) -> None:
        action, self._action = self._action, None
        self._timer.stop()
        if action is None:
            return
        w = self._w
        if w.statusBar().currentMessage() == SPEECH_WAIT_TEXT:
            w.statusBar().clearMessage()
        # Closing, or another page asked for meanwhile (the last thing asked for happens).
        if w.tasks.closed or w._closing or w.stack.currentWidget() is not w.home:
            return
        action()


def _some_ids(ids: list[str], shown: int = 5, longest: int = 60) -> str:
    """A few question ids, each cut to ``longest`` characters, and how many more (attack run
    29: Home's banner listed 3,000 ids, 51,000 characters, and what to do was out of sight)."""
    cut = [i if len(i) <= longest else i[: longest - 1] + "…" for i in ids[:shown]]
    more = len(ids) - len(cut)
    return ", ".join(cut) + (f" and {more:,} more" if more else "")


def resume_session(window: MainWindow, session_id: int) -> None:
    """Continue a stored session, once its plan is known to hold questions of this bank."""
    if not window.bank_loading.when_loaded(
        lambda: resume_session(window, session_id), RESUME_AWAITED
    ):
        return

    def loaded(record: SessionRecord) -> None:
        bank = window.services.bank
        assert bank is not None
        ids = record.plan.question_ids
        if not ids:
            window._show_error(
                f"Cannot resume session {record.id}: its stored plan has no questions it can "
                "ask (the database or an imported archive holds a damaged plan)"
            )
            return
        from simulator.core.asked import not_resumable, resumed_note, resumed_questions

        missing = not_resumable(bank, ids, record.asked)
        if missing:
            # Said where the offer is, for good: Resume cannot work until the pack is back.
            window.home.cannot_resume(
                f"This interview cannot go on: {_some_ids(missing)} "
                f"{'is' if len(missing) == 1 else 'are'} no longer in the question bank (a "
                "pack removed, renamed or failing to load). Put the pack back and reload the "
                "packs (F5), or "
                "Discard the interview: the answers you gave stay saved."
            )
            return
        from simulator.core.scoring.bank_rivals import Rivals
        from simulator.core.session.recovery import resume_point

        # its questions as they were asked (a pack edited or removed since changes none)
        questions = resumed_questions(bank, ids, record.asked)
        changed = resumed_note(bank, ids, record.asked)
        rivals = Rivals.of_bank(bank)

        def go() -> None:
            window.started_from.show_interview()
            window.interview.notices.new_session()  # not the last session's facts
            window.controller.resume(record, questions, rivals)
            if changed:
                window.interview.show_notice(changed, "session")
            say_read_only(window)

        # A spoken session goes on spoken (its first step may be the microphone): on Home
        # until the speech model is built, as a new one starts.
        when_speech_ready(window, resume_point(record, questions).spoken, go)

    window._db.submit(
        lambda: window.services.storage.session(session_id),
        on_done=loaded,
        on_error=window._show_error,
    )


def discard_session(window: MainWindow, session_id: int) -> None:
    """Home's Discard: once the person says so (Cancel is the default, Esc cancels), the
    interrupted session is closed as aborted (its answers stay). It acted at once: a slip of
    the Enter key on the banner threw the resume away."""
    if not window.past.confirm(
        "Discard the interrupted interview?",
        # Progress and the review schedule count finished interviews only: it said "History,
        # Review and Progress keep them", and Progress then read "0 answers".
        # What stays is told from the banner's counts: "The answers you gave stay saved" was
        # said of a session with none.
        discard_text(window.home.interrupted.counts_for(session_id) or InterruptedCounts(1, 1, 1)),
    ):
        return
    window._db.submit(
        lambda: window.services.storage.finish_session(session_id, None, status="aborted"),
        on_done=lambda _: window.refresh_home(),
        on_error=window._show_error,
    )
