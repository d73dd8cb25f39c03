"""doctor's fix for a pack problem is a command that runs (attack run 50: a pack of one's own
named with a bidi override, 'evil\\u202elmay.yaml', which shows as 'evilyaml.yaml'). The fix read
"run `ml-interview validate '/.../questions/evil\\u202elmay.yaml'`": the name as the output
escapes it, which names no file when pasted into a shell. Such a name is given by its folder
(validate reads folders too)."""

from __future__ import annotations

from pathlib import Path

from simulator import paths
from simulator.cli import doctor, main


def _broken_pack(data_dir: Path, name: str) -> Path:
    packs = paths.user_packs_dir()
    pack = packs / name
    pack.write_text("pack:\n  name: bad\nquestions: [1\n", encoding="utf-8")
    return pack


def test_a_name_shown_escaped_is_given_by_its_folder_hard50(data_dir: Path) -> None:
    pack = _broken_pack(data_dir, "evil\u202elmay.yaml")
    check = doctor.check_questions()
    assert check.fix == f"run `ml-interview validate {pack.parent}` and fix the lines it prints"
    assert main(["validate", str(pack.parent)]) == 1  # it runs, and finds the problem


def test_a_plain_name_is_given_as_it_is_hard50(data_dir: Path) -> None:
    pack = _broken_pack(data_dir, "mine.yaml")
    assert doctor.check_questions().fix == (
        f"run `ml-interview validate {pack}` and fix the lines it prints"
    )
