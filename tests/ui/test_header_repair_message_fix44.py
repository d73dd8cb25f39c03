"""A WAV header that cannot be repaired after a slow close is said in words (review of
d268346b, fix44): the person saw a raw "[Errno 28] No space left on device: '...'"."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest

from simulator.speech.audiofile import AudioFileError
from simulator.ui.voice import header_not_repaired


@pytest.mark.parametrize(
    ("exc", "why"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "no space left on the disk"),
        (OSError(errno.EACCES, "Permission denied"), "permission denied"),
        (AudioFileError("answer.wav", "not a WAV file, cannot repair"), "not a WAV file"),
    ],
)
def test_a_header_not_repaired_is_said_in_words(exc: BaseException, why: str) -> None:
    said = header_not_repaired("/data/answers/q1.wav", exc)
    assert "/data/answers/q1.wav" in said and why in said and "kept" in said
    assert "Errno" not in said and "disk has room" in said


def test_the_voice_says_it_when_the_repair_fails(qtbot: Any, tmp_path: Path) -> None:  # noqa: ARG001
    from simulator.ui.tasks import TaskManager
    from simulator.ui.voice import VoiceAnswers

    tasks = TaskManager()
    voice = VoiceAnswers(tasks)
    said: list[str] = []
    voice.input_changed.connect(said.append)

    def submit(_work: Any, on_done: Any = None, on_error: Any = None) -> None:
        on_error(OSError(errno.ENOSPC, "No space left on device"))

    voice._asr.submit = submit  # type: ignore[method-assign,assignment]
    path = str(tmp_path / "answer.wav")
    voice._close_timed_out(path, "The microphone did not close in time.")
    assert said[0] == header_not_repaired(path, OSError(errno.ENOSPC, "x"))
    assert "Errno" not in said[0]
    tasks.shutdown()
