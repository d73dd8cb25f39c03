"""Crash in every state, then resume from the database: nothing given is lost, the session goes
on where it stopped, spoken or typed as it was, and it finishes with every answer scored."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from session_kit import Harness, spoken

from simulator.core.interview import State
from simulator.core.session import events as ev

PARTIAL = "Overfitting is when it memorizes noise in the data."
DETECT = "I watch the validation error on a held-out set and compare it with training error."
SPAM = "I would use user reports as labels and optimise precision, retraining as spammers adapt."
IDS = ("tech.overfit", "case.spam")


def _drive(h: Harness, state: State, is_spoken: bool) -> None:
    """Session 1: reach ``state`` on the first question, as a person would."""
    h.start(*IDS, spoken=is_spoken)
    if state is State.BRIEFING:
        return
    h.voice.finish()
    if state is State.ASKING:
        return
    h.voice.finish()
    if state is State.PREPARING:
        return
    h.to_answering()
    if is_spoken:
        h.session.recording_started()
    if state is State.ANSWERING:
        return
    h.session.primary(PARTIAL)
    if state is State.TRANSCRIBING:
        return
    if is_spoken:
        h.session.transcribed(spoken(PARTIAL))
    if state is State.ASKING_FOLLOW_UP:
        return
    h.voice.finish()
    if is_spoken:
        h.session.recording_started()
    assert h.session.state is State.FOLLOW_UP
    if state is State.FOLLOW_UP:
        return
    h.clock.advance(1)
    h.session.primary(DETECT)
    if is_spoken:
        h.session.transcribed(spoken(DETECT))
    assert h.session.state is State.REVIEWING
    if state is State.REVIEWING:
        return
    # WRAP_UP stands for "every question answered, the summary not yet saved": the crash
    # comes while the last answer is reviewed (wrap-up itself is one database write).
    h.settings.follow_ups = False
    h.session.primary()
    h.voice.finish()
    h.to_answering()
    if is_spoken:
        h.session.recording_started()
    h.session.primary(SPAM)
    if is_spoken:
        h.session.transcribed(spoken(SPAM))
    assert state is State.WRAP_UP and h.session.state is State.REVIEWING


CASES = [
    # (state, spoken, resumed at question index, answers of question 1 kept)
    (State.BRIEFING, False, 0, 0),
    (State.ASKING, False, 0, 0),
    (State.PREPARING, False, 0, 0),
    (State.ANSWERING, False, 0, 0),  # a typed answer not yet sent (draft autosave is separate)
    (State.ANSWERING, True, 1, 1),  # the recording so far is recovered
    (State.TRANSCRIBING, True, 1, 1),
    # quit during a follow-up not answered yet: it is asked again, the main answer kept
    (State.ASKING_FOLLOW_UP, False, 0, 1),
    (State.ASKING_FOLLOW_UP, True, 0, 2),  # asked again, then answered before the end
    (State.FOLLOW_UP, False, 0, 1),  # the follow-up typed so far was not sent
    (State.FOLLOW_UP, True, 1, 2),  # the follow-up's recording is recovered and counts
    (State.REVIEWING, True, 1, 2),
    (State.WRAP_UP, False, None, 2),
]


@pytest.mark.parametrize(("state", "is_spoken", "index", "kept"), CASES)
def test_crash_and_resume_from_every_state(
    tmp_path: Path, state: State, is_spoken: bool, index: int | None, kept: int
) -> None:
    first = Harness(tmp_path, hold_voice=True)
    _drive(first, state, is_spoken)
    assert first.session.state is (State.REVIEWING if state is State.WRAP_UP else state)
    # The app dies here. The next launch finds the session and resumes it.
    record = first.storage.unfinished_session()
    assert record is not None
    again = Harness(tmp_path / "again", storage=first.storage)
    for path in first.speech.started:  # what the recogniser makes of each repaired recording
        again.speech.recovered[path.name] = spoken(DETECT if "follow-up" in path.name else PARTIAL)
    again.session.resume(record, [again.q(i) for i in IDS])
    s = again.session
    assert s.session_id == record.id
    assert s.spoken is is_spoken and again.speech.preloads == (1 if is_spoken else 0)
    if index is None:
        assert s.state is State.SCORECARD
    else:
        assert s.interview is not None and s.interview.index == index
        shown = again.of(ev.QuestionShown)[-1]
        assert shown.question.id == IDS[index]
        if state in (State.ASKING_FOLLOW_UP, State.FOLLOW_UP) and index == 0:
            assert s.state is State.FOLLOW_UP  # asked again (and read: the voice is not held)
            assert shown.follow_up and again.voice.said[-1] == shown.follow_up
        else:
            assert s.state is State.PREPARING and not shown.follow_up
        s.end()
        if s.state is State.TRANSCRIBING:  # the follow-up asked again was being recorded
            s.transcribed(spoken(DETECT))
        assert s.state is State.SCORECARD
    finished = again.storage.session(record.id)
    assert finished.status == "finished"
    first_question = [a for a in finished.answers if a.position == 0]
    assert len(first_question) == kept
    if kept:
        main = first_question[0]
        assert main.text == PARTIAL and main.overall is not None
        assert finished.score is not None and finished.score.answers >= 1
    if kept == 2:  # the follow-up counts: its key point is covered in the question's score
        assert main.score is not None
        assert {k.id: k.covered for k in main.score.key_points}["detect"]


def test_a_follow_up_quit_before_its_answer_is_asked_again_with_its_draft(
    tmp_path: Path,
) -> None:
    """Walkthrough 8: quit during a typed follow-up, resume: the follow-up (and the draft
    typed for it) came back as question 2. It is asked again, and its answer counts."""
    first = Harness(tmp_path, hold_voice=True)
    _drive(first, State.FOLLOW_UP, False)
    first.session.save_draft("I watch the validation")
    record = first.storage.unfinished_session()
    assert record is not None
    again = Harness(tmp_path, storage=first.storage)  # the same data folder: its drafts
    again.session.resume(record, [again.q(i) for i in IDS])
    s = again.session
    assert s.state is State.FOLLOW_UP and s.interview is not None
    assert s.interview.index == 0 and s.interview.follow_up_asked
    assert [e.text for e in again.of(ev.DraftRestored)] == ["I watch the validation"]
    assert again.voice.said == [again.of(ev.QuestionShown)[-1].follow_up]
    s.primary(DETECT)
    assert s.state is State.REVIEWING
    rows = again.rows()
    assert [(r.position, r.text) for r in rows] == [(0, PARTIAL), (0, DETECT)]
    assert rows[1].follow_up
    reviewed = again.of(ev.AnswerReviewed)[-1]
    assert {k.id: k.covered for k in reviewed.score.key_points}["detect"]
    s.primary()  # next: question 2, and a later resume no longer asks the follow-up
    assert s.interview.index == 1
    later = again.storage.unfinished_session()
    assert later is not None and later.plan.follow_up_asked is None


def test_resume_restores_spoken_answers_and_the_voice_setting(tmp_path: Path) -> None:
    """Defect 5: a spoken session with the voice off resumes spoken, voice off."""
    first = Harness(tmp_path)
    first.start(*IDS, spoken=True, voice=False)
    record = first.storage.unfinished_session()
    assert record is not None
    again = Harness(tmp_path / "again", storage=first.storage)
    again.voice.enabled = True
    again.session.resume(record, [again.q(i) for i in IDS])
    assert again.of(ev.ModeChanged) == [ev.ModeChanged(spoken=True, voice=False)]
    assert again.voice.enabled is False
    again.to_answering()
    assert again.speech.recording and len(again.speech.started) == 1


def test_the_time_the_app_was_closed_is_not_interview_time(tmp_path: Path) -> None:
    """Walkthrough 6: resumed after a crash, a session of a few seconds showed "16 min" on its
    scorecard (the time the app was closed counted as interview time)."""
    from simulator.core.scorecard.build import build_scorecard

    first = Harness(tmp_path)
    first.start(*IDS)
    sid = first.session.session_id
    # The app crashed right after the start, an hour ago.
    first.storage._db.execute("UPDATE sessions SET started_at = started_at - 3600")
    record = first.storage.unfinished_session()
    assert record is not None
    again = Harness(tmp_path / "again", storage=first.storage)
    again.session.resume(record, [again.q(i) for i in IDS])
    again.session.end()
    finished = again.storage.session(sid)  # type: ignore[arg-type]
    assert finished.plan.away_s >= 3599
    assert build_scorecard(finished, again.bank).duration == "under a minute"


class _HeldExecutor:
    """Work waits until the test runs it (a recording still being transcribed)."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Any, Any, Any]] = []

    def submit(self, fn, on_done=None, on_error=None, *, lane="compute"):  # type: ignore[no-untyped-def]
        self.jobs.append((fn, on_done, on_error))

    def run_all(self) -> None:
        while self.jobs:
            fn, on_done, _ = self.jobs.pop(0)
            result = fn()
            if on_done is not None:
                on_done(result)


