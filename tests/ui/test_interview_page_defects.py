"""The interview loop's defects, through the real window (offscreen): what only the page shows.

The interviewer's voice is a speaker whose rendering finishes when the test says so, so the
"while the interviewer speaks" moments can be looked at; spoken answers use a stand-in for the
microphone and the recogniser (the real ones are tested in test_spoken_interview.py)."""

from __future__ import annotations

import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from simulator.core.interview import State
from simulator.core.plan import Plan
from simulator.core.session.engine import EMPTY_HINT
from simulator.core.transcript import Transcript, Word
from simulator.ui.interviewer_voice import InterviewerVoice

PARTIAL = "Overfitting is when it memorizes noise in the data."
DETECT = "I watch the validation error on a held-out set and compare it with training error."
GOOD = (
    "Overfitting means the network memorizes noise in the training set. I compare training and "
    "validation error on a held-out set, and use regularization or early stopping."
)
CTRL = Qt.KeyboardModifier.ControlModifier


class HeldSpeaker:
    """Renders nothing until ``finish()``; then the window finds no audio output and goes on."""

    def __init__(self, wav: Path) -> None:
        self.wav = wav
        self.texts: list[str] = []
        self._pending: list[Future[Path]] = []

    def render(self, text: str) -> Future[Path]:
        future: Future[Path] = Future()
        self.texts.append(text)
        self._pending.append(future)
        return future

    def render_parts(self, text: str) -> list[Future[Path]]:
        return [self.render(text)]

    def finish(self) -> None:
        """Finish what is being rendered now (not what that starts)."""
        pending, self._pending = self._pending, []
        for future in pending:
            if not future.done():
                future.set_result(self.wav)

    def voices(self) -> Future[list[Any]]:
        future: Future[list[Any]] = Future()
        future.set_result([])
        return future

    def configure(self, voice_id: str | None = None, rate: int | None = None) -> None:
        pass

    def close(self) -> None:
        self.finish()


def _spoken(text: str) -> Transcript:
    words = tuple(Word(w, i * 0.4, i * 0.4 + 0.3) for i, w in enumerate(text.split()))
    return Transcript(text, words, "fake", "fake", max(1.0, len(words) * 0.4))


class FakeMic:
    """Stands in for the microphone and Whisper on ``window.voice_answers``."""

    def __init__(self, window: Any, heard: list[str], whole: str | None = None) -> None:
        self.window, self.heard, self.whole = window, list(heard), whole
        self.started: list[Path] = []
        self.release_whole = threading.Event()  # the whole-recording pass ends when set
        va = window.voice_answers
        va.preload = lambda: None
        va.input_problem = lambda: None  # a microphone is there
        va.start = self.start
        va.stop = self.stop
        va.transcribe_whole = self._transcribe_whole

    def _transcribe_whole(self, path: Path, topic: object = None) -> Transcript:  # speech lane
        self.release_whole.wait(10)
        return _spoken(self.whole) if self.whole else Transcript("")

    def start(self, path: Path, topic: object = None) -> None:
        self.started.append(path)
        self.window.voice_answers._heard = True  # it hears the words it will hand over
        self.window.voice_answers.recording_started.emit()

    def stop(self) -> None:
        self.window.voice_answers.transcript_ready.emit(_spoken(self.heard.pop(0)))


@pytest.fixture
def held(services, data_dir: Path, tmp_path: Path, monkeypatch) -> HeldSpeaker:  # type: ignore[no-untyped-def]
    speaker = HeldSpeaker(tmp_path / "silence.wav")
    # the held speaker stands for a voice being heard: this process may have no audio output,
    # and a voice known to be unheard is not waited for
    monkeypatch.setattr(InterviewerVoice, "known_unheard", lambda _self: False)
    services.speaker = speaker
    services.settings.voice_enabled = True
    return speaker


def _wait(qtbot, window, state: State, timeout: int = 10000) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.controller.state is state, timeout=timeout)


def _spoken_mode(window) -> None:  # type: ignore[no-untyped-def]
    home = window.home
    home.answer_mode.setCurrentIndex(home.answer_mode.findData("spoken"))


