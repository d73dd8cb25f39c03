"""Fixtures for the speech tests: rendered speech, real recorded speech, a WER measure and a
private PulseAudio virtual microphone."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from benchmarks.speech_set import BY_ID, cache_lock, clip, default_cache
from simulator.speech.virtualmic import VirtualMic
from simulator.speech.wer import word_error_rate

CACHE = Path(__file__).resolve().parent.parent / ".cache"


@pytest.fixture
def wer() -> Callable[[str, str], float]:
    return word_error_rate


@pytest.fixture
def speak(tmp_path: Path) -> Callable[..., Path]:
    """Render text to a WAV with espeak-ng (22.05 kHz mono)."""
    if shutil.which("espeak-ng") is None:
        pytest.fail("espeak-ng is not installed (make system-deps)")

    def render(text: str, name: str = "speech.wav", voice: str = "en-us", speed: int = 160) -> Path:
        out = tmp_path / name
        subprocess.run(
            ["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(out), text],
            check=True,
            capture_output=True,
        )
        return out

    return render


@pytest.fixture(scope="session")
def real() -> Callable[[str, str], Path]:
    """A recording of benchmarks/speech_set.py (``item``, ``"clean"`` or ``"noisy"``), cached."""

    def get(item: str, condition: str) -> Path:
        return clip(BY_ID[item], condition, default_cache())

    return get


@pytest.fixture(scope="session")
def heard(real: Callable[[str, str], Path]) -> Callable[[str, str], str]:
    """What Whisper hears in a recording of the set, decoded anew at each call."""

    from simulator.speech.asr import get_whisper

    def text(item: str, condition: str) -> str:
        return get_whisper(None).transcribe_file(real(item, condition)).text

    return text


@pytest.fixture(scope="session")
def beckett_wav() -> Path:
    """Real recorded human speech (10 s) from the useful-moonshine-onnx wheel, cached."""
    target = CACHE / "beckett.wav"
    if target.exists():
        return target
    with cache_lock(CACHE):  # the other test process may be fetching it too
        if not target.exists():
            _fetch_beckett(target)
    return target


def _fetch_beckett(target: Path) -> None:
    wheels = CACHE / "wheels"
    if not list(wheels.glob("useful_moonshine_onnx-*.whl")):
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--quiet",
                "useful-moonshine-onnx",
                "-d",
                str(wheels),
            ],
            check=True,
            timeout=300,
        )
    wheel = sorted(wheels.glob("useful_moonshine_onnx-*.whl"))[-1]
    with zipfile.ZipFile(wheel) as zf:
        data = zf.read("moonshine_onnx/assets/beckett.wav")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    partial.write_bytes(data)
    partial.replace(target)


@pytest.fixture
def virtual_mic() -> Iterator[VirtualMic]:
    """A private PulseAudio server with a virtual microphone (stopped by its pid afterwards).

    For Qt-free users (subprocesses get ``mic.env``); Qt tests run in their own process, see
    tests/ui/test_audio_input.py, because Qt connects to one audio server per process.
    """
    if not VirtualMic.available():
        pytest.fail("pulseaudio / pulseaudio-utils are not installed (make system-deps)")
    mic = VirtualMic().start()
    try:
        yield mic
    finally:
        mic.stop()
