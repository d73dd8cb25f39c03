"""A Piper voice closed while its process is still being built ends that process before its
close returns.

The process exists from its start, but the speaker learnt of it only once the build answered
(0.3-1 s, seconds under load): the close set its flag, waited 5 s for the owner thread and
returned with the process still building, which then lived on until its build ended and the
thread freed it (the suite's leak list named such a voice process, > 2 s after its test). Here
the child never answers its build, so the process outlives the close unless the close ends it."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest

from simulator.speech import piper_process
from simulator.speech.piper_voice import PiperModel, PiperSpeaker
from simulator.speech.tts import SpeechUnavailable

WAIT_S = 30.0  # for what comes at once when things work (a busy machine)


def _started(before: set[int]) -> int:
    """The new voice process's pid, once it has been started."""
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        new = set(piper_process.live_pids()) - before
        if new:
            return new.pop()
        time.sleep(0.01)
    raise AssertionError("no voice process was started")


def test_closing_a_voice_whose_process_is_being_built_ends_that_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "voice.onnx.json"
    config.write_text('{"audio": {"sample_rate": 22050}}', encoding="utf-8")
    never_answers = [sys.executable, "-c", "import time; time.sleep(120)"]
    monkeypatch.setattr(piper_process, "child_command", lambda *_a: never_answers)
    model = PiperModel("piper:stand-in", "Stand-in", "en-US", tmp_path / "m.onnx", config)
    before = set(piper_process.live_pids())
    speaker = PiperSpeaker(tmp_path / "cache", model)
    loaded = speaker.load()
    pid = _started(before)
    closed = threading.Event()
    closer = threading.Thread(target=lambda: (speaker.close(), closed.set()), daemon=True)
    closer.start()
    assert closed.wait(WAIT_S), "the close did not return"
    assert pid not in piper_process.live_pids(), "the voice process outlived its close"
    with pytest.raises(SpeechUnavailable, match="closed"):
        loaded.result(timeout=WAIT_S)  # told it will not come, not "could not load"


_ANSWERS_BUT_NEVER_RENDERS = """
import pathlib, pickle, sys, time
out, inp = sys.stdout.buffer, sys.stdin.buffer
pickle.dump(("ok", None), out)  # built
out.flush()
while True:
    request = pickle.load(inp)
    if request[0] == "synthesize":
        pathlib.Path(sys.argv[1]).touch()
        time.sleep(120)
    pickle.dump(("ok", []), out)
    out.flush()
"""


def test_closing_a_voice_whose_process_is_rendering_ends_that_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The close waited 5 s for the owner thread, which waited for the process's reply (up to
    ``REPLY_TIMEOUT_S``, 30 s): the process lived on after the close, rendering."""
    config = tmp_path / "voice.onnx.json"
    config.write_text('{"audio": {"sample_rate": 22050}}', encoding="utf-8")
    rendering = tmp_path / "rendering"
    child = [sys.executable, "-c", _ANSWERS_BUT_NEVER_RENDERS, str(rendering)]
    monkeypatch.setattr(piper_process, "child_command", lambda *_a: child)
    model = PiperModel("piper:stand-in", "Stand-in", "en-US", tmp_path / "m.onnx", config)
    before = set(piper_process.live_pids())
    speaker = PiperSpeaker(tmp_path / "cache", model)
    (said,) = speaker.render_parts("Tell me about a project you led.")
    pid = _started(before)
    deadline = time.monotonic() + WAIT_S
    while not rendering.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert rendering.exists(), "the sentence was never sent to the voice process"
    closed = threading.Event()
    closer = threading.Thread(target=lambda: (speaker.close(), closed.set()), daemon=True)
    closer.start()
    assert closed.wait(WAIT_S), "the close did not return"
    assert pid not in piper_process.live_pids(), "the voice process outlived its close"
    with pytest.raises(SpeechUnavailable, match="closed"):
        said.result(timeout=WAIT_S)
