"""The session core driven through whole interviews with fakes: typed, spoken, follow-ups, skips,
empty submits, pauses, ending early and re-transcription (resume: test_session_resume.py)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from session_kit import Harness, spoken

from simulator.core.interview import IllegalTransition, State
from simulator.core.rounding import mean_score
from simulator.core.session import KEY_GRACE_S, SessionPlan, combine
from simulator.core.session import events as ev
from simulator.core.session.engine import EMPTY_FOLLOW_UP_HINT, EMPTY_HINT
from simulator.core.session.work import REFINED
from simulator.core.transcript import Transcript, Word

GOOD = (
    "Overfitting means the network memorizes noise in the training set. I compare training and "
    "validation error on a held-out set, and use regularization or early stopping."
)
PARTIAL = "Overfitting is when it memorizes noise in the data."
DETECT = "I watch the validation error on a held-out set and compare it with training error."
SPAM = "I would use user reports as labels and optimise precision, retraining as spammers adapt."


def test_a_typed_interview_runs_from_briefing_to_a_saved_scorecard(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", "case.spam")
    s = h.session
    assert h.of(ev.ModeChanged) == [ev.ModeChanged(spoken=False, voice=True)]
    assert h.of(ev.BriefingShown)[0].total == 2
    assert s.state is State.PREPARING  # the voice finished the briefing and the question
    h.to_answering()
    assert s.state is State.ANSWERING
    s.primary(GOOD)
    assert s.state is State.REVIEWING
    assert h.of(ev.AnswerReviewed)[0].score.overall >= 60
    s.primary()  # next question
    h.to_answering()
    s.primary(SPAM)
    s.primary()
    assert s.state is State.SCORECARD
    sid = h.of(ev.SessionFinished)[0].session_id
    record = h.storage.session(sid)
    assert record.status == "finished" and record.score is not None
    assert [(a.question_id, a.mode, a.text) for a in record.answers] == [
        ("tech.overfit", "typed", GOOD),
        ("case.spam", "typed", SPAM),
    ]
    assert all(a.overall is not None for a in record.answers)
    assert record.plan.spoken is False
    assert record.plan.question_ids == ("tech.overfit", "case.spam")


def test_a_follow_up_answer_counts_for_its_question(tmp_path: Path) -> None:
    """Defect 1: the follow-up's key points are merged into the question's score."""
    h = Harness(tmp_path)
    h.start("tech.overfit")
    h.to_answering()
    h.session.primary(PARTIAL)
    main_score = h.of(ev.AnswerReviewed)[0].score
    assert not {k.id: k.covered for k in main_score.key_points}["detect"]
    assert h.session.state is State.FOLLOW_UP
    assert h.of(ev.QuestionShown)[-1].follow_up == "How would you detect it in practice?"
    h.clock.advance(1)
    h.session.primary("")  # nothing typed for the follow-up yet
    assert h.notices()[-1] == EMPTY_FOLLOW_UP_HINT and h.session.state is State.FOLLOW_UP
    h.session.primary(DETECT)
    merged = h.of(ev.AnswerReviewed)[-1]
    assert merged.with_follow_up and merged.score.overall > main_score.overall
    assert {k.id: k.covered for k in merged.score.key_points}["detect"]
    h.session.primary()  # wrap up
    record = h.storage.session(h.session.session_id)  # type: ignore[arg-type]
    main, follow = record.answers
    assert (main.text, main.follow_up, main.overall) == (PARTIAL, None, merged.score.overall)
    assert (follow.text, follow.follow_up) == (DETECT, "How would you detect it in practice?")
    assert record.score is not None and record.score.overall == merged.score.overall


def test_an_empty_submit_is_ignored_with_a_hint(tmp_path: Path) -> None:
    """Defect 2: an empty Ctrl+Enter never becomes a silent skip."""
    h = Harness(tmp_path)
    h.start("tech.overfit")
    h.to_answering()
    h.session.primary("   ")
    assert h.session.state is State.ANSWERING
    assert h.notices() == [EMPTY_HINT]
    assert h.rows() == []


def test_a_key_right_after_the_countdown_ends_is_not_a_submit(tmp_path: Path) -> None:
    """Defect 2: Ctrl+Enter pressed to start now, landing just after the automatic switch."""
    h = Harness(tmp_path)
    h.start("tech.overfit", spoken=True)
    h.clock.advance(1.05)
    h.session.tick()
    assert h.session.state is State.ANSWERING
    h.clock.advance(KEY_GRACE_S / 2)
    h.session.primary()
    assert h.session.state is State.ANSWERING and h.speech.stops == 0
    h.clock.advance(KEY_GRACE_S)
    h.session.primary()
    assert h.session.state is State.TRANSCRIBING


def test_a_typed_key_in_the_grace_time_is_ignored_without_a_hint(tmp_path: Path) -> None:
    h = Harness(tmp_path)
    h.start("tech.overfit")
    h.clock.advance(1.05)
    h.session.tick()
    h.clock.advance(0.1)
    h.session.primary("")
    assert h.session.state is State.ANSWERING and h.notices() == []


def test_a_silent_spoken_answer_is_skipped_unscored_and_never_followed_up(tmp_path: Path) -> None:
    """Defects 2 and 3: no words = skipped; no delivery score; no follow-up."""
    h = Harness(tmp_path)
    h.start("tech.overfit", "case.spam", spoken=True)
    h.to_answering()
    assert len(h.speech.started) == 1
    h.session.recording_started()
    h.session.primary()
    assert h.session.state is State.TRANSCRIBING and h.speech.stops == 1
    h.session.transcribed(Transcript(text="", engine="fake", duration_s=8.0))
    assert h.session.state is State.REVIEWING
    assert h.of(ev.AnswerSkipped) and not h.of(ev.AnswerReviewed)
    assert all(not q.follow_up for q in h.of(ev.QuestionShown))
    (row,) = h.rows()
    assert (row.mode, row.score, row.overall) == ("skipped", None, None)
    assert row.audio_path is not None  # the recording is kept


@pytest.mark.parametrize("answer", ["Not sure really.", "It depends on overfitting."])
def test_an_answer_that_reached_no_key_point_is_not_followed_up(
    tmp_path: Path, answer: str
) -> None:
    """Walkthrough 40: a typed answer of a few words that covered none of the key points was
    scored 0 and then followed up. For the person it is the same case as a skipped answer: the
    next question comes, no follow-up (a partial answer keeps its follow-up: the test above)."""
    h = Harness(tmp_path)
    h.start("tech.overfit", "case.spam")
    h.to_answering()
    h.session.primary(answer)
    score = h.of(ev.AnswerReviewed)[0].score
    assert not any(k.credit for k in score.key_points)
    assert h.session.state is State.REVIEWING
    assert all(not q.follow_up for q in h.of(ev.QuestionShown))
    h.session.primary()  # on to the next question
    assert h.of(ev.QuestionShown)[-1].question.id == "case.spam"


def test_skipped_answers_count_as_zero_in_the_overall(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", "case.spam")
    h.to_answering()
    h.session.primary(GOOD)
    answered = h.of(ev.AnswerReviewed)[0].score.overall
    h.session.primary()
    h.session.skip()
    assert h.session.state is State.SCORECARD
    record = h.storage.session(h.session.session_id)  # type: ignore[arg-type]
    assert record.score is not None
    assert record.score.overall == mean_score([answered, 0])  # the one rule: a half goes up
    assert [a.mode for a in record.answers] == ["typed", "skipped"]


def test_the_follow_up_is_recorded_only_after_the_interviewer_has_read_it(tmp_path: Path) -> None:
    """Defect 8: no recording (and no answer clock) while the follow-up is read aloud."""
    h = Harness(tmp_path, hold_voice=True)
    h.start("tech.overfit", spoken=True)
    h.voice.finish()  # briefing
    h.voice.finish()  # the question
    h.to_answering()
    h.session.primary()
    h.session.transcribed(spoken(PARTIAL))
    assert h.session.state is State.ASKING_FOLLOW_UP and h.voice.speaking
    assert len(h.speech.started) == 1
    h.clock.advance(5)  # the follow-up takes 5 s to read
    with pytest.raises(IllegalTransition):
        h.session.submit("")
    h.voice.finish()
    assert h.session.state is State.FOLLOW_UP and len(h.speech.started) == 2
    assert "follow-up" in h.speech.started[1].name
    h.clock.advance(2)
    h.session.tick()
    tick = h.of(ev.AnswerTicked)[-1]  # the question's time goes on from the answer's (polish45)
    assert tick.elapsed - tick.earlier == pytest.approx(2)
    assert tick.earlier == pytest.approx(spoken(PARTIAL).duration_s)


def test_ctrl_enter_skips_the_briefing_and_the_reading(tmp_path: Path) -> None:
    h = Harness(tmp_path, hold_voice=True)
    h.start("tech.overfit")
    assert h.session.state is State.BRIEFING
    h.session.primary()
    assert h.session.state is State.ASKING and h.voice.stops >= 1
    h.session.primary()
    assert h.session.state is State.PREPARING
    h.session.primary()
    assert h.session.state is State.ANSWERING


def test_a_re_transcription_that_changes_the_score_is_shown_and_stored(tmp_path: Path) -> None:
    """Defect 6: old -> new and why; the stored transcript is the whole-recording one."""
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", spoken=True)
    h.to_answering()
    audio = h.speech.started[0]
    h.speech.whole[audio.name] = spoken(GOOD)
    h.session.recording_started()
    h.session.primary()
    h.session.transcribed(spoken("overfitting memorizes noise"))
    first = h.of(ev.AnswerReviewed)[0].score.overall
    (revised,) = h.of(ev.ScoreRevised)
    assert (revised.number, revised.old, revised.why) == (1, first, REFINED)
    assert revised.new > revised.old
    (row,) = h.rows()
    assert row.text == GOOD and row.overall == revised.new and row.mode == "spoken"
    assert row.transcript is not None and len(row.transcript["words"]) == len(GOOD.split())


def test_pausing_stops_the_countdown_and_the_answer_clock(tmp_path: Path) -> None:
    h = Harness(tmp_path)
    h.start("tech.overfit")
    h.session.toggle_pause()
    assert h.session.state is State.PAUSED
    h.clock.advance(30)
    h.session.tick()
    assert h.session.state is State.PAUSED
    h.session.toggle_pause()
    assert h.session.state is State.PREPARING
    h.to_answering()
    h.session.toggle_pause()
    h.clock.advance(100)
    h.session.toggle_pause()
    h.clock.advance(2)
    h.session.tick()
    assert h.of(ev.AnswerTicked)[-1].elapsed == pytest.approx(3, abs=0.2)


def test_ending_early_keeps_the_unsent_answer(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", "case.spam")
    h.to_answering()
    h.session.end(GOOD)
    assert h.session.state is State.SCORECARD
    record = h.storage.session(h.session.session_id)  # type: ignore[arg-type]
    assert [a.text for a in record.answers] == [GOOD]
    assert record.score is not None and record.score.answers == 1  # case.spam was not reached


def test_ending_while_transcribing_waits_for_the_transcript(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", spoken=True)
    h.to_answering()
    h.session.primary()
    h.session.end()
    assert h.session.state is State.TRANSCRIBING
    h.session.transcribed(spoken(GOOD))
    assert h.session.state is State.SCORECARD
    assert h.rows()[0].text == GOOD


def test_the_time_limit_ends_a_spoken_answer(tmp_path: Path) -> None:
    h = Harness(tmp_path)
    h.start("tech.overfit", spoken=True)
    h.to_answering()
    h.clock.advance(61)
    h.session.tick()
    assert h.session.state is State.TRANSCRIBING
    assert "Time is up" in h.notices()[-1]


def test_a_lost_microphone_goes_on_typed(tmp_path: Path) -> None:
    h = Harness(tmp_path)
    h.start("tech.overfit", "case.spam", spoken=True)
    h.to_answering()
    h.session.speech_failed("The microphone was unplugged.")
    assert not h.session.spoken
    assert h.of(ev.ModeChanged)[-1] == ev.ModeChanged(False, True)
    h.session.primary(GOOD)
    assert h.session.state in (State.REVIEWING, State.FOLLOW_UP)


def test_the_heard_end_of_an_answer_is_told_for_that_answer_only(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", spoken=True)
    h.to_answering()
    h.session.heard_end("4 seconds of silence")
    assert h.session.state is State.TRANSCRIBING
    assert h.notices() == ["Answer ended after 4 seconds of silence."]
    assert h.of(ev.Notice)[-1].lasts == "answer"  # not shown over the follow-up's answer


def test_a_plan_of_explicit_questions(tmp_path: Path) -> None:
    h = Harness(tmp_path)
    assert [q.id for q in SessionPlan(question_ids=("case.spam",)).questions(h.bank)] == [
        "case.spam"
    ]
    with pytest.raises(KeyError, match="nope"):
        SessionPlan(question_ids=("case.spam", "nope")).questions(h.bank)


def test_combined_answers_lay_words_end_to_end() -> None:
    a = Transcript("one two", (Word("one", 0, 0.3), Word("two", 0.4, 0.7)), "w", None, 2.0)
    b = Transcript("three", (Word("three", 0.1, 0.5),), "w", None, 1.0)
    both = combine([a, b])
    assert both.text == "one two three" and both.duration_s == 3.0
    assert both.words[-1] == Word("three", 2.1, 2.5)
    assert combine([Transcript("typed")]).duration_s is None


def test_a_failed_re_score_is_reported_and_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The background re-score after the whole recording is transcribed again fails: the
    person is told and the log has it, the first score stays."""
    import simulator.core.scoring as scoring

    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", spoken=True)
    h.to_answering()
    audio = h.speech.started[0]
    h.speech.whole[audio.name] = spoken(GOOD)
    real = scoring.score_answer

    def flaky(question, transcript, *rivals):  # type: ignore[no-untyped-def]
        if transcript.text == GOOD:
            raise RuntimeError("scorer exploded")
        return real(question, transcript, *rivals)

    monkeypatch.setattr(scoring, "score_answer", flaky)
    h.session.recording_started()
    h.session.primary()
    with caplog.at_level(logging.ERROR):
        h.session.transcribed(spoken("overfitting memorizes noise"))
    (failed,) = h.of(ev.Failed)
    assert failed.message == "Question 1 could not be scored: scorer exploded"
    assert any("could not be scored" in r.getMessage() and r.exc_info for r in caplog.records)
    assert h.of(ev.AnswerReviewed) and not h.of(ev.ScoreRevised)


