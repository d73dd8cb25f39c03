"""The wheel alone is the app: installed into a fresh venv (the dependencies borrowed from this
one, the checkout out of reach) it lists the bank and opens its window with icon and packs."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow

OPEN_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import simulator
from simulator import paths
from simulator.app import open_window
assert "site-packages" in simulator.__file__, simulator.__file__
window = open_window()
app = QApplication.instance()
ticks = []
def check():  # a few seconds with the window open, until the bank has loaded in the background
    ticks.append(window.isVisible())
    if window.services.bank is not None and len(ticks) >= 10 or len(ticks) > 150:
        app.quit()
timer = QTimer()
timer.timeout.connect(check)
timer.start(200)
app.exec()
assert not QApplication.instance().windowIcon().isNull()
assert all(ticks), "the window was not shown"
assert window.services.bank is not None, "the question bank did not load"
print("OK", len(window.services.bank.questions), paths.bundled_packs_dir())
window.shutdown()
"""


def test_the_wheel_installed_in_a_clean_venv_lists_questions_and_opens_the_window(
    tmp_path: Path,
) -> None:
    # Nothing of the checkout may leak in: no PYTHONPATH, and every command runs elsewhere.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(QT_QPA_PLATFORM="offscreen", ML_INTERVIEW_DATA_DIR=str(tmp_path / "data"))
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w",
         str(tmp_path / "wheels"), str(REPO)],
        capture_output=True, text=True, timeout=300, cwd=tmp_path, env=env,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "wheels").glob("ml_interview_simulator-*.whl")
    venv = tmp_path / "venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(venv)],
        check=True,
        cwd=tmp_path,
        env=env,
    )
    site = Path(sysconfig.get_path("purelib", vars={"base": str(venv), "platbase": str(venv)}))
    # The dependencies come from this venv's site-packages (not its .pth files: the editable
    # checkout stays out of reach), the app itself only from the wheel.
    (site / "borrowed-deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install",
         "--no-deps", "--no-index", str(wheel)],
        capture_output=True, text=True, timeout=300, cwd=tmp_path, env=env,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr
    share = venv / "share"
    assert (share / "applications" / "ml-interview.desktop").is_file()
    assert (share / "icons" / "hicolor" / "512x512" / "apps" / "ml-interview.png").is_file()
    assert (share / "metainfo" / "org.mlinterview.Simulator.metainfo.xml").is_file()

    listing = subprocess.run(
        [str(venv / "bin" / "ml-interview"), "questions"],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120,
    )  # fmt: skip
    assert listing.returncode == 0, listing.stderr
    assert len(listing.stdout.splitlines()) >= 100
    window = subprocess.run(
        [str(venv / "bin" / "python"), "-c", OPEN_WINDOW],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120,
    )  # fmt: skip
    assert window.returncode == 0, window.stderr
    assert window.stdout.startswith("OK ") and str(share) in window.stdout
    assert "Traceback" not in window.stderr
