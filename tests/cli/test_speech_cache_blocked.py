"""The interviewer still speaks when its cache cannot be made in the data folder (a file where
the cache folder goes, or a read-only folder): the cache can be rebuilt at any time, so a
private temporary folder serves that run. Before, the voice could not be prepared at all."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from simulator import paths
from simulator.speech.tts import wav_duration

REPO = Path(__file__).resolve().parents[2]


def test_speak_works_with_a_file_where_the_cache_goes(data_dir: Path, tmp_path: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "cache").write_text("in the way", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "simulator", "--data-dir", str(data_dir), "speak", "Hello.",
         "-o", str(tmp_path / "hello.wav")],
        capture_output=True, text=True, cwd=REPO, timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert wav_duration(tmp_path / "hello.wav") > 0.2
    assert (data_dir / "cache").read_text(encoding="utf-8") == "in the way"  # left as it was


def test_the_stand_in_cache_is_private_and_outside_the_data_folder(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "cache").write_text("in the way", encoding="utf-8")
    folder = paths.speech_cache_dir()
    assert folder.is_dir() and not folder.is_relative_to(data_dir)
    assert folder.stat().st_mode & 0o777 == 0o700
    assert paths.speech_cache_dir() == folder  # one folder for the whole run


def test_a_cache_on_a_read_only_disk_gives_way_to_a_stand_in(tmpfs) -> None:  # type: ignore[no-untyped-def]
    disk = tmpfs.mount()
    (disk / "data" / "cache" / "speech").mkdir(parents=True)
    tmpfs.read_only(disk)
    paths.set_data_dir(disk / "data")
    folder = paths.speech_cache_dir()
    assert not folder.is_relative_to(disk) and paths.is_writable(folder)
