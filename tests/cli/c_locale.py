"""A command run in a child process under the C locale (attack run 42), on a data folder holding
one finished session named "Ünïcode ✓" with an answer that is not ASCII either."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from simulator.core.storage import Storage

ROOT = Path(__file__).resolve().parents[2]


def run_in_c_locale(data: Path, args: list[str], **env: str) -> subprocess.CompletedProcess[bytes]:
    """``python -m simulator ARGS`` with LANG=C and LC_ALL=C (and ``env``), on ``data``."""
    storage = Storage(data / "sessions.sqlite3")
    sid = storage.create_session({"name": "Ünïcode ✓", "question_ids": ["tech.bias-variance"]})
    storage.add_answer(sid, "tech.bias-variance", 0, "typed", "Bias – variance ✓")
    storage.finish_session(sid, None)
    storage.close()
    child_env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(data),
        "LC_ALL": "C",
        "LANG": "C",
        "PYTHONPATH": str(ROOT),
        "ML_INTERVIEW_DATA_DIR": str(data),
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "simulator", *args],
        env=child_env, capture_output=True, timeout=180, cwd=data,
    )  # fmt: skip
