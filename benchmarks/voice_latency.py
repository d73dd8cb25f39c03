"""The interviewer's voice: from a question being shown to its first sample playing.

Runs the app's ``InterviewerVoice`` with the real speaker (Piper, else espeak-ng) and Qt
Multimedia playing into a private PulseAudio null sink, whose monitor ``parec`` records; the
latency is ``say()`` -> the first audible sample arriving there (what a listener hears; Qt's
player position lags 1.5-2 s behind the sound here, so it is not used). Three cases:
pre-rendered (``prepare()`` ran while the previous question was answered; goal <= 150 ms), cold
with the voice loaded (goal <= 700 ms), and the very first sentence of an interview (the voice
model loads too). Prints the median and spread of several runs of each.

    .venv/bin/python benchmarks/voice_latency.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_AUDIO_BACKEND"] = "pulseaudio"

import numpy as np  # noqa: E402

from simulator.speech.virtualmic import VirtualMic  # noqa: E402

RATE = 16000
QUESTIONS = [
    "Explain the bias-variance trade-off. How does it show up when you choose the depth of a tree?",
    "Tell me about a time you disagreed with a teammate about a modelling decision.",
    "How would you detect data leakage in a feature pipeline? Give a concrete example.",
    "Design a system that recommends videos to millions of users. Where would you start?",
    "What is the difference between precision and recall? When would you favour one of them?",
    "How do you choose a learning rate, and what do you watch while training?",
    "Walk me through how you would evaluate a fraud model before it goes live.",
]
GOALS_MS = {"pre-rendered": 150.0, "cold, voice loaded": 700.0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-voice-"))
    mic = VirtualMic(tmp / "pulse").start()
    os.environ["PULSE_SERVER"] = mic.server  # before Qt's audio first connects
    try:
        return run(tmp, min(args.runs, len(QUESTIONS) - 1))
    finally:
        mic.stop()


def run(tmp: Path, runs: int) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from simulator.speech.voices import InterviewerSpeaker
    from simulator.ui.interviewer_voice import InterviewerVoice
    from simulator.ui.tasks import TaskManager

    app = QApplication([])
    tasks = TaskManager(app)

    def wait_for(condition: Callable[[], bool], seconds: float = 60) -> None:
        loop, poll = QEventLoop(), QTimer()
        deadline = time.monotonic() + seconds
        poll.timeout.connect(lambda: (condition() or time.monotonic() > deadline) and loop.quit())
        poll.start(1)
        loop.exec()
        poll.stop()

    recording = tmp / "sink.raw"
    parec = subprocess.Popen(
        ["parec", "--device=vspk.monitor", "--format=s16le", f"--rate={RATE}",
         "--channels=1", "--latency-msec=5", str(recording)],
        env={**os.environ, "PULSE_SERVER": os.environ["PULSE_SERVER"]},
    )  # fmt: skip
    wait_for(lambda: recording.exists() and recording.stat().st_size > 0, 10)

    def first_sample(voice: InterviewerVoice, text: str) -> float:
        """Seconds from say() to the first audible sample at the sink (then playback stops)."""
        wait_for(lambda: False, 0.4)  # silence before
        offset = recording.stat().st_size // 2
        voice.say(text, lambda: None)
        wait_for(lambda: False, 4.0)
        voice.stop()
        wait_for(lambda: False, 0.3)
        samples = np.fromfile(recording, dtype=np.int16)[offset:]
        loud = np.flatnonzero(np.abs(samples) > 500)
        return float(loud[0]) / RATE if loud.size else float("nan")

    results: dict[str, list[float]] = {}
    # The very first sentence with a fresh speaker whose model is not loaded (the app loads it
    # in the background shortly after start-up, and renders questions and their follow-ups
    # ahead, so a person meets this only with text that could not be foreseen).
    for i in range(runs):
        speaker = InterviewerSpeaker(tmp / f"cache-first-{i}")
        voice = InterviewerVoice(speaker, tasks)
        results.setdefault("model not loaded yet", []).append(first_sample(voice, QUESTIONS[i]))
        speaker.close()
    speaker = InterviewerSpeaker(tmp / "cache")
    print(f"voice: {speaker.in_use()}")
    voice = InterviewerVoice(speaker, tasks)
    first_sample(voice, "Welcome to your mock interview.")  # loads the model
    for i in range(runs):
        # Worded differently from every prepared text, so none of its sentences is cached; the
        # model is loaded (it unloads after idling, so this is speech soon after other speech).
        cold = f"Next, {QUESTIONS[i][0].lower()}{QUESTIONS[i][1:]}"
        speaker.preload()
        wait_for(lambda: False, 2.0)
        results.setdefault("cold, voice loaded", []).append(first_sample(voice, cold))
        upcoming = QUESTIONS[i + 1] + " Take your time."
        voice.prepare(upcoming)  # while the person answers question i
        wait_for(lambda: False, 5.0)  # an answer takes longer than loading and rendering
        results.setdefault("pre-rendered", []).append(first_sample(voice, upcoming))
    speaker.close()
    parec.terminate()
    ok = True
    for case, values in results.items():
        ms = sorted(1000 * v for v in values)
        goal = GOALS_MS.get(case)
        missed = goal is not None and statistics.median(ms) > goal
        ok = ok and not missed
        print(
            f"question shown -> first sample, {case}: median {statistics.median(ms):.0f} ms "
            f"(best {ms[0]:.0f}, worst {ms[-1]:.0f}; {len(ms)} runs)"
            + (f"; goal <= {goal:.0f} ms" if goal else "")
            + ("  MISSED" if missed else "")
        )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
