"""A spoken interview through the real window: espeak-ng speaks an answer into a real PulseAudio
virtual microphone, the app records it, Whisper transcribes it, and it is scored and saved.
Then the crash case: the app is killed with SIGKILL mid-answer and the next launch resumes.

Each run of the app is its own process, since Qt binds to one audio server per process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from simulator.speech.virtualmic import VirtualMic

DRIVER = Path(__file__).with_name("spoken_session.py")
FIRST_HALF = (
    "High bias means the model is too simple and underfits, so training error and validation error "
    "are both high. High variance means it overfits: it memorizes noise, and the gap between "
    "training and validation error is large."
)
SECOND_HALF = (
    "Regularization or more data reduce variance, while more features or a more flexible model "
    "reduce bias."
)
ANSWER = f"{FIRST_HALF} {SECOND_HALF}"
# Said while the answer is paused: none of it may be recorded.
ASIDE = "Sorry, my phone is ringing. Hello? Yes, I will call you back about the pizza delivery."
pytestmark = pytest.mark.slow


@pytest.fixture
def mic(tmp_path: Path) -> Iterator[VirtualMic]:
    with VirtualMic(tmp_path / "pulse") as vm:
        yield vm


@pytest.fixture
def answer_wav(tmp_path: Path) -> Path:
    out = tmp_path / "answer.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "160", "-w", str(out), ANSWER], check=True)
    return out


def _speak(path: Path, text: str) -> Path:
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "160", "-w", str(path), text], check=True)
    return path


def _seconds(path: Path | str) -> float:
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


def _driver(mode: str, mic: VirtualMic, data_dir: Path, *wavs: Path, **kw):  # type: ignore[no-untyped-def]
    args = [sys.executable, str(DRIVER), mode, str(data_dir), *map(str, wavs)]
    env = dict(mic.env, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw
    )


def _result(proc: subprocess.Popen[str], timeout: float = 420) -> dict:  # type: ignore[type-arg]
    """The driver's JSON line. A driver still running after ``timeout`` (a hang, or a machine
    far too busy) is ended, and its last stages are shown."""
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        pytest.fail(f"the app took over {timeout:.0f} s; its last stages:\n{err[-3000:]}")
    assert proc.returncode == 0, err[-3000:]
    return json.loads(out.strip().splitlines()[-1])


def _words(text: str) -> list[str]:
    return "".join(c if c.isalnum() or c == " " else " " for c in text.lower()).split()


def test_a_spoken_answer_paused_halfway_is_recorded_transcribed_scored_and_saved(
    mic: VirtualMic, tmp_path: Path
) -> None:
    """The answer is paused halfway (the Pause button), something else is said while paused,
    then it is resumed and finished: one recording holds both halves and nothing of the
    aside; it ends by itself after the silence, and is transcribed, scored and saved."""
    first = _speak(tmp_path / "first.wav", FIRST_HALF)
    aside = _speak(tmp_path / "aside.wav", ASIDE)
    rest = _speak(tmp_path / "rest.wav", SECOND_HALF)
    result = _result(_driver("interview", mic, tmp_path / "data", first, aside, rest))
    assert result["mode"] == "spoken"
    said, heard = _words(ANSWER), _words(result["text"])
    common = sum(min(said.count(w), heard.count(w)) for w in set(said))
    assert common / len(said) >= 0.85, result["text"]  # most words came through the real mic
    # Both halves came through: most of the words only one half says (not any one word: a
    # machine under load hears "features" as "wonders" now and then).
    first_only = set(_words(FIRST_HALF)) - set(_words(SECOND_HALF))
    second_only = set(_words(SECOND_HALF)) - set(_words(FIRST_HALF))
    for half in (first_only, second_only):
        assert len(half & set(heard)) >= 0.6 * len(half), result["text"]
    assert not {"phone", "ringing", "pizza", "delivery"} & set(heard), result["text"]
    assert result["words"] >= 0.8 * len(said)  # word timings are stored
    paused = result["paused"]
    assert paused["status"] == "❚❚ Paused · microphone off" and "Ctrl+P" in paused["hint"]
    assert paused["clock_still"] and paused["state_after"] == "paused"  # no silence ended it
    # the first half, to its last words, captioned while paused: its last word and most of
    # its last sentence (not every word: under load "the gap between" was heard as "the
    # gathered wing")
    captioned = set(_words(paused["caption"]))
    last_sentence = {"overfits", "memorizes", "noise", "gap", "between", "large"}
    assert "large" in captioned, paused["caption"]
    assert len(last_sentence & captioned) >= 3, paused["caption"]
    print(f"text: {result['text']}\ncaption when paused: {paused['caption']}")
    recorded_s = _seconds(result["audio_path"])
    spoken_s = _seconds(first) + _seconds(rest)
    print(f"\nrecorded {recorded_s:.1f} s; said {spoken_s:.1f} s, aside {_seconds(aside):.1f} s")
    assert spoken_s < recorded_s < spoken_s + 5.0  # with the aside it would be 8 s longer
    assert result["overall"] is not None and result["overall"] >= 50
    assert result["delivery"] and 100 < result["delivery"]["wpm"] < 220
    assert result["page_text"] == result["text"]  # the transcript is shown on the page
    assert any("silence" in n for n in result["notices"])  # it ended by itself after the pause
    assert result["held"] == [1, 0]  # nothing ahead of time ran while recording; then it may


def test_killed_mid_answer_the_next_launch_recovers_the_audio_and_resumes(
    mic: VirtualMic, answer_wav: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    proc = _driver("crash", mic, data, answer_wav)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if line.strip() != "SPOKEN":
        _, err = proc.communicate(timeout=10)
        pytest.fail(f"the app did not record: {err[-3000:]}")
    os.kill(proc.pid, signal.SIGKILL)  # no clean-up of any kind, as in a power cut
    proc.communicate(timeout=10)
    with wave.open(str(answer_wav)) as w:
        spoken_s = w.getnframes() / w.getframerate()

    result = _result(_driver("resume", mic, data))
    assert result["status"] == "finished"
    assert result["mode"] == "spoken" and result["overall"] is not None
    with wave.open(result["audio_path"]) as w:  # repaired: a valid WAV with all but ~1 s
        recorded_s = w.getnframes() / 16000
    assert recorded_s >= spoken_s - 1.0
    assert len(_words(result["text"])) >= 0.8 * len(_words(ANSWER))
