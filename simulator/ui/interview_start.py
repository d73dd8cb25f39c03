"""Starting, resuming and discarding an interview from Home: the plan's questions chosen, the
answer mode and voice remembered, a stored session checked before it is resumed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from simulator.core.plan import Plan, PlanError, choose_questions
from simulator.core.storage_codec import planned_ids
from simulator.ui.pages.home import DUE

if TYPE_CHECKING:
    from simulator.core.storage import SessionRecord
    from simulator.ui.main_window import MainWindow


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
    chosen = (voice_on, window.home.chosen_answer_mode())
    if chosen != (settings.voice_enabled, settings.answer_mode):
        # Home opens with them next time: a spoken interview stays spoken after a restart
        settings.voice_enabled, settings.answer_mode = chosen
        window._db.submit(settings.save, on_error=window._show_error)
    window.stack.setCurrentWidget(window.interview)
    from simulator.core.session.plan import SessionPlan

    window.controller.start(
        SessionPlan(
            plan.name,
            spoken=settings.answer_mode == "spoken",
            voice=voice_on,
            counts=dict(plan.counts),
            topics=tuple(plan.topics),
        ),
        questions,
    )


def resume_session(window: MainWindow, session_id: int) -> None:
    """Continue a stored session, once its plan is known to hold questions of this bank."""
    if not window.bank_loading.when_loaded(
        lambda: resume_session(window, session_id), "the interrupted interview"
    ):
        return

    def loaded(record: SessionRecord) -> None:
        bank = window.services.bank
        assert bank is not None
        ids = planned_ids(record.plan)
        if not ids:
            window._show_error(
                f"Cannot resume session {record.id}: its stored plan has no questions it can "
                "ask (the database or an imported archive holds a damaged plan)"
            )
            return
        missing = [i for i in ids if i not in bank.questions]
        if missing:
            # Said where the offer is, for good: Resume cannot work until the pack is back.
            window.home.cannot_resume(
                f"This interview cannot go on: {', '.join(missing)} "
                f"{'is' if len(missing) == 1 else 'are'} no longer in the question bank (a "
                "pack removed, renamed or failing to load). Put the pack back and restart, or "
                "Discard the interview: the answers you gave stay saved."
            )
            return
        window.stack.setCurrentWidget(window.interview)
        window.controller.resume(record, [bank.questions[i] for i in ids])

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
        "It can no longer be resumed. The answers you gave stay saved: History, Review and "
        "Progress keep them.",
    ):
        return
    window._db.submit(
        lambda: window.services.storage.finish_session(session_id, None, status="aborted"),
        on_done=lambda _: window.refresh_home(),
        on_error=window._show_error,
    )
