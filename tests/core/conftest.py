"""Fixtures the core tests share."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from tests.core.real_bank import real_bank


@pytest.fixture(scope="session")
def bank() -> QuestionBank:
    """The real question bank, as the app loads it (a module's own ``bank`` fixture wins)."""
    return real_bank()
