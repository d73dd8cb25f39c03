"""Quitting while a spoken answer records (attack run 38, in the real window with a virtual
microphone): the quit box said "The answer you are speaking now is not kept: stay and press
Ctrl+Enter to submit it first", yet the recording so far was kept: on the next start, resuming
the interview (Ctrl+R) transcribed and scored it (seen: 9 s recorded, quit, resumed, stored
with its words and a score of 20; the core's test_crash_and_resume_from_every_state keeps it
too). A person told it is lost stays when there is no need, or believes words gone that are
not. The box now says what happens to it."""

from __future__ import annotations

from simulator.core.interview import State
from simulator.ui.quit_confirm import _what_is_kept


def test_a_spoken_answer_under_way_is_said_kept_for_the_resume() -> None:
    for state in (State.ANSWERING, State.FOLLOW_UP):
        text = _what_is_kept(state, True, 0, 1)
        assert "not kept" not in text, text
        assert "as recorded so far, is kept" in text and "Ctrl+R" in text, text
        assert "Ctrl+Enter" in text  # submitting it now is still offered


def test_a_typed_answer_and_answers_not_saved_are_said_as_before() -> None:
    assert "kept as a draft" in _what_is_kept(State.ANSWERING, False, 0, 1)
    unsure = _what_is_kept(State.ANSWERING, True, 2, 3)  # saving fails: not promised kept
    assert "not saved yet" in unsure and "is kept" not in unsure and "Ctrl+Enter" in unsure


def test_an_empty_answer_box_is_not_said_to_be_lost_hard47() -> None:
    # A full disk kept the first answer's draft out; the follow-up's box was still empty, yet
    # quitting said "What you have typed in this answer is not kept" (attack run 47).
    for kept in (True, False):
        text = _what_is_kept(State.FOLLOW_UP, False, 1, 1, draft_kept=kept, typed=False)
        assert "What you have typed" not in text and "not saved yet" in text
    typed = _what_is_kept(State.FOLLOW_UP, False, 1, 1, draft_kept=False, typed=True)
    assert "What you have typed in this answer is not kept" in typed
