"""A pipe in a downloaded model's folder (models/<name>) is named before anything loads (attack
run 50): a folder given as the model was looked at for pipes since attack run 32, a model asked
for by name and found in the models folder was not, and 'transcribe --model base.en' with a pipe
named vocabulary.txt in models/base.en waited for good (40 s timeout, nothing said); a pipe named
model.bin sent it to download the model again ('download ... is incomplete; try again', offline)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from simulator import paths
from simulator.speech.asr import ModelUnavailableError
from simulator.speech.model_source import resolve_model
from tests.speech.model_folders import bundled_but


@pytest.mark.parametrize("name", ["vocabulary.txt", "model.bin"])
def test_a_pipe_in_a_downloaded_model_is_named_hard50(data_dir: Path, name: str) -> None:
    models = paths.models_dir()
    folder, _ = bundled_but(models, name, folder_name="base.en")
    os.mkfifo(folder / name)
    with pytest.raises(ModelUnavailableError) as caught:
        resolve_model("base.en")
    message = str(caught.value)
    assert str(folder) in message and name in message
    assert "not a regular file" in message


def test_a_whole_downloaded_model_is_used_hard50(data_dir: Path) -> None:
    folder, _ = bundled_but(paths.models_dir(), "", folder_name="base.en")
    assert resolve_model("base.en") == (str(folder), "base.en")
