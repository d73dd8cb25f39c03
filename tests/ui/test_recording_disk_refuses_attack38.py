"""The capture worker when the recording's disk refuses it midway (attack run 38): a disk that
fills, and one turned read-only under it (a failing disk; ext4 errors=remount-ro). On the
read-only disk the worker's closing raised, so it never said "stopped" and never marked the
capture closed: the answer recorded so far was never taken in. The header update of its
watchdog and of a pause raised out of the worker too. Each case now ends the recording with
a message naming the file, and says it stopped with the audio on disk. The worker runs on the
test's thread with a stand-in device, as in test_capture_drain."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.test_capture_drain import _Harness, _tone_bytes


def _on(disk: Path, tmp_path: Path) -> _Harness:
    from simulator.speech.recorder import WavWriter

    h = _Harness(tmp_path)
    h.worker._writer.close()  # type: ignore[union-attr]
    h.capture.path = disk / "take.wav"
    h.worker._writer = WavWriter(h.capture.path)
    return h


def _said_stopped(h: _Harness, path: Path) -> None:
    lost = [str(v) for k, v in h.capture.events if k == "lost"]
    assert len(lost) == 1 and str(path) in lost[0] and "kept" in lost[0], lost
    assert h.capture.closed.is_set()
    stopped = [v for k, v in h.capture.events if k == "stopped"]
    assert len(stopped) == 1, h.capture.events
    assert stopped[0][1] >= 2.0  # type: ignore[index]  # the audio before the failure


def test_a_disk_turned_read_only_mid_answer_stops_the_recording_with_its_audio(  # type: ignore[no-untyped-def]
    qtbot, tmpfs, tmp_path: Path
) -> None:
    disk = tmpfs.ext4()
    h = _on(disk, tmp_path)
    h.arrive(102.0, _tone_bytes(2.0, 1000))
    h.worker._writer.flush()  # type: ignore[union-attr]
    tmpfs.force_read_only(disk)
    h.arrive(102.5, _tone_bytes(0.5, 1000))
    _said_stopped(h, h.capture.path)
    assert len(h.capture.path.read_bytes()) - 44 >= 2 * len(_tone_bytes(1.0, 0))


def test_a_full_disk_mid_answer_stops_the_recording_with_its_audio(  # type: ignore[no-untyped-def]
    qtbot, tmpfs, tmp_path: Path
) -> None:
    disk = tmpfs.mount("1m")
    h = _on(disk, tmp_path)
    h.arrive(102.0, _tone_bytes(2.0, 1000))
    h.worker._writer.flush()  # type: ignore[union-attr]
    tmpfs.fill(disk)
    h.arrive(110.0, _tone_bytes(8.0, 1000))  # more than the pages the file has left
    _said_stopped(h, h.capture.path)


@pytest.mark.parametrize("by", ["watchdog", "pause"])
def test_a_header_update_refused_ends_the_recording_instead_of_raising(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, by: str
) -> None:
    import errno

    from simulator.speech import recorder

    h = _Harness(tmp_path)
    h.arrive(102.0, _tone_bytes(2.0, 1000))

    def refuse(*_args: object) -> int:
        raise OSError(errno.EROFS, "Read-only file system")

    h.worker._writer._flushed_at = -1e9  # type: ignore[union-attr]  # a flush is due
    h.worker._writer._flushed_bytes = 0  # type: ignore[union-attr]
    monkeypatch.setattr(recorder.os, "pwrite", refuse)
    if by == "watchdog":
        from PySide6.QtCore import QTimer

        h.worker._watchdog = QTimer(h.worker)  # as while recording
        h.worker._on_watchdog()
    else:
        h.worker.pause(102.0)  # nothing more on its way: held at once
    _said_stopped(h, h.capture.path)


def test_a_recording_that_cannot_start_on_a_full_disk_says_so_and_leaves_no_file(  # type: ignore[no-untyped-def]
    qtbot, tmpfs, tmp_path: Path
) -> None:
    """Not even the WAV header fits: the message names the file and why, as a sentence (the
    session adds "Type your answers from now on." after it: it read "...: No space left on
    device Type your answers..."), and no empty file is left in the recordings folder."""
    from simulator.ui.audio_capture import _CaptureWorker
    from tests.ui.test_capture_drain import _Capture

    disk = tmpfs.mount("256k")
    tmpfs.fill(disk)
    capture = _Capture(disk / "take.wav")
    worker = _CaptureWorker(capture, end_silence_s=30.0)  # type: ignore[arg-type]
    worker.open()
    (failed,) = [str(v) for k, v in capture.events if k == "open_failed"]
    assert str(capture.path) in failed and "no space left" in failed.lower(), failed
    assert failed.endswith("."), failed
    assert not capture.path.exists()
