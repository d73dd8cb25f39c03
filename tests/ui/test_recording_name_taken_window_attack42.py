"""A recording's name taken by a folder (attack run 42), from the capture worker to the
person: the worker says where the audio went before it says the recording stopped, the
microphone passes it on, and the voice answers say what had the name and where the recording
is (the session core then stores that file with the answer: test_session_recording_elsewhere)."""

from __future__ import annotations

from pathlib import Path

from simulator.speech.recorder import SAMPLE_RATE, WavWriter
from simulator.ui.audio_capture import _CaptureWorker
from simulator.ui.tasks import TaskManager
from simulator.ui.voice import VoiceAnswers
from tests.ui.test_capture_drain import _Capture


def test_the_worker_says_where_the_audio_went_before_it_stopped(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    asked = tmp_path / "take.wav"
    asked.mkdir()  # a folder has the name
    capture = _Capture(asked)
    worker = _CaptureWorker(capture, end_silence_s=30.0)  # type: ignore[arg-type]
    worker._writer = WavWriter(capture.path)
    worker._writer.write(b"\x01\x00" * SAMPLE_RATE)
    worker._close()
    beside = tmp_path / "take-2.wav"
    kinds = [k for k, _ in capture.events]
    assert kinds[-2:] == ["elsewhere", "stopped"]
    assert capture.events[-2][1] == (str(asked), str(beside), "a folder")
    assert capture.events[-1][1] == (str(beside), 1.0) and capture.path == beside
    assert asked.is_dir() and beside.stat().st_size == 44 + 2 * SAMPLE_RATE


def test_the_voice_answers_say_what_had_the_name_and_where_the_recording_is(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    tasks = TaskManager()
    voice = VoiceAnswers(tasks)
    told: list[tuple[str, str, str]] = []
    voice.recording_elsewhere.connect(lambda *args: told.append(args))
    mic = voice._microphone()
    asked, beside = tmp_path / "q1.wav", tmp_path / "q1-2.wav"
    voice._path = asked  # the answer being recorded
    mic.recording_elsewhere.emit(str(asked), str(beside), "a folder")
    ((named, path, text),) = told
    assert named == str(asked) and path == str(beside) and voice.path == beside
    assert f"could not be recorded as {asked}: a folder has that name" in text
    assert f"saved as {beside}" in text
    assert tasks.drain(2000)
