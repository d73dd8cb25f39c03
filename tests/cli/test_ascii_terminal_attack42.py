"""Commands under a locale that is not UTF-8 (attack run 42): LC_ALL=C with Python's UTF-8 mode
off (PYTHONUTF8=0), as under a Latin-1 or EUC locale or a Windows console, gives an ASCII
terminal. 'history' stopped with a UnicodeEncodeError traceback at the first session named with
"Ü"; every command now prints such a character as its escape and finishes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from simulator.core.storage import Storage

ROOT = Path(__file__).resolve().parents[2]


def test_history_on_an_ascii_terminal_prints_escapes_not_a_traceback(tmp_path: Path) -> None:
    storage = Storage(tmp_path / "sessions.sqlite3")
    sid = storage.create_session({"name": "Ünïcode ✓", "question_ids": ["tech.bias-variance"]})
    storage.add_answer(sid, "tech.bias-variance", 0, "typed", "Bias – variance ✓")
    storage.finish_session(sid, None)
    storage.close()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "LC_ALL": "C",
        "LANG": "C",
        "PYTHONUTF8": "0",
        "PYTHONCOERCECLOCALE": "0",
        "PYTHONPATH": str(ROOT),
        "ML_INTERVIEW_DATA_DIR": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-m", "simulator", "history"],
        env=env, capture_output=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    out, err = done.stdout.decode("ascii"), done.stderr.decode("ascii", "replace")
    assert done.returncode == 0 and "Traceback" not in err, err
    assert "\\xdcn\\xefcode \\u2713" in out, out
