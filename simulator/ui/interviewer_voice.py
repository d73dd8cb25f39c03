"""The interviewer's voice: text rendered to WAV off the GUI thread, then played by Qt."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from simulator.core.session.ports import COMPUTE
from simulator.speech.tts import Speaker
from simulator.ui import media
from simulator.ui.tasks import TaskManager

PRELOAD_AFTER_MS = 2000
NO_OUTPUT = "No audio output device was found, so questions are shown as text only."

log = logging.getLogger(__name__)


class InterviewerVoice(QObject):
    # True from the moment a text is sent to the voice (rendered first, then played) to its end
    speaking_changed = Signal(bool)
    # a part has begun to play: the voice is heard from now on (until speaking_changed(False));
    # before, it is being prepared (rendering took seconds on a busy machine, in silence)
    sound_started = Signal()
    notice_posted = Signal(str)  # why the voice is not heard (shown once per reason)

    def __init__(
        self, speaker: Speaker | None, tasks: TaskManager, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._speaker = speaker
        self._tasks = tasks
        self._player: Any = None
        self._status_slot: Callable[[Any], None] | None = None
        self._token = 0
        self._told: set[str] = set()
        self.enabled = True
        self._devices: Any = None  # QMediaDevices, once asked: tells when outputs change
        self._has_output = False
        self._warming = False
        if speaker is not None:
            QTimer.singleShot(PRELOAD_AFTER_MS, self._warm_up)

    def _warm_up(self) -> None:
        """Soon after start-up, off the GUI thread: build the speaker (importing its engines)
        and load its voice model (Piper: ~1 s), and map Qt Multimedia's libraries; then the
        first audio-output query, here, costs a few ms. Done when the first question is read,
        the window froze 44-86 ms for them."""
        if self._warming:
            return
        self._warming = True
        speaker = self._speaker

        def warm_up() -> None:
            media.load_native_libraries()
            preload = getattr(speaker, "preload", None)  # a DeferredSpeaker builds here
            if preload is not None:
                preload()

        self._tasks.submit(
            warm_up,
            on_done=self._warmed,
            on_error=lambda exc: log.warning("the voice could not be prepared: %s", exc),
            lane=COMPUTE,
        )

    def _warmed(self, _none: object) -> None:
        self._output_available()

    def _output_available(self) -> bool:
        """Whether an audio output exists: asked once, then kept up to date by Qt's
        ``audioOutputsChanged`` (each query went to the sound server, on the GUI thread)."""
        if self._devices is None:
            from PySide6.QtMultimedia import QMediaDevices

            self._devices = QMediaDevices(self)
            self._devices.audioOutputsChanged.connect(self._outputs_changed)
            self._outputs_changed()
        return self._has_output

    def _outputs_changed(self) -> None:
        from PySide6.QtMultimedia import QMediaDevices

        self._has_output = bool(QMediaDevices.audioOutputs())

    def known_unheard(self) -> bool:
        """Whether Qt has already said there is no audio output to play to (never asks)."""
        return self._devices is not None and not self._has_output

    @property
    def available(self) -> bool:
        return self._speaker is not None and self.enabled

    def say(self, text: str, then: Callable[[], None], unheard_wait_s: float = 0.0) -> None:
        """Read ``text`` aloud if the voice is on and audio can be played, then call ``then``.

        The text is rendered sentence by sentence: the first sentence plays as soon as it is
        ready while the next ones render. ``then`` is called exactly once, unless ``stop()``
        cancels it first. When nothing of it could be heard (no audio output, or it could not
        be rendered), ``then`` waits ``unheard_wait_s``: the introduction, read on screen
        instead, passed in under a second."""
        self._token += 1
        token = self._token
        done = self._once(token, then)
        if not self.available:
            QTimer.singleShot(0, done)
            return
        speaker = self._speaker
        assert speaker is not None
        self._warm_up()  # an interview started within PRELOAD_AFTER_MS: not later than now
        wait_ms = round(unheard_wait_s * 1000)
        if self.known_unheard():
            # Known to be unheard: rendering it first showed "Interviewer is speaking" and
            # "Listen to the question" for seconds (longer on a busy machine) in silence.
            self._tell(NO_OUTPUT)
            QTimer.singleShot(wait_ms, done)
            return
        self.speaking_changed.emit(True)

        def unheard() -> None:  # the text stays on screen as long as it takes to read it
            if token == self._token:
                self.speaking_changed.emit(False)  # nobody is heard speaking meanwhile
                QTimer.singleShot(wait_ms, done)

        if getattr(speaker, "built", True):
            self._play_parts(token, speaker.render_parts(text), done, unheard=unheard)
            return

        def failed(exc: BaseException) -> None:
            self._tell(f"Questions are shown as text: {exc}")
            unheard()

        def render_parts() -> list[Future[Path]]:
            # Not built yet (a DeferredSpeaker): building imports the engines, and the player
            # that plays the first part needs Qt Multimedia's libraries: both off the GUI thread.
            media.load_native_libraries()
            return speaker.render_parts(text)

        self._tasks.submit(
            render_parts,
            on_done=lambda parts: self._play_parts(token, parts, done, unheard=unheard),
            on_error=failed,
            lane=COMPUTE,
        )

    def _play_parts(
        self,
        token: int,
        parts: list[Future[Path]],
        done: Callable[[], None],
        played: int = 0,
        *,
        unheard: Callable[[], None],
    ) -> None:
        """Play ``parts`` in order; a part that failed is skipped (said once), the end calls done
        (``unheard`` instead when not one part could be played)."""
        if token != self._token:
            return
        if not parts:
            (done if played else unheard)()
            return
        first, rest = parts[0], parts[1:]

        def rendered(path: Path) -> None:
            if token != self._token:
                return
            self._tell_fallback()

            def then_next() -> None:
                self._play_parts(token, rest, done, played + 1, unheard=unheard)

            if not self._play(path, then_next):
                # no audio output: the text is shown, nothing more to play
                (done if played else unheard)()
            elif played == 0:
                self.sound_started.emit()

        def failed(exc: BaseException) -> None:
            if played == 0 and not rest:
                self._tell(f"Questions are shown as text: {exc}")
            self._play_parts(token, rest, done, played, unheard=unheard)

        self._tasks.watch(first, on_done=rendered, on_error=failed)

    def prepare(self, text: str) -> None:
        """Render ``text`` now so it plays at once when asked for (the next question)."""
        if self.available:
            speaker = self._speaker
            assert speaker is not None
            self._warm_up()

            def render_ahead() -> None:
                getattr(speaker, "render_ahead", speaker.render_parts)(text)

            if getattr(speaker, "built", True):
                render_ahead()
            else:  # building it imports the engines: off the GUI thread
                self._tasks.submit(render_ahead, lane=COMPUTE)

    def stop(self) -> None:
        self._token += 1
        if self._player is not None:
            media.stop(self._player)
        self.speaking_changed.emit(False)

    def _once(self, token: int, then: Callable[[], None]) -> Callable[[], None]:
        def done() -> None:
            if token == self._token:
                self._token += 1  # later signals for this utterance are ignored
                self.speaking_changed.emit(False)
                then()

        return done

    def _tell_fallback(self) -> None:
        """The natural voice failed and espeak-ng speaks instead: said once, with why. A Piper
        model cut short (an interrupted install) was replaced by espeak-ng's robotic voice
        without a word, while Settings still named Joe (attack run 52)."""
        reason = getattr(self._speaker, "fallback_reason", "")
        if isinstance(reason, str) and reason:
            self._tell(f"{reason[0].upper()}{reason[1:]}: espeak-ng reads the questions instead.")

    def _tell(self, message: str) -> None:
        if message not in self._told:
            self._told.add(message)
            self.notice_posted.emit(message)

    def _play(self, path: Path, finished: Callable[[], None]) -> bool:
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        if not self._output_available():
            self._tell(NO_OUTPUT)
            return False
        if self._player is None:
            self._player = QMediaPlayer(self)
            self._player.setAudioOutput(QAudioOutput(self._player))
        player = self._player
        if self._status_slot is not None:  # the previous part's (disconnecting nothing warns)
            with contextlib.suppress(RuntimeError, TypeError):
                player.mediaStatusChanged.disconnect(self._status_slot)

        def status(s: QMediaPlayer.MediaStatus) -> None:
            if s in (QMediaPlayer.MediaStatus.EndOfMedia, QMediaPlayer.MediaStatus.InvalidMedia):
                finished()

        self._status_slot = status
        player.mediaStatusChanged.connect(status)
        media.set_source(player, media.file_url(path))
        media.play(player)
        return True