def test_the_end_box_counts_a_recording_still_being_recovered_as_kept_r48(tmp_path: Path) -> None:
    """Resumed after a crash mid-recording (walkthrough 48, the virtual microphone, 960x640):
    Ctrl+E on question 2 of 5 asked "End the interview now? 5 questions have no answer yet.
    Questions with no answer are left out of the scorecard", while question 1's recording was
    still being transcribed; the scorecard then counted it ("the one question was skipped; 4
    questions not answered before the end are not counted"). A recording being recovered is
    kept: the box counts the questions the scorecard leaves out."""
    first = Harness(tmp_path, hold_voice=True)
    _drive(first, State.ANSWERING, True)
    record = first.storage.unfinished_session()
    assert record is not None
    again = Harness(tmp_path / "again", storage=first.storage)
    held = _HeldExecutor()
    again.session._executor = held  # type: ignore[assignment]
    for path in first.speech.started:
        again.speech.recovered[path.name] = spoken(PARTIAL)
    again.session.resume(record, [again.q(i) for i in IDS])
    assert again.session.interview is not None and again.session.interview.index == 1
    left_out, _ = again.session.kept_if_ended()
    assert left_out == len(IDS) - 1, left_out  # the question on screen and after, not the first
    held.run_all()
    assert again.session.kept_if_ended()[0] == len(IDS) - 1


