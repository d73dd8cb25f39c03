"""WavWriter and repair_wav: crash-safe recording on disk."""

from __future__ import annotations

import os
import signal
import struct
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile

from simulator.speech.audiofile import AudioFileError, float_to_pcm16
from simulator.speech.fakes import FakeRecorder
from simulator.speech.recorder import Recorder, WavWriter, repair_wav, wav_header

ONE_SECOND = 16_000 * 2


def header_sizes(path: Path) -> tuple[int, int]:
    raw = path.read_bytes()[:44]
    return struct.unpack_from("<I", raw, 4)[0], struct.unpack_from("<I", raw, 40)[0]


def tone(seconds: float, freq: float = 440.0) -> bytes:
    t = np.arange(int(16_000 * seconds)) / 16_000
    return float_to_pcm16((0.3 * np.sin(2 * np.pi * freq * t)).astype(np.float32))


def test_writes_a_valid_16k_mono_wav(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "a.wav"
    with WavWriter(path) as writer:
        writer.write(tone(1.5))
    info = soundfile.info(str(path))
    assert (info.samplerate, info.channels, info.subtype) == (16_000, 1, "PCM_16")
    assert info.frames == 24_000
    assert writer.duration_s == pytest.approx(1.5)
    assert writer.close() == pytest.approx(1.5)  # closing twice is harmless


def test_header_is_updated_on_disk_every_second_of_audio(tmp_path: Path) -> None:
    path = tmp_path / "a.wav"
    writer = WavWriter(path, clock=lambda: 0.0)
    writer.write(tone(0.5))
    assert header_sizes(path)[1] == 0  # not yet a second since the last flush
    writer.write(tone(0.6))
    assert header_sizes(path)[1] == writer.data_bytes  # flushed once a second had piled up
    writer.close()


def test_header_is_updated_after_a_second_of_wall_clock(tmp_path: Path) -> None:
    now = [0.0]
    path = tmp_path / "a.wav"
    writer = WavWriter(path, clock=lambda: now[0])
    writer.write(tone(0.2))
    assert header_sizes(path)[1] == 0
    now[0] = 1.0
    writer.maybe_flush()  # the recorder's timer calls this even when no audio arrives
    assert header_sizes(path)[1] == writer.data_bytes
    writer.close()


def test_odd_sized_chunks_keep_samples_aligned(tmp_path: Path) -> None:
    pcm = tone(0.1)
    path = tmp_path / "a.wav"
    with WavWriter(path) as writer:
        for i in range(0, len(pcm), 333):
            writer.write(pcm[i : i + 333])
    data, _ = soundfile.read(str(path), dtype="int16")
    assert data.tobytes() == pcm


def test_write_after_close_is_an_error(tmp_path: Path) -> None:
    writer = WavWriter(tmp_path / "a.wav")
    writer.close()
    with pytest.raises(ValueError, match="closed"):
        writer.write(b"\0\0")


def test_repair_restores_sizes_of_a_file_left_by_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "a.wav"
    path.write_bytes(wav_header(0) + tone(2.5) + b"\x01")  # header never updated, torn sample
    assert repair_wav(path) == pytest.approx(2.5)
    assert soundfile.info(str(path)).frames == 40_000


def test_repair_of_a_file_cut_inside_the_header_gives_an_empty_wav(tmp_path: Path) -> None:
    path = tmp_path / "a.wav"
    path.write_bytes(wav_header(0)[:20])
    assert repair_wav(path) == 0.0
    assert path.read_bytes() == wav_header(0)


def test_repair_refuses_what_is_not_a_wav(tmp_path: Path) -> None:
    path = tmp_path / "notes.wav"
    path.write_text("these are my interview notes, not audio\n" * 3)
    with pytest.raises(AudioFileError, match="notes.wav"):
        repair_wav(path)
    with pytest.raises(AudioFileError, match="missing.wav"):
        repair_wav(tmp_path / "missing.wav")


CHILD = """
import sys, time
from simulator.speech.recorder import WavWriter
chunk = b"\x01\x02" * 1600  # 100 ms of 16 kHz 16-bit mono
writer = WavWriter(sys.argv[1])
start = time.monotonic()
for i in range(1000):
    writer.write(chunk)
    print(i + 1, flush=True)  # chunks written so far
    time.sleep(max(0.0, start + (i + 1) * 0.1 - time.monotonic()))
"""


@pytest.mark.slow
def test_kill_9_while_recording_loses_at_most_a_second(tmp_path: Path) -> None:
    path = tmp_path / "crash.wav"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    while int(child.stdout.readline()) < 32:  # 3.2 s of audio written (as the child says)
        pass
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    # What was written is counted, not timed: a loaded machine paces the child's writes slower
    # than the clock, and a bound from the time elapsed failed then.
    written = [int(line) for line in child.stdout.read().split()]
    child.stdout.close()
    recorded_s = max([32, *written]) * 0.1  # (one more may be written, not yet said)
    # Even before repair the header on disk is at most a second behind (power-cut bound) ...
    assert header_sizes(path)[1] / ONE_SECOND >= recorded_s - 1.0 - 0.15
    # ... and repair recovers everything that was written.
    kept = repair_wav(path)
    assert recorded_s - 0.05 <= kept <= recorded_s + 0.15
    data, rate = soundfile.read(str(path), dtype="int16")
    assert rate == 16_000 and len(data) / rate == pytest.approx(kept)


def test_fake_recorder_satisfies_the_protocol(tmp_path: Path) -> None:
    fake = FakeRecorder()
    assert isinstance(fake, Recorder)
    assert fake.start(tmp_path / "a.wav") and fake.is_recording
    assert fake.stop() == tmp_path / "a.wav"
    assert soundfile.info(str(tmp_path / "a.wav")).duration == pytest.approx(1.0)
    assert fake.stop() is None
    broken = FakeRecorder(fail_with="No microphone found.")
    assert not broken.start(tmp_path / "b.wav")
    assert broken.error == "No microphone found."
