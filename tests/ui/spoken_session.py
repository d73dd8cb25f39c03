"""Drives the real window through a spoken interview; run in its own process by
test_spoken_interview.py (Qt binds to one audio server per process, the test's virtual mic).

    python spoken_session.py interview|crash|resume DATA_DIR [ANSWER_WAV [PAUSED_WAV REST_WAV]]

With PAUSED_WAV and REST_WAV, ``interview`` pauses after ANSWER_WAV, plays PAUSED_WAV while
paused, resumes and plays REST_WAV: the stored answer is ANSWER_WAV then REST_WAV.

Prints one JSON line of results at the end (``interview``, ``resume``), or "SPOKEN" and then
waits to be killed (``crash``).
"""

from __future__ import annotations

import array
import json
import os
import subprocess
import sys
import time
import wave
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    mode, data_dir = sys.argv[1], Path(sys.argv[2])
    wav = Path(sys.argv[3]) if len(sys.argv) > 3 else None
    os.environ["ML_INTERVIEW_DATA_DIR"] = str(data_dir)

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from simulator.app import build_services
    from simulator.core.interview import State
    from simulator.core.session import SessionPlan
    from simulator.settings import Settings
    from simulator.ui.main_window import MainWindow

    _app = QApplication([])  # noqa: F841 (kept alive for the whole run)
    Settings(voice_enabled=False, follow_ups=False, answer_mode="spoken", silence_end_s=2.5).save()
    services = build_services(with_speaker=False)
    window = MainWindow(services)
    window.show()
    notices: list[str] = []
    window.controller.notice_posted.connect(notices.append)
    window.controller.error_raised.connect(notices.append)

    began = time.monotonic()

    def stage(what: str) -> None:
        """On stderr: where a run that took too long had got to."""
        print(f"{time.monotonic() - began:6.1f} s  {what}", file=sys.stderr, flush=True)

    def wait_for(condition, seconds: float = 60) -> None:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit(
                    f"timed out in state {window.controller.state}; notices: {notices}"
                )
            QCoreApplication.processEvents()
            time.sleep(0.005)

    stage("window shown")
    if mode in ("interview", "crash"):
        assert wav is not None and services.bank is not None
        question = services.bank.get("tech.bias-variance")
        window.home.answer_mode.setCurrentIndex(window.home.answer_mode.findData("spoken"))
        window.services.settings.answer_mode = "spoken"
        window.interview.set_spoken(True)
        window.stack.setCurrentWidget(window.interview)
        window.controller.start(SessionPlan("Spoken test", spoken=True, voice=False), [question])
        # (or already answering: the thinking time can run out first on a loaded machine)
        wait_for(lambda: window.controller.state in (State.PREPARING, State.ANSWERING))
        stage("preparing")
        if window.controller.state is State.PREPARING:
            window.controller.begin_answer()
        wait_for(lambda: window.voice_answers.capturing)
        stage("recording")
        start = time.monotonic()
        captions: list[str] = []
        window.voice_answers.caption_changed.connect(captions.append)
        from simulator.speech.memory import TURNS

        held_while_recording = 0  # work done ahead of time waits while an answer is recorded

        def play(path: Path) -> None:
            """paplay runs in real time; the event loop turns meanwhile, as in the app."""
            nonlocal held_while_recording
            player = subprocess.Popen(["paplay", "--device=vspk", "--latency-msec=1000", str(path)])
            while player.poll() is None:
                QCoreApplication.processEvents()
                held_while_recording = max(held_while_recording, TURNS._live)
                time.sleep(0.005)

        paused: dict[str, object] = {}
        if mode == "interview" and len(sys.argv) > 5:
            # Paused halfway (the Pause button): what is said while paused is not recorded,
            # the clock stands still, no silence ends the answer; Resume goes on with it.
            held: list[str] = []  # the caption once all said before the pause is in it
            window.voice_answers.held.connect(held.append)
            play(wav)
            window.interview.pause_button.click()
            wait_for(lambda: window.controller.state is State.PAUSED)
            stage("paused")
            clock = window.interview.clock.text()
            paused["status"] = window.interview.status.text()
            paused["hint"] = window.interview.hint.text()
            play(Path(sys.argv[4]))  # longer than the 2.5 s that end an answer
            for _ in range(200):  # a second more of the event loop, still paused
                QCoreApplication.processEvents()
                time.sleep(0.005)
            paused["clock_still"] = window.interview.clock.text() == clock
            # The words still on their way when Pause was pressed are captured, then the last
            # of them transcribed: on a busy machine that can take a while.
            wait_for(lambda: bool(held), 120)
            stage("held: all said before the pause captioned")
            paused["caption"] = window.interview.answer.toPlainText()
            paused["state_after"] = window.controller.state.value
            window.interview.pause_button.click()
            wait_for(lambda: not window.voice_answers.paused)
            stage("resumed")
            wav = Path(sys.argv[5])
        recording = window.voice_answers.path
        before = _recorded_bytes(recording) if mode == "crash" else 0
        play(wav)
        if mode == "crash":
            # Killed once what was played is in the recording file (not after a fixed while):
            # the file has grown by about the played audio's length since the playing began, and
            # its last half second is quiet again after the words.
            assert recording is not None
            with wave.open(str(wav)) as w:
                played = w.getnframes() / w.getframerate()
            wait_for(lambda: _holds(recording, before, played), 20)
            if window.controller.state is not State.ANSWERING:  # the silence ended it first
                raise SystemExit(f"the answer ended before the kill: {window.controller.state}")
            stage(f"the recording holds the played {played:.1f} s")
            print("SPOKEN", flush=True)
            while True:
                QCoreApplication.processEvents()
                time.sleep(0.01)
        stage("spoken; waiting for the silence to end the answer")
        wait_for(lambda: window.controller.state is State.REVIEWING, 90)
        stage("reviewing")
        ended_after = time.monotonic() - start
        wait_for(lambda: window.interview.feedback.isVisible())
        session_id = window.controller.session_id
        assert session_id is not None

        def stored_score() -> bool:
            # The score is written on the database lane as it is shown: on a loaded machine
            # the feedback can be on screen a moment before the row has it.
            answers = services.storage.session(session_id).answers
            return bool(answers) and answers[0].overall is not None

        wait_for(stored_score, 30)
        stage("score stored")
        record = services.storage.session(session_id)
        answer = record.answers[0]
        print(
            json.dumps(
                {
                    "mode": answer.mode,
                    "text": answer.text,
                    "audio_path": answer.audio_path,
                    "words": len((answer.transcript or {}).get("words", [])),
                    "overall": answer.overall,
                    "delivery": (
                        answer.score.delivery.to_dict()
                        if answer.score is not None and answer.score.delivery is not None
                        else None
                    ),
                    "captions": captions[-3:],
                    "page_text": window.interview.answer.toPlainText(),
                    "seconds_to_review": round(ended_after, 1),
                    "notices": notices,
                    "held": [held_while_recording, TURNS._live],
                    "paused": paused,
                }
            )
        )
    elif mode == "resume":
        wait_for(lambda: window.home.resume_button.isVisible(), 20)
        window.home.resume_button.click()
        wait_for(lambda: window.controller.state is not State.IDLE)
        wait_for(
            lambda: (
                window.stack.currentWidget() is window.scorecard
                if window._scorecard is not None
                else False
            ),
            300,  # a hang guard under the test's 420 s: at load 17 120 s was not enough
        )
        sessions = services.storage.sessions()
        answer = sessions[0].answers[0]
        print(
            json.dumps(
                {
                    "status": sessions[0].status,
                    "mode": answer.mode,
                    "text": answer.text,
                    "audio_path": answer.audio_path,
                    "overall": answer.overall,
                    "notices": notices,
                }
            )
        )
    window.shutdown()


RECORDED_RATE = 16000  # the app's WAV files: 16 kHz mono 16-bit, a 44-byte header


def _recorded_bytes(path: Path | None) -> int:
    """The audio bytes written so far (the header's sizes are rewritten only once a second)."""
    try:
        return max(os.path.getsize(path) - 44, 0) if path is not None else 0
    except OSError:  # not created yet: the microphone opens on its own thread
        return 0


def _holds(path: Path, before: int, played_s: float) -> bool:
    """Whether the recording has the whole played audio: about as many seconds written since
    the playing began (its own silences at the ends may be cut: 0.5 s of slack), the words among
    them, and the last half second quiet again, after the last words."""
    written = _recorded_bytes(path)
    if (written - before) / (2 * RECORDED_RATE) < played_s - 0.5:
        return False
    with open(path, "rb") as f:
        f.seek(44 + before - before % 2)
        samples = array.array("h", f.read(written - before - (written - before) % 2))
    if sys.byteorder == "big":
        samples.byteswap()
    tail = RECORDED_RATE // 2
    loudest = max(map(abs, samples[:-tail]), default=0)
    return loudest > 1000 and max(map(abs, samples[-tail:])) < 0.1 * loudest


if __name__ == "__main__":
    main()