def test_a_resumed_follow_up_shows_its_first_answer_and_score_first_r51(tmp_path: Path) -> None:
    """Walkthrough 51: a follow-up asked again on resume came on a page with no first answer
    and no line under it. The question, its answer and then the follow-up are shown, and the
    first answer's score (not one with the follow-up) while the follow-up waits for words."""
    first = Harness(tmp_path, hold_voice=True)
    _drive(first, State.FOLLOW_UP, False)
    record = first.storage.unfinished_session()
    assert record is not None
    again = Harness(tmp_path, storage=first.storage)
    again.session.resume(record, [again.q(i) for i in IDS])
    shown = [
        (type(e).__name__, getattr(e, "follow_up", getattr(e, "text", "")))
        for e in again.events
        if isinstance(e, ev.QuestionShown | ev.TranscriptShown)
    ]
    prompt = again.of(ev.QuestionShown)[-1].follow_up
    assert prompt and shown == [
        ("QuestionShown", ""),
        ("TranscriptShown", PARTIAL),
        ("QuestionShown", prompt),
    ]
    reviewed = again.of(ev.AnswerReviewed)
    assert [(r.number, r.with_follow_up) for r in reviewed] == [(1, False)]
    assert not {k.id: k.covered for k in reviewed[0].score.key_points}["detect"]
    again.session.primary(DETECT)
    assert again.of(ev.AnswerReviewed)[-1].with_follow_up  # and the first one not again
    assert len(again.of(ev.AnswerReviewed)) == 2
