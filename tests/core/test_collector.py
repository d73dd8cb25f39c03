"""One pause of the garbage collector shared by everything that builds big object graphs
(core/collector.py): question packs parsing and speech engines loading on other threads."""

from __future__ import annotations

import gc
import os
import threading
from pathlib import Path

from simulator.core.questions import Problem, Question, load_packs, parse_pack_bytes
from simulator.speech import loading

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"


def test_an_engine_still_loading_when_the_packs_are_parsed_keeps_the_collector_off() -> None:
    """The packs had their own pause, which turned the collector back on as they ended, in the
    middle of an engine's load begun meanwhile (the pause the engine's load is there for)."""
    inside, release = threading.Event(), threading.Event()

    def engine() -> None:
        with loading.loading():
            inside.set()
            release.wait(10)

    thread = threading.Thread(target=engine)

    def parse(
        shown: str, stat: os.stat_result, content: bytes
    ) -> tuple[list[Question], list[Problem]]:
        thread.start()  # an engine starts loading while the pack parses, and outlasts it
        assert inside.wait(10)
        return parse_pack_bytes(shown, stat, content)

    assert gc.isenabled()
    try:
        load_packs([PACK], parse=parse)
        assert not gc.isenabled()  # the engine is still loading
    finally:
        release.set()
        thread.join(10)
    assert gc.isenabled()