def test_a_follow_up_answer_counts_and_the_scorecard_shows_both(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Defect 1."""
    window.start_interview(Plan(counts={"technical": 1}), False)
    page = window.interview
    _wait(qtbot, window, State.ANSWERING)
    qtbot.keyClicks(page.answer, PARTIAL)
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)
    _wait(qtbot, window, State.FOLLOW_UP)
    qtbot.keyClicks(page.answer, DETECT)
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "with the follow-up" in page.feedback.text(), timeout=10000)
    live = int(page.feedback.text().split("<b>")[1].split("/")[0])
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)  # to the scorecard
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=15000)
    card = window.scorecard
    assert card.table.item(0, 5).text() == str(live)  # not "skipped", not the first answer's
    detail = card.detail.toPlainText()
    assert PARTIAL in detail and DETECT in detail
    assert card.overall.value() == live  # type: ignore[attr-defined]


def test_an_empty_ctrl_enter_is_not_a_skip(qtbot, window, data_dir) -> None:  # type: ignore[no-untyped-def]
    """Defect 2."""
    window.start_interview(Plan(counts={"technical": 1}), False)
    page = window.interview
    _wait(qtbot, window, State.ANSWERING)
    qtbot.wait(600)  # past the moment the countdown switched to the answer
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)
    assert window.controller.state is State.ANSWERING
    assert page.notice.isVisible() and page.notice.text() == EMPTY_HINT
    assert window.services.storage.answers(window.controller.session_id) == []


def test_each_session_and_question_starts_from_a_clean_page(qtbot, held, window) -> None:  # type: ignore[no-untyped-def]
    """Defect 4: no trace of the last session in the briefing; Ctrl+Enter skips it; a notice
    of one question is gone on the next."""
    window.services.settings.follow_ups = False
    page = window.interview
    window.start_interview(Plan(counts={"technical": 1, "case": 1}), True)
    assert window.controller.state is State.BRIEFING
    assert page.question.text().startswith("Welcome to your mock interview")
    assert page.progress_label.text().startswith("Introduction")
    assert page.next_button.isEnabled() and page.next_button.text() == "Skip introduction"
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)  # skip the introduction
    assert window.controller.state is State.ASKING
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)  # answer now
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)  # start now
    _wait(qtbot, window, State.ANSWERING)
    qtbot.wait(600)
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)  # empty: a hint on this question
    assert page.notice.isVisible()
    qtbot.keyClicks(page.answer, GOOD)
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(page.feedback.isVisible, timeout=10000)
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)  # next question
    _wait(qtbot, window, State.ASKING)
    assert not page.notice.isVisible() and not page.feedback.isVisible()
    assert page.answer.toPlainText() == ""
    window.controller.end()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=15000)

    window.start_interview(Plan(counts={"technical": 1}), True)  # the next session
    assert window.controller.state is State.BRIEFING
    assert page.question.text().startswith("Welcome to your mock interview")
    assert page.answer.toPlainText() == ""
    assert not (page.feedback.isVisible() or page.star.isVisible() or page.notice.isVisible())
    assert page.clock.text() == ""
    page.grab()


def test_an_introduction_that_cannot_be_heard_stays_until_it_is_read(qtbot, held, window) -> None:  # type: ignore[no-untyped-def]
    """Walkthrough 8: "Read questions aloud" on, no audio output device: the introduction
    passed in under a second. It waits as long as it takes to read (or for Ctrl+Enter)."""
    page = window.interview
    window.start_interview(Plan(counts={"technical": 1}), True)
    held.finish()  # rendered; the window finds no audio output
    qtbot.wait(1500)
    assert window.controller.state is State.BRIEFING
    assert page.question.text().startswith("Welcome to your mock interview")
    # Nothing is heard: the pill must not say the interviewer is speaking beside the notice
    # that no audio output was found.
    assert "speaking" not in page.status.text()
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)
    _wait(qtbot, window, State.ASKING)


def test_a_resumed_spoken_session_goes_on_spoken_with_its_voice_setting(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    """Defect 5."""
    from simulator.ui.main_window import MainWindow

    services.settings.answer_mode = "typed"
    services.settings.voice_enabled = True
    storage = services.storage
    sid = storage.create_session(
        {
            "name": "Custom",
            "question_ids": ["tech.overfit", "case.spam"],
            "answer_mode": "spoken",
            "voice": False,
        }
    )
    storage.add_answer(sid, "tech.overfit", 0, "spoken", PARTIAL, duration_s=4.0)
    window = MainWindow(services)
    qtbot.addWidget(window)
    mic = FakeMic(window, heard=["I would use reports as labels."])
    window.show()
    qtbot.waitUntil(window.home.resume_button.isVisible, timeout=5000)
    window.home.resume_button.click()
    _wait(qtbot, window, State.ANSWERING)
    page = window.interview
    assert window.controller.spoken and page.level.isVisible()
    assert page.status.text() == "● Recording your answer" and page.answer.isReadOnly()
    assert len(mic.started) == 1
    assert window.controller._voice.enabled is False
    window.shutdown()


def test_a_score_changed_by_the_whole_recording_is_shown(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Defect 6."""
    window.services.settings.follow_ups = False
    mic = FakeMic(window, heard=["overfitting memorizes noise"], whole=GOOD)
    _spoken_mode(window)
    window.start_interview(Plan(counts={"technical": 1}), False)
    page = window.interview
    _wait(qtbot, window, State.ANSWERING)
    assert len(mic.started) == 1
    qtbot.wait(600)
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(page.feedback.isVisible, timeout=10000)  # the quick transcript's score
    mic.release_whole.set()
    qtbot.waitUntil(lambda: "score updated" in page.notice.text(), timeout=10000)
    text = page.notice.text()
    assert "Question 1: score updated" in text and "transcribed again" in text
    old, new = (int(n) for n in text.split("updated ")[1].split(" (")[0].split(" → "))
    assert new > old
    qtbot.waitUntil(
        lambda: window.services.storage.answers(window.controller.session_id)[0].overall == new
    )
    assert window.services.storage.answers(window.controller.session_id)[0].text == GOOD


def test_the_follow_up_is_recorded_after_the_interviewer_has_read_it(qtbot, held, window) -> None:  # type: ignore[no-untyped-def]
    """Defect 8."""
    mic = FakeMic(window, heard=[PARTIAL, DETECT])
    mic.release_whole.set()
    _spoken_mode(window)
    window.start_interview(Plan(counts={"technical": 1}), True)
    page = window.interview
    held.finish()  # the briefing, not heard (no audio output): it stays up to be read
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)  # until Ctrl+Enter
    _wait(qtbot, window, State.ASKING)
    held.finish()  # the question
    _wait(qtbot, window, State.ANSWERING)
    qtbot.wait(600)
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)
    _wait(qtbot, window, State.ASKING_FOLLOW_UP)
    assert page.status.text() == "▶ Interviewer is speaking"
    assert page.answer.isReadOnly() and page.follow_up.isVisible()
    qtbot.wait(300)
    assert len(mic.started) == 1  # not recording over the interviewer
    held.finish()  # the follow-up has been read
    _wait(qtbot, window, State.FOLLOW_UP)
    assert len(mic.started) == 2 and page.status.text() == "● Recording your answer"


