"""The user's preferences, kept as JSON in the data dir."""

from __future__ import annotations

import errno
import json
import logging
import os
import re
from collections import Counter
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from simulator import paths
from simulator.consent import allowed_engine
from simulator.core.json_numbers import LongNumber, lenient_int
from simulator.core.pack_limits import control_name
from simulator.core.small_files import NotASmallFile, read_small_text, replace_private
from simulator.core.storage_errors import os_reason
from simulator.core.target_files import LinkLoop, UnsafeTarget, link_end
from simulator.speech.engines import SPEECH_ENGINES

MAX_SETTINGS_BYTES = 64 * 1024  # a dozen short values
KEPT = ".unreadable"  # settings.json kept under its name plus this when it cannot be read
_log = logging.getLogger(__name__)
# A hand-edited value outside these is ignored (the default is used): the Settings dialog offers
# no other, and e.g. a silence of -1 or NaN seconds would end every spoken answer at once or never.
RANGES: dict[str, tuple[float, float]] = {
    "speaking_rate": (100, 260),
    "silence_end_s": (2.0, 15.0),
    "custom_count": (0, 30),  # Home's count box goes from 1 to 30
}
CHOICES: dict[str, tuple[str, ...]] = {
    "answer_mode": ("typed", "spoken"),
    "theme": ("system", "light", "dark"),
    # (an unknown one, a typo, ran as Whisper without a word: attack run 29)
    "speech_engine": tuple(SPEECH_ENGINES),
}
MAX_TEXT = 4096  # a voice id, device name, model name or folder
# No text setting holds a control character, and only the Custom plan's topics a newline (one
# between two): a microphone named "Mic\x1b[31m...\r\nSecond line" by hand was taken, and
# Settings' device list and Home's microphone line showed it on two lines, ESC as a box
# (attack run 49).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_BUT_NEWLINE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_MANY_LINES = frozenset({"custom_topics"})


@dataclass
class Settings:
    voice_enabled: bool = True  # read questions aloud
    voice_id: str = ""  # empty: the natural (Piper) voice, else espeak-ng; "piper:..." or espeak id
    speaking_rate: int = 160  # words per minute: a calm interviewer
    follow_ups: bool = True  # ask a follow-up about a key point the answer missed
    answer_mode: str = "typed"  # "typed" or "spoken"
    # the plan Home last started (a preset's name, Custom or Due): picked again on the next start
    # ("": the first); a name no longer offered is ignored there
    plan: str = ""
    # the Custom plan Home last started, picked again with it (it came back as all three
    # categories, 5 questions and no topic: ux48): its categories ("," between; "": all), its
    # number of questions (0: Home's own 5) and its topics ("\n" between; "": all)
    custom_categories: str = ""
    custom_count: int = 0
    custom_topics: str = ""
    input_device: str = ""  # description of the microphone; empty: the system default
    silence_end_s: float = 4.0  # a spoken answer ends after this much silence
    speech_model: str = ""  # empty: the bundled tiny.en; else a model name or local folder
    # "whisper" (offline, default), "sphinx" (offline, far less accurate) or "google" (cloud:
    # only ever set after the person saw the privacy notice and agreed in Settings)
    speech_engine: str = "whisper"
    theme: str = "system"  # "system", "light" or "dark"
    export_folder: str = ""  # where the last export went: the export dialog opens there

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """The settings in ``path`` (the data folder's settings.json); anything unreadable or
        wrong falls back to the default (``load_settings`` also says what)."""
        return load_settings(path)[0]

    def save_only(self, *names: str, path: Path | None = None) -> None:
        """Save these settings' ``names`` over what the file holds now: the app remembering
        its own choices (the plan started, the export folder) without Settings opened. The
        other values stay as the file has them: one edited by hand while the app ran was
        written back as the app had read it at its start (attack run 55). A file that cannot
        be read is saved whole, as ``save`` (kept aside first)."""
        path = path or paths.settings_file()
        try:
            _read(path)
        except (FileNotFoundError, _Unusable):
            self.save(path)
            return
        on_disk, _ = load_settings(path)
        for name in names:
            setattr(on_disk, name, getattr(self, name))
        on_disk.save(path)

    def save(self, path: Path | None = None) -> None:
        """Raises ``OSError`` with a sentence naming the file and what is in the way."""
        path = path or paths.settings_file()
        try:
            # A link (into a dotfiles folder, say) is written through and stays a link: the
            # rename had replaced it with a plain file, the file it named left with old values.
            end = link_end(path)
            if end.exists() and not (end.is_file() or end.is_dir()):
                raise UnsafeTarget("it is not a regular file (a device, pipe or socket)")
            # A file that cannot be read is kept, not replaced (its hand-edited values)
            _keep_if_unusable(end)
            replace_private(end, json.dumps(asdict(self), indent=2))
        except LinkLoop as exc:  # (the file's name is the app's: only the link can change)
            raise OSError(
                f"Settings not saved to {path}: {exc}: remove that link and save again"
            ) from None
        except UnsafeTarget as exc:
            raise OSError(
                f"Settings not saved to {path}: {exc}: move it away and save again"
            ) from None
        except IsADirectoryError:
            raise OSError(
                f"Settings not saved: {path} is a folder; move it away and save again"
            ) from None
        except OSError as exc:
            raise OSError(f"Settings not saved to {path}: {os_reason(exc)}") from None


