"""The question bank the app uses: the shipped packs plus the user's own packs."""

from __future__ import annotations

from simulator import paths
from simulator.core.questions import Problem, QuestionBank, load_packs


def load_bank() -> QuestionBank:
    try:
        user = [paths.user_packs_dir()]
    except paths.DataDirError as exc:
        # No data folder: the shipped questions still work; say why the user's are missing.
        bank = load_packs([paths.bundled_packs_dir()])
        bank.problems.append(Problem("your packs", None, None, exc.strerror or str(exc)))
        return bank
    return load_packs([paths.bundled_packs_dir(), *user])
