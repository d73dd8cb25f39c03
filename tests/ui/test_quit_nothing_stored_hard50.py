"""Quitting an interview of a read-only run offers no resume of it (attack run 50, real window,
960x640, dark: a data folder on a read-only mount, Start anyway, one typed answer, Ctrl+Q). The
box said '1 of the answers you have given is not saved yet (the notice above says why): quitting
then asks what to do with it. Home offers to resume what is saved (Ctrl+R).', but nothing of the
interview was in the database (its session could not be made): Home has nothing to resume."""

from __future__ import annotations

from simulator.core.interview import State
from simulator.core.plan import Plan
from simulator.ui.quit_confirm import _what_is_kept, quit_allowed
from tests.ui.stand_ins import begin_answering, staying_at_quit


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


def test_nothing_is_said_kept_of_an_answer_under_way_never_stored_r50(
    qtbot, window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """With no session stored (a read-only run, a disk full from the start) engine.save_draft
    returns at once and draft_not_kept stays False, so the box said 'What you have typed in this
    answer is kept as a draft.'; a spoken answer was said 'kept: resuming the interview (Ctrl+R
    on Home) transcribes and scores it.' Neither is kept: nothing can be resumed."""
    window.services.settings.follow_ups = False
    window.start_interview(Plan(counts={"technical": 1}), False)
    begin_answering(qtbot, window)
    monkeypatch.setattr(type(window.controller), "session_id", None)  # as a run never stored
    window.interview.answer.setPlainText("Overfitting is fitting the noise of the training set.")
    said = staying_at_quit(monkeypatch)
    assert not quit_allowed(window)
    assert said and "kept as a draft" not in said[0], said
    assert "What you have typed in this answer is not kept" in said[0], said
    for state, unsaved in ((State.ANSWERING, 0), (State.FOLLOW_UP, 1)):
        spoken = _what_is_kept(state, True, unsaved, unsaved, stored=False)
        assert "is kept" not in spoken and "Ctrl+R" not in spoken, spoken
        assert "Stay and press Ctrl+Enter" in spoken, spoken
