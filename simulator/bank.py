"""The question bank the app uses: the shipped packs plus the user's own packs."""

from __future__ import annotations

from simulator import paths
from simulator.core.questions import QuestionBank, load_packs


def load_bank() -> QuestionBank:
    return load_packs([paths.bundled_packs_dir(), paths.user_packs_dir()])
