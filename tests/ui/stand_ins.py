"""Stand-ins for the interviewer's voice and the microphone, and the walk of a spoken interview
to its follow-up, shared by the window tests of the interview page (offscreen).

The interviewer's voice is a speaker whose rendering finishes when the test says so, so the
"while the interviewer speaks" moments can be looked at; spoken answers use a stand-in for the
microphone and the recogniser (the real ones are tested in test_spoken_interview.py). The
``held`` fixture (tests/ui/conftest.py) puts a ``HeldSpeaker`` in the window's services."""

from __future__ import annotations

import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from simulator.core.interview import State
from simulator.core.plan import Plan
from simulator.core.transcript import Transcript, Word

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


def sound_starts(window: Any) -> None:
    """The interviewer's voice begins to be heard, as the player says when its first part
    plays (``HeldSpeaker`` only renders: this process may have no audio output)."""
    window.controller._voice.sound_started.emit()


def spoken(text: str) -> Transcript:
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
        return spoken(self.whole) if self.whole else Transcript("")

    def start(self, path: Path, topic: object = None) -> None:
        self.started.append(path)
        self.window.voice_answers._heard = True  # it hears the words it will hand over
        self.window.voice_answers.recording_started.emit()

    def stop(self) -> None:
        self.window.voice_answers.transcript_ready.emit(spoken(self.heard.pop(0)))


def wait_state(qtbot, window, state: State, timeout: int = 10000) -> None:  # type: ignore[no-untyped-def]
    """Until the interview is in ``state``: for a state that lasts, as ANSWERING or REVIEWING
    do (for one that passes by itself, see ``wait_reached``)."""
    qtbot.waitUntil(lambda: window.controller.state is state, timeout=timeout)


# One question's way forward with the voice off: each state comes after the ones before it.
FORWARD = (State.BRIEFING, State.ASKING, State.PREPARING, State.ANSWERING)


def wait_reached(qtbot, window, state: State, timeout: int = 10000) -> None:  # type: ignore[no-untyped-def]
    """Until the interview has got at least as far as ``state`` in this question. BRIEFING and
    ASKING with the voice off last one turn of the event loop, PREPARING the test pack's one
    second of thinking time: on a loaded (or a much faster) machine each can be over before it
    is looked at, and a wait for the state itself then waits for ever (a CI run timed out so)."""
    later = FORWARD[FORWARD.index(state) :]
    qtbot.waitUntil(lambda: window.controller.state in later, timeout=timeout)


def begin_answering(qtbot, window, timeout: int = 10000) -> None:  # type: ignore[no-untyped-def]
    """Into the answer: Start answering while the thinking countdown runs, nothing once it has
    run out by itself (``begin_answer`` refuses then)."""
    wait_reached(qtbot, window, State.PREPARING, timeout)
    if window.controller.state is State.PREPARING:
        window.controller.begin_answer()


def long_thinking(bank, seconds: int = 120) -> None:  # type: ignore[no-untyped-def]
    """Every question's thinking time made long, for a test that acts during the countdown:
    the test pack's one second can pass before the test's next step on a loaded machine."""
    for qid, question in list(bank.questions.items()):
        bank.questions[qid] = question.model_copy(update={"prep_time_s": seconds})


def resumed_on_the_wrap_up(qtbot, window, voice: bool = False) -> threading.Event:  # type: ignore[no-untyped-def]
    """A spoken interview of one question stopped mid-recording on it, resumed: on the wrap-up
    while its cut recording is recovered, which waits until the returned event is set (set it,
    then wait for the wrap-up to end)."""
    storage = window.services.storage
    plan = {"name": "Spoken", "question_ids": ["tech.overfit"], "spoken": True, "voice": voice}
    sid = storage.create_session(plan)
    wav = storage.path.parent / "cut.wav"
    wav.write_bytes(b"RIFF")
    storage.add_answer(sid, "tech.overfit", 0, "spoken", "", audio_path=str(wav))
    release = threading.Event()

    def recover(path: Path, topic: object = None) -> Transcript:
        release.wait(10)
        return spoken(GOOD)

    window.voice_answers.recover = recover
    window.voice_answers.preload = lambda: None
    window.voice_answers.input_problem = lambda: None  # a microphone is there
    window.resume_session(sid)
    wait_state(qtbot, window, State.WRAP_UP)
    qtbot.wait(200)
    return release


def staying_at_quit(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """Every quit question from now on answered Stay (its button ``quitStay``): the list each
    one's informative text is appended to, in order."""
    from PySide6.QtWidgets import QMessageBox, QPushButton

    said: list[str] = []

    def answer(box: QMessageBox) -> None:
        said.append(box.informativeText())
        box.findChild(QPushButton, "quitStay").click()

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return said


def spoken_mode(window) -> None:  # type: ignore[no-untyped-def]
    home = window.home
    home.answer_mode.setCurrentIndex(home.answer_mode.findData("spoken"))


def type_to_follow_up(qtbot, window):  # type: ignore[no-untyped-def]
    """One typed technical question answered with ``PARTIAL`` by keyboard alone; returns the
    interview page once its follow-up is asked (``State.FOLLOW_UP``)."""
    window.start_interview(Plan(counts={"technical": 1}), False)
    page = window.interview
    wait_state(qtbot, window, State.ANSWERING)
    qtbot.keyClicks(page.answer, PARTIAL)
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)
    wait_state(qtbot, window, State.FOLLOW_UP)
    return page


def walk_to_follow_up(qtbot, window, held: HeldSpeaker) -> FakeMic:  # type: ignore[no-untyped-def]
    """One spoken technical question with the interviewer's voice on, answered with ``PARTIAL``
    by keyboard alone; returns (with the microphone stand-in) once the follow-up is being read
    (``State.ASKING_FOLLOW_UP``; ``held.finish()`` ends its reading). The follow-up's answer,
    once recorded, is ``DETECT``."""
    mic = FakeMic(window, heard=[PARTIAL, DETECT])
    mic.release_whole.set()
    spoken_mode(window)
    window.start_interview(Plan(counts={"technical": 1}), True)
    page = window.interview
    held.finish()  # the briefing, not heard (no audio output): it stays up to be read
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)  # until Ctrl+Enter
    wait_state(qtbot, window, State.ASKING)
    held.finish()  # the question
    wait_state(qtbot, window, State.ANSWERING)
    qtbot.wait(600)  # past the moment the countdown switched to the answer
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)
    wait_state(qtbot, window, State.ASKING_FOLLOW_UP)
    return mic