def test_notices_last_as_long_as_they_are_true(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A key hint goes with the next state; "answer ended" with the question; "no audio output"
    stays for the session."""
    from simulator.core.session import events as ev

    window.services.settings.follow_ups = False
    window.start_interview(Plan(counts={"technical": 1, "case": 1}), False)
    page = window.interview
    page.render_event(ev.Notice("No audio output device was found.", "session"))
    _wait(qtbot, window, State.ANSWERING)
    qtbot.wait(600)
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)
    assert page.notice.text() == EMPTY_HINT
    qtbot.keyClicks(page.answer, GOOD)
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)
    _wait(qtbot, window, State.REVIEWING)
    assert page.notice.text() == "No audio output device was found."
    page.render_event(ev.Notice("Answer ended after 4 seconds of silence."))
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)
    _wait(qtbot, window, State.ASKING)
    assert page.notice.text() == "No audio output device was found."


def test_a_late_score_of_the_previous_question_is_not_shown_on_the_next(window, services) -> None:  # type: ignore[no-untyped-def]
    """A follow-up's score can land after Next: the new question's page stays clean."""
    from simulator.core.session import events as ev
    from tests.scores import answer_score

    page = window.interview
    first, second = list(services.bank.questions.values())[:2]
    page.render_event(ev.QuestionShown(first, 1, 2))
    page.render_event(ev.AnswerReviewed(1, answer_score(70), False))
    assert not page.feedback.isHidden()
    page.render_event(ev.QuestionShown(second, 2, 2))
    page.render_event(ev.AnswerReviewed(1, answer_score(40), True))  # question 1's, late
    assert page.feedback.isHidden()
    page.render_event(ev.AnswerReviewed(2, answer_score(55), False))
    assert not page.feedback.isHidden() and "55" in page.feedback.text()
