"""History with thousands of sessions: the GUI thread's longest stall for each key typed in its
search and each filter chosen (issue 8, perf55; round 54 left it: the filter calls Python once
a row and the dropdowns are filled item by item).

A private data dir of ``--sessions`` generated sessions (``generated_history.populate``: the
bank's questions, their topics and categories, scored and partly spoken), History opened
through the window (offscreen) as a person does, then, as a person does with the keyboard: a
word typed in the search key by key (each key's result waited for: the search runs its query
off the GUI thread 250 ms after the last key, then the table is filtered), the search cleared,
each dropdown filter moved one item down and back, the lowest score raised. A 20 ms heartbeat
on the GUI thread (``heartbeat.Heartbeat``) gives, per action, the longest stall (split into
the GUI thread's own CPU, waiting for a CPU and asleep) and the longest GUI slice (its CPU
between two beats: the figure a change in the app moves, as the stall at load is mostly CPU
waits) and the GUI thread's CPU over the action and the 0.45 s after it (the benchmark's own
heartbeats in it too). Goal: no stall over 50 ms.

    .venv/bin/python benchmarks/history_filter.py [--sessions 5000] [--word gradient]

Round 55 (perf55; 5,000 sessions, 4 answers each; load 15-21 from other people's work, so the
stalls, 24-223 ms, are mostly waits for a CPU: the GUI slice and CPU are the figures to read).
Main 814c99ef then the change, run one after the other at load 20.6 / 21.0 (slice, GUI CPU):
a search's result keeping every other session 25 / 47 -> 19 / 25 ms (the proxy's filter
removed it range by range: 2,500 removals, each laid out by the table); the result cleared
18 / 35 -> 19 / 25; a topic chosen 13-15 / 27-28 -> 15 / 30-32; the lowest score raised 4 /
10-11 -> 3 / 8; worst slice 25 -> 19 ms. Each filter is now one pass of Python over the rows
in the model (1.2 ms) and the rows' fit (0.6 ms): the rest of a change is Qt repainting the
table (12-15 ms after a reset). The goal of 50 ms is met by the GUI thread's own work in every
action, not by the stalls at this load.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=5000)
    parser.add_argument("--per-session", type=int, default=4)
    parser.add_argument("--word", default="gradient")
    args = parser.parse_args()

    from generated_history import populate
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from benchmarks.heartbeat import Heartbeat
    from simulator.app import build_services
    from simulator.services import load_warm_bank
    from simulator.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    bank = load_warm_bank()
    services = build_services(Path(tempfile.mkdtemp(prefix="bench-history-")), with_speaker=False)
    services.bank = bank
    populate(services.storage, bank, args.sessions, args.per_session)
    window = MainWindow(services)
    window.resize(1280, 800)
    window.show()
    heart = Heartbeat(window)
    heart.settle(1.0)
    heart.reset()
    start = time.perf_counter()
    window.past.open_history()
    while window.stack.currentWidget() is not window.past._history:
        app.processEvents()
        time.sleep(0.002)
    heart.settle(0.5)
    page = window.past.history
    print(
        f"{args.sessions} sessions: History opened in {time.perf_counter() - start:.2f} s, "
        f"longest stall {heart.worst() * 1000:.0f} ms ({heart.worst_split()}), longest GUI "
        f"slice {heart.longest_run():.0f} ms; {page.proxy.rowCount()} rows"
    )
    results: list[tuple[str, float, str, float, float]] = []

    def act(what: str, action) -> None:  # type: ignore[no-untyped-def]
        heart.settle(0.1)
        heart.reset()
        cpu = time.thread_time()
        action()
        heart.settle(0.45)  # the search's 250 ms wait, its query and the table filtered
        cpu = (time.thread_time() - cpu) * 1000
        results.append((what, heart.worst() * 1000, heart.worst_split(), heart.longest_run(), cpu))

    page.search.setFocus()
    for char in args.word:
        act(f"key '{char}'", lambda c=char: QTest.keyClicks(page.search, c))
        print(f"  after '{page.search.text()}': {page.proxy.rowCount()} rows")
    act("search cleared", lambda: QTest.keyClick(page.search, Qt.Key.Key_Escape))
    # a search's result that keeps every other session (scattered matches: a common word)
    every_other = {r.session_id for r in page.model.rows[::2]}
    act("result: every other", lambda: page.set_matching("", every_other))
    act("result: none left", lambda: page.set_matching("", None))
    for combo in (page.plan, page.category, page.topic):
        name = combo.objectName()
        act(f"{name} down", lambda c=combo: QTest.keyClick(c, Qt.Key.Key_Down))
        act(f"{name} back", lambda c=combo: QTest.keyClick(c, Qt.Key.Key_Up))
    act("score up", lambda: QTest.keyClick(page.min_score, Qt.Key.Key_Up))
    act("score back", lambda: QTest.keyClick(page.min_score, Qt.Key.Key_Down))
    for what, worst, split, slice_ms, cpu in results:
        print(
            f"  {what:<22} stall {worst:5.0f} ms ({split})   longest GUI slice {slice_ms:4.0f} ms"
            f"   GUI thread CPU {cpu:4.0f} ms"
        )
    worst_all = max(r[1] for r in results)
    slice_all = max(r[3] for r in results)
    print(f"worst stall {worst_all:.0f} ms, longest GUI slice {slice_all:.0f} ms (goal <= 50 ms)")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average {load:.1f}")
    heart.stop()
    window.shutdown()
    services.storage.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
