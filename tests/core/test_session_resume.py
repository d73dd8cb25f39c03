"""Crash in every state, then resume from the database: nothing given is lost, the session goes
on where it stopped, spoken or typed as it was, and it finishes with every answer scored."""

from __future__ import annotations

from pathlib import Path

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
    (State.ASKING_FOLLOW_UP, False, 1, 1),
    (State.FOLLOW_UP, False, 1, 1),  # the follow-up typed so far was not sent
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
        assert s.state is State.PREPARING
        assert again.of(ev.QuestionShown)[-1].question.id == IDS[index]
        s.end()
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
    assert finished.plan["away_s"] >= 3599
    assert build_scorecard(finished, again.bank).duration == "under a minute"
