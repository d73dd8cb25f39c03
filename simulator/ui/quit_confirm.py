"""Quitting in the middle of an interview: ask first, with staying as the keyboard's default.

Ctrl+Q (or the window's close button) mid-interview closed the app at once: the answers given
were kept and resume was offered, but a spoken answer under way was gone and nobody had been
asked. Enter or Esc in the question keeps practising; only Alt+Q (or Tab to Quit) quits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from simulator.core.interview import ABORTABLE, State
from simulator.core.transcript import is_answer
from simulator.ui.held import interview_held
from simulator.ui.modal import keyboard_back, stay_or_leave

if TYPE_CHECKING:
    from simulator.ui.main_window import MainWindow

_ANSWERING = (State.ANSWERING, State.FOLLOW_UP)


def quit_allowed(window: MainWindow) -> bool:
    """True when nothing is under way, or the person chose to quit it."""
    controller = window.existing_controller
    if controller is None or controller.state not in ABORTABLE:
        return True
    box = QMessageBox(window)
    box.setObjectName("quitInterviewBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Quit during the interview?")
    box.setText("The interview is not finished. Quit anyway?")
    stored = controller.session_id is not None
    state = controller.underlying_state  # paused while speaking: the answer is there
    box.setInformativeText(
        _what_is_kept(
            state,
            controller.spoken,
            controller.unsaved_count(),
            controller.given_count(),
            # a session never stored keeps no draft either (engine.save_draft needs its id)
            draft_kept=stored and not controller.draft_not_kept,
            # the engine's own rule for a draft with an answer in it (save_draft)
            typed=is_answer(window.interview.answer.toPlainText()),
            stored=stored,
        )
    )
    _, leave = stay_or_leave(box, ("&Keep practising", "quitStay"), ("&Quit", "quitLeave"))
    with keyboard_back(window), interview_held(window) as held:
        box.exec()
        held.resume = box.clickedButton() is not leave  # leaving: stay paused as it closes
    return box.clickedButton() is leave


def _what_is_kept(
    state: State,
    spoken: bool,
    unsaved: int = 0,
    given: int = 1,
    *,
    draft_kept: bool = True,
    typed: bool = True,
    stored: bool = True,
) -> str:
    """What quitting keeps. ``stored``: the interview's session is in the database (in a
    read-only run, or while the disk is full from its start, it is not: Home has nothing of
    it to resume, and 'Home offers to resume what is saved (Ctrl+R)' was said; attack run
    50, a data folder on a read-only mount)."""
    kept = (
        "The answers you have given are saved: Home offers to resume this interview where "
        "you left it (Ctrl+R)."
    )
    if not given:  # "The answers you have given are saved" was said with none given
        kept = (
            "Nothing is answered yet: Home offers to resume this interview (Ctrl+R) or to "
            "discard it."
        )
    if not given and not stored:
        kept = "Nothing is answered yet, and nothing of this interview is saved."
    if unsaved:  # a locked database or a full disk: "are saved" was not true (review27)
        kept = (
            f"{unsaved} of the answers you have given {'is' if unsaved == 1 else 'are'} not "
            "saved yet (the notice above says why): quitting then asks what to do with "
            f"{'it' if unsaved == 1 else 'them'}."
            + (" Home offers to resume what is saved (Ctrl+R)." if stored else "")
        )
    if state is State.TRANSCRIBING and spoken:
        # "Nothing is answered yet" was said of a first answer recorded in full, its words
        # being written out: resuming transcribes and scores it (walkthrough 52)
        if unsaved or not stored:
            return f"{kept} Stay a moment: the answer you have just recorded is being transcribed."
        if not given:
            return (
                "Your answer is recorded, its words not written out yet: Home offers to resume "
                "this interview (Ctrl+R), which transcribes and scores it, or to discard it."
            )
        return (
            f"{kept} So is the answer you have just recorded: resuming transcribes and scores it."
        )
    # its row may not be on disk (unsaved: unsure), or there is no session to resume it in
    if state in _ANSWERING and spoken and (unsaved or not stored):
        return f"{kept} Stay and press Ctrl+Enter to submit the answer you are speaking first."
    if state in _ANSWERING and spoken:
        # "is not kept" was said, yet the recording is on disk with its row: resuming
        # transcribes and scores it (seen in the real window, attack run 38)
        return (
            f"{kept} The answer you are speaking, as recorded so far, is kept: resuming the "
            "interview (Ctrl+R on Home) transcribes and scores it. Or stay and press "
            "Ctrl+Enter to submit it now."
        )
    if state in _ANSWERING and not typed:
        # (an empty answer box was said to be "not kept" after the first answer's draft
        # failed on a full disk, attack run 47)
        return kept
    if state in _ANSWERING and not draft_kept:  # a full disk: the notice above says so
        return (
            f"{kept} What you have typed in this answer is not kept (it could not be written "
            "to disk): stay and press Ctrl+Enter to submit it first."
        )
    if state in _ANSWERING:
        return f"{kept} What you have typed in this answer is kept as a draft."
    return kept
