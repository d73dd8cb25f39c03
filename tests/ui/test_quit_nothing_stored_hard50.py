"""Quitting an interview of a read-only run offers no resume of it (attack run 50, real window,
960x640, dark: a data folder on a read-only mount, Start anyway, one typed answer, Ctrl+Q). The
box said '1 of the answers you have given is not saved yet (the notice above says why): quitting
then asks what to do with it. Home offers to resume what is saved (Ctrl+R).', but nothing of the
interview was in the database (its session could not be made): Home has nothing to resume."""

from __future__ import annotations

from simulator.core.interview import State
from simulator.ui.quit_confirm import _what_is_kept


def test_no_resume_is_offered_of_an_interview_never_stored_hard50() -> None:
    for state in (State.ANSWERING, State.REVIEWING):
        text = _what_is_kept(state, False, 1, 1, typed=False, stored=False)
        assert "not saved yet" in text and "quitting then asks what to do with it" in text
        assert "resume" not in text and "Ctrl+R" not in text, text
    nothing = _what_is_kept(State.ANSWERING, False, 0, 0, typed=False, stored=False)
    assert nothing == "Nothing is answered yet, and nothing of this interview is saved."


def test_a_stored_interview_still_offers_its_resume_hard50() -> None:
    text = _what_is_kept(State.ANSWERING, False, 1, 2, typed=False)
    assert "Home offers to resume what is saved (Ctrl+R)." in text
    assert "Home offers to resume this interview" in _what_is_kept(State.ANSWERING, False, 0, 0)
