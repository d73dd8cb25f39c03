"""The int8 copy of the Whisper model: made once, reused, rebuilt when damaged, never required."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import pytest

from simulator.speech import int8_model
from simulator.speech.asr import WhisperTranscriber
from simulator.speech.audiofile import read_audio
from simulator.speech.model_source import resolve_model

LOGGER = "simulator.speech.int8_model"


@pytest.fixture(scope="module")
def bundled() -> Path:
    return Path(resolve_model(None)[0])


@pytest.fixture(scope="module")
def made_once(bundled: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy made for the module's tests (each test damages its own duplicate)."""
    return int8_model.int8_copy(bundled, tmp_path_factory.mktemp("int8"))


def test_the_copy_is_made_once_then_reused(
    bundled: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, LOGGER)
    copy = int8_model.int8_copy(bundled, tmp_path)
    assert copy.parent == tmp_path and copy != bundled
    assert "made an int8 copy" in caplog.text
    layout = int8_model.read_layout(copy / "model.bin")
    assert not int8_model.needs_copy(layout)  # nothing left for CTranslate2 to convert
    assert {"config.json", "tokenizer.json", "int8-copy.json"} <= {p.name for p in copy.iterdir()}
    # float16 weights (75 MB) became int8 plus one scale per row
    assert (copy / "model.bin").stat().st_size < 0.6 * (bundled / "model.bin").stat().st_size
    written = (copy / "model.bin").stat().st_mtime_ns
    caplog.clear()
    assert int8_model.int8_copy(bundled, tmp_path) == copy
    assert (copy / "model.bin").stat().st_mtime_ns == written
    assert not caplog.text  # reused silently
    assert not list(tmp_path.glob("*.part-*"))


@pytest.mark.slow
def test_the_copy_computes_exactly_what_the_model_converted_at_load_computes(
    bundled: Path, made_once: Path, beckett_wav: Path
) -> None:
    import ctranslate2
    from faster_whisper.feature_extractor import FeatureExtractor

    samples = read_audio(beckett_wav)[0]
    features = FeatureExtractor(feature_size=80)(samples)[:, :3000]
    features = np.pad(features, ((0, 0), (0, 3000 - features.shape[1])))
    batch = ctranslate2.StorageView.from_array(np.ascontiguousarray(features[None], np.float32))

    def encoded(folder: Path) -> np.ndarray:
        model = ctranslate2.models.Whisper(str(folder), compute_type="int8", intra_threads=1)
        return np.array(model.encode(batch))

    assert np.array_equal(encoded(bundled), encoded(made_once))  # bit for bit


@pytest.mark.parametrize(
    "damage",
    ["truncated", "one byte changed", "no manifest", "made from another file"],
)
def test_a_damaged_copy_is_rebuilt_saying_so(
    damage: str,
    bundled: Path,
    made_once: Path,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    import shutil

    copy = tmp_path / made_once.name
    shutil.copytree(made_once, copy)
    model_bin = copy / "model.bin"
    good = model_bin.read_bytes()
    if damage == "truncated":
        model_bin.write_bytes(good[: len(good) // 2])
    elif damage == "one byte changed":
        middle = len(good) // 2
        model_bin.write_bytes(good[:middle] + bytes([good[middle] ^ 1]) + good[middle + 1 :])
    elif damage == "no manifest":
        (copy / "int8-copy.json").unlink()
    else:
        manifest = json.loads((copy / "int8-copy.json").read_text())
        manifest["source_mtime_ns"] += 1
        (copy / "int8-copy.json").write_text(json.dumps(manifest))
    caplog.set_level(logging.INFO, LOGGER)
    assert int8_model.int8_copy(bundled, tmp_path) == copy
    warning = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warning) == 1 and str(copy) in warning[0] and "making it again" in warning[0]
    assert model_bin.read_bytes() == good  # rebuilt, the same as a copy made first time
    assert (bundled / "model.bin").is_file()  # the original is never touched


def test_without_room_for_a_copy_the_original_model_is_used(
    bundled: Path, tmpfs: object, caplog: pytest.LogCaptureFixture
) -> None:
    small = tmpfs.mount("1m")  # type: ignore[attr-defined]
    caplog.set_level(logging.INFO, LOGGER)
    assert int8_model.int8_copy(bundled, small / "cache") == bundled.resolve()
    assert "cannot write an int8 copy" in caplog.text and "loading" in caplog.text
    assert not [p for p in (small / "cache").iterdir()]  # no half-written copy left behind


def test_a_model_stored_in_int8_already_is_loaded_as_it_is(made_once: Path, tmp_path: Path) -> None:
    assert int8_model.int8_copy(made_once, tmp_path) == made_once.resolve()
    assert not list(tmp_path.iterdir())


def test_a_copy_ctranslate2_cannot_load_is_discarded_and_the_original_loaded(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    transcriber = WhisperTranscriber()
    transcriber.load()  # makes the copy in the data folder's cache
    copies = list(tmp_path.glob("data/cache/whisper-int8/*/model.bin"))
    assert len(copies) == 1
    # A copy that passes the checks but that CTranslate2 refuses (another CTranslate2 wrote it?)
    layout = int8_model.read_layout(copies[0])
    first = layout.variables[0]
    raw = bytearray(copies[0].read_bytes())
    raw[first.offset - 5] = 99  # an unknown type id: CTranslate2 cannot read the file
    copies[0].write_bytes(bytes(raw))
    manifest_file = copies[0].parent / "int8-copy.json"
    manifest = json.loads(manifest_file.read_text())
    manifest["blake2b"] = int8_model._digest(copies[0])[1]
    manifest_file.write_text(json.dumps(manifest))
    caplog.set_level(logging.INFO, LOGGER)
    again = WhisperTranscriber()
    again.load()
    assert again.loaded
    assert "could not be loaded" in caplog.text and "removed" in caplog.text
    assert not copies[0].parent.exists()  # made again on the next load
