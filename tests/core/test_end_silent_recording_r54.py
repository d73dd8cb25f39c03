"""Walkthrough 54 (virtual microphone, 1280x800): a spoken Quick practice, its first question's
thinking time ran out and its recording began; Ctrl+E before a word was said asked "End the
interview now? 2 questions have no answer yet." and ended it. The silent recording was stored
as the question's answer, skipped with no words and counted 0: a finished session scored 0,
which Progress then drew as "Quick practice: overall 57 → 0 over its last 3 sessions", where a
typed interview ended on an empty box leaves the question out (nothing answered, nothing to
score). An answer under way is kept only once the microphone has heard speech, as Ctrl+Enter
submits one only then."""

from __future__ import annotations

from pathlib import Path

from session_kit import Harness, spoken

from simulator.core.interview import State
from simulator.core.session import events as ev

PARTIAL = "Overfitting is when it memorizes noise in the data."


def _recording(h: Harness, *ids: str) -> None:
    h.start(*ids, spoken=True)
    h.to_answering()
    h.session.recording_started()


def test_ending_on_a_recording_with_no_speech_heard_keeps_nothing_of_it_r54(
    tmp_path: Path,
) -> None:
    h = Harness(tmp_path, follow_ups=False)
    _recording(h, "tech.overfit", "case.spam")
    h.speech.heard_speech = False  # nothing said yet
    assert h.session.kept_if_ended() == (2, False)  # both left out: the box says so
    h.session.end()
    assert h.session.state is State.SCORECARD  # not transcribing a silence
    assert h.speech.stops == 1  # the microphone is closed
    (finished,) = h.of(ev.SessionFinished)
    assert finished.nothing_answered
    assert h.storage.session(finished.session_id).answers == []  # no 0 stored


def test_ending_after_an_answer_leaves_out_a_silent_next_recording_r54(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    _recording(h, "tech.overfit", "case.spam")
    h.clock.advance(5)
    h.session.primary()
    h.session.transcribed(spoken(PARTIAL))
    h.session.primary()  # the next question
    h.to_answering()
    h.session.recording_started()
    h.speech.heard_speech = False
    assert h.session.kept_if_ended() == (1, False)
    h.session.end()
    assert h.session.state is State.SCORECARD
    assert [r.text for r in h.rows()] == [PARTIAL]  # the silent one left out, not a 0
    (finished,) = h.of(ev.SessionFinished)
    record = h.storage.session(finished.session_id)
    assert record is not None and record.score is not None
    assert record.score.overall == record.answers[0].overall


def test_ending_on_a_recording_with_speech_heard_still_keeps_it(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    _recording(h, "tech.overfit", "case.spam")
    assert h.speech.heard_speech
    assert h.session.kept_if_ended() == (1, True)
    h.session.end()
    assert h.session.state is State.TRANSCRIBING
    h.session.transcribed(spoken(PARTIAL))
    assert [r.text for r in h.rows()] == [PARTIAL]


def test_ending_from_the_end_box_on_a_silent_recording_keeps_nothing_of_it_r54(
    tmp_path: Path,
) -> None:
    """The end box pauses the interview while it asks: ended from there, as in the walk."""
    h = Harness(tmp_path, follow_ups=False)
    _recording(h, "tech.overfit", "case.spam")
    h.speech.heard_speech = False
    h.session.toggle_pause()
    assert h.session.kept_if_ended() == (2, False)
    h.session.end()
    assert h.session.state is State.SCORECARD
    (finished,) = h.of(ev.SessionFinished)
    assert finished.nothing_answered
    assert h.storage.session(finished.session_id).answers == []


def test_a_silent_follow_up_recording_ended_is_kept_as_asked(tmp_path: Path) -> None:
    """Its question stands on its first answer; the follow-up's row says it was asked."""
    h = Harness(tmp_path)
    _recording(h, "tech.overfit")
    h.clock.advance(5)
    h.session.primary()
    h.session.transcribed(spoken(PARTIAL))
    assert h.session.state is State.FOLLOW_UP
    h.session.recording_started()
    h.speech.heard_speech = False
    h.session.end()
    assert h.session.state is State.TRANSCRIBING
    h.session.transcribed(spoken(""))
    assert h.session.state is State.SCORECARD
    assert [(r.follow_up is not None, r.text) for r in h.rows()] == [(False, PARTIAL), (True, "")]
