"""A second window launched on a data folder in its own process (the app's `main`, with its
message boxes printed as "MESSAGE <text>" instead of shown): what a person starting the app
again would see."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def launch_window(data_dir: Path) -> subprocess.CompletedProcess[str]:
    script = (
        "import sys; from PySide6.QtWidgets import QMessageBox;"
        "QMessageBox.information = lambda *a, **k: print('MESSAGE', a[2]);"
        "from simulator.cli import main;"
        f"sys.exit(main(['--data-dir', {str(data_dir)!r}]))"
    )
    return subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
