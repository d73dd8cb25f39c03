"""Every path the app reads or writes goes through here.

The data dir can be overridden with ``--data-dir DIR`` (see ``set_data_dir``) or the environment
variable ``ML_INTERVIEW_DATA_DIR``; tests point it at a temporary folder so they never touch a
person's real data.
"""

from __future__ import annotations

import errno
import os
import re
import sys
from pathlib import Path

from simulator import APP_NAME

ENV_DATA_DIR = "ML_INTERVIEW_DATA_DIR"
_override: Path | None = None

# Answers, recordings and scores are personal: folders 0700 and files 0600, whatever the umask.
PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


class DataDirError(OSError):
    """The data folder cannot be created or written; the message says which and why."""

    def __str__(self) -> str:
        # the sentence alone: OSError's "[Errno 17] ..." reached doctor's database line
        # (attack run 49, a file in the data folder's place)
        return self.strerror or super().__str__()


def private_dir(path: Path, what: str = "data folder") -> Path:
    """``path`` as a folder only its owner can open (created if missing; an existing folder
    keeps its mode: the person may have chosen it). ``what`` names it in an error."""
    try:
        # is_dir() raises too, for a name too long or a parent that cannot be searched
        if not path.is_dir():
            path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
            os.chmod(path, PRIVATE_DIR)  # mkdir's mode is filtered by the umask
    except OSError as exc:
        raise DataDirError(exc.errno, describe_folder_error(path, exc, what)) from exc
    return path


def takes_no_new_files(path: Path, what: str = "folder") -> str:
    """Why a folder that exists refused a new file with "no such file or directory": it is a
    view the system makes (/proc, /sys), not a place for files."""
    return f"the {what} {path} takes no new files (the system makes what is in it)"


def describe_folder_error(path: Path, exc: OSError, what: str = "data folder") -> str:
    """Why ``path`` (the ``what``) cannot be used, in plain words."""
    if exc.errno == errno.ENOENT and path.is_dir():  # /proc, /sys: not a place for files
        return takes_no_new_files(path, what)
    refused = _refusing_folder(path) if exc.errno == errno.ENOENT else None
    if refused is not None:
        # the folders on the way were there, and the last one refused the next: "no such file
        # or directory" of a folder being made (XDG_DATA_HOME=/proc, walk61) named no cause
        return f"the {what} {path} cannot be created: {takes_no_new_files(refused)}"
    if exc.errno == errno.EROFS:
        return f"the {what} {path} is on a read-only disk"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"the {what} {path} cannot be created or written: permission denied"
    if exc.errno == errno.ENOSPC:
        if path.is_dir():  # there: no file can be added to it
            return f"the {what} {path} is on a full disk: no space left for new files"
        return f"the {what} {path} cannot be created: no space left on the disk"
    if exc.errno in (errno.ELOOP, errno.EEXIST) and path.is_symlink():
        return f"the {what} {path} cannot be created: a link that leads nowhere (or to itself) is in the way"
    if exc.errno == errno.ELOOP:
        return f"the {what} {path} cannot be created: a link on the way to it leads round in a loop"
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):
        return f"the {what} {path} cannot be created: a file is in the way"
    return f"the {what} {path} cannot be created: {(exc.strerror or str(exc)).lower()}"


def _refusing_folder(path: Path) -> Path | None:
    """The folder nearest ``path`` that is there, when "no such file or directory" came from it
    refusing a new folder (a system view such as /proc) rather than from a missing one: None
    when no folder on the way is there."""
    for folder in path.parents:
        try:
            if folder.is_dir():
                return folder if folder != Path(folder.anchor) else None
        except OSError:
            return None
    return None


def is_writable(folder: Path) -> bool:
    """Whether files can be created in ``folder`` (a real probe: root ignores permission bits,
    a read-only mount does not)."""
    import tempfile

    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def _resolved(path: str | os.PathLike[str]) -> Path:
    """``path`` made absolute, its links followed; as given (absolute) where links lead round in
    a loop (Python 3.11 raised RuntimeError from every command): creating it then names the
    loop."""
    given = Path(path).expanduser()
    try:
        return given.resolve()
    except (RuntimeError, OSError):
        return given.absolute()


