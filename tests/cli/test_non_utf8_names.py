"""File names that are not UTF-8 in the data folder (attack run, issue 8): a question pack
named with such bytes crashed every command (and the window's bank loading) with a traceback,
when the pack cache was written. The pack loads, and its name is shown readably."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from simulator.cli import main

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"


def test_a_pack_with_a_non_utf8_name_loads_and_is_named_readably(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    packs = data_dir / "questions"
    packs.mkdir(parents=True)
    text = PACK.read_text(encoding="utf-8")
    (packs / os.fsdecode(b"mine-\xff\xfe.yaml")).write_text(text, encoding="utf-8")
    (packs / os.fsdecode(b"broken-\xe9.yaml")).write_bytes(b"questions: [")
    assert main(["questions"]) == 0
    out, err = capsys.readouterr()
    assert "tech.overfit" in out or "overfit" in out
    assert "broken-" in err and "\\xe9" in err, err  # named, bytes shown as escapes
    assert main(["questions"]) == 0  # again, from the cache written the first time
    assert "broken-" in capsys.readouterr().err
