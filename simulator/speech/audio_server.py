"""Which microphone a recording really reads from, asked of the audio server itself.

Qt's list of audio inputs goes stale under PulseAudio (and PipeWire's PulseAudio server): a
microphone unplugged while another input exists stays listed, no ``audioInputsChanged`` comes,
and the server quietly moves the recording to its default source, which may be another
microphone or the monitor of the speakers (what the computer itself plays). The recording goes
on without a word. ``SourceWatch`` asks the server (``pactl``, PulseAudio's own client, in
``pulseaudio-utils``; PipeWire ships one too) where this process's recording stream reads from
now, and says what changed, in words for people. Without ``pactl`` or a reachable server it
says nothing (``available`` False): Qt's own signals are all there is then.

Qt-free; ``ui.audio_capture`` runs it on the capture thread (``pactl`` takes a few ms).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

PACTL_TIMEOUT_S = 1.0
# Qt names its PulseAudio recording streams so; another library in the process has its own.
QT_STREAM_PREFIX = "QtmPulseStream"

Runner = Callable[[Sequence[str]], str | None]


def run_pactl(args: Sequence[str]) -> str | None:
    """``pactl``'s output, or None when it is missing, fails or takes too long."""
    pactl = shutil.which("pactl")
    if pactl is None:
        return None
    try:
        done = subprocess.run(
            [pactl, *args],
            capture_output=True,
            text=True,
            timeout=PACTL_TIMEOUT_S,
            check=False,
            env={**os.environ, "LC_ALL": "C"},
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


@dataclass(frozen=True)
class Source:
    index: int
    name: str  # the server's name, which Qt gives as the device's id
    description: str  # what Qt and the system's settings show
    monitor: bool  # the sound the computer plays, not a microphone


@dataclass(frozen=True)
class Change:
    """What happened to the recording's input, for people."""

    message: str
    stopped: bool  # no microphone is left: the recording should stop (what it has is kept)


def _json(runner: Runner, *args: str) -> list[dict[str, object]] | None:
    out = runner(["--format=json", *args])
    if out is None:
        return None
    try:
        data = json.loads(out)
    except ValueError:
        return None
    return [d for d in data if isinstance(d, dict)] if isinstance(data, list) else None


def sources(runner: Runner = run_pactl) -> dict[int, Source] | None:
    """The server's sources by index (None: the server cannot be asked)."""
    data = _json(runner, "list", "sources")
    if data is None:
        return None
    found = {}
    for d in data:
        try:
            index = int(str(d["index"]))
        except (KeyError, ValueError):
            continue
        name = str(d.get("name", ""))
        properties = d.get("properties")
        props = properties if isinstance(properties, dict) else {}
        monitor_of = d.get("monitor_source_of_sink", d.get("monitor_of_sink"))
        monitor = (
            props.get("device.class") == "monitor"
            or name.endswith(".monitor")
            or monitor_of not in (None, "", "n/a")
        )
        found[index] = Source(index, name, str(d.get("description") or name), monitor)
    return found


def microphone_names(runner: Runner = run_pactl) -> frozenset[str] | None:
    """The server's names of the microphones it has now (its sources that are no monitor), as
    Qt gives them for a device's id; None: the server cannot be asked. Qt's own list keeps a
    microphone unplugged while another input exists: this one does not."""
    known = sources(runner)
    if known is None:
        return None
    return frozenset(s.name for s in known.values() if not s.monitor)


def still_present(ids: Sequence[str], present: Collection[str] | None) -> list[bool]:
    """Which of Qt's inputs (by ``device_id``) the audio server still has (``present``: its
    microphones' names; None: it could not be asked, every input kept).

    The server's names are Qt's ids only under Qt's PulseAudio backend (the one
    ``ui.audio_backend`` picks, on PulseAudio or PipeWire's PulseAudio server). With
    another backend chosen (``QT_AUDIO_BACKEND=pipewire`` or ``alsa``: ids such as
    ``hw:CARD=PCH,DEV=0`` or ``default``) no id is a server name, and every microphone was
    dropped: "No microphone found" with one plugged in (review33). When none of Qt's ids is one
    of the server's names while the server has microphones, the two name them differently and
    Qt's list is kept whole; a server with no microphone at all still empties it."""
    if present is None:
        return [True] * len(ids)
    kept = [i in present for i in ids]
    if present and ids and not any(kept):
        return [True] * len(ids)
    return kept


def default_source(runner: Runner = run_pactl) -> str | None:
    """The name of the server's default source (None: the server cannot be asked)."""
    out = runner(["get-default-source"])
    return out.strip() or None if out is not None else None


def recording_streams(pid: int, runner: Runner = run_pactl) -> dict[int, int] | None:
    """This process's recording streams made by Qt: stream index -> source index."""
    data = _json(runner, "list", "source-outputs")
    if data is None:
        return None
    streams = {}
    for d in data:
        properties = d.get("properties")
        props = properties if isinstance(properties, dict) else {}
        if str(props.get("application.process.id", "")) != str(pid):
            continue
        if not str(props.get("media.name", "")).startswith(QT_STREAM_PREFIX):
            continue
        try:
            streams[int(str(d["index"]))] = int(str(d["source"]))
        except (KeyError, ValueError):
            continue
    return streams


class SourceWatch:
    """Follows one recording's stream on the server: ``check()`` says when its source changed.

    ``device`` is the description of the microphone the recording was opened on. The stream is
    the newest one of this process when first seen (the recording just opened) and is followed
    by its index after that."""

    def __init__(self, device: str, *, pid: int | None = None, runner: Runner = run_pactl) -> None:
        self.device = device
        self._pid = os.getpid() if pid is None else pid
        self._run = runner
        self._stream: int | None = None
        self._source: int | None = None  # where the stream read from when last checked
        self._now = device  # the description of what it reads from now
        self.available = True  # False once the server could not be asked

    @property
    def reading_from(self) -> str:
        """The description of the input the recording reads from now."""
        return self._now

    def check(self) -> Change | None:
        if not self.available:
            return None
        streams = recording_streams(self._pid, self._run)
        if streams is None:
            self.available = False
            return None
        if self._stream is None:
            if not streams:
                return None  # not connected yet
            self._stream = max(streams)
        source = streams.get(self._stream)
        if source is None or source == self._source:
            return None  # gone (Qt reports a failed device) or unchanged
        known = sources(self._run)
        if known is None:
            self.available = False
            return None
        first = self._source is None
        self._source = source
        now = known.get(source)
        if now is None:
            return None
        was = self._now
        if first and now.description == was:
            return None  # opened where it was asked to
        self._now = now.description
        return change_text(was, now, {s.description for s in known.values() if not s.monitor})


def change_text(was: str, now: Source, present: set[str]) -> Change:
    """What to tell people when the recording moved from ``was`` to ``now``; ``present`` holds
    the microphones the server has now."""
    gone = was not in present
    if now.monitor:  # the speakers' own sound: no microphone is left to record from
        why = "was disconnected" if gone else "stopped recording"
        return Change(
            f"Microphone '{was}' {why} and no other microphone is connected. Recording stopped.",
            stopped=True,
        )
    if gone:
        return Change(
            f"Microphone '{was}' was disconnected. Recording goes on from '{now.description}'.",
            stopped=False,
        )
    return Change(
        f"The system moved the recording from '{was}' to '{now.description}'.", stopped=False
    )
