"""A spoken answer whose recording had ended (its silence, or Ctrl+Enter) and whose words were
still being transcribed when the app stopped is not a recording cut short (walkthrough 52, a
behavioral story ended by 4 s of silence, Ctrl+Q while it was transcribed): Home said the
interview stopped "while the next answer was being recorded" and, resumed, the page said
"Question 3: the recording cut short when the app stopped is being transcribed and scored…".
Both now say it had been recorded; a recording the stop really cut short is said as before."""

from __future__ import annotations

from pathlib import Path

from session_kit import Harness, spoken
from test_session_resume import IDS, PARTIAL, _drive

from simulator.core.interview import State
from simulator.core.session.interrupted import interrupted_summary


def _stopped(tmp_path: Path, state: State) -> tuple[Harness, str]:
    first = Harness(tmp_path, hold_voice=True)
    _drive(first, state, True)
    record = first.storage.unfinished_session()
    assert record is not None
    return first, interrupted_summary(record)


def _resumed(tmp_path: Path, first: Harness) -> Harness:
    record = first.storage.unfinished_session()
    assert record is not None
    again = Harness(tmp_path / "again", storage=first.storage)
    for path in first.speech.started:
        again.speech.recovered[path.name] = spoken(PARTIAL)
    again.session.resume(record, [again.q(i) for i in IDS])
    return again


def test_a_recording_ended_before_the_stop_is_said_recorded_not_cut_short_r52(
    tmp_path: Path,
) -> None:
    first, banner = _stopped(tmp_path, State.TRANSCRIBING)
    assert "while its first answer was being transcribed" in banner, banner
    again = _resumed(tmp_path, first)
    said = [n for n in again.notices() if n.startswith("Question 1")]
    assert said, again.notices()
    assert not any("cut short" in n for n in said), said
    assert "the answer recorded before the app stopped is being transcribed" in said[0], said
    assert "was transcribed (" in said[-1], said
    stored = again.storage.session(again.session.session_id)
    assert stored is not None and stored.answers[0].text == PARTIAL


def test_a_recording_the_stop_cut_short_is_said_cut_short_as_before_r52(tmp_path: Path) -> None:
    first, banner = _stopped(tmp_path, State.ANSWERING)
    assert "while its first answer was being recorded" in banner, banner
    again = _resumed(tmp_path, first)
    said = [n for n in again.notices() if n.startswith("Question 1")]
    assert "the recording cut short when the app stopped is being transcribed" in said[0], said
    assert "was recovered (" in said[-1], said
