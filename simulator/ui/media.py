"""Commands to a QMediaPlayer, sent through Qt's event loop so the GUI thread never deadlocks.

Qt's FFmpeg backend tears its renderers down on its own threads. A renderer being destroyed
tells each sender it was connected to, and when a sender was made from Python (our
QAudioOutput) PySide takes the GIL for that call. If the GUI thread meanwhile calls
``QMediaPlayer.stop()`` (or ``setSource``, which stops) from Python, it holds the GIL while it
waits for the renderer's connection lock: each waits for the other, for good. Seen here
about once in a hundred stops on one core, and it froze the whole window (and the CI run).

A queued invocation runs the C++ slot from the event loop, which PySide enters without the
GIL held, so the renderer thread can take it and finish. The call happens a moment later, in
the order sent; callers keep what they need to know (rate, source) themselves.
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Q_ARG, QMetaObject, Qt, QUrl

from simulator.core.qt_names import for_qt

if TYPE_CHECKING:  # Qt Multimedia loads when a player is first made, not at start-up
    from PySide6.QtMultimedia import QMediaPlayer

_QUEUED = Qt.ConnectionType.QueuedConnection


def play(player: QMediaPlayer) -> None:
    QMetaObject.invokeMethod(player, "play", _QUEUED)


def pause(player: QMediaPlayer) -> None:
    QMetaObject.invokeMethod(player, "pause", _QUEUED)


def stop(player: QMediaPlayer) -> None:
    QMetaObject.invokeMethod(player, "stop", _QUEUED)


def file_url(path: str | os.PathLike[str]) -> QUrl:
    """The URL Qt opens ``path`` by (the same bytes, in any locale: ``qt_names``); an empty
    one when no text names it for Qt."""
    text = for_qt(path)
    return QUrl.fromLocalFile(text) if text is not None else QUrl()


def set_source(player: QMediaPlayer, url: QUrl) -> None:
    QMetaObject.invokeMethod(player, "setSource", _QUEUED, Q_ARG(QUrl, url))


def set_position(player: QMediaPlayer, ms: int) -> None:
    QMetaObject.invokeMethod(player, "setPosition", _QUEUED, Q_ARG("qint64", ms))


def set_rate(player: QMediaPlayer, rate: float) -> None:
    QMetaObject.invokeMethod(player, "setPlaybackRate", _QUEUED, Q_ARG(float, rate))


def stop_and_settle(players: list[QMediaPlayer], timeout_s: float = 2.0) -> None:
    """Stop ``players`` and run the event loop until they have stopped (at most ``timeout_s``).

    For closing: a player destroyed while it plays or is paused tears its renderers down
    then, and if that happens under a Python call (the window's teardown) it meets the same
    deadlock. Stopped first, nothing is left to tear down. ``processEvents`` runs without the
    GIL, so the queued stops land."""
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtMultimedia import QMediaPlayer

    for player in players:
        stop(player)
    deadline = time.monotonic() + timeout_s
    stopped = QMediaPlayer.PlaybackState.StoppedState
    while time.monotonic() < deadline and any(p.playbackState() != stopped for p in players):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 20)


def load_native_libraries() -> None:
    """Map Qt Multimedia's FFmpeg plugin and the libraries it needs (FFmpeg, Qt Quick, VA-API)
    with the GIL released; call it off the GUI thread. Qt loads the plugin with the first
    device query or player, on the GUI thread, holding the GIL: 12-100 ms there (the
    interviewer's first question stalled the window 44-86 ms); once mapped, that load takes
    5-9 ms. Nothing happens where the plugin is not found."""
    import glob
    import os
    import sys

    import PySide6

    from simulator.memory import dlopen_without_gil

    pattern = os.path.join(os.path.dirname(PySide6.__file__), "Qt", "plugins", "multimedia", "*")
    for plugin in glob.glob(pattern):
        if "ffmpeg" in os.path.basename(plugin):
            dlopen_without_gil(plugin, sys.getdlopenflags())
