"""The int8 copy is hashed once per process while it stays the same file (issue 8, perf58).

Whisper's model is loaded again each time it made way for the interviewer's voice, as each
spoken answer starts; the copy's 42 MB were hashed at every load (~100 ms of CPU, half of a
reload's, on the live lane as the person starts speaking). A copy changed since it was found
whole is still hashed again, and rebuilt when damaged."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from simulator.speech import int8_model
from tests.speech.test_int8_model import LOGGER, bundled, made_once  # noqa: F401 (fixtures)


@pytest.fixture
def hashes(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    seen: list[Path] = []
    digest = int8_model._digest

    def counted(path: Path) -> tuple[int, str]:
        seen.append(path)
        return digest(path)

    monkeypatch.setattr(int8_model, "_digest", counted)
    return seen


def test_a_copy_found_whole_is_not_hashed_again_at_each_load(
    bundled: Path,  # noqa: F811
    made_once: Path,  # noqa: F811
    tmp_path: Path,
    hashes: list[Path],
) -> None:
    copy = tmp_path / made_once.name
    shutil.copytree(made_once, copy)  # a copy this process has not checked yet
    for _load in range(3):
        assert int8_model.int8_copy(bundled, tmp_path) == copy
    assert hashes == [copy / "model.bin"]  # the first load only


def test_a_copy_made_in_this_process_is_not_hashed_at_its_next_load(
    bundled: Path,  # noqa: F811
    tmp_path: Path,
    hashes: list[Path],
) -> None:
    copy = int8_model.int8_copy(bundled, tmp_path)  # made (and hashed while written)
    assert int8_model.int8_copy(bundled, tmp_path) == copy
    assert hashes == []


def test_a_copy_changed_after_it_was_found_whole_is_hashed_again_and_rebuilt(
    bundled: Path,  # noqa: F811
    made_once: Path,  # noqa: F811
    tmp_path: Path,
    hashes: list[Path],
    caplog: pytest.LogCaptureFixture,
) -> None:
    copy = tmp_path / made_once.name
    shutil.copytree(made_once, copy)
    assert int8_model.int8_copy(bundled, tmp_path) == copy
    model_bin = copy / "model.bin"
    good = model_bin.read_bytes()
    middle = len(good) // 2  # the same size, one byte changed in place
    with open(model_bin, "r+b") as f:
        f.seek(middle)
        f.write(bytes([good[middle] ^ 1]))
    caplog.set_level(logging.INFO, LOGGER)
    assert int8_model.int8_copy(bundled, tmp_path) == copy
    assert hashes == [model_bin, model_bin]
    assert "making it again" in caplog.text
    assert model_bin.read_bytes() == good
