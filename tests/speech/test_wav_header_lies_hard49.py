"""A WAV whose header lies (attack run 49): the message says what the header gives, in the
app's words, not libsndfile's ("Internal error : SF_INFO struct incomplete.") with the file
named a second time as bytes ("Error opening b'answer.wav': ...")."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from simulator.speech.audiofile import AudioFileError, read_audio

SAMPLES = b"\x00\x10" * 16_000


def wav(
    path: Path,
    *,
    code: int = 1,
    channels: int = 1,
    rate: int = 16_000,
    bits: int = 16,
    data: bytes = SAMPLES,
    fmt: bytes | None = None,
) -> Path:
    block = channels * bits // 8
    if fmt is None:
        fmt = struct.pack(
            "<HHIIHH", code, channels, rate, (rate * block) & 0xFFFFFFFF, block & 0xFFFF, bits
        )
    body = b"WAVEfmt " + struct.pack("<I", len(fmt)) + fmt
    body += b"data" + struct.pack("<I", len(data)) + data
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
    return path


@pytest.mark.parametrize(
    ("header", "said"),
    [
        ({"rate": 0}, "it claims 0 samples a second"),
        ({"rate": 0xFFFFFFFF}, "it claims 4,294,967,295 samples a second"),
        ({"channels": 0}, "it claims 0 channels"),
        ({"channels": 65_535}, "it claims 65,535 channels"),
        ({"bits": 0}, "it claims 0-bit samples"),
    ],
)
def test_a_lying_header_is_named_hard49(tmp_path: Path, header: dict[str, int], said: str) -> None:
    path = wav(tmp_path / "answer.wav", **header)
    with pytest.raises(AudioFileError) as info:
        read_audio(path)
    message = str(info.value)
    assert f"answer.wav: corrupt WAV file: its header is damaged ({said})" in message, message
    assert message.count("answer.wav") == 1, message  # named once, as text
    assert "SF_INFO" not in message and "unimplemented" not in message, message


def test_a_short_format_chunk_is_said_cut_short_hard49(tmp_path: Path) -> None:
    path = wav(tmp_path / "answer.wav", fmt=b"\x01\x00\x01\x00\x80\x3e")
    with pytest.raises(AudioFileError) as info:
        read_audio(path)
    assert "its header is damaged (the format description is cut short)" in str(info.value)


def test_libsndfile_words_name_the_file_once_hard49(tmp_path: Path) -> None:
    """A header that claims nothing impossible but has no samples: libsndfile's own words
    are kept, without "Error opening b'<the path>': "."""
    path = tmp_path / "answer.wav"
    fmt = struct.pack("<HHIIHH", 1, 1, 16_000, 32_000, 2, 16)
    path.write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt " + struct.pack("<I", 16) + fmt)
    with pytest.raises(AudioFileError) as info:
        read_audio(path)
    message = str(info.value)
    assert message.count("answer.wav") == 1, message
    assert "b'" not in message, message


def test_claimed_lengths_and_plain_formats_still_read_hard49(tmp_path: Path) -> None:
    """A data length of 1 GB over 1 s of samples reads the samples there; 8 channels, 8-bit
    and float are audio."""
    body = SAMPLES
    path = wav(tmp_path / "long.wav", data=body)
    raw = bytearray(path.read_bytes())
    raw[40:44] = struct.pack("<I", 1 << 30)
    path.write_bytes(bytes(raw))
    assert read_audio(path)[1] == pytest.approx(1.0)
    assert read_audio(wav(tmp_path / "c8.wav", channels=8, data=SAMPLES * 8))[1] == 1.0
    assert read_audio(wav(tmp_path / "b8.wav", bits=8, data=b"\x80" * 16_000))[1] == 1.0
    floats = struct.pack("<f", 0.25) * 16_000
    assert read_audio(wav(tmp_path / "f.wav", code=3, bits=32, data=floats))[1] == 1.0
