"""Review says when a recording does not last as long as its answer (issue 8, walk61 left,
walk62): a recording cut short (a truncated file) or replaced by a longer one played without
a word, the player stopping at the file's end while the transcript went on."""

from __future__ import annotations

import wave
from pathlib import Path

from simulator.core.recording_check import length_notice, recorded_seconds

RATE = 16_000


def _wav(path: Path, seconds: float) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"\0\0" * int(seconds * RATE))
    return path


def test_a_recording_s_seconds_are_what_the_file_holds(tmp_path: Path) -> None:
    path = _wav(tmp_path / "a.wav", 10.0)
    assert recorded_seconds(path) == 10.0
    # cut short: the header still claims ten seconds, the file holds four
    data = path.read_bytes()
    path.write_bytes(data[: 44 + 4 * RATE * 2])
    assert recorded_seconds(path) == 4.0
    assert recorded_seconds(tmp_path / "gone.wav") is None
    (tmp_path / "not.wav").write_bytes(b"hello")
    assert recorded_seconds(tmp_path / "not.wav") is None


def test_review_says_a_recording_shorter_or_longer_than_its_answer(tmp_path: Path) -> None:
    path = _wav(tmp_path / "a.wav", 4.0)
    short = length_notice(path, recorded_seconds(path), 45.0)
    assert "holds 0:04 of audio, but the answer lasted 0:45" in short
    assert "end of the file is missing" in short and str(path) in short
    long = length_notice(path, 90.0, 45.0)
    assert "longer than the answer" in long
    # as long as the answer, give or take the recorder's moment: nothing to say
    assert length_notice(path, 4.0, 4.8) == ""
    assert length_notice(path, 60.0, 62.5) == ""
    assert length_notice(path, None, 45.0) == "" and length_notice(path, 4.0, None) == ""
