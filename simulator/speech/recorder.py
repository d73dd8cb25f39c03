"""Recording answers so that a crash or a power cut loses at most about a second.

``WavWriter`` appends 16 kHz mono 16-bit PCM to a WAV file as soon as it arrives (unbuffered
``os.write``, so a killed process loses nothing that was handed over), and rewrites the RIFF and
data sizes in the header and ``fsync``s at least once a second, so even after a power cut the file
on disk is a valid WAV missing at most the last second. ``repair_wav`` fixes the header of a file
left by a crash (the sizes may lag behind the data that made it to disk).

``Recorder`` is what the interview flow needs from a microphone; the Qt adapter is
``simulator.ui.audio_input.AudioInput`` and the fake is ``simulator.speech.fakes.FakeRecorder``.
"""

from __future__ import annotations

import contextlib
import os
import struct
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, runtime_checkable

from simulator.speech.audiofile import SAMPLE_RATE, AudioFileError

CHANNELS = 1
SAMPLE_WIDTH = 2  # bytes: signed 16-bit little-endian
HEADER_SIZE = 44
_RIFF_SIZE_AT = 4
_DATA_SIZE_AT = 40


@runtime_checkable
class Recorder(Protocol):
    """A microphone that records one answer at a time into a WAV file."""

    @property
    def is_recording(self) -> bool: ...

    @property
    def level(self) -> float:
        """Loudness of the latest audio, 0 (silence) .. 1 (full scale), for a meter."""
        ...

    def start(self, path: Path) -> bool:
        """Start recording into ``path``; False (and an error reported) when it cannot."""
        ...

    def stop(self) -> Path | None:
        """Stop, finish the file and return its path (None when nothing was recording)."""
        ...


def wav_header(data_bytes: int, rate: int = SAMPLE_RATE, channels: int = CHANNELS) -> bytes:
    block_align = channels * SAMPLE_WIDTH
    return struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF",
        36 + data_bytes,
        b"WAVE",
        b"fmt ",
        16,
        1,  # PCM
        channels,
        rate,
        rate * block_align,
        block_align,
        SAMPLE_WIDTH * 8,
        b"data",
        data_bytes,
    )


