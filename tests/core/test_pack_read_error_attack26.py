"""Attack run of round 26: a pack the system fails to read is named with the reason in plain
words, not Python's "[Errno 5] Input/output error" (a failing disk or network share; here
/proc/self/mem, a regular file whose read fails with EIO on Linux)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from simulator.core.questions import load_packs

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/self/mem is Linux's")
def test_a_read_error_is_said_in_plain_words_and_the_other_packs_load() -> None:
    bank = load_packs([Path("/proc/self/mem"), PACK])
    (problem,) = bank.problems
    assert problem.message == "cannot be read: input/output error", problem
    assert "[Errno" not in str(problem)
    assert bank.questions  # the good pack still loads