def _variables_put_in(given: str) -> str:
    """``given`` (the data folder variable) with the variables it names put in. A launcher or a
    service file passes "$HOME/interviews" as it is (a .desktop file's Exec, systemd's
    Environment= do not expand it), and the app made a folder named "$HOME" in the folder it
    was started in, a new one for each (attack run 49). A variable not set here is refused,
    naming it, rather than taken as part of a name."""
    expanded = os.path.expandvars(given)
    unset = re.search(r"\$(\w+|\{[^}]*\})", expanded)
    if unset is not None:
        raise DataDirError(
            errno.EINVAL,
            f"{ENV_DATA_DIR} is {given!r}, and {unset.group()} in it is not a variable set "
            "here, so it names no data folder: write the folder out in full, or unset "
            f"{ENV_DATA_DIR} for the default one",
        )
    return expanded


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    global _override
    _override = _resolved(path) if path else None


def data_dir() -> Path:
    """Where sessions, recordings and the user's own packs live (created on first use)."""
    if _override is not None:
        base = _override
    elif os.environ.get(ENV_DATA_DIR):
        given = os.environ[ENV_DATA_DIR]
        if not given.strip():
            # as '--data-dir " "' is refused: it made a folder named ' ' wherever the app was
            # started, so answers went somewhere new with each current folder (attack run 41)
            raise DataDirError(
                errno.EINVAL,
                f"{ENV_DATA_DIR} holds only spaces, so it names no data folder: set it to a "
                "folder, or unset it for the default one",
            )
        base = _resolved(_variables_put_in(given))
    else:
        import platformdirs

        base = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        xdg = os.environ.get("XDG_DATA_HOME", "")
        if xdg.strip() and sys.platform.startswith("linux"):
            try:
                return private_dir(base)
            except DataDirError as exc:
                # the default folder is made in XDG_DATA_HOME: say so, or the person sees a
                # path they never chose and no way to change it (walk61: /proc)
                raise DataDirError(
                    exc.errno,
                    f"{exc}. It is the default data folder, made in XDG_DATA_HOME ({xdg}): "
                    "unset XDG_DATA_HOME (or set it to a folder you can write to), or start "
                    "the app with --data-dir and another folder",
                ) from exc
    return private_dir(base)


def database_file() -> Path:
    return data_dir() / "sessions.sqlite3"


def window_file() -> Path:
    """The window's size, place and maximised state when it was last closed."""
    return data_dir() / "window.json"


def recordings_dir() -> Path:
    # named as what it is: a file in its place read "the data folder .../recordings cannot be
    # created" in the interview's notice
    return private_dir(data_dir() / "recordings", "recordings folder")


def speech_cache_dir() -> Path:
    """Rendered question audio (re-creatable, so it may be deleted at any time). Where it
    cannot be made in the data folder (a file in its place, a read-only disk), a private
    temporary folder serves this run: without one the interviewer could not speak at all."""
    try:
        folder = private_dir(data_dir() / "cache" / "speech", "speech cache folder")
    except DataDirError:
        return _stand_in_cache("speech")
    return folder if is_writable(folder) else _stand_in_cache("speech")


def playback_copies_dir() -> Path:
    """Copies of recordings brought into range to be played (``core.recording_level``): a
    private temporary folder for this run, removed when it ends (answers are not kept twice)."""
    return _stand_in_cache("playback")


_stand_ins: dict[str, Path] = {}


def _stand_in_cache(name: str) -> Path:
    """A private temporary folder for this run, removed when it ends."""
    if name not in _stand_ins:
        import atexit
        import tempfile

        if not _stand_ins:
            atexit.register(remove_stand_ins)
        _stand_ins[name] = Path(tempfile.mkdtemp(prefix=f"ml-interview-{name}-"))  # mode 0700
    return _stand_ins[name]


def remove_stand_ins() -> None:
    """Remove this run's temporary folders (at exit; and by ``app.end_now``, which ends the
    process without the exit handlers)."""
    import shutil

    while _stand_ins:
        shutil.rmtree(_stand_ins.popitem()[1], ignore_errors=True)


def bank_cache_file() -> Path:
    """The parsed question packs (re-creatable: see ``core/bank_cache.py``)."""
    return private_dir(data_dir() / "cache") / "question-bank.json"


def models_dir() -> Path:
    return private_dir(data_dir() / "models")


def user_packs_dir() -> Path:
    """Users drop their own question packs (*.yaml) here."""
    return private_dir(data_dir() / "questions", "folder for your own question packs")


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
