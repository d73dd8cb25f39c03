"""Session core defects seen in the keyboard-only walk of round 56 (issue 8)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from session_kit import Harness, spoken

from simulator.core.interview import State
from simulator.core.session import events as ev
from simulator.core.session.ports import COMPUTE, SPEECH_BACKGROUND, InlineExecutor

QUICK = "Overfitting is when it memorizes noise"
WHOLE = "Overfitting is when it memorizes noise in the training set"
DETECT = "I watch the validation error on a held-out set and compare it with training error."


class _WholeRecordingsWait(InlineExecutor):
    """Work runs at once, but a whole recording's transcription waits for the test."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[tuple[Any, Any, Any]] = []

    def submit(self, fn, on_done=None, on_error=None, *, lane=COMPUTE):  # type: ignore[no-untyped-def]
        if lane == SPEECH_BACKGROUND:
            self.held.append((fn, on_done, on_error))
        else:
            super().submit(fn, on_done, on_error, lane=lane)

    def run_held(self) -> None:
        held, self.held = self.held, []
        for fn, on_done, on_error in held:
            super().submit(fn, on_done, on_error, lane=SPEECH_BACKGROUND)


def _followed_up(tmp_path: Path) -> tuple[Harness, _WholeRecordingsWait]:
    """A spoken answer followed up; its whole recording is still being transcribed."""
    h = Harness(tmp_path)
    executor = _WholeRecordingsWait()
    h.session._executor = executor  # type: ignore[assignment]
    h.start("tech.overfit", "case.spam", spoken=True)
    h.to_answering()
    h.session.recording_started()
    h.speech.whole[h.speech.started[0].name] = spoken(WHOLE)
    h.session.primary()
    h.session.transcribed(spoken(QUICK))
    assert h.session.state is State.FOLLOW_UP and executor.held
    return h, executor


def _finals(h: Harness) -> list[tuple[str, int, int]]:
    return [(e.text, e.number, e.part) for e in h.of(ev.TranscriptShown) if e.final]


def test_a_first_answer_transcribed_again_after_its_follow_up_is_shown_r56(tmp_path: Path) -> None:
    """Walk 56 (spoken, a follow-up answered, then "See the scorecard"): "Question 2: score
    updated 78 → 89 (the whole recording was transcribed again)" came while the page still
    showed the quick transcript of the first answer, words the stored and scored one no longer
    had ("I would choose it over What do you mean means?" for "... over k-means."). The core
    dropped the whole recording's transcript because the follow-up's had been shown after it:
    both answers of the question on screen are shown (the page holds the first one's words
    while the follow-up is answered)."""
    h, executor = _followed_up(tmp_path)
    h.session.recording_started()
    h.session.primary()
    h.session.transcribed(spoken(DETECT))
    assert h.session.state is State.REVIEWING
    executor.run_held()
    assert (WHOLE, 1, 0) in _finals(h)
    assert h.rows()[0].text == WHOLE  # the one stored


def test_it_is_shown_while_the_follow_up_is_answered_too_r56(tmp_path: Path) -> None:
    h, executor = _followed_up(tmp_path)
    executor.run_held()
    assert _finals(h) == [(WHOLE, 1, 0)]


def test_not_once_the_next_question_is_on_screen_r56(tmp_path: Path) -> None:
    h, executor = _followed_up(tmp_path)
    h.session.recording_started()
    h.session.primary()
    h.session.transcribed(spoken(DETECT))
    h.session.primary()  # the next question
    assert h.session.state is not State.REVIEWING
    executor.run_held()
    assert _finals(h) == []
