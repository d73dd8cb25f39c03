"""A spoken interview on a computer with no microphone says so as it starts (walkthrough 9):
it said "No microphone found" only once the first answer was due, after the introduction and
the thinking time the person spent getting ready to speak."""

from __future__ import annotations

from pathlib import Path

from session_kit import Harness

from simulator.core.interview import State
from simulator.core.session import events as ev


def test_no_microphone_is_told_at_the_introduction_and_answers_are_typed(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.speech.problem = "No microphone found."
    h.start("tech.overfit", spoken=True)
    assert h.session.state is not State.ANSWERING  # told before the first answer is due
    assert not h.session.spoken
    assert ev.Notice("No microphone found. Type your answers from now on.", "session") in h.events
    h.to_answering()
    assert h.speech.started == []  # nothing tries to record


def test_a_resumed_spoken_interview_says_it_too(tmp_path: Path) -> None:
    first = Harness(tmp_path, follow_ups=False)
    first.start("tech.overfit", "case.spam", spoken=True)
    second = Harness(tmp_path, follow_ups=False, storage=first.storage)
    second.speech.problem = "No microphone found."
    record = second.storage.unfinished_session()
    assert record is not None
    second.session.resume(record, [second.q("tech.overfit"), second.q("case.spam")])
    assert not second.session.spoken
    assert any("No microphone found." in n for n in second.notices())


def test_with_a_microphone_nothing_changes(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", spoken=True)
    assert h.session.spoken and not h.notices()


def test_a_message_that_says_answers_are_typed_is_not_told_twice_r51(tmp_path: Path) -> None:
    """Walkthrough 51 (a speech model folder that does not exist): "The speech model cannot be
    used: ...: no such model folder. Answers are typed instead. Type your answers from now
    on." said the same thing twice. The model's message names the reason only; the session
    says once that answers are typed."""
    h = Harness(tmp_path, follow_ups=False)
    said = "The speech model cannot be used: /m: no such model folder."
    h.start("tech.overfit", spoken=True)
    h.session.speech_failed(said)
    told = f"{said} Type your answers from now on."
    assert ev.Notice(told, "session") in h.events
    assert sum(n.lower().count("type") for n in h.notices()) == 1