class WavWriter:
    """Append-only 16 kHz mono 16-bit WAV writer that keeps the file valid on disk.

    ``write`` may be called with chunks of any size (an odd trailing byte is held back until its
    partner arrives). ``flush_interval_s`` bounds how stale the header and the disk copy may be,
    counted both in recorded audio and in wall-clock time (``clock`` is injectable for tests).
    """

    def __init__(
        self,
        path: Path | str,
        *,
        flush_interval_s: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.path = self.asked = Path(path)
        # What had the name asked for ("a folder", "another file"), when the recording went
        # beside it instead ("" when not): said to the person with where it went.
        self.taken = ""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._flush_interval_s = flush_interval_s
        self._clock = clock
        self._fd: int | None = self._open_new()
        self._data_bytes = 0
        self._pending = b""
        self._flushed_bytes = 0
        self._flushed_at = clock()
        try:
            os.write(self._fd, wav_header(0))
        except OSError:  # a full disk: not even the header fits; no file is left (open or
            os.close(self._fd)  # empty): nothing of it was ever a recording
            self._fd = None
            with contextlib.suppress(OSError):
                self.path.unlink()
            raise
        self._sync()

    def _open_new(self) -> int:
        """A new file for the recording, never one that is there: truncating one that had the
        name lost it (another recording, a person's own file), and a folder or a link of that
        name made the recording fail (attack run 42). A taken name gets a number beside it
        (``taken`` says what had it). Opened read-write: a file whose name is removed while it
        is written is copied out at close."""
        flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        stem, suffix, n = self.path.stem, self.path.suffix, 1
        while True:
            try:
                fd = os.open(self.path, flags, 0o600)
            except FileExistsError:
                if n == 1:
                    self.taken = _what_is_at(self.path)
                n += 1
                self.path = self.asked.with_name(f"{stem}-{n}{suffix}")
                continue
            return fd

    @property
    def data_bytes(self) -> int:
        return self._data_bytes

    @property
    def duration_s(self) -> float:
        return self._data_bytes / (SAMPLE_RATE * SAMPLE_WIDTH * CHANNELS)

    @property
    def closed(self) -> bool:
        return self._fd is None

    def write(self, pcm: bytes) -> None:
        if self._fd is None:
            raise ValueError(f"{self.path}: write to a closed WavWriter")
        data = self._pending + bytes(pcm)
        usable = len(data) - (len(data) % SAMPLE_WIDTH)
        self._pending = data[usable:]
        if usable:
            view = memoryview(data)[:usable]
            while view:
                written = os.write(self._fd, view)
                view = view[written:]
            self._data_bytes += usable
        self.maybe_flush()

    def maybe_flush(self) -> None:
        """Flush if a second of audio or of wall-clock time has passed since the last flush."""
        if self._fd is None:
            return
        unflushed_s = (self._data_bytes - self._flushed_bytes) / (SAMPLE_RATE * SAMPLE_WIDTH)
        if unflushed_s >= self._flush_interval_s or (
            self._data_bytes != self._flushed_bytes
            and self._clock() - self._flushed_at >= self._flush_interval_s
        ):
            self.flush()

    def flush(self) -> None:
        """Rewrite the sizes in the header and force everything to disk."""
        if self._fd is None:
            return
        os.pwrite(self._fd, struct.pack("<I", 36 + self._data_bytes), _RIFF_SIZE_AT)
        os.pwrite(self._fd, struct.pack("<I", self._data_bytes), _DATA_SIZE_AT)
        self._sync()
        self._flushed_bytes = self._data_bytes
        self._flushed_at = self._clock()

    def _sync(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):  # some file systems cannot fsync; the write stands
            os.fsync(self._fd)

    def close(self) -> float:
        """Finish the file; returns the recorded duration in seconds. Safe to call twice.

        A disk that refuses the header's last update (turned read-only under the recording,
        as a failing disk is) still lets the file be closed: the audio written so far stays on
        disk, and a reader makes the header match it (``repair_wav``). Raising here instead left
        the file open and the recording never said stopped, so its answer was never taken in."""
        fd = self._fd
        if fd is not None:
            try:
                self.flush()
            except OSError:
                pass  # the header stays as last flushed; the data on disk is what counts
            finally:
                self._fd = None
                with contextlib.suppress(OSError):  # a disk that refuses: the file is as it was
                    self._name_again(fd)
                with contextlib.suppress(OSError):  # e.g. EIO on close: nothing more to keep
                    os.close(fd)
        return self.duration_s

    def _name_again(self, fd: int) -> None:
        """The audio of a file whose name was removed while it was written (recordings/
        deleted mid-answer: closing lost it for good, attack run 41) copied to a file under
        its name again, its folder made again; beside it (``path`` then names the copy) when
        another file has taken the name meanwhile, which is kept."""
        if os.fstat(fd).st_nlink:
            return
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except (FileExistsError, NotADirectoryError):
            # Another file has the folder's name (the folder deleted and a file put in its
            # place mid-answer): the audio goes beside it, in the folder above, and the file
            # is left as it was. It was lost at close without a word (attack60b).
            self.taken = "a file in place of its folder"
            out, name = tempfile.mkstemp(
                prefix=f"{folder.name}-{self.path.stem}-",
                suffix=self.path.suffix,
                dir=folder.parent,
            )
            self._copy_out(fd, out, Path(name))
            return
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        try:
            out, path = os.open(self.path, flags, 0o600), self.path
        except FileExistsError:
            self.taken = self.taken or _what_is_at(self.path)
            out, name = tempfile.mkstemp(
                prefix=f"{self.path.stem}-", suffix=self.path.suffix, dir=self.path.parent
            )
            path = Path(name)
        self._copy_out(fd, out, path)

    def _copy_out(self, fd: int, out: int, path: Path) -> None:
        """The audio of ``fd`` copied into ``out`` (open at ``path``), which then names the
        recording; on a failure no part-written file is left."""
        try:
            offset = 0
            while chunk := os.pread(fd, 1 << 20, offset):
                offset += len(chunk)
                view = memoryview(chunk)
                while view:
                    view = view[os.write(out, view) :]
            with contextlib.suppress(OSError):  # some file systems cannot fsync
                os.fsync(out)
        except OSError:
            path.unlink(missing_ok=True)  # (a full disk) no empty file left under the name
            raise
        finally:
            os.close(out)
        self.path = path

    def __enter__(self) -> WavWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _what_is_at(path: Path) -> str:
    """What has the name ``path`` ("a folder", "a link", "another file"), in words."""
    import stat

    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return "another file"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISLNK(mode):
        return "a link"
    return "another file"


def repair_wav(path: Path | str) -> float:
    """Make the header of a WAV left behind by a crash match the data on disk.

    Returns the duration in seconds of the audio kept. A file cut inside the 44-byte header (the
    process died before the first audio arrived) becomes a valid empty WAV. Raises
    ``AudioFileError`` for a missing file or one that is not a RIFF/WAVE file.
    """
    path = Path(path)
    if not path.is_file():
        raise AudioFileError(path, "no such file")
    with path.open("r+b") as fh:
        head = fh.read(12)
        size = os.fstat(fh.fileno()).st_size
        if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
            if size < HEADER_SIZE and b"RIFF".startswith(head[:4]):
                fh.seek(0)
                fh.truncate()
                fh.write(wav_header(0))
                fh.flush()
                os.fsync(fh.fileno())
                return 0.0
            raise AudioFileError(path, "not a WAV file, cannot repair")
        rate, block_align, data_at = _find_chunks(fh, path, size)
        data_bytes = max(0, os.fstat(fh.fileno()).st_size - data_at)
        data_bytes -= data_bytes % block_align
        fh.truncate(data_at + data_bytes)
        fh.seek(_RIFF_SIZE_AT)
        fh.write(struct.pack("<I", data_at + data_bytes - 8))
        fh.seek(data_at - 4)
        fh.write(struct.pack("<I", data_bytes))
        fh.flush()
        os.fsync(fh.fileno())
    return data_bytes / (rate * block_align)


def _find_chunks(fh: object, path: Path, size: int) -> tuple[int, int, int]:
    """(sample rate, bytes per frame, offset of the data) of a RIFF/WAVE file."""
    import io

    assert isinstance(fh, io.BufferedRandom)
    pos = 12
    rate = block_align = 0
    while pos + 8 <= size:
        fh.seek(pos)
        chunk_id, chunk_size = struct.unpack("<4sI", fh.read(8))
        if chunk_id == b"fmt ":
            fmt = fh.read(16)
            if len(fmt) < 16:
                break
            _, _, rate, _, block_align, _ = struct.unpack("<HHIIHH", fmt)
        elif chunk_id == b"data":
            if not rate or not block_align:
                break
            return rate, block_align, pos + 8
        pos += 8 + chunk_size + (chunk_size % 2)
    if size <= HEADER_SIZE:  # cut inside the header: nothing recorded yet
        fh.seek(0)
        fh.truncate()
        fh.write(wav_header(0))
        return SAMPLE_RATE, SAMPLE_WIDTH, HEADER_SIZE
    raise AudioFileError(path, "WAV header is damaged (no usable fmt/data chunk), cannot repair")
