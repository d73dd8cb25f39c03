"""A recording whose disk refuses it midway (attack run 38): full, or turned read-only under
it as a failing disk is (ext4 errors=remount-ro). ``WavWriter.close`` raised then, from its
last header update: the file stayed open and the capture thread never said the recording
stopped, so its answer was never taken in. Now a write of audio still raises (the capture
says so and stops), and closing always closes, keeping the audio written so far."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from simulator.speech import recorder
from simulator.speech.audiofile import SAMPLE_RATE
from simulator.speech.recorder import WavWriter, repair_wav

TWO_SECONDS = (1000).to_bytes(2, "little", signed=True) * (2 * SAMPLE_RATE)


def test_closing_when_the_header_cannot_be_updated_closes_and_keeps_the_audio(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writer = WavWriter(tmp_path / "take.wav")
    writer.write(TWO_SECONDS)
    writer.flush()
    fd = writer._fd
    assert fd is not None

    def refuse(*_args: object) -> int:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(recorder.os, "pwrite", refuse)
    assert writer.close() == pytest.approx(2.0)  # no raise
    with pytest.raises(OSError):
        os.fstat(fd)  # the file is closed
    monkeypatch.undo()
    assert repair_wav(writer.path) == pytest.approx(2.0)


def test_a_write_the_disk_refuses_still_raises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writer = WavWriter(tmp_path / "take.wav")

    def full(*_args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(recorder.os, "write", full)
    with pytest.raises(OSError, match="No space"):
        writer.write(TWO_SECONDS)
    monkeypatch.undo()
    writer.close()


def test_a_disk_turned_read_only_under_a_recording(tmpfs) -> None:  # type: ignore[no-untyped-def]
    disk = tmpfs.ext4()
    writer = WavWriter(disk / "take.wav")
    writer.write(TWO_SECONDS)
    writer.flush()
    tmpfs.force_read_only(disk)
    with pytest.raises(OSError):
        writer.write(TWO_SECONDS)
    assert writer.close() == pytest.approx(2.0)
    assert writer.closed
    data = (disk / "take.wav").read_bytes()
    assert len(data) - 44 >= len(TWO_SECONDS)  # the first two seconds are on the disk


def test_a_header_that_does_not_fit_leaves_no_file_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[int] = []
    real_open = os.open

    def track(*args, **kwargs):  # type: ignore[no-untyped-def]
        fd = real_open(*args, **kwargs)
        opened.append(fd)
        return fd

    def full(*_args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(recorder.os, "open", track)
    monkeypatch.setattr(recorder.os, "write", full)
    with pytest.raises(OSError, match="No space"):
        WavWriter(tmp_path / "take.wav")
    monkeypatch.undo()
    (fd,) = opened
    with pytest.raises(OSError):
        os.fstat(fd)
