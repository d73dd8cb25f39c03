"""doctor's fix for a folder of one's own packs that cannot be used at all (a file or a looping
link in its place) is about that folder (attack run 59: it said "run `ml-interview validate
FILE` and fix the lines it prints", with no file to validate)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_packs_folder_faults import _cli


@pytest.mark.parametrize("in_the_way", ["file", "link"])
def test_the_fix_is_about_the_packs_folder_attack59(data_dir: Path, in_the_way: str) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    packs = data_dir / "questions"
    if in_the_way == "file":
        packs.write_text("not a folder", encoding="utf-8")
    else:
        packs.symlink_to(packs)
    lines = _cli(data_dir, "doctor").stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if "question packs:" in line)
    assert str(packs) in lines[at], lines[at]
    fix = lines[at + 1]
    assert "fix:" in fix and "validate" not in fix and "move away what is in its place" in fix
