"""Settings → Interviewer: hear the chosen voice at the chosen rate before saving.

The sample is rendered by the speaker's own thread (``render_with``: it does not change the voice
in use) and played by Qt; the GUI thread never waits for either.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QWidget

from simulator.ui import media
from simulator.ui.tasks import app_tasks
from simulator.ui.widgets.common import button, label, name

SAMPLE = (
    "Hello, I will be your interviewer today. Tell me about a machine learning project "
    "you are proud of."
)


class VoicePreview(QWidget):
    """A Preview button and a line saying what happened."""

    def __init__(
        self, speaker: Any, choice: Callable[[], tuple[str, int]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._speaker = speaker
        self._choice = choice  # the (voice id, words per minute) shown in the dialog now
        self._runner = app_tasks()
        self._player: Any = None
        self._rendering = False  # a sample is being made: a second press waits for it
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.button = button(
            "&Preview",
            "previewVoice",
            None,
            self.preview,
            "Hear the chosen voice at the chosen speaking rate",
        )
        self.status = label("", "hint")
        name(self.status, "previewStatus", "Voice preview status")
        row.addWidget(self.button)
        row.addWidget(self.status, 1)
        render_with = getattr(speaker, "render_with", None)
        self.button.setEnabled(render_with is not None)
        if render_with is None:
            self.status.setText("The voice is off: no speech engine could start.")

    def preview(self) -> None:
        # Not disabled while the sample is made: a focused button disabled hands the keyboard
        # to the next control, and Space pressed again to hear the sample unticked "Ask a
        # follow-up" (ux29). A press meanwhile is ignored; the line says what is going on.
        if self._rendering:
            return
        voice_id, rate = self._choice()
        self._rendering = True
        self.status.setText("Preparing the sample…")
        self._runner.watch(
            self._speaker.render_with(SAMPLE, voice_id=voice_id, rate=rate),
            on_done=self._play,
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self._rendering = False
        self.status.setText(f"Could not render the sample: {exc}")

    def _play(self, path: Path) -> None:
        from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer

        self._rendering = False
        if not QMediaDevices.audioOutputs():
            self.status.setText(
                "The sample was rendered, but no audio output device was found to play it."
            )
            return
        if self._player is None:
            self._player = QMediaPlayer(self)
            self._player.setAudioOutput(QAudioOutput(self._player))
        media.stop(self._player)
        media.set_source(self._player, media.file_url(path))
        media.play(self._player)
        self.status.setText("Playing the sample…")

    def stop(self) -> None:
        """Stopped and settled: the dialog closing next must not destroy a playing player."""
        if self._player is not None:
            media.stop_and_settle([self._player])
