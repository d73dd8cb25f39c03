"""Every path the app reads or writes goes through here.

The data dir can be overridden with ``--data-dir DIR`` (see ``set_data_dir``) or the environment
variable ``ML_INTERVIEW_DATA_DIR``; tests point it at a temporary folder so they never touch a
person's real data.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from simulator import APP_NAME

ENV_DATA_DIR = "ML_INTERVIEW_DATA_DIR"
_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    global _override
    _override = Path(path).expanduser().resolve() if path else None


def data_dir() -> Path:
    """Where sessions, recordings and the user's own packs live (created on first use)."""
    if _override is not None:
        base = _override
    elif os.environ.get(ENV_DATA_DIR):
        base = Path(os.environ[ENV_DATA_DIR]).expanduser().resolve()
    else:
        import platformdirs

        base = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    base.mkdir(parents=True, exist_ok=True)
    return base


def database_file() -> Path:
    return data_dir() / "sessions.sqlite3"


def recordings_dir() -> Path:
    path = data_dir() / "recordings"
    path.mkdir(parents=True, exist_ok=True)
    return path


def speech_cache_dir() -> Path:
    """Rendered question audio (re-creatable, so it may be deleted at any time)."""
    path = data_dir() / "cache" / "speech"
    path.mkdir(parents=True, exist_ok=True)
    return path


def models_dir() -> Path:
    path = data_dir() / "models"
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_packs_dir() -> Path:
    """Users drop their own question packs (*.yaml) here."""
    path = data_dir() / "questions"
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_file() -> Path:
    return data_dir() / "settings.json"


def _shipped(name: str) -> Path:
    """``questions/`` or ``resources/``: next to the package in a checkout, or under
    ``<prefix>/share/ml-interview-simulator/`` when installed from a wheel."""
    checkout = Path(__file__).resolve().parent.parent / name
    if checkout.is_dir():
        return checkout
    for prefix in (sys.prefix, sys.base_prefix):
        installed = Path(prefix) / "share" / APP_NAME / name
        if installed.is_dir():
            return installed
    return checkout


def bundled_packs_dir() -> Path:
    return _shipped("questions")


def resources_dir() -> Path:
    return _shipped("resources")
