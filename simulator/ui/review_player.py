"""Plays a recorded answer with QtMultimedia and reports where it is, often enough to follow words.

``QMediaPlayer.positionChanged`` arrives only every ~250 ms or so on some backends; a word lasts
~300 ms, so while playing a 25 ms timer reads ``position()`` as well (a cheap call) and
``position_changed`` carries seconds as a float. With no audio output device (no sound card, no
audio server) the FFmpeg backend still plays on its own clock, silently: the transcript follows
and the page says why nothing is heard.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer

SPEEDS = (0.75, 1.0, 1.25, 1.5)
POLL_MS = 25
STEP_S = 5.0


class ReviewPlayer(QObject):
    position_changed = Signal(float)  # seconds
    playing_changed = Signal(bool)
    duration_changed = Signal(float)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player = QMediaPlayer(self)
        self._output = QAudioOutput(self)
        self._player.setAudioOutput(self._output)
        if (
            self._player.pitchCompensationAvailability()
            != QMediaPlayer.PitchCompensationAvailability.Unavailable
        ):
            self._player.setPitchCompensation(True)  # 1.5x sounds faster, not higher
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._emit_position)
        self._player.playbackStateChanged.connect(self._state_changed)
        self._player.positionChanged.connect(lambda _ms: self._emit_position())
        self._player.durationChanged.connect(lambda ms: self.duration_changed.emit(ms / 1000.0))
        self._player.errorOccurred.connect(self._error)
        self._source: Path | None = None

    @staticmethod
    def has_output_device() -> bool:
        return bool(QMediaDevices.audioOutputs())

    @property
    def media(self) -> QMediaPlayer:
        return self._player

    def load(self, path: Path | None) -> None:
        self._player.stop()
        self._source = path
        self._player.setSource(QUrl.fromLocalFile(str(path)) if path else QUrl())

    def is_playing(self) -> bool:
        return self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def toggle(self) -> None:
        if self._source is None:
            return
        if self.is_playing():
            self._player.pause()
        else:
            if self._player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia:
                self._player.setPosition(0)
            self._player.play()

    def stop(self) -> None:
        self._player.stop()

    def position(self) -> float:
        return self._player.position() / 1000.0

    def seek(self, seconds: float) -> None:
        if self._source is None:
            return
        duration = self._player.duration() / 1000.0
        seconds = max(0.0, min(seconds, duration if duration > 0 else seconds))
        self._player.setPosition(int(seconds * 1000))
        self.position_changed.emit(seconds)

    def step(self, direction: int) -> None:
        self.seek(self.position() + direction * STEP_S)

    def set_speed(self, rate: float) -> None:
        self._player.setPlaybackRate(rate)

    def speed(self) -> float:
        return float(self._player.playbackRate())

    def _emit_position(self) -> None:
        self.position_changed.emit(self.position())

    def _state_changed(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        if playing:
            self._poll.start()
        else:
            self._poll.stop()
            self._emit_position()
        self.playing_changed.emit(playing)

    def _error(self, _error: QMediaPlayer.Error, message: str) -> None:
        self.failed.emit(f"Cannot play {self._source}: {message or 'unknown error'}")
