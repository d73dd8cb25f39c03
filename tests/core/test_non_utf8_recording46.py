"""A data folder whose name has bytes that are not UTF-8 (attack run 46): Review's waveform
failed ('surrogates not allowed': soundfile encodes a name strictly) and the player said 'No
such file or directory' of a recording that is there (Qt takes names as text). The waveform
and transcription read it now; Review says why it cannot be played and where."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from simulator.core.recording_check import recording_notice, recording_problem
from simulator.core.review import waveform_peaks
from simulator.speech.audiofile import read_audio


@pytest.fixture
def recording(tmp_path: Path) -> Path:
    folder = Path(os.fsdecode(os.fsencode(tmp_path) + b"/data\xff\xfe"))
    try:
        folder.mkdir()
    except OSError:
        pytest.skip("this file system takes UTF-8 names only")
    path = folder / "answer.wav"
    tone = 0.5 * np.sin(np.linspace(0, 2000, 16000, dtype=np.float32))
    sf.write(os.fsencode(path), tone, 16000, subtype="PCM_16")
    return path


def test_a_recording_in_a_folder_named_in_other_bytes_reads_and_says_why_it_cannot_play(
    recording: Path,
) -> None:
    assert max(waveform_peaks(recording)) > 0.4
    samples, seconds = read_audio(recording)
    assert len(samples) == 16000 and seconds == pytest.approx(1.0)
    problem = recording_problem(recording)
    assert problem is not None and "not UTF-8" in problem and "the recording is kept" in problem
    notice = recording_notice(recording, problem)
    assert "data\\xff\\xfe/answer.wav" in notice
    notice.encode("utf-8")  # a window can show it (no lone surrogates)
