"""The window paints before the scorer and the question models are imported, and they are then
imported off the GUI thread (issue 8, stall64).

The interview page imported ``scorecard.star_basis`` for its timer's caption, and with it the
whole scorecard package (the scorer, its stemmer and matcher); the answer box imported the
export renderer for one constant; storage imported the question models (pydantic) for its
types: 640 modules at the first paint, the cold start 4.7x a bare PySide6 window's. They load
with the bank, on a worker after the paint; a lazy import must not move their cost onto the GUI
thread at a later moment, so the test also asks which thread imported each of them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# What the first paint does without (each imported on first use, off the GUI thread).
AFTER_PAINT = (
    "pydantic",
    "yaml",
    "snowballstemmer",
    "rapidfuzz",
    "simulator.core.questions_models",
    "simulator.core.questions",
    "simulator.core.asked",
    "simulator.core.scoring.results",
    "simulator.core.scoring.answer",
    "simulator.core.scoring.content",
    "simulator.core.scoring.meaning",
    "simulator.core.scorecard.answer",
    "simulator.core.scorecard.model",
    "simulator.core.export.render",
)

CODE = """
import sys, threading, time
WATCHED = set(sys.argv[1].split(","))
on_gui_thread = []

class Watch:
    # records who imports a watched module (a module already imported is not looked for)
    def find_spec(self, name, path=None, target=None):
        if name in WATCHED and threading.current_thread() is threading.main_thread():
            on_gui_thread.append(name)
        return None

sys.meta_path.insert(0, Watch())
from simulator.app import open_window
from PySide6.QtWidgets import QApplication
w = open_window()
QApplication.processEvents(); w.grab()
print("at paint:", sorted(m for m in WATCHED if m in sys.modules))
deadline = time.monotonic() + 240
while w.services.bank is None and time.monotonic() < deadline:
    QApplication.processEvents()
    time.sleep(0.01)
print("bank loaded:", w.services.bank is not None)
print("after the bank:", sorted(m for m in WATCHED if m in sys.modules))
print("imported on the GUI thread:", sorted(set(on_gui_thread)))
w.shutdown()
"""


def test_the_scorer_and_question_models_load_after_the_first_paint_off_the_gui_thread(
    tmp_path: Path,
) -> None:
    env = {**os.environ, "ML_INTERVIEW_DATA_DIR": str(tmp_path)}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = subprocess.run(
        [sys.executable, "-c", CODE, ",".join(AFTER_PAINT)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert "at paint: []" in out.stdout, out.stdout + out.stderr
    assert "bank loaded: True" in out.stdout, out.stdout + out.stderr
    # the bank's own modules and the scorer's are there once it has loaded (warmed up)
    loaded = next(line for line in out.stdout.splitlines() if line.startswith("after the bank:"))
    for module in ("pydantic", "simulator.core.questions_models", "simulator.core.scoring.content"):
        assert repr(module) in loaded, out.stdout
    assert "imported on the GUI thread: []" in out.stdout, out.stdout + out.stderr
