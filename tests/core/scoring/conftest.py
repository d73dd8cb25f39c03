"""Fixtures the scoring tests share."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs

QUESTIONS_DIR = Path(__file__).resolve().parents[3] / "questions"


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    """The real question bank, as the app loads it (a module's own ``bank`` fixture wins)."""
    return load_packs([QUESTIONS_DIR])