class _Unusable(Exception):
    """settings.json is there but cannot be used as a whole; ``why`` says why, ``not_a_file``
    whether a pipe, device or folder has its name."""

    def __init__(self, why: str, not_a_file: bool = False) -> None:
        super().__init__(why)
        self.why = why
        self.not_a_file = not_a_file


def _read(path: Path) -> Any:
    """The JSON object of settings in ``path``. Raises ``FileNotFoundError`` when there is no
    file, ``_Unusable`` when the whole file cannot be used."""
    try:
        # (utf-8-sig: a file saved by Windows Notepad starts with a byte order mark, and all
        # of it was dropped as "not valid JSON")
        text = read_small_text(path, MAX_SETTINGS_BYTES, encoding="utf-8-sig")
        # (a number too long for Python is that one value's problem, not the whole file's)
        raw = json.loads(text, parse_int=lenient_int, object_pairs_hook=_KeyedObject.of)
    except FileNotFoundError:
        raise
    except OSError as exc:
        not_a_file = isinstance(exc, NotASmallFile) and exc.errno == errno.EINVAL
        raise _Unusable(os_reason(exc), not_a_file) from None
    except json.JSONDecodeError as exc:
        raise _Unusable(f"not valid JSON (line {exc.lineno}: {exc.msg})") from None
    except UnicodeDecodeError:
        raise _Unusable("not valid JSON (not UTF-8 text)") from None
    except (ValueError, RecursionError):  # nested thousands deep
        raise _Unusable("not valid JSON (nested too deeply)") from None
    if not isinstance(raw, dict):
        raise _Unusable("not a JSON object of settings")
    return raw


def kept_name(path: Path) -> Path:
    """Where settings.json is kept when it cannot be read and settings are saved: the first
    free of ``settings.json.unreadable``, ``settings.json.unreadable-2``, ..."""
    n = 1
    while True:
        kept = path.with_name(f"{path.name}{KEPT}" + ("" if n == 1 else f"-{n}"))
        if not os.path.lexists(kept):
            return kept
        n += 1


def _keep_if_unusable(path: Path) -> Path | None:
    """``path``, a regular file that cannot be used as settings, renamed to ``kept_name``
    before settings are written in its place; where it went (None: nothing to keep)."""
    if not path.is_file():
        return None
    try:
        _read(path)
    except FileNotFoundError:
        return None
    except _Unusable:
        kept = kept_name(path)
        os.rename(path, kept)
        _log.warning("settings: %s could not be read; kept as %s", path, kept)
        return kept
    return None


