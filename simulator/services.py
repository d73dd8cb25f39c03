"""What the window is given to work with (built by ``simulator.app``, the composition root).

The UI reads its services from here and never imports ``simulator.app``: tests and benchmarks
hand the window their own (a small pack, a temporary database, no speaker)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from simulator.core.storage import Storage
from simulator.memory import limit_malloc_arenas as limit_malloc_arenas  # the window calls it
from simulator.settings import Settings

if TYPE_CHECKING:  # the bank's models (pydantic) load with the bank, after the first paint
    from simulator.core.questions import QuestionBank
    from simulator.speech.tts import Speaker  # the voice's modules load on its first use


# (pack number from 1, number of packs, file name), reported before each pack loads; then
# SCORER_STEP once every pack is read, while the scorer is made ready for the bank.
BankProgress = Callable[[int, int, str], None]
# Reported after the packs: getting the scorer ready is most of a first start (walk60, at a load
# of 6 on 2 cores: the packs 0.3 s of CPU, the scorer's imports and its first answer 3-4 s; at
# a load of 15 that was a minute), and Home said "Loading question pack 4 of 4" all along.
SCORER_STEP = (0, 0, "")


def load_warm_bank(progress: BankProgress | None = None) -> QuestionBank:
    """The question bank, with the scorer warmed up on it (run off the GUI thread).

    The first scoring imports and compiles what the scorer needs; doing it here, right after
    start-up, keeps that pause out of the interview."""
    from simulator.bank import load_bank as load
    from simulator.core.scoring.meaning import get_embedder
    from simulator.core.scoring.warm_up import warm_up

    bank = load(progress)
    if progress is not None:
        progress(*SCORER_STEP)
    warm_up(bank)  # the shared tables (rubrics, story themes) and a short answer per category
    # The meaning signal's word vectors: loading them holds the GIL ~90 ms, which froze the
    # window as the first answer was scored (the warm-up answers above do not reach them).
    get_embedder()
    return bank


@dataclass
class Services:
    bank: QuestionBank | None  # None until loaded (the window loads it after its first paint)
    storage: Storage
    settings: Settings
    speaker: Speaker | None  # None: questions are shown as text only
    # How the window loads a missing bank (off the GUI thread, reporting each pack).
    load_bank: Callable[[BankProgress | None], QuestionBank] = load_warm_bank
    # What a person should be told at start (e.g. a broken settings.json), shown on Home.
    notices: list[str] = field(default_factory=list)
    # Where the window looks for recovery files of unsaved answers at start, on the database
    # lane (``core/session/rescue.py``): the home folder; None, not looked for (tests).
    rescue_folder: Path | None = None
