"""Shared test set-up: offscreen Qt and a private data dir for every test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# pytest aborts when Qt finds neither a display nor a platform; tests never need a real screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test may reach a person's real audio server by accident; tests that need one start their own.
os.environ.setdefault("QT_AUDIO_BACKEND", "pulseaudio")

from simulator import paths  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own data dir, so nothing touches real user data."""
    target = tmp_path / "data"
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(target))
    paths.set_data_dir(None)
    yield target
    paths.set_data_dir(None)