def load_settings(path: Path | None = None) -> tuple[Settings, list[str]]:
    """The settings, and one line per thing a person should be told: the file cannot be read
    (the defaults are used), or a value has the wrong type or is out of range (that value's
    default is used). A missing file says nothing: it is the first start."""
    path = path or paths.settings_file()
    defaults = Settings()
    try:
        raw = _read(path)
    except FileNotFoundError:
        return defaults, []
    except _Unusable as exc:
        if exc.not_a_file:  # a pipe, device or folder: saving cannot replace it
            then = NOT_A_FILE_USED
        elif path.is_file():
            # Saving keeps it aside first, and saving comes without Settings being opened:
            # Start interview remembers its plan (attack run 55: a hand edit's trailing comma,
            # then Start, and every value the file held was replaced by the defaults)
            then = (
                "the defaults are used; when settings are next saved (starting an interview "
                f"saves its plan), this file is kept beside the new one as "
                f"{kept_name(path).name}"
            )
        else:
            then = _DEFAULTS_USED
        return defaults, [f"{path}: {exc.why}; {then}"]
    values: dict[str, Any] = {}
    problems: list[str] = []
    repeats = raw.repeats if isinstance(raw, _KeyedObject) else {}
    for item in fields(Settings):
        if item.name not in raw:
            continue  # an older file: the default
        given = value = raw[item.name]  # (said as given)
        default = getattr(defaults, item.name)
        if type(default) is int and type(value) is float and value.is_integer():
            # a whole number written with a point (160.0, as some tools write numbers) is one:
            # it read "160.0 is not a whole number; 160 is used" (attack run 49)
            value = int(value)
        wrong = _wrong(item.name, value, default)
        if item.name in repeats:
            # JSON keeps the last: a hand edit adding a line above changed nothing, unsaid
            times = "twice" if repeats[item.name] == 2 else f"{repeats[item.name]} times"
            others = "other" if repeats[item.name] == 2 else "others"
            problems.append(
                f"{path}: {item.name} is given {times}; the last, {_shown(given)}, is "
                f"{'read' if wrong else 'used'}: remove the {others}"
            )
        if wrong:
            problems.append(
                f"{path}: {item.name}: {_shown(given)} {wrong}; {_shown(default)} is used"
            )
        else:
            values[item.name] = value
    problems += _not_settings(path, raw)
    loaded = Settings(**values)
    # A cloud engine in the file is not enough: it needs the consent given in Settings.
    loaded.speech_engine = allowed_engine(loaded.speech_engine)
    return loaded, problems


def _not_settings(path: Path, raw: dict[str, Any]) -> list[str]:
    """A line for each key that is no setting, with the setting it most looks like: a key
    mistyped by hand ("speakingrate", "Theme") was ignored without a word (attack run 52)."""
    import difflib

    names = [item.name for item in fields(Settings)]
    unknown = [key for key in raw if key not in names]
    lines = []
    for key in unknown[:NAMED_UNKNOWN]:
        near = difflib.get_close_matches(key.lower().replace(" ", "_"), names, n=1, cutoff=0.7)
        lines.append(
            f"{path}: {_shown(key)} is not a setting{f' ({near[0]}?)' if near else ''}; "
            "it is ignored"
        )
    if len(unknown) > NAMED_UNKNOWN:  # (a file of other keys: a few lines on Home, not all)
        lines.append(
            f"{path}: {len(unknown) - NAMED_UNKNOWN:,} more keys are not settings; they are ignored"
        )
    return lines


class _KeyedObject(dict[str, Any]):
    """A JSON object that knows which of its keys were given more than once, and how often."""

    repeats: dict[str, int]

    @classmethod
    def of(cls, pairs: list[tuple[str, Any]]) -> _KeyedObject:
        made = cls(pairs)
        counts = Counter(key for key, _ in pairs)
        made.repeats = {key: n for key, n in counts.items() if n > 1}
        return made


NAMED_UNKNOWN = 3  # keys that are no setting named one by one; past them, how many more
_DEFAULTS_USED = "the defaults are used until Settings are saved (which replaces the file)"
# A pipe, device or folder under the name is not replaced by saving (Settings.save refuses
# it): 'until Settings are saved (which replaces the file)' sent the person to a Save that
# said 'not saved' (attack run 50).
NOT_A_FILE_USED = "the defaults are used: move it away, then save Settings to write the file"
_TYPE_WORDS = {bool: "true or false", int: "a whole number", float: "a number", str: "text"}


def _wrong(key: str, value: Any, default: Any) -> str:
    """Why ``value`` cannot be used for ``key`` (whose default is ``default``), or ''."""
    if isinstance(value, LongNumber):
        return f"is {value.describe()}"
    kind = type(default)
    fits = type(value) is kind or (kind is float and type(value) is int)
    if not fits:
        return f"is not {_TYPE_WORDS.get(kind, kind.__name__)}"
    if key in RANGES:
        low, high = RANGES[key]
        if not low <= value <= high:  # NaN too
            return f"is outside {low:g} to {high:g}"
    if key in CHOICES and value not in CHOICES[key]:
        return f"is not one of {', '.join(CHOICES[key])}"
    if isinstance(value, str) and len(value) > MAX_TEXT:
        return f"is longer than at most {MAX_TEXT} characters"
    if isinstance(value, str):
        found = (_CONTROL_BUT_NEWLINE if key in _MANY_LINES else _CONTROL).search(value)
        if found is not None:
            return f"holds a control character ({control_name(found.group())})"
    return ""


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=True)
    return text if len(text) <= 40 else text[:37] + "..."
