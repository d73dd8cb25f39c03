"""The interviewer's voice is built, and asked for speech, off the GUI thread: building it
imports the voice engines (tens of ms), which froze the window as the first question was read."""

from __future__ import annotations

import threading
from concurrent.futures import Future
from pathlib import Path

from simulator.speech.deferred import DeferredSpeaker
from simulator.speech.tts import SpeechUnavailable, Voice
from simulator.ui.interviewer_voice import InterviewerVoice
from simulator.ui.tasks import TaskManager


class _Silent:
    """A speaker that cannot speak here (so nothing is played in the test process)."""

    def __init__(self, calls: list[tuple[str, int]]) -> None:
        self._calls = calls

    def render(self, text: str) -> Future[Path]:
        return self.render_parts(text)[0]

    def render_parts(self, text: str) -> list[Future[Path]]:
        self._calls.append(("render", threading.get_ident()))
        failed: Future[Path] = Future()
        failed.set_exception(SpeechUnavailable("no voice in this test"))
        return [failed]

    def render_ahead(self, text: str) -> list[Future[Path]]:
        self._calls.append(("ahead", threading.get_ident()))
        return []

    def voices(self) -> Future[list[Voice]]:
        none: Future[list[Voice]] = Future()
        none.set_result([])
        return none

    def configure(self, voice_id: str | None = None, rate: int | None = None) -> None:
        pass

    def close(self) -> None:
        pass


def test_the_voice_is_built_and_asked_off_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[str, int]] = []

    built = threading.Event()

    def build() -> _Silent:  # slow, as importing the engines is: asked for twice meanwhile
        calls.append(("build", threading.get_ident()))
        built.wait(5)
        return _Silent(calls)

    tasks = TaskManager()
    voice = InterviewerVoice(DeferredSpeaker(build), tasks)
    said: list[bool] = []
    voice.prepare("The next question.")
    voice.say("The question.", lambda: said.append(True))
    built.set()
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert tasks.shutdown(5000)
    assert {what for what, _ in calls} == {"build", "render", "ahead"}
    assert threading.get_ident() not in {thread for _, thread in calls}
