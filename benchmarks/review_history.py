"""Speed of the pages that look back, in the real window (offscreen), on generated data.

- History with 1,000 sessions / 10,000 answers: from the call to the table filled (goal <= 300 ms)
- Review of a 3-minute spoken answer: from the call to the page shown (goal <= 200 ms)
- The highlight following the audio: how long the highlighted word lags the word being played,
  sampled every 2 ms over 10 s of real QMediaPlayer playback (goal <= 50 ms)
- Progress with 1,000 sessions: from the call to the charts drawn (goal <= 500 ms)

Each figure is the best and the median of several runs; on a shared machine they are noisy.

    .venv/bin/python benchmarks/review_history.py [--sessions 1000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generated_history import long_spoken_session, populate  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from simulator.bank import load_bank  # noqa: E402
from simulator.core.session.ports import COMPUTE  # noqa: E402
from simulator.core.storage import Storage  # noqa: E402
from simulator.services import Services  # noqa: E402
from simulator.settings import Settings  # noqa: E402


def wait_until(app: QApplication, done: Callable[[], bool], timeout_s: float = 30.0) -> None:
    end = time.perf_counter() + timeout_s
    while not done():
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("the page did not appear")
        time.sleep(0.0005)


def timed(
    app: QApplication, start: Callable[[], None], done: Callable[[], bool], runs: int
) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        start()
        wait_until(app, done)
        app.processEvents()  # the paint that follows
        out.append((time.perf_counter() - t0) * 1000)
    return out


def highlight_lag(app: QApplication, page: object, seconds: float = 10.0) -> list[float]:
    """Milliseconds from the player reporting a position past a word's start to that word
    being highlighted, per word change (0 when the highlight got there first, by extrapolation).

    With no audio device here, the player's reported position is the only audio clock there is."""
    player, view = page.player, page.transcript  # type: ignore[attr-defined]
    starts = page._review.starts()  # type: ignore[attr-defined]
    reports: list[tuple[float, float]] = []  # (wall seconds, reported position in seconds)
    player.media.positionChanged.connect(
        lambda ms: reports.append((time.perf_counter(), ms / 1000))
    )
    player.toggle()
    wait_until(app, lambda: player.position() > 0.5)
    changes: list[tuple[float, int]] = []  # (wall seconds, highlighted word)
    last = view.current
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        if view.current != last:
            last = view.current
            changes.append((time.perf_counter(), last))
        time.sleep(0.001)
    player.toggle()
    if not changes:
        raise RuntimeError(f"the highlight never changed (position {player.position():.1f} s)")
    lags = []
    for t, k in changes[1:]:
        crossed = next((w for w, pos in reports if pos >= starts[k]), None)
        if crossed is not None:
            lags.append(max(0.0, (t - crossed) * 1000))
    return lags


def report(label: str, values: list[float], goal: float) -> None:
    best, median = min(values), statistics.median(values)
    verdict = "ok" if median <= goal else "OVER"
    spread = f"{min(values):.0f}-{max(values):.0f}"
    print(
        f"{label:<46} best {best:6.1f} ms  median {median:6.1f} ms  (runs {spread})  goal <= {goal:.0f} ms  {verdict}"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--per-session", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    from simulator.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        bank = load_bank()
        storage = Storage(data / "sessions.sqlite3")
        t0 = time.perf_counter()
        populate(storage, bank, args.sessions, args.per_session)
        sid = long_spoken_session(storage, bank, data / "recordings" / "long.wav")
        print(
            f"generated {args.sessions} sessions x {args.per_session} answers in {time.perf_counter() - t0:.1f} s"
        )
        services = Services(
            bank=bank, storage=storage, settings=Settings(voice_enabled=False), speaker=None
        )
        window = MainWindow(services)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        past = window.past

        def history_shown() -> bool:
            return past._history is not None and window.stack.currentWidget() is past._history

        def go_home() -> None:
            window.stack.setCurrentWidget(window.home)

        history = timed(app, lambda: (go_home(), past.open_history()), history_shown, args.runs)
        rows = past.history.model.rowCount()
        report(f"History, {rows} sessions", history, 300)

        def review_shown() -> bool:
            return past._review is not None and window.stack.currentWidget() is past._review

        review = timed(app, lambda: (go_home(), past.open_review(sid)), review_shown, args.runs)
        words = len(past.review._review.words)
        report(f"Review, 3-minute answer ({words} words)", review, 200)
        window.tasks.lane(COMPUTE).wait_idle()  # the waveforms of the timed opens
        window._db.wait_idle()
        lags = highlight_lag(app, past.review)
        print(
            f"{'Highlight lag behind the audio':<46} median {statistics.median(lags):6.1f} ms  "
            f"p95 {sorted(lags)[int(0.95 * (len(lags) - 1))]:6.1f} ms  max {max(lags):6.1f} ms  "
            f"({len(lags)} word changes)  goal <= 50 ms  {'ok' if max(lags) <= 50 else 'OVER'}"
        )

        def progress_shown() -> bool:
            return past._progress is not None and window.stack.currentWidget() is past._progress

        progress = timed(app, lambda: (go_home(), past.open_progress()), progress_shown, args.runs)
        report(f"Progress, {len(past.progress.progress.points)} sessions", progress, 500)
        draw = []
        for _ in range(args.runs):
            t = time.perf_counter()
            past.progress.show_progress(past.progress.progress)
            past.progress.grab()
            draw.append((time.perf_counter() - t) * 1000)
        report("  of which drawing the charts", draw, 500)
        window.shutdown()
        storage.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
