"""A model folder without its tokenizer is refused before anything loads (attack run 31).

ct2-transformers-converter leaves tokenizer.json out unless told to copy it, so such folders are
common. faster-whisper then fetches the tokenizer from huggingface.co: the offline app went on
the network (five tries, 8 s apart) and said 'Please check your connection' of a local folder.
The folder is refused naming the file, and nothing connects anywhere."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest

from simulator.cli import doctor, main
from simulator.speech.asr import ModelUnavailableError, WhisperTranscriber
from simulator.speech.model_source import resolve_model
from tests.speech.model_folders import bundled_but


def _without(tmp_path: Path, name: str, kind: str) -> Path:
    folder, _ = bundled_but(tmp_path, name)
    if kind == "pipe":
        os.mkfifo(folder / name)
    return folder


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    tried: list[object] = []

    def connect(_self: socket.socket, address: object) -> None:
        tried.append(address)
        raise OSError("network refused by the test")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: tried.append(a) or [])
    return tried


@pytest.mark.parametrize("kind", ["missing", "pipe"])
def test_a_model_folder_without_its_tokenizer_is_named(tmp_path: Path, kind: str) -> None:
    folder = _without(tmp_path, "tokenizer.json", kind)
    with pytest.raises(ModelUnavailableError, match="tokenizer.json") as caught:
        resolve_model(str(folder))
    assert str(folder) in str(caught.value)


def test_loading_such_a_folder_never_goes_on_the_network(
    tmp_path: Path, no_network: list[object]
) -> None:
    folder = _without(tmp_path, "tokenizer.json", "missing")
    with pytest.raises(ModelUnavailableError, match="tokenizer.json"):
        WhisperTranscriber(str(folder)).load()
    assert no_network == []


def test_doctor_names_the_missing_tokenizer_of_the_folder_in_settings(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    no_network: list[object],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # doctor lists audio devices through a QCoreApplication, which would outlive this test and
    # break every window test after it (a QApplication cannot be made beside it): in this process
    # the devices are given.
    monkeypatch.setattr(doctor, "_audio_devices", lambda: (["Speakers"], ["Microphone"]))
    folder = _without(tmp_path, "tokenizer.json", "missing")
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"speech_model": str(folder)}))
    main(["--data-dir", str(data), "doctor"])
    out = capsys.readouterr()
    (line,) = [x for x in out.out.splitlines() if "speech model" in x]
    assert "tokenizer.json" in line and "connection" not in line, line
    assert "huggingface" not in out.err
    assert no_network == []
