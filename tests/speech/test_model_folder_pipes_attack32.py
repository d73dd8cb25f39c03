"""A pipe, device or socket in a speech model folder is named before anything loads (attack
run 32): CTranslate2 reads the folder's vocabulary file too, so a pipe named vocabulary.txt left
`transcribe` and `doctor` waiting for good (the window's speech lane with them), and a pipe
given as the model itself read 'no such model folder' of a name that was there."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from simulator.speech.asr import ModelUnavailableError
from simulator.speech.model_source import MODEL_FILES, resolve_model
from tests.speech.model_folders import bundled_but


def _folder_with_a_pipe(tmp_path: Path, pipe_name: str) -> Path:
    folder, _ = bundled_but(tmp_path, pipe_name)
    os.mkfifo(folder / pipe_name)
    return folder


@pytest.mark.parametrize("pipe_name", ["vocabulary.txt", "vocabulary.json", "extra.bin"])
def test_a_pipe_in_a_model_folder_is_named(tmp_path: Path, pipe_name: str) -> None:
    folder = _folder_with_a_pipe(tmp_path, pipe_name)
    with pytest.raises(ModelUnavailableError) as caught:
        resolve_model(str(folder))
    message = str(caught.value)
    assert pipe_name in message and str(folder) in message
    assert "not a regular file" in message


def test_a_pipe_given_as_the_model_says_it_is_a_pipe(tmp_path: Path) -> None:
    pipe = tmp_path / "model"
    os.mkfifo(pipe)
    with pytest.raises(ModelUnavailableError, match="not a model folder \\(a pipe\\)") as caught:
        resolve_model(str(pipe))
    assert all(name in str(caught.value) for name in MODEL_FILES)


def test_settings_list_such_a_folder_as_not_ready(tmp_path: Path) -> None:
    from simulator.speech.models import model_choices

    folder = _folder_with_a_pipe(tmp_path, "vocabulary.txt")
    choice = [c for c in model_choices(str(folder)) if c.key == str(folder)][0]
    assert not choice.available and "vocabulary.txt" in choice.reason


CHILD = textwrap.dedent(
    """
    import contextlib, io, json, sys
    from pathlib import Path
    from simulator.cli import main
    data, folder, wav = sys.argv[1:]
    Path(data).mkdir()
    Path(data, "settings.json").write_text(json.dumps({"speech_model": folder}))
    for args in (["transcribe", "--model", folder, wav], ["doctor"]):
        out = io.StringIO()
        with contextlib.redirect_stderr(out), contextlib.redirect_stdout(out):
            code = main(["--data-dir", data, *args])
        print(code, [line for line in out.getvalue().splitlines() if "model" in line])
    """
)


def test_transcribe_and_doctor_name_the_pipe_and_return(tmp_path: Path) -> None:
    import numpy as np
    import soundfile

    folder = _folder_with_a_pipe(tmp_path, "vocabulary.txt")
    wav = tmp_path / "answer.wav"
    soundfile.write(wav, np.zeros(16000, dtype=np.float32), 16000)
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "data"), str(folder), str(wav)],
        capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONPATH": os.getcwd()},
    )  # fmt: skip
    assert child.returncode == 0, child.stderr[-800:]
    lines = child.stdout.strip().splitlines()
    assert len(lines) == 2, child.stdout
    assert all("vocabulary.txt" in line for line in lines), lines
