"""A recording cut short by a crash is recovered at resume: what came of it is said (walkthrough
48: the banner promised "the recording is kept, and is transcribed and scored when you resume";
after the resume nothing said whether it had been, and what it held)."""

from __future__ import annotations

from pathlib import Path

from session_kit import Harness, spoken
from test_session_resume import IDS, PARTIAL, _drive

from simulator.core.interview import State
from simulator.core.transcript import Transcript


def _resumed(tmp_path: Path, heard: Transcript) -> Harness:
    first = Harness(tmp_path, hold_voice=True)
    _drive(first, State.ANSWERING, True)
    record = first.storage.unfinished_session()
    assert record is not None
    again = Harness(tmp_path / "again", storage=first.storage)
    for path in first.speech.started:
        again.speech.recovered[path.name] = heard
    again.session.resume(record, [again.q(i) for i in IDS])
    return again


def test_a_recovered_recording_s_words_are_said_r49(tmp_path: Path) -> None:
    heard = spoken(PARTIAL)
    again = _resumed(tmp_path, heard)
    said = [n for n in again.notices() if "Question 1" in n]
    assert said, again.notices()
    assert "recovered" in said[-1] and f"{len(PARTIAL.split())} words" in said[-1], said
    answers = [a for a in again.storage.session(again.session.session_id).answers]
    assert answers[0].text == PARTIAL
    # its length counts as the answer's time (it was 0 s of the limit)
    assert answers[0].score is not None and answers[0].score.answer_time_s > 0, answers[0].score


def test_a_recovered_recording_with_no_words_is_said_skipped_r49(tmp_path: Path) -> None:
    again = _resumed(tmp_path, Transcript(""))
    said = [n for n in again.notices() if "Question 1" in n]
    assert said and "no words" in said[-1] and "skipped" in said[-1], again.notices()
