"""Getting a larger Whisper model (an explicit user action; the default model ships in a package).

``download_model`` fetches a faster-whisper model into ``paths.models_dir()/<name>`` and reports
progress as (bytes so far, expected bytes). It blocks: run it off the GUI thread. When the
network is unreachable it raises ``ModelUnavailableError`` with a plain message, and whatever
model is in use stays in use (nothing half-downloaded is ever picked up: a model counts as
present only once its ``model.bin`` is complete, which the download writes last by rename).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from simulator import paths
from simulator.speech.errors import ModelUnavailableError

# Approximate sizes (bytes) of the int8/float16 CTranslate2 models, for the progress bar.
APPROX_SIZES = {
    "tiny.en": 75_000_000,
    "tiny": 75_000_000,
    "base.en": 145_000_000,
    "base": 145_000_000,
    "small.en": 484_000_000,
    "small": 484_000_000,
    "distil-small.en": 336_000_000,
    "medium.en": 1_530_000_000,
    "medium": 1_530_000_000,
    "distil-medium.en": 789_000_000,
}
DEFAULT_SIZE = 3_000_000_000

Progress = Callable[[int, int], None]


def model_folder(name: str) -> Path:
    return paths.models_dir() / name


def is_downloaded(name: str) -> bool:
    return (model_folder(name) / "model.bin").is_file()


def _folder_bytes(folder: Path) -> int:
    total = 0
    for item in folder.rglob("*"):
        try:
            if item.is_file():
                total += item.stat().st_size
        except OSError:  # a temporary file renamed under our feet
            continue
    return total


def download_model(name: str, progress: Progress | None = None, *, poll_s: float = 0.5) -> Path:
    """Download model ``name`` (e.g. "base.en") unless present; return its folder."""
    folder = model_folder(name)
    if is_downloaded(name):
        if progress:
            size = _folder_bytes(folder)
            progress(size, size)
        return folder
    from faster_whisper.utils import available_models
    from faster_whisper.utils import download_model as fw_download

    if name not in available_models():
        raise ModelUnavailableError(
            f"unknown speech model '{name}' (known: {', '.join(available_models())})"
        )
    expected = APPROX_SIZES.get(name, DEFAULT_SIZE)
    done = threading.Event()

    def watch() -> None:
        while not done.wait(poll_s):
            if progress:
                progress(min(_folder_bytes(folder), expected), expected)

    watcher = threading.Thread(target=watch, name=f"model-download-{name}", daemon=True)
    watcher.start()
    try:
        fw_download(name, output_dir=str(folder))
    except Exception as exc:
        raise ModelUnavailableError(
            f"could not download speech model '{name}' (offline or the model hub is "
            f"unreachable); the current model stays in use. ({type(exc).__name__})"
        ) from exc
    finally:
        done.set()
        watcher.join()
    if not is_downloaded(name):
        raise ModelUnavailableError(f"download of speech model '{name}' is incomplete; try again")
    if progress:
        size = _folder_bytes(folder)
        progress(size, size)
    return folder
