"""Repaints of a typed interview in a real X window (Xvfb): does the window stop repainting?

Starts its own Xvfb (``-displayfd``, no clash with other X servers), opens the real MainWindow
on it (Qt's xcb platform, default settings: the interviewer's voice and follow-ups on, no audio
device) and types an interview with real X key events (``xdotool``, as a person's keyboard), one
action at a time, each 0.8 s after the screen changed: Ctrl+Enter through the introduction, the
reading and the countdown, the answer typed, Ctrl+Enter to submit, the feedback read for 3 s,
Ctrl+Enter to go on, follow-ups answered the same way, until 4 answers are in. A probe label
in the window changes every 50 ms, so a window that repaints shows a paint of it at least that
often. Each try prints, from the first key to the last, the longest gap between heartbeats of
a 5 ms ``QTimer`` (the event loop blocked) and between the probe's paints (the window not
repainted although the loop ran), the time from the first submit key to the feedback being
shown, and how long closing the window took; a GUI thread held over 1 s gets its stack printed
(``faulthandler.dump_traceback_later``). ``--shots`` also takes an ImageMagick ``import``
screenshot as each action starts, as the screenshot tool ``shot`` does. Goal: no gap over
500 ms, in any try.

Measured (2026-11-30, 2 cores shared by five people, so noisy): 10 tries, longest gap 48-290 ms
(paints 68-298 ms), first submit -> feedback 0.06-0.12 s; 10 tries with ``--shots``: 94-393 ms
(paints 113-398 ms), 0.14-0.28 s, closing 6-211 ms (in 10 earlier tries, up to 1.4 s: closing
waits for the Piper voice to finish the piece it is rendering; a piece waiting for its turn
gives up at once). The ~5 s without a repaint once seen after a first typed submit under Xvfb
did not come back in 30 tries (these and the 10 earlier).

    .venv/bin/python benchmarks/typed_repaint.py [--tries 10] [--shots]
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ANSWER = "Bias is error from wrong assumptions and variance is error from sensitivity to noise"
GOAL_GAP_MS = 500.0
ANSWERS = 4  # answers submitted (main answers and follow-ups) before the try ends
ACT_AFTER_S = 0.8  # a person acts this long after the screen changed
READ_FEEDBACK_S = 3.0


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        display = pipe.readline().strip()
    return xvfb, f":{display}"


def one_try(shots: Path | None) -> dict[str, float]:
    """Runs in a child process (one QApplication per process)."""
    os.environ.pop("QT_QPA_PLATFORM", None)
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    from simulator.app import build_services
    from simulator.ui.main_window import MainWindow

    app = QApplication(["typed-repaint"])
    services = build_services()
    window = MainWindow(services)
    probe = QLabel("0", window)
    probe.setGeometry(2, 2, 30, 14)
    probe.show()
    window.show()
    window.raise_()
    window.activateWindow()

    paints: list[float] = []
    beats: list[float] = []
    marks: dict[str, float] = {}

    class PaintWatch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
            if obj is probe and event.type() == QEvent.Type.Paint:
                paints.append(time.perf_counter())
            return False

    watch = PaintWatch()
    probe.installEventFilter(watch)
    counter = [0]

    def tick_probe() -> None:
        counter[0] += 1
        probe.setText(str(counter[0] % 100))

    probe_timer = QTimer()
    probe_timer.timeout.connect(tick_probe)
    probe_timer.start(50)

    def beat() -> None:
        beats.append(time.perf_counter())
        # A GUI thread held > 1 s gets its stack printed (stderr) while it is held.
        faulthandler.dump_traceback_later(1.0, repeat=False)

    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(beat)
    heartbeat.start(5)

    feedback_shown: list[float] = []

    def feedback_check() -> None:
        if not feedback_shown and window.interview.feedback.isVisible():
            feedback_shown.append(time.perf_counter())

    poll = QTimer()
    poll.timeout.connect(feedback_check)
    poll.start(10)

    states: list[tuple[float, str]] = []
    window.controller.state_changed.connect(
        lambda state: states.append((time.perf_counter(), str(state)))
    )
    win_id = str(int(window.winId()))
    started = time.perf_counter()
    person = _Person(window, win_id, shots, started, marks, feedback_shown, app.quit)
    driver = QTimer()
    driver.timeout.connect(person.act)
    driver.start(20)
    first_submit_to_feedback = [0.0]

    def note_feedback() -> None:
        if "submit 1" in marks and feedback_shown and not first_submit_to_feedback[0]:
            first_submit_to_feedback[0] = feedback_shown[0] - marks["submit 1"]

    poll.timeout.connect(note_feedback)
    app.exec()  # quit() closes the window first (MainWindow.closeEvent: shutdown)
    closed = time.perf_counter()
    faulthandler.cancel_dump_traceback_later()
    window.shutdown()
    state = window.controller.state.value

    ended = marks.get("end", closed)

    def worst_gap(times: list[float], after: float) -> tuple[float, float]:
        pairs = zip(times, times[1:], strict=False)
        gaps = [(b - a, a) for a, b in pairs if a >= after and b <= ended]
        gap, at = max(gaps, default=(0.0, 0.0))
        return 1000 * gap, at - started

    after = marks.get("go on from idle", started)
    beat_ms, beat_at = worst_gap(beats, after)
    paint_ms, paint_at = worst_gap(paints, after)
    return {
        "heartbeat_gap_ms": round(beat_ms, 1),
        "heartbeat_gap_at_s": round(beat_at, 1),
        "paint_gap_ms": round(paint_ms, 1),
        "paint_gap_at_s": round(paint_at, 1),
        "submit_at_s": round(marks.get("submit 1", 0.0) - started, 1),
        "submit1_to_feedback_s": round(first_submit_to_feedback[0], 2),
        "state_at_end": state,  # type: ignore[dict-item]
        "paints": len(paints),
        "closing_ms": round(1000 * (closed - ended)),  # the window closing, after the interview
        "states": " ".join(f"{t - started:.1f}:{name}" for t, name in states),
        "steps": " ".join(f"{t - started:.1f}:{name}" for name, t in marks.items()),
    }


class _Person:
    """Presses the keys a person would, one action at a time (the next one only once the
    previous keys have all been sent and the screen has shown the result for a moment)."""

    def __init__(
        self,
        window: Any,
        win_id: str,
        shots: Path | None,
        started: float,
        marks: dict[str, float],
        feedback_shown: list[float],
        quit_app: Any,
    ) -> None:
        self.window, self.win_id, self.shots, self.started = window, win_id, shots, started
        self.marks, self.feedback_shown, self.quit_app = marks, feedback_shown, quit_app
        self.keys: subprocess.Popen[bytes] | None = None
        self.last_state = ""
        self.changed_at = started + 1.5  # the window's first paint and idle-time loading
        self.typed_in: set[int] = set()  # answers typed (by count of answers submitted)
        self.submitted = 0
        self.shot = 0
        self.done = False

    def act(self) -> None:
        if self.done or (self.keys is not None and self.keys.poll() is None):
            return
        controller = self.window._controller
        state = controller.state.value if controller is not None else "idle"
        now = time.perf_counter()
        if state != self.last_state:
            self.last_state, self.changed_at = state, now
        waited = now - self.changed_at
        if waited < ACT_AFTER_S:
            return
        if state in ("answering", "follow_up") and self.submitted not in self.typed_in:
            self.typed_in.add(self.submitted)
            self._send(["type", "--delay", "15", ANSWER], f"type answer {self.submitted + 1}")
        elif state in ("answering", "follow_up"):
            self.submitted += 1
            self.feedback_shown.clear()
            self._send(["key", "ctrl+Return"], f"submit {self.submitted}")
        elif state == "reviewing" and self.submitted >= ANSWERS:
            self._end()
        elif state == "reviewing" and waited >= READ_FEEDBACK_S:
            self._send(["key", "ctrl+Return"], "next")
        elif state in ("idle", "briefing", "asking", "preparing", "asking_follow_up"):
            self._send(["key", "ctrl+Return"], f"go on from {state}")
        elif state in ("wrap_up", "scorecard") and waited >= READ_FEEDBACK_S:
            self._end()

    def _send(self, args: list[str], what: str) -> None:
        self.marks.setdefault(what, time.perf_counter())
        self.changed_at = time.perf_counter()  # the next action waits again
        # Not waited for: the event loop keeps running, as with a person's keyboard.
        self.keys = subprocess.Popen(
            ["xdotool", "windowfocus", "--sync", self.win_id, *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        if self.shots is not None:
            self.shot += 1
            subprocess.Popen(
                ["import", "-window", "root", str(self.shots / f"{self.shot:02d}.png")],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )

    def _end(self) -> None:
        self.done = True
        self.marks["end"] = time.perf_counter()
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self.quit_app)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tries", type=int, default=10)
    parser.add_argument("--shots", action="store_true", help="screenshots with import, as shot")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        import json

        result = one_try(Path(args.child) if args.child else None)
        print("RESULT " + json.dumps(result), flush=True)
        return 0
    import json

    worst = 0.0
    for number in range(1, args.tries + 1):
        xvfb, display = start_xvfb()
        tmp = Path(tempfile.mkdtemp(prefix="typed-repaint-"))
        shots = tmp / "shots"
        shots.mkdir()
        env = dict(os.environ, DISPLAY=display, ML_INTERVIEW_DATA_DIR=str(tmp / "data"))
        env.pop("QT_QPA_PLATFORM", None)
        try:
            child = subprocess.run(
                [sys.executable, __file__, "--child", str(shots) if args.shots else ""],
                env=env,
                capture_output=True,
                text=True,
                timeout=180,
            )
        finally:
            xvfb.terminate()
            xvfb.wait(10)
        lines = [ln for ln in child.stdout.splitlines() if ln.startswith("RESULT ")]
        if not lines:
            print(f"try {number}: no result (exit {child.returncode})\n{child.stderr[-2000:]}")
            continue
        result = json.loads(lines[-1][len("RESULT ") :])
        worst = max(worst, result["heartbeat_gap_ms"], result["paint_gap_ms"])
        print(f"try {number}: {result}")
        if "Thread 0x" in child.stderr or "Current thread" in child.stderr:
            print("  the GUI thread was held > 1 s; its stack:\n" + child.stderr[-3000:])
    ok = worst <= GOAL_GAP_MS
    print(
        f"longest gap over all tries: {worst:.0f} ms (goal <= {GOAL_GAP_MS:.0f} ms)"
        f"{'' if ok else '  MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
