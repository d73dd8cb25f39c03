"""Pausing the session core in every state a person waits or answers in, a spoken answer
included: what stops, what goes on after, and what ending, a lost microphone or a crash while
paused keeps (fakes: clock, voice, microphone; inline executor; a real SQLite file)."""

from __future__ import annotations

from pathlib import Path

import pytest
from session_kit import Harness, spoken

from simulator.core.interview import IllegalTransition, State
from simulator.core.session import events as ev

PARTIAL = "Overfitting is when it memorizes noise in the data."
DETECT = "I watch the validation error on a held-out set and compare it with training error."
STORY = (
    "Two colleagues disagreed about the feature store. My task was to unblock the launch. "
    "I met each of them and ran a benchmark. As a result we shipped two weeks early."
)


def _spoken_answer(h: Harness, *ids: str) -> None:
    h.start(*ids, spoken=True)
    h.to_answering()
    h.session.recording_started()


def test_a_spoken_answer_pauses_and_goes_on_with_the_same_recording(tmp_path: Path) -> None:
    """The biggest voice defect of stop 17's walkthrough: Ctrl+P during a spoken answer was
    refused, and the silence rule then ended the answer."""
    h = Harness(tmp_path, follow_ups=False)
    _spoken_answer(h, "tech.overfit")
    s = h.session
    h.clock.advance(9)  # 10 s into the answer
    s.toggle_pause()
    assert s.state is State.PAUSED and h.speech.holds == ["pause"]
    h.clock.advance(120)  # away for two minutes: past the 60 s limit
    s.tick()
    s.heard_end("4 seconds of silence")  # what the microphone heard before the pause
    assert s.state is State.PAUSED and h.speech.stops == 0
    assert not any("ended" in n or "Time is up" in n for n in h.notices())
    s.toggle_pause()
    assert s.state is State.ANSWERING and h.speech.holds == ["pause", "resume"]
    h.clock.advance(5)
    s.tick()
    assert h.of(ev.AnswerTicked)[-1].elapsed == pytest.approx(15)  # the pause not counted
    assert len(h.speech.started) == 1  # the same recording, not a new answer
    s.primary()
    s.transcribed(spoken(PARTIAL))
    (row,) = h.rows()
    assert row.text == PARTIAL and row.audio_path == str(h.speech.started[0])


