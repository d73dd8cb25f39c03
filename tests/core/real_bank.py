"""The real question bank, loaded once per test run (scoring never changes a bank)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from simulator.core.questions import QuestionBank, load_packs

QUESTIONS_DIR = Path(__file__).resolve().parents[2] / "questions"


@cache
def real_bank() -> QuestionBank:
    return load_packs([QUESTIONS_DIR])
