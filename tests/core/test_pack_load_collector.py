"""Packs load with the garbage collector paused: its full passes walked every object a large
pack had made so far, again and again (a 2 MB pack of broken questions: 16 s on a loaded
machine, see benchmarks/bank_load.py). The pause ends with the load, whatever happens in it,
and a pause that was already on is left on."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

from simulator.core.questions import Problem, Question, load_packs, parse_pack_bytes

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"


def test_the_collector_is_paused_while_packs_parse_and_on_again_after() -> None:
    seen: list[bool] = []

    def parse(
        shown: str, stat: os.stat_result, content: bytes
    ) -> tuple[list[Question], list[Problem]]:
        seen.append(gc.isenabled())
        return parse_pack_bytes(shown, stat, content)

    assert gc.isenabled()
    bank = load_packs([PACK], parse=parse)
    assert seen == [False]
    assert gc.isenabled()
    assert "tech.overfit" in bank.questions


def test_a_parser_that_raises_still_turns_the_collector_back_on() -> None:
    def parse(
        shown: str, stat: os.stat_result, content: bytes
    ) -> tuple[list[Question], list[Problem]]:
        raise RuntimeError("a broken parser")

    with pytest.raises(RuntimeError):
        load_packs([PACK], parse=parse)
    assert gc.isenabled()


def test_a_pause_already_on_is_left_to_its_owner() -> None:
    gc.disable()  # e.g. a speech engine loading on another thread
    try:
        load_packs([PACK])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_progress_says_a_large_pack_takes_a_while(tmp_path: Path) -> None:
    """A 2 MB pack showed "Loading question pack 5 of 5 (big.yaml)…" for 10 to 30 s, unchanged."""
    small = tmp_path / "a_small.yaml"
    small.write_bytes(PACK.read_bytes())
    big = tmp_path / "big.yaml"
    text = PACK.read_text("utf-8")
    big.write_text(text + "#" + "x" * (1024 * 1024) + "\n", "utf-8")
    said: list[tuple[int, int, str]] = []
    load_packs([tmp_path], progress=lambda n, total, name: said.append((n, total, name)))
    assert said == [
        (1, 2, "a_small.yaml"),
        (2, 2, "big.yaml, 1.0 MB: a large pack takes a while"),
    ]