def test_the_star_timer_stops_while_a_spoken_story_is_paused(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    _spoken_answer(h, "beh.conflict")
    s = h.session
    assert s.star is not None
    h.clock.advance(4)
    s.toggle_pause()
    frozen = h.of(ev.StarTicked)[-1].phases
    assert sum(p.elapsed_s for p in frozen) == pytest.approx(5)
    h.clock.advance(60)
    s.caption(STORY)  # a caption finishing while paused moves nothing
    s.toggle_pause()
    h.clock.advance(2)
    s.tick()
    assert sum(p.elapsed_s for p in h.of(ev.StarTicked)[-1].phases) == pytest.approx(7)


def test_pausing_before_the_microphone_opens_still_keeps_the_answer(tmp_path: Path) -> None:
    """Ctrl+P a moment after the countdown ended: the microphone opens while paused."""
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", spoken=True)
    h.to_answering()
    h.session.toggle_pause()
    h.session.recording_started()  # the answer's row exists from here, paused or not
    assert [r.mode for r in h.rows()] == ["spoken"]
    assert h.of(ev.RecordingStarted) and h.session.state is State.PAUSED
    h.session.toggle_pause()
    assert h.speech.holds == ["pause", "resume"]


def test_pausing_while_the_question_is_read_reads_it_again_and_records_nothing(
    tmp_path: Path,
) -> None:
    h = Harness(tmp_path, hold_voice=True, follow_ups=False)
    h.start("tech.overfit", spoken=True)
    h.voice.finish()  # the briefing
    assert h.session.state is State.ASKING and h.voice.speaking
    h.session.toggle_pause()
    assert not h.voice.speaking and h.speech.holds == [] and h.speech.started == []
    h.clock.advance(30)
    h.session.toggle_pause()
    assert h.session.state is State.ASKING and h.voice.said[-1] == h.q("tech.overfit").prompt
    h.voice.finish()
    assert h.session.state is State.PREPARING and h.speech.started == []


def test_a_spoken_follow_up_pauses_and_goes_on_with_its_own_recording(tmp_path: Path) -> None:
    h = Harness(tmp_path)
    _spoken_answer(h, "tech.overfit")
    h.session.primary()
    h.session.transcribed(spoken(PARTIAL))
    assert h.session.state is State.FOLLOW_UP
    h.session.recording_started()
    h.session.toggle_pause()
    h.clock.advance(30)
    h.session.heard_end("4 seconds of silence")
    assert h.session.state is State.PAUSED
    h.session.toggle_pause()
    assert h.session.state is State.FOLLOW_UP and h.speech.holds == ["pause", "resume"]
    assert len(h.speech.started) == 2 and "follow-up" in h.speech.started[1].name
    h.clock.advance(1)
    h.session.primary()
    h.session.transcribed(spoken(DETECT))
    assert [r.text for r in h.rows()] == [PARTIAL, DETECT]


def test_ending_a_paused_spoken_answer_keeps_what_was_recorded(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    _spoken_answer(h, "tech.overfit", "case.spam")
    s = h.session
    s.toggle_pause()
    s.end()
    assert s.state is State.TRANSCRIBING and h.speech.stops == 1
    assert h.speech.holds == ["pause"]  # stopped as it was, never recording again
    s.transcribed(spoken(PARTIAL))
    assert s.state is State.SCORECARD
    assert [r.text for r in h.rows()] == [PARTIAL]


def test_ending_a_paused_typed_answer_keeps_the_words_typed(tmp_path: Path) -> None:
    """Ctrl+P, then Ctrl+E: the typed answer was dropped (the end came from PAUSED)."""
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", "case.spam")
    h.to_answering()
    h.session.toggle_pause()
    h.session.end(PARTIAL)
    assert h.session.state is State.SCORECARD
    assert [r.text for r in h.rows()] == [PARTIAL]


def test_ending_paused_in_the_countdown_ends_at_once(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", spoken=True)
    h.session.toggle_pause()
    h.session.end()
    assert h.session.state is State.SCORECARD and h.speech.started == []


def test_a_microphone_lost_while_paused_keeps_the_answer_recorded(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    _spoken_answer(h, "tech.overfit", "case.spam")
    h.session.toggle_pause()
    h.session.speech_failed("Microphone 'Headset' stopped working (disconnected).")
    assert h.session.state is State.TRANSCRIBING and not h.session.spoken
    h.session.transcribed(spoken(PARTIAL))
    assert h.session.state is State.REVIEWING
    assert [r.text for r in h.rows()] == [PARTIAL]


def test_a_microphone_that_never_opened_leaves_the_pause_and_the_answer_typed(
    tmp_path: Path,
) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", spoken=True)
    h.to_answering()
    h.session.toggle_pause()
    h.session.speech_failed("No microphone found.")
    assert h.session.state is State.PAUSED and not h.session.spoken
    h.session.toggle_pause()
    h.session.primary(PARTIAL)
    (row,) = h.rows()
    assert (row.mode, row.text, row.audio_path) == ("typed", PARTIAL, None)


def test_a_crash_while_a_spoken_answer_is_paused_recovers_it_on_resume(tmp_path: Path) -> None:
    first = Harness(tmp_path, follow_ups=False)
    _spoken_answer(first, "tech.overfit", "case.spam")
    first.session.toggle_pause()
    record = first.storage.unfinished_session()  # the app closes (or dies) here
    assert record is not None
    again = Harness(tmp_path / "again", storage=first.storage, follow_ups=False)
    again.speech.recovered[first.speech.started[0].name] = spoken(PARTIAL)
    again.session.resume(record, [again.q("tech.overfit"), again.q("case.spam")])
    assert again.session.interview is not None and again.session.interview.index == 1
    assert [r.text for r in again.rows()] == [PARTIAL]


def test_paused_while_the_last_words_are_transcribed_the_transcript_waits(
    tmp_path: Path,
) -> None:
    h = Harness(tmp_path, follow_ups=False)
    _spoken_answer(h, "tech.overfit", "case.spam")
    s = h.session
    s.primary()
    s.toggle_pause()
    assert s.state is State.PAUSED and h.speech.holds == []  # the microphone is closing
    s.transcribed(spoken(PARTIAL))
    assert s.state is State.PAUSED and not h.of(ev.TranscriptShown)
    s.toggle_pause()
    assert s.state is State.REVIEWING
    assert [e.text for e in h.of(ev.TranscriptShown)] == [PARTIAL]
    assert [r.text for r in h.rows()] == [PARTIAL]


@pytest.mark.parametrize("arrives_first", [True, False])
def test_ending_paused_while_transcribing_keeps_the_answer(
    tmp_path: Path, arrives_first: bool
) -> None:
    h = Harness(tmp_path, follow_ups=False)
    _spoken_answer(h, "tech.overfit", "case.spam")
    s = h.session
    s.primary()
    s.toggle_pause()
    if arrives_first:
        s.transcribed(spoken(PARTIAL))
    s.end()
    if not arrives_first:
        assert s.state is State.TRANSCRIBING  # ends once the words are in
        s.transcribed(spoken(PARTIAL))
    assert s.state is State.SCORECARD
    assert [r.text for r in h.rows()] == [PARTIAL]


def test_a_paused_countdown_and_a_pause_in_review_go_on_where_they_were(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", "case.spam")
    s = h.session
    h.clock.advance(0.4)  # of its 1 s
    s.tick()
    s.toggle_pause()
    h.clock.advance(600)
    s.tick()
    s.toggle_pause()
    s.tick()
    assert s.state is State.PREPARING  # 0.6 s left, not 600 s past
    h.clock.advance(0.7)
    s.tick()
    assert s.state is State.ANSWERING
    h.clock.advance(1)
    s.primary(PARTIAL)
    s.toggle_pause()
    with pytest.raises(IllegalTransition):
        s.primary()  # nothing goes on while paused but Resume (the button is disabled)
    s.toggle_pause()
    assert s.state is State.REVIEWING