def test_no_microphone_the_answer_is_typed_and_saved_as_typed(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", spoken=True)
    h.to_answering()
    h.session.speech_failed("No microphone found.")  # before it ever opened
    assert h.session.state is State.ANSWERING and not h.session.spoken
    h.session.primary(GOOD)
    (row,) = h.rows()
    assert (row.mode, row.audio_path, row.text) == ("typed", None, GOOD)


def test_a_microphone_lost_mid_answer_keeps_what_was_said(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", "case.spam", spoken=True)
    h.to_answering()
    h.session.recording_started()
    h.session.speech_failed("The microphone stopped working.")
    assert h.session.state is State.TRANSCRIBING
    h.session.transcribed(spoken(GOOD))
    assert h.session.state is State.REVIEWING
    (row,) = h.rows()
    assert (row.mode, row.text) == ("spoken", GOOD) and row.audio_path is not None
    h.session.primary()
    h.to_answering()
    assert len(h.speech.started) == 1  # the next answer is typed


def test_ctrl_enter_before_a_spoken_word_is_not_a_silent_skip(tmp_path: Path) -> None:
    """Walkthrough 6: Ctrl+Enter three seconds into a spoken answer, before a word was said,
    ended the recording and the question was stored as skipped, with no warning."""
    from simulator.core.session.engine import NOTHING_HEARD_HINT

    h = Harness(tmp_path)
    h.start("tech.overfit", spoken=True)
    h.to_answering()
    h.speech.heard_speech = False
    h.clock.advance(3)
    h.session.primary()
    assert h.session.state is State.ANSWERING and h.speech.stops == 0
    assert h.of(ev.Notice)[-1] == ev.Notice(NOTHING_HEARD_HINT, "moment")
    h.speech.heard_speech = True
    h.session.primary()
    assert h.session.state is State.TRANSCRIBING


def test_practising_one_question_again_has_a_short_briefing(tmp_path: Path) -> None:
    # the whole mock-interview welcome before each "Practise again" was long to sit through
    from simulator.core.attempts import practice_plan

    h = Harness(tmp_path, follow_ups=False)
    plan = SessionPlan.from_dict(practice_plan("tech.overfit", 7), spoken=False, voice=True)
    h.session.start(plan, plan.questions(h.bank))
    (briefing,) = h.of(ev.BriefingShown)
    assert "Welcome" not in briefing.text and len(briefing.text.split()) <= 8, briefing.text
    h.start("tech.overfit")
    assert "Welcome" in h.of(ev.BriefingShown)[-1].text  # a mock interview keeps its welcome


def test_an_introduction_that_cannot_be_heard_waits_its_reading_time(tmp_path: Path) -> None:
    """Walkthrough 8: with no audio output the introduction passed in under a second; the
    voice is asked to leave it up as long as it takes to read (a question stays on screen)."""
    h = Harness(tmp_path)
    h.start("tech.overfit", "case.spam")
    briefing, question = h.voice.unheard_waits[:2]
    assert briefing >= len(h.of(ev.BriefingShown)[0].text.split()) * 60 / 250
    assert question == 0.0


def test_the_whole_recording_s_transcript_replaces_the_quick_one_only_while_on_screen(
    tmp_path: Path,
) -> None:
    """Walked by voice: the score said 59 -> 41 'the whole recording was transcribed again'
    while the page still showed the quick transcript, with words the stored one lacked."""
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", "tech.overfit", spoken=True)
    h.to_answering()
    h.speech.whole[h.speech.started[0].name] = spoken(GOOD)
    h.session.recording_started()
    h.session.primary()
    h.session.transcribed(spoken("overfitting memorizes noise"))
    shown = [(e.text, e.number, e.part, e.final) for e in h.of(ev.TranscriptShown)]
    assert shown == [("overfitting memorizes noise", 1, 0, False), (GOOD, 1, 0, True)]
    h.session.primary()  # the next question: its page shows nothing of the first answer
    assert h.session.state is not State.REVIEWING
    h.events.clear()
    h.session._emit(ev.TranscriptShown("a late transcript", 1, 0, final=True))
    assert not h.of(ev.TranscriptShown)
