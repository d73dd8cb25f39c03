"""A recording whose name is already taken when the microphone opens (attack run 42): by a
file (a person's own, another recording: the clock went back between choosing the name and
opening it), a folder, or a link. The writer truncated a file of that name (it was lost) and
failed on a folder ("Is a directory": nothing was recorded). It now never opens what is there:
the audio goes beside it under a numbered name, and ``taken`` says what had the name."""

from __future__ import annotations

import os
import wave
from pathlib import Path

import pytest

from simulator.speech.recorder import SAMPLE_RATE, WavWriter

SECOND = b"\x01\x02" * SAMPLE_RATE


def _frames(path: Path) -> int:
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes()


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda p: p.write_bytes(b"an earlier answer"), "another file"),
        (lambda p: p.mkdir(), "a folder"),
        (lambda p: os.symlink(p.parent / "elsewhere.wav", p), "a link"),
    ],
)
def test_a_taken_name_is_left_as_it_is_and_the_audio_goes_beside_it(
    tmp_path: Path, make, said: str
) -> None:  # type: ignore[no-untyped-def]
    asked = tmp_path / "recordings" / "20261204-150000-q1.wav"
    asked.parent.mkdir()
    make(asked)
    before = sorted(tmp_path.rglob("*"))
    with WavWriter(asked) as writer:
        writer.write(SECOND)
    assert writer.asked == asked and writer.taken == said
    assert writer.path == asked.with_name("20261204-150000-q1-2.wav")
    assert _frames(writer.path) == SAMPLE_RATE
    assert sorted(tmp_path.rglob("*")) == sorted([*before, writer.path])  # nothing else made
    if said == "another file":
        assert asked.read_bytes() == b"an earlier answer"  # (before: truncated to a header)
    assert not (tmp_path / "recordings" / "elsewhere.wav").exists()  # not written through


def test_numbers_taken_too_are_passed_over(tmp_path: Path) -> None:
    asked = tmp_path / "take.wav"
    for name in ("take.wav", "take-2.wav", "take-3.wav"):
        (tmp_path / name).write_bytes(b"kept")
    with WavWriter(asked) as writer:
        writer.write(SECOND)
    assert writer.path.name == "take-4.wav" and writer.taken == "another file"
    assert all((tmp_path / n).read_bytes() == b"kept" for n in ("take.wav", "take-2.wav"))


def test_a_free_name_is_used_as_asked(tmp_path: Path) -> None:
    with WavWriter(tmp_path / "take.wav") as writer:
        writer.write(SECOND)
    assert writer.path == writer.asked == tmp_path / "take.wav" and writer.taken == ""
