"""validate on a folder with no pack in it, or on an empty name, is a problem, and a pack named
in capitals is a pack (attack run 32): 'validate emptyfolder' and 'validate ""' (an unset shell
variable: the current folder) printed 'ok: 0 question(s) in 0 pack(s)' with exit status 0, so
a check run on the wrong folder passed; 'Mine.YAML' in the packs folder was passed over."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from simulator import paths
from simulator.cli import main

MINI = Path(__file__).resolve().parents[1] / "data" / "mini_pack.yaml"


def test_a_folder_with_no_pack_is_a_problem(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "pack.txt").write_text("pack: {name: x}\n")
    assert main(["validate", str(folder)]) == 1
    out = capsys.readouterr().out
    assert out == f"{folder}: pack: no pack files (*.yaml or *.yml) in it\n"


def test_an_empty_name_is_refused(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # as every command's empty file name is (review33; test_empty_names_attack32.py)
    with pytest.raises(SystemExit) as stopped:
        main(["validate", ""])
    assert stopped.value.code == 2
    assert "an empty name (an unset variable?)" in capsys.readouterr().err


def test_a_pack_named_in_capitals_is_loaded_and_validated(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    shutil.copy(MINI, folder / "Mine.YAML")
    assert main(["validate", str(folder)]) == 0
    assert capsys.readouterr().out.startswith("ok: 3 question(s) in 1 pack(s)")
    paths.user_packs_dir().mkdir(parents=True, exist_ok=True)
    shutil.copy(MINI, paths.user_packs_dir() / "Mine.Yml")
    from simulator.bank import load_bank

    bank = load_bank()
    assert any(source.endswith("Mine.Yml") for source in bank.sources.values())
