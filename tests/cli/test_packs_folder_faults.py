"""The folder for one's own packs broken (a file, or a link to itself, in its place): it is named
as that folder with what is in the way, and the data folder, which still works, is not failed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=180,
    )


def test_a_packs_folder_that_links_to_itself(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    packs = data_dir / "questions"
    packs.symlink_to(packs)
    listing = _cli(data_dir, "questions")
    assert listing.returncode == 0
    (warning,) = [line for line in listing.stderr.splitlines() if line.startswith("warning:")]
    assert f"the folder for your own question packs {packs}" in warning, warning
    assert "a link that leads nowhere (or to itself)" in warning, warning
    doctor = _cli(data_dir, "doctor").stdout
    (data_line,) = [line for line in doctor.splitlines() if "data dir:" in line]
    assert data_line.startswith("[ok]"), data_line  # sessions still save: it was "[missing]"
    assert "your packs cannot be used" in data_line and "link" in data_line, data_line


def test_a_file_in_place_of_the_packs_folder(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "questions").write_text("not a folder", encoding="utf-8")
    warning = _cli(data_dir, "questions").stderr
    assert "the folder for your own question packs" in warning, warning
    assert "a file is in the way" in warning, warning
