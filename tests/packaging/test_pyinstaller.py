"""The PyInstaller one-folder build runs on its own: --version, doctor, a voice, and the window.

Building takes minutes, so this runs only when ML_INTERVIEW_BUILD_TEST=1 (.ci/run sets it)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from simulator import __version__

REPO = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("ML_INTERVIEW_BUILD_TEST") != "1",
        reason="builds for minutes: set ML_INTERVIEW_BUILD_TEST=1 (CI does)",
    ),
]


def test_the_built_program_runs_without_python_or_the_checkout(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(DIST=str(tmp_path / "dist"), WORK=str(tmp_path / "work"))
    build = subprocess.run(
        ["bash", str(REPO / "packaging" / "build.sh"), sys.executable],
        capture_output=True, text=True, env=env, timeout=900,  # + the runs below < faulthandler_timeout
    )  # fmt: skip
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    print(build.stdout.strip().splitlines()[-1])  # the build time and size, for the log
    program = tmp_path / "dist" / "ml-interview" / "ml-interview"
    env.update(QT_QPA_PLATFORM="offscreen", ML_INTERVIEW_DATA_DIR=str(tmp_path / "data"))

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(program), *args], capture_output=True, text=True, env=env, cwd=tmp_path,
            timeout=120,
        )  # fmt: skip

    assert run("--version").stdout.strip() == f"ml-interview {__version__}"
    doctor = run("doctor")
    for line in ("[ok] question packs: ", "[ok] interviewer voice: Joe (Piper, natural)",
                 "[ok] speech model: Whisper tiny.en"):  # fmt: skip
        assert line in doctor.stdout, doctor.stdout + doctor.stderr
    spoken = run("speak", "Tell me about yourself.", "-o", str(tmp_path / "q.wav"))
    assert spoken.returncode == 0 and "Joe (Piper, natural)" in spoken.stdout, spoken.stderr

    window = subprocess.Popen(
        [str(program)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        cwd=tmp_path,
    )  # fmt: skip
    time.sleep(6)  # the window opens, the bank loads in the background
    still_running = window.poll() is None
    window.terminate()
    _out, err = window.communicate(timeout=30)
    assert still_running, err
    assert "Traceback" not in err and "Error" not in err, err
