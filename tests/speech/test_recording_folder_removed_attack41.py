"""The recordings folder removed while an answer is recorded (attack run 41): a clean-up
script, or a person tidying the data folder, deletes recordings/ mid-answer. The writer went on
writing into a file with no name left, and closing it lost the recording for good while its
answer was stored pointing at it. The writer now puts the audio back under its name at close,
the folder made again."""

from __future__ import annotations

import shutil
import wave
from pathlib import Path

import pytest

from simulator.speech.recorder import SAMPLE_RATE, WavWriter

SECOND = b"\x01\x02" * SAMPLE_RATE


def _frames(path: Path) -> int:
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes()


@pytest.mark.parametrize("removed", ["file", "folder"])
def test_a_recording_whose_name_was_removed_is_put_back_at_close(
    tmp_path: Path, removed: str
) -> None:
    target = tmp_path / "data" / "recordings" / "answer-1.wav"
    writer = WavWriter(target)
    writer.write(SECOND)
    if removed == "file":
        target.unlink()
    else:
        shutil.rmtree(target.parent)
    writer.write(SECOND)  # the person goes on speaking
    assert writer.close() == pytest.approx(2.0)
    assert target.is_file() and _frames(target) == 2 * SAMPLE_RATE
    assert (target.stat().st_mode & 0o777) == 0o600
    assert target.read_bytes()[44:] == SECOND * 2


def test_a_recording_left_in_place_is_closed_as_before(tmp_path: Path) -> None:
    target = tmp_path / "answer.wav"
    with WavWriter(target) as writer:
        writer.write(SECOND)
    assert _frames(target) == SAMPLE_RATE and sorted(tmp_path.iterdir()) == [target]


def test_a_new_file_under_the_name_is_not_overwritten(tmp_path: Path) -> None:
    """Someone else's file made under the name meanwhile is kept: the audio goes beside it."""
    target = tmp_path / "answer.wav"
    writer = WavWriter(target)
    writer.write(SECOND)
    target.unlink()
    target.write_bytes(b"someone else's")
    writer.close()
    assert target.read_bytes() == b"someone else's"
    (kept,) = [p for p in tmp_path.iterdir() if p != target]
    assert kept.name.startswith("answer") and kept.suffix == ".wav"
    assert _frames(kept) == SAMPLE_RATE


def test_a_file_put_in_the_folders_place_keeps_the_audio_beside_it_attack60b(
    tmp_path: Path,
) -> None:
    """recordings/ deleted mid-answer and a file made under its name (attack60b): the folder
    could not be made again, and closing lost the recording without a word, its answer pointing
    at a file that was never there. The audio now goes beside that file, in the data folder,
    which is left as it was; ``taken`` says what was in the way (the page names both)."""
    folder = tmp_path / "data" / "recordings"
    target = folder / "answer-1.wav"
    writer = WavWriter(target)
    writer.write(SECOND)
    shutil.rmtree(folder)
    folder.write_bytes(b"someone else's")
    writer.write(SECOND)
    assert writer.close() == pytest.approx(2.0)
    assert folder.read_bytes() == b"someone else's"
    assert writer.path.parent == folder.parent and writer.path.suffix == ".wav"
    assert writer.path.name.startswith("recordings-answer-1-")
    assert _frames(writer.path) == 2 * SAMPLE_RATE
    assert (writer.path.stat().st_mode & 0o777) == 0o600
    assert "in place of its folder" in writer.taken
