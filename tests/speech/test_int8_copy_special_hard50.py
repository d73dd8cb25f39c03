"""A pipe or device in the int8 copy's place is replaced, never waited on (attack run 50).

The copy lives in the data folder (cache/whisper-int8/<model>-<tag>/), where anything can end up
under its names. A pipe named model.bin, a link from model.bin to /dev/zero, or a pipe in the
copy folder's own place left 'transcribe' (and the window's speech lane) waiting for good: the
copy's check hashed model.bin by reading it to its end, the rebuild's shutil.rmtree opened the
pipe to list it as a folder, and a pipe named vocabulary.json beside the copy's files was read
by CTranslate2 at load. Each runs in a child process, so a hang fails the test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.speech import int8_model
from simulator.speech.model_source import resolve_model

CHILD = (
    "import sys; from pathlib import Path; from simulator.speech import int8_model; "
    "print(int8_model.int8_copy(Path(sys.argv[1]), Path(sys.argv[2])))"
)


@pytest.fixture(scope="module")
def bundled() -> Path:
    return Path(resolve_model(None)[0])


@pytest.fixture(scope="module")
def made_once(bundled: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return int8_model.int8_copy(bundled, tmp_path_factory.mktemp("int8"))


def _plant(copy: Path, made_once: Path, what: str) -> None:
    if what == "the copy folder a pipe":
        os.mkfifo(copy)
        return
    shutil.copytree(made_once, copy)
    if what == "model.bin a pipe":
        (copy / "model.bin").unlink()
        os.mkfifo(copy / "model.bin")
    elif what == "model.bin a link to /dev/zero":
        (copy / "model.bin").unlink()
        (copy / "model.bin").symlink_to("/dev/zero")
    else:  # CTranslate2 reads vocabulary.json before the copy's vocabulary.txt
        os.mkfifo(copy / "vocabulary.json")


@pytest.mark.parametrize(
    "what",
    [
        "model.bin a pipe",
        "model.bin a link to /dev/zero",
        "the copy folder a pipe",
        "vocabulary.json a pipe",
    ],
)
def test_a_pipe_or_device_in_the_copy_is_replaced_not_waited_on_hard50(
    what: str, bundled: Path, made_once: Path, tmp_path: Path
) -> None:
    copy = tmp_path / made_once.name
    _plant(copy, made_once, what)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(bundled), str(tmp_path)],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{what}: the int8 copy's check waited for good")
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()) == copy
    assert copy.is_dir() and (copy / "model.bin").is_file()
    assert (copy / "model.bin").read_bytes() == (made_once / "model.bin").read_bytes()
    assert not (copy / "vocabulary.json").exists()
    assert not list(tmp_path.glob("*.part-*"))
