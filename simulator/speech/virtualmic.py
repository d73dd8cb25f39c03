"""A private PulseAudio server with a virtual microphone, for tests, benchmarks and demos.

Sound played into its sink ``vspk`` comes out of its source ``vmic`` ("VirtualMic"), which
Qt lists as an ordinary audio input. The server gets its own runtime and home folders, is
reached through its own socket (``PULSE_SERVER``), and is stopped by its own pid: it never
touches a person's real audio server. Needs the ``pulseaudio`` and ``pulseaudio-utils`` packages.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

SINK = "vspk"
SOURCE = "vmic"
DESCRIPTION = "VirtualMic"
ROOM_LATENCY_MS = 250  # the silent stream that keeps the sink (and the microphone) running
ROOM_SETTLED_S = 0.5  # start() returns once the sink runs this little ahead (~2 s while idle)


class VirtualMicError(RuntimeError):
    pass


class VirtualMic:
    def __init__(self, base: Path | None = None, *, rate: int = 16_000) -> None:
        self._own_base = base is None
        self.base = Path(base) if base is not None else Path(tempfile.mkdtemp(prefix="vmic-"))
        self.rate = rate
        self.socket = self.base / "native"
        self.pid: int | None = None
        self.source_module: int | None = None
        self._room: subprocess.Popen[bytes] | None = None

    @property
    def server(self) -> str:
        return f"unix:{self.socket}"

    @property
    def env(self) -> dict[str, str]:
        """Environment for clients of this server (and for the server itself)."""
        env = dict(os.environ)
        env.update(
            XDG_RUNTIME_DIR=str(self.base / "run"),
            HOME=str(self.base / "home"),
            PULSE_SERVER=self.server,
        )
        return env

    @staticmethod
    def available() -> bool:
        return all(shutil.which(tool) for tool in ("pulseaudio", "pactl", "paplay", "pacat"))

    def start(self, timeout_s: float = 10.0) -> VirtualMic:
        if not self.available():
            raise VirtualMicError("pulseaudio / pulseaudio-utils are not installed")
        for sub in ("run", "home"):
            (self.base / sub).mkdir(parents=True, exist_ok=True)
        # Not --daemonize: the child is the server itself, so its pid is ours to stop.
        self._proc = subprocess.Popen(
            [
                "pulseaudio",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--disallow-exit=yes",
                "--disable-shm=yes",
                "--log-target=stderr",
                "--log-level=error",
                "-n",
                f"--load=module-native-protocol-unix auth-anonymous=1 socket={self.socket}",
                f"--load=module-null-sink sink_name={SINK} rate={self.rate} channels=1",
            ],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self.pid = self._proc.pid
        deadline = time.monotonic() + timeout_s
        while self.pactl("info", check=False).returncode != 0:
            if self._proc.poll() is not None or time.monotonic() > deadline:
                err = self._proc.stderr.read().decode(errors="replace") if self._proc.stderr else ""
                self.stop()
                raise VirtualMicError(f"pulseaudio did not start: {err.strip()[-300:]}")
            time.sleep(0.02)
        self.add_source()
        self.pactl("set-default-sink", SINK)
        self._room = self._keep_sounding()
        # Tests open a recording at once: the room plays, and the sink has played out the
        # block it rendered while idle (~2 s at start; a recording opened meanwhile lost its
        # first 0.2-0.4 s), before one does.
        deadline = time.monotonic() + timeout_s
        while (latency := self._sink_latency_s()) is None or latency > ROOM_SETTLED_S:
            if self._room.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise VirtualMicError("the virtual microphone's sink did not settle")
            time.sleep(0.05)
        return self

    def _sink_latency_s(self) -> float | None:
        """How far the sink's output runs ahead, in seconds (None: not playing yet)."""
        if not self.pactl("list", "short", "sink-inputs", check=False).stdout.strip():
            return None
        found = re.search(r"Latency: (\d+) usec", self.pactl("list", "sinks").stdout)
        return int(found.group(1)) / 1e6 if found else 0.0

    def _keep_sounding(self) -> subprocess.Popen[bytes]:
        """A silent stream played into the sink for as long as the server runs: the room a real
        microphone always hears. Without it the sink is idle between the sounds played into
        it, and its monitor runs at its idle latency: a recording opened then got its first
        audio about a second later, and what was played meanwhile never reached it (a tone
        played 0.5 s after opening began the file; measured with parec and QAudioSource, round
        61), nor did the silence before a sound (a recording's timeline skipped it). With a
        stream always playing, a new recording gets its first audio in 35-90 ms (at load 25).
        Its latency is not the lowest: the whole sink runs at it, and at 20 ms a busy machine
        starved the server, which garbled a spoken answer in a test (15 % of its words wrong)."""
        with open("/dev/zero", "rb") as zeros:
            return subprocess.Popen(
                [
                    "pacat",
                    "--playback",
                    f"--device={SINK}",
                    "--raw",
                    "--format=s16le",
                    f"--rate={self.rate}",
                    "--channels=1",
                    f"--latency-msec={ROOM_LATENCY_MS}",
                ],
                stdin=zeros,
                env=self.env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )

    def add_source(self) -> None:
        """(Re)create the microphone: a remap of the sink's monitor (Qt hides monitors)."""
        self.source_module = self.add_microphone(SOURCE, DESCRIPTION)
        self.pactl("set-default-source", SOURCE)

    def add_microphone(self, name: str, description: str) -> int:
        """Another microphone hearing what is played into the sink (a second headset plugged
        in); returns the module to unload to unplug it (``unplug``)."""
        out = self.pactl(
            "load-module",
            "module-remap-source",
            f"source_name={name}",
            f"master={SINK}.monitor",
            f"source_properties=device.description={description}",
        ).stdout
        return int(out.strip())

    def unplug(self, module: int) -> None:
        """Remove a microphone made by ``add_microphone``."""
        self.pactl("unload-module", str(module))

    def remove_source(self) -> None:
        """Unplug the microphone (what a USB headset being pulled out looks like)."""
        if self.source_module is not None:
            self.pactl("unload-module", str(self.source_module))
            self.source_module = None

    def pactl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["pactl", *args], env=self.env, capture_output=True, text=True, check=check, timeout=10
        )

    def play(self, wav: Path, *, wait: bool = True) -> subprocess.Popen[bytes]:
        """Play ``wav`` into the microphone in real time."""
        proc = subprocess.Popen(
            # A second of audio queued ahead: a player starved of CPU for a moment on a busy
            # machine would otherwise underrun, and the server skips what it sends late (words
            # lost from the "spoken" answer, which was then misheard).
            ["paplay", f"--device={SINK}", "--latency-msec=1000", str(wav)],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        if wait:
            proc.wait(timeout=600)
        return proc

    def stop(self) -> None:
        room, self._room = self._room, None
        if room is not None:
            room.terminate()
            try:
                room.wait(timeout=5)
            except subprocess.TimeoutExpired:
                room.kill()
                room.wait(timeout=5)
        if self.pid is not None:
            try:
                os.kill(self.pid, signal.SIGTERM)
                self._proc.wait(timeout=5)
            except ProcessLookupError:
                pass
            except subprocess.TimeoutExpired:
                os.kill(self.pid, signal.SIGKILL)
                self._proc.wait(timeout=5)
            if self._proc.stderr:
                self._proc.stderr.close()
            self.pid = None
        if self._own_base:
            shutil.rmtree(self.base, ignore_errors=True)

    def __enter__(self) -> VirtualMic:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
