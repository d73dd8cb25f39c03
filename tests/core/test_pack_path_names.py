"""A pack path whose name is not UTF-8 is shown as its bytes (\\xff), the same way everywhere:
a missing one or a folder named like a pack showed Python's private form (\\udcff)."""

from __future__ import annotations

import os
from pathlib import Path

from simulator.core.questions import load_packs


def test_names_that_are_not_utf8_show_their_bytes(tmp_path: Path) -> None:
    folder = Path(os.fsdecode(bytes(tmp_path) + b"/packs-\xff"))
    (folder / os.fsdecode(b"dir-\xfe.yaml")).mkdir(parents=True)
    missing = Path(os.fsdecode(bytes(tmp_path) + b"/gone-\xfd.yaml"))
    problems = load_packs([folder, missing]).problems
    shown = [p.file for p in problems]
    assert shown == [f"{tmp_path}/packs-\\xff/dir-\\xfe.yaml", f"{tmp_path}/gone-\\xfd.yaml"]
    for problem in problems:
        str(problem).encode("utf-8")  # printable and savable: no lone surrogate
