"""Plays a recorded answer with QtMultimedia and reports where it is, often enough to follow words.

The backend reports its position in steps (measured here: a new value every ~60-100 ms), and a
word lasts ~300 ms; so while playing, a 15 ms timer extrapolates from the last reported position
with a monotonic clock and the playback rate (never more than ``MAX_AHEAD_S`` past it), and
``position_changed`` carries seconds as a float. The highlight then lags the audio by about one
timer tick instead of one reporting step. With no audio output device (no sound card, no
audio server) the FFmpeg backend still plays on its own clock, silently: the transcript follows
and the page says why nothing is heard.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer

from simulator.ui import media

SPEEDS = (0.75, 1.0, 1.25, 1.5)
POLL_MS = 15
MAX_AHEAD_S = 0.25  # extrapolate at most this far past the last reported position
# A new report usually lands 20-30 ms behind the extrapolation: stepping back would send the
# highlight back a word and forward again (the benchmark's ~350 ms "lag" outliers), so while
# playing, a position this little behind the last one shown holds instead. Seeks still go back.
HOLD_BACK_S = MAX_AHEAD_S
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
        self._reported = (0.0, time.monotonic())  # (seconds, when reported)
        self._player.positionChanged.connect(self._reported_position)
        # Bound methods, not lambdas holding self: a lambda makes a cycle that Python's collector
        # cannot see through Qt, so a player with no parent would never be freed.
        self._player.durationChanged.connect(self._reported_duration)
        self._player.errorOccurred.connect(self._error)
        self._source: Path | None = None
        self._shown = 0.0  # the last position sent while playing
        self._rate = 1.0  # as asked: the player applies it a moment later (see media.py)

    @staticmethod
    def has_output_device() -> bool:
        return bool(QMediaDevices.audioOutputs())

    @property
    def media(self) -> QMediaPlayer:
        return self._player

    def load(self, path: Path | None) -> None:
        media.stop(self._player)
        self._shown = 0.0
        if path is not None and path == self._source:
            # The same recording shown again (after a re-score): opened anew while its first
            # open was under way, FFmpeg aborted that one ("Could not open media").
            return
        self._source = path
        media.set_source(self._player, media.file_url(path) if path else QUrl())

    def is_playing(self) -> bool:
        return self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    @property
    def has_source(self) -> bool:
        """A recording is loaded (typed and skipped answers have none)."""
        return self._source is not None

    def toggle(self) -> None:
        if self._source is None:
            return
        if self.is_playing():
            media.pause(self._player)
        else:
            if self._player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia:
                media.set_position(self._player, 0)
            media.play(self._player)

    def stop(self) -> None:
        media.stop(self._player)

    def position(self) -> float:
        """Seconds into the recording: the reported position, extrapolated while playing."""
        reported, at = self._reported
        if not self.is_playing():
            return self._player.position() / 1000.0
        ahead = min(MAX_AHEAD_S, (time.monotonic() - at) * self._rate)
        duration = self._player.duration() / 1000.0
        now = reported + max(0.0, ahead)
        return min(now, duration) if duration > 0 else now

    def _reported_position(self, ms: int) -> None:
        self._reported = (ms / 1000.0, time.monotonic())
        self._emit_position()

    def _reported_duration(self, ms: int) -> None:
        self.duration_changed.emit(ms / 1000.0)

    def seek(self, seconds: float) -> None:
        if self._source is None:
            return
        duration = self._player.duration() / 1000.0
        seconds = max(0.0, min(seconds, duration if duration > 0 else seconds))
        media.set_position(self._player, int(seconds * 1000))
        self._reported = (seconds, time.monotonic())
        self._shown = seconds
        self.position_changed.emit(seconds)

    def step(self, direction: int) -> None:
        self.seek(self.position() + direction * STEP_S)

    def set_speed(self, rate: float) -> None:
        self._rate = rate
        media.set_rate(self._player, rate)

    def speed(self) -> float:
        return self._rate

    def _emit_position(self) -> None:
        seconds = self.position()
        if self.is_playing() and self._shown - HOLD_BACK_S < seconds < self._shown:
            seconds = self._shown  # a report trailing the extrapolation: no step back
        self._shown = seconds
        self.position_changed.emit(seconds)

    def _state_changed(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        if playing:
            self._poll.start()
        else:
            self._poll.stop()
            self._emit_position()
        self.playing_changed.emit(playing)

    def _error(self, _error: QMediaPlayer.Error, message: str) -> None:
        """What happened to the file, when it can be told (deleted or overwritten since the
        page opened: FFmpeg says 'Could not open file' of every kind), else the player's words."""
        from simulator.core.recording_check import recording_notice, recording_problem

        problem = recording_problem(self._source) if self._source is not None else None
        if self._source is not None and problem:
            self.failed.emit(recording_notice(self._source, problem))
            return
        self.failed.emit(f"Cannot play {self._source}: {message or 'unknown error'}")
