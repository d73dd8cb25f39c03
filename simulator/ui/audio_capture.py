"""The capture thread of a recording: QAudioSource, WAV writer, VAD and watchdog (no GUI).

``AudioInput`` (audio_input.py) starts one ``_Capture`` per recording and receives its events
through an outbox; every write, fsync and VAD step happens on the capture thread.
"""

from __future__ import annotations

from simulator.ui.audio_backend import configure_audio_backend

configure_audio_backend()

import atexit  # noqa: E402
import logging  # noqa: E402
import math  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from collections import deque  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

import shiboken6  # noqa: E402
from PySide6.QtCore import (  # noqa: E402
    QEventLoop,
    QIODevice,
    QObject,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtMultimedia import (  # noqa: E402
    QAudioDevice,
    QAudioFormat,
    QAudioSource,
)

from simulator.core.tables import WHERE_MICROPHONE_IS_CHOSEN  # noqa: E402
from simulator.speech import audio_server  # noqa: E402
from simulator.speech.audiofile import SAMPLE_RATE  # noqa: E402
from simulator.speech.recorder import SAMPLE_WIDTH, WavWriter  # noqa: E402
from simulator.speech.vad import AnswerEnded, EnergyVad, meter_level  # noqa: E402

BUFFER_S = 5.0
# A live input delivers data every few tens of ms; this long without any means it is gone
# (PulseAudio's own start-up can take over a second, hence the longer grace before the first data).
STALL_TIMEOUT_S = 3.0
FIRST_DATA_TIMEOUT_S = 6.0
# A device that has not opened after this long is given up (opening takes a few ms).
OPEN_TIMEOUT_S = 2.0
# A blocking stop() waits this long for the capture thread to write the last audio and close.
CLOSE_TIMEOUT_S = 5.0
# A pause or a stop waits at most this long for the audio heard before it was asked, still on
# its way from the audio server (it comes in fragments: ~0.15 s was lost at each pause).
DRAIN_MAX_S = 2.0
# How often the audio server is asked where the recording reads from (``audio_server``): Qt's
# device list goes stale, and the server moves a recording whose microphone was unplugged to
# another input without a word. The first look comes at the first watchdog tick (a stale
# device may have opened elsewhere).
SOURCE_CHECK_TICKS = 4  # of the watchdog's 500 ms

_log = logging.getLogger(__name__)
# Quitting (``settle``): how often the GUI thread looks whether the file is closed, and how long
# it then waits for the capture threads to end.
SETTLE_POLL_MS = 10
# Capture threads that did not finish in time: kept referenced, since destroying a running QThread
# aborts the process.
_STUCK: list[_Capture] = []
# Recordings over for the GUI thread whose capture thread is still ending (``_Capture.retire``).
_ENDING: list[_Capture] = []


def _has_error(source: QAudioSource) -> bool:
    # Compared by name: PySide 6.12 returns QtAudio.Error, which is not equal to QAudio.Error.
    return source.error().name != "NoError"


def _pcm_format() -> QAudioFormat:
    fmt = QAudioFormat()
    fmt.setSampleRate(SAMPLE_RATE)
    fmt.setChannelCount(1)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return fmt


def _unplugged(
    device: QAudioDevice,
    inputs: tuple[QAudioDevice, ...],
    known: dict[int, audio_server.Source],
) -> bool:
    """Does the server lack ``device``, which Qt still lists? Asked only when Qt names its
    inputs as the server does (``audio_server.still_present``): under Qt's ALSA or PipeWire
    backend no id is a server name, and every recording failed "not connected" (review33)."""
    ids = [device_id(device), *(device_id(d) for d in inputs)]
    if not inputs:  # nothing to tell the naming by: the server's names are taken as Qt's
        return ids[0] not in {s.name for s in known.values()}
    microphones = {s.name for s in known.values() if not s.monitor}  # what Qt lists
    return not audio_server.still_present(ids, microphones)[0]


def _default_microphone(
    known: dict[int, audio_server.Source], inputs: tuple[QAudioDevice, ...]
) -> QAudioDevice | None:
    """The server's default source as Qt lists it in ``inputs``, when it is a microphone (not
    the speakers' monitor)."""
    default = audio_server.default_source()
    if default is None or default not in {s.name for s in known.values() if not s.monitor}:
        return None
    for candidate in inputs:
        if device_id(candidate) == default:
            return candidate
    return None


def device_id(device: QAudioDevice) -> str:
    """The device's id as text: the audio server's name of it (``audio_server.Source.name``)."""
    return bytes(device.id().data()).decode(errors="replace")


def _not_written_message(path: Path, exc: OSError) -> str:
    return (
        f"Recording stopped: cannot write {path} ({exc.strerror or exc}). The answer recorded "
        "so far is kept."
    )


def _lost_message(device: QAudioDevice, path: Path, why: str) -> str:
    return (
        f"Microphone '{device.description()}' stopped working {why}. "
        f"The answer recorded so far is kept in {path}."
    )


class _Requests(QObject):
    """GUI-thread end of the requests to a capture worker (queued to the capture thread)."""

    open = Signal()
    finish = Signal()
    lose = Signal(str)
    # Asked at this time.monotonic(): the audio heard before it is kept (see _Drain).
    finish_at = Signal(float)
    pause = Signal(float)
    resume = Signal()


class _Capture:
    """One recording: its capture thread and worker, and the outbox the worker fills.

    The worker appends events to the outbox and signals ``pending`` when it was empty; the GUI
    thread takes them in order (audio chunks that queued up meanwhile come out joined). Both
    ``opened`` and ``closed`` (the file closed) are set by the worker: the blocking forms
    (``AudioInput.start``/``stop``, for tools and tests) wait for them, the window never does.
    """

    def __init__(
        self,
        device: QAudioDevice,
        path: Path,
        end_silence_s: float,
        inputs: tuple[QAudioDevice, ...],
    ) -> None:
        self.path = path
        self._device = device  # behind ``_lock``: see ``device``
        # Qt's inputs as the GUI thread last listed them (behind ``_lock``: see ``inputs``).
        # Given by every caller (review33): an empty default left the worker no microphone to
        # move to when the asked one was unplugged, and no way to tell the naming of ids.
        self._inputs = inputs
        self.duration_s = 0.0  # written by the worker, read by the GUI thread
        # The file the worker made (its name can differ from ``path`` until the source opens:
        # the name taken); written by the worker as soon as it exists, read by the GUI thread.
        self.created: Path | None = None
        self.open_error: str | None = None
        self.announced = False  # recording_started was emitted (GUI thread only)
        self.opened = threading.Event()
        self.closed = threading.Event()
        self._lock = threading.Lock()
        self._outbox: deque[tuple[str, object]] = deque()
        self._signalled = False
        self.thread = QThread()
        self.thread.setObjectName("audio-capture")
        self.worker = _CaptureWorker(self, end_silence_s)
        self.worker.moveToThread(self.thread)
        self.requests = _Requests()
        self.requests.open.connect(self.worker.open)
        self.requests.finish.connect(self.worker.finish)
        self.requests.finish_at.connect(self.worker.finish_at)
        self.requests.lose.connect(self.worker.lose)
        self.requests.pause.connect(self.worker.pause)
        self.requests.resume.connect(self.worker.resume)

    @property
    def device(self) -> QAudioDevice:
        """The microphone recorded from. The worker changes it (the asked one unplugged: the
        server records from another) while the GUI thread reads it for its messages and its
        device-list checks, so both go through the lock."""
        with self._lock:
            return self._device

    @device.setter
    def device(self, device: QAudioDevice) -> None:
        with self._lock:
            self._device = device

    @property
    def inputs(self) -> tuple[QAudioDevice, ...]:
        """Qt's audio inputs as the GUI thread listed them when the recording was asked for and
        whenever Qt said they changed: the worker looks a device up among them. QMediaDevices
        belongs to the GUI thread (review31 found ``audioInputs()`` called on the capture
        thread), so the worker never asks Qt itself."""
        with self._lock:
            return self._inputs

    @inputs.setter
    def inputs(self, inputs: tuple[QAudioDevice, ...]) -> None:
        with self._lock:
            self._inputs = inputs

    def post(self, *events: tuple[str, object]) -> bool:
        """Worker side: queue events; True when the GUI thread needs a nudge."""
        with self._lock:
            self._outbox.extend(events)
            nudge, self._signalled = not self._signalled, True
        return nudge

    def take(self) -> tuple[str, object] | None:
        """GUI side: the next event (adjacent audio chunks joined), None when there is none."""
        with self._lock:
            if not self._outbox:
                self._signalled = False
                return None
            kind, value = self._outbox.popleft()
            if kind == "audio":
                chunks = [value]
                while self._outbox and self._outbox[0][0] == "audio":
                    chunks.append(self._outbox.popleft()[1])
                value = b"".join(chunks) if len(chunks) > 1 else value  # type: ignore[arg-type]
            return kind, value

    def abandon(self) -> None:
        """Ask the worker to close, without waiting (a stuck device); kept referenced.

        The thread is not told to quit here: its event loop would end without the close asked
        (a device that opens late kept its file open); the worker ends it once closed
        (``_CaptureWorker._end``)."""
        if not self.thread.isFinished():
            self.requests.finish.emit()
            _STUCK.append(self)

    def retire(self) -> None:
        """The recording is over for the GUI thread: the worker closes (when it has not) and
        ends its thread by itself; nothing waits for that here. Waiting, as ``shut_down``
        does, held the GUI thread while the device stopped (up to ``CLOSE_TIMEOUT_S`` twice;
        a device that never answers its stop). Kept referenced until the thread has ended:
        destroying a running QThread aborts the process."""
        if self.thread.isFinished():
            return
        if not self.closed.is_set():
            self.requests.finish.emit()
        _ENDING[:] = [c for c in _ENDING if not c.thread.isFinished()]
        _ENDING.append(self)

    def shut_down(self, asked_at: float | None = None) -> None:
        """Have the worker write what is buffered (with ``asked_at``: what was heard until
        then, which may still be on its way) and close the file; end the thread."""
        if self.thread.isFinished():
            return
        if asked_at is None:
            self.requests.finish.emit()
        else:
            self.requests.finish_at.emit(asked_at)
        closed = self.closed.wait(CLOSE_TIMEOUT_S)
        self.thread.quit()
        if not (closed and self.thread.wait(int(CLOSE_TIMEOUT_S * 1000))):
            _not_stopped(self, CLOSE_TIMEOUT_S)
            _STUCK.append(self)


def settle(capture: _Capture, timeout_s: float | None = None) -> bool:
    """Close ``capture``'s file now, without blocking the GUI thread: for quitting.

    ``shut_down`` waits on the GUI thread for the worker (a stop reads on for up to
    ``DRAIN_MAX_S`` for the last words, then stops the device: 0.1-0.35 s measured, 2 s at
    most), and the window froze meanwhile. Here nothing more is read (the answer under way is
    not kept when the person quits: ``quit_confirm`` says so) and the GUI thread runs its event
    loop (no user input) until this capture thread and every one still ending (``_ENDING``,
    ``_STUCK``: the device's stop comes after the file is closed and can take seconds) have
    ended, at most ``timeout_s`` (``CLOSE_TIMEOUT_S``) in all: a QThread still running when the
    app exits aborts it.
    One left running after that is kept alive to the end (``_keep_running_at_exit``). True
    when the file was closed."""
    capture.requests.finish.emit()
    # (0 is a bound of its own, no wait: ``timeout_s or ...`` read it as the 5 s default)
    timeout_s = CLOSE_TIMEOUT_S if timeout_s is None else timeout_s
    _wait_for_threads([capture, *_ENDING, *_STUCK], timeout_s)
    if not capture.thread.isFinished():
        if capture.closed.is_set():
            capture.thread.quit()  # (the worker has ended it already: here for a late loop)
        _not_stopped(capture, timeout_s)
        _STUCK.append(capture)
    return capture.closed.is_set()


def _not_stopped(capture: _Capture, waited_s: float) -> None:
    """Say, in the app's log (logs/app.log; it was a line on stderr only, which a window
    started from the desktop shows nobody), which microphone did not stop, and whether its
    file was closed: a closed file holds every sample heard, an open one is repaired when
    the answer is read (the WAV header)."""
    name = capture.device.description() or "the microphone"
    state = "its file is closed" if capture.closed.is_set() else "its file is still open"
    _log.warning(
        "audio capture from %s for %s did not stop in time (%.1f s): %s; its thread is left "
        "to end with the app",
        name,
        capture.path,
        waited_s,
        state,
    )


def _wait_for_threads(captures: list[_Capture], timeout_s: float) -> None:
    """Run the GUI thread's event loop (no user input) until every capture thread of
    ``captures`` has ended, at most ``timeout_s``."""

    def running() -> bool:
        return any(not c.thread.isFinished() for c in captures)

    if not running():
        return
    loop = QEventLoop()
    poll = QTimer()
    deadline = time.monotonic() + timeout_s

    def check() -> None:
        if not running() or time.monotonic() >= deadline:
            loop.quit()

    poll.timeout.connect(check)
    poll.start(SETTLE_POLL_MS)
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    poll.stop()


@atexit.register
def _keep_running_at_exit() -> None:
    """The process ends while a capture thread still runs (a device that never answers its
    stop): its QThread must not be destroyed, which aborts the process ('QThread: Destroyed
    while thread is still running'). Python's exit has PySide delete every object Python owns,
    so each such thread is handed to the main thread's own QThread object, which Qt keeps to
    the process's end: it is never destroyed, and ends with the process. Its file was closed
    before the device's stop, so nothing recorded is lost."""
    main = QThread.currentThread()
    for capture in {id(c): c for c in (*_STUCK, *_ENDING)}.values():
        if shiboken6.isValid(capture.thread) and not capture.thread.isFinished():
            capture.thread.setParent(main)


class _Drain:
    """A pause or a stop asked at ``asked_at`` (``time.monotonic``): the audio heard until then
    is still on its way from the audio server, which hands it over in fragments. Reading goes on
    until the recording reaches that moment, at most ``DRAIN_MAX_S``; nothing after it is kept.
    ``then`` is what follows: ``"pause"`` (hold) or ``"finish"`` (close the file)."""

    def __init__(self, asked_at: float, then: str, generation: int) -> None:
        self.asked_at, self.then, self.generation = asked_at, then, generation


class _CaptureWorker(QObject):
    """Lives on the capture thread: QAudioSource, WavWriter (writes, fsync), VAD and watchdog."""

    pending = Signal()  # events are waiting in the outbox

    def __init__(self, capture: _Capture, end_silence_s: float) -> None:
        super().__init__()
        self._capture = capture
        self._end_silence_s = end_silence_s
        self._home = self.thread()  # where it returns when done, to be deleted there
        self._source: QAudioSource | None = None
        self._io: QIODevice | None = None
        self._writer: WavWriter | None = None
        self._vad = EnergyVad(end_silence_s=end_silence_s)
        self._watchdog: QTimer | None = None
        self._ticks_without_data = 0
        self._got_data = False
        self._closing = False
        self._paused = False
        # Where the audio stands against the wall clock, for a pause or a stop to wait for
        # what was heard before it: the file's duration when this run of the device began
        # (opened or resumed), and when the run's first sample was heard, estimated as the
        # earliest (read time - audio read so far) of the run (each read lags behind by the
        # fragment the server was filling, so the earliest is the closest).
        self._run_start_s = 0.0
        self._first_sample_at = math.inf
        self._drain: _Drain | None = None
        self._drains = 0
        self._clock = time.monotonic  # the clock the pause and stop times are read on
        self._source_watch: audio_server.SourceWatch | None = None
        self._watchdog_ticks = 0  # for the source checks, every SOURCE_CHECK_TICKS

    @Slot()
    def open(self) -> None:
        capture, device = self._capture, self._capture.device
        try:
            writer = WavWriter(capture.path)
        except OSError as exc:
            return self._fail(
                f"Cannot write the recording {capture.path}: {exc.strerror or exc}. Nothing was "
                "recorded."
            )
        capture.created = writer.path
        moved: str | None = None
        known = audio_server.sources()
        if known is not None and _unplugged(device, capture.inputs, known):
            # Qt still lists a microphone unplugged since it last looked (opening it would
            # fail): the server knows better, and records from its default microphone.
            instead = _default_microphone(known, capture.inputs)
            if instead is None:
                writer.close()
                writer.path.unlink(missing_ok=True)
                return self._fail(
                    f"Microphone '{device.description()}' is not connected "
                    f"{WHERE_MICROPHONE_IS_CHOSEN}. Type your answer instead."
                )
            moved = (
                f"Microphone '{device.description()}' is not connected. Recording from "
                f"'{instead.description()}' instead."
            )
            capture.device = device = instead
        source, io, error = self._start_source(device)
        if source is None or io is None:
            writer.close()
            writer.path.unlink(missing_ok=True)
            return self._fail(
                f"Cannot open microphone '{device.description()}' ({error}). "
                "Check that no other program holds it, or type your answer instead."
            )
        self._source_watch = audio_server.SourceWatch(capture.device.description())
        self._source, self._io, self._writer = source, io, writer
        io.readyRead.connect(self._read)
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(500)
        self._watchdog.timeout.connect(self._on_watchdog)
        self._watchdog.start()
        if writer.path != capture.path:  # its name was taken: the audio goes beside it
            self._post(("elsewhere", (str(capture.path), str(writer.path), writer.taken)))
            capture.path = writer.path
        capture.opened.set()
        self._post(("opened", str(capture.path)))
        if moved is not None:
            self._post(("moved", moved))

    def _start_source(
        self, device: QAudioDevice
    ) -> tuple[QAudioSource | None, QIODevice | None, str]:
        source = QAudioSource(device, _pcm_format())
        # Room for BUFFER_S of audio, so a busy thread delays the data instead of losing it.
        source.setBufferSize(int(BUFFER_S * SAMPLE_RATE * 2))
        io = source.start()
        if io is None or _has_error(source):
            error = source.error()
            source.stop()
            shiboken6.delete(source)
            return None, None, error.name
        return source, io, ""

    def _fail(self, message: str) -> None:
        self._capture.open_error = message
        self._capture.opened.set()
        self._post(("open_failed", message))

    @Slot()
    def finish(self) -> None:
        """Write whatever is still buffered (it belongs to the answer), close the file."""
        if not self._closing:
            self._read()  # while a pause or a stop drains, only up to its moment
        self._end()

    def _end(self) -> None:
        """Close the file (once) and hand the worker back to the thread it came from."""
        self._drain = None
        if not self._closing:
            self._closing = True
            self._close()
        self._capture.closed.set()
        own = self.thread()
        if own is not self._home:
            self.moveToThread(self._home)
            own.quit()  # nothing is left to do on it; the GUI thread does not wait for this

    @Slot(float)
    def finish_at(self, asked_at: float) -> None:
        """The answer ended at ``asked_at``: what was heard until then is written (it may
        still be on its way from the audio server), then the file is closed."""
        if self._closing:
            return
        if self._drain is not None:  # a pause drains: the answer ends where it paused
            self._drain.then = "finish"
        elif not self._paused:
            self._start_drain(asked_at, "finish")
        else:
            self.finish()

    @Slot(float)
    def pause(self, asked_at: float) -> None:
        """Hold the recording: what was heard until ``asked_at`` is written (and synced, so
        quitting or a crash while paused keeps it all); nothing heard until ``resume`` is."""
        if self._paused or self._closing or self._drain is not None:
            return
        self._start_drain(asked_at, "pause")

    @Slot()
    def resume(self) -> None:
        """Go on recording into the same file; the silence count starts again."""
        if self._closing:
            return
        if self._drain is not None and self._drain.then == "pause":
            self._drained()  # resumed at once: held with what had come, then going on
        if not self._paused:
            return
        self._paused = False
        self._ticks_without_data = 0
        self._vad.restart_silence()
        if self._writer is not None:  # the wall clock ran on while paused: a new run
            self._run_start_s, self._first_sample_at = self._writer.duration_s, math.inf
        if self._source is not None:
            self._source.resume()
        self._post(("resumed", None))

    def _start_drain(self, asked_at: float, then: str) -> None:
        self._drains += 1
        drain = self._drain = _Drain(asked_at, then, self._drains)
        QTimer.singleShot(
            int(DRAIN_MAX_S * 1000), self, lambda: self._drain_timeout(drain.generation)
        )
        self._read()  # what came meanwhile; the rest follows as it arrives
        if self._drain is drain and self._audio_missing(drain) <= 0:
            self._drained()

    def _audio_missing(self, drain: _Drain) -> int:
        """Bytes of audio heard before the drain's moment not yet written (<= 0: none)."""
        if self._writer is None or self._source is None or math.isinf(self._first_sample_at):
            return 0
        heard_s = self._run_start_s + (drain.asked_at - self._first_sample_at)
        return round(heard_s * SAMPLE_RATE) * SAMPLE_WIDTH - self._writer.data_bytes

    def _drain_timeout(self, generation: int) -> None:
        if self._drain is not None and self._drain.generation == generation:
            self._drained()

    def _drained(self) -> None:
        drain, self._drain = self._drain, None
        if drain is None or self._closing:
            return
        if drain.then == "finish":
            self._end()
        else:
            self._hold()

    def _hold(self) -> None:
        self._paused = True
        if self._source is not None:
            self._source.suspend()  # the device stops delivering: nothing is captured
        # The header is brought up to date before "paused" is said: a paused recording is
        # complete on disk (quitting or a crash while paused keeps it all).
        self._flush(self._writer.flush if self._writer is not None else None)
        if self._writer is None:  # the disk refused: the recording has ended, said by lose()
            return
        self._post(("paused", None), ("level", 0.0))

    def _flush(self, flush: Callable[[], None] | None) -> None:
        """Bring the file's header up to date; a disk that refuses (turned read-only, gone)
        ends the recording with what is on disk, said, as a failed write of audio does."""
        if flush is None or self._writer is None:
            return
        try:
            flush()
        except OSError as exc:
            self.lose(_not_written_message(self._writer.path, exc))

    @Slot(str)
    def lose(self, message: str) -> None:
        self._post(("lost", message))
        if not self._closing:
            self.finish()

    def _close(self) -> None:
        """The file first, then the device: the answer is whole and said stopped before the
        device is asked to stop, so a device that never answers its stop holds no answer."""
        if self._watchdog is not None:
            self._watchdog.stop()
            shiboken6.delete(self._watchdog)
            self._watchdog = None
        source, self._source, self._io = self._source, None, None
        writer, self._writer = self._writer, None
        if writer is not None:
            duration = writer.close()
            self._capture.duration_s = duration
            if writer.path != self._capture.path:  # (its name removed and taken meanwhile)
                self._post(("elsewhere", (str(writer.asked), str(writer.path), writer.taken)))
                self._capture.path = writer.path
            self._capture.closed.set()
            self._post(("stopped", (str(writer.path), duration)))
        if source is not None:
            source.stop()
            shiboken6.delete(source)

    def _post(self, *events: tuple[str, object]) -> None:
        if self._capture.post(*events):
            self.pending.emit()

    @Slot()
    def _read(self) -> None:
        if self._io is None or self._writer is None:
            return
        data = bytes(self._io.readAll().data())
        if not data or self._paused:
            return  # while paused nothing is kept, whatever the device still delivers
        self._ticks_without_data = 0
        self._got_data = True
        run_s = (self._writer.data_bytes + len(data)) / (SAMPLE_RATE * SAMPLE_WIDTH)
        self._first_sample_at = min(
            self._first_sample_at, self._clock() - (run_s - self._run_start_s)
        )
        drain = self._drain
        if drain is not None:  # nothing heard after the pause or the stop is kept
            data = data[: max(0, self._audio_missing(drain))]
            if not data:
                self._drained()
                return
        try:
            self._writer.write(data)
        except OSError as exc:  # disk full, folder removed: keep what is on disk
            self.lose(_not_written_message(self._writer.path, exc))
            return
        self._capture.duration_s = self._writer.duration_s
        vad = self._vad
        had_speech = vad.heard_speech
        vad_events = vad.feed_pcm(data)
        events: list[tuple[str, object]] = [
            ("audio", data),
            ("level", meter_level(vad.level_db)),
        ]
        if not had_speech and vad.heard_speech:
            events.append(("speech", None))
        for event in vad_events:
            if isinstance(event, AnswerEnded):
                events.append(("silence", event.silence_s))
        self._post(*events)
        if drain is not None and self._drain is drain and self._audio_missing(drain) <= 0:
            self._drained()

    @Slot()
    def _on_watchdog(self) -> None:
        if self._writer is None or self._watchdog is None:
            return
        self._flush(self._writer.maybe_flush)
        if self._writer is None:  # the disk refused: the recording has ended
            return
        source, capture = self._source, self._capture
        if source is not None and _has_error(source):
            why = f"({source.error().name})"
            self.lose(_lost_message(capture.device, capture.path, why))
            return
        self._watchdog_ticks += 1
        watch = self._source_watch
        if watch is not None and self._watchdog_ticks % SOURCE_CHECK_TICKS == 1:
            change = watch.check()
            if change is not None and change.stopped:
                self.lose(f"{change.message} The answer recorded so far is kept in {capture.path}.")
                return
            if change is not None:
                for device in capture.inputs:  # what a later loss is said of
                    if device.description() == watch.reading_from:
                        capture.device = device
                        break
                self._post(("moved", change.message))
        if self._paused:
            return  # a suspended device sends nothing: that is no stall
        self._ticks_without_data += 1
        limit = STALL_TIMEOUT_S if self._got_data else FIRST_DATA_TIMEOUT_S
        if self._ticks_without_data * self._watchdog.interval() / 1000 >= limit:
            why = "(no sound data for a few seconds)"
            self.lose(_lost_message(capture.device, capture.path, why))
