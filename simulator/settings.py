"""The user's preferences, kept as JSON in the data dir."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from simulator import paths
from simulator.consent import allowed_engine
from simulator.core.small_files import read_small_text, replace_private

MAX_SETTINGS_BYTES = 64 * 1024  # a dozen short values
# A hand-edited value outside these is ignored (the default is used): the Settings dialog offers
# no other, and e.g. a silence of -1 or NaN seconds would end every spoken answer at once or never.
RANGES: dict[str, tuple[float, float]] = {"speaking_rate": (100, 260), "silence_end_s": (2.0, 15.0)}
CHOICES: dict[str, tuple[str, ...]] = {
    "answer_mode": ("typed", "spoken"),
    "theme": ("system", "light", "dark"),
}
MAX_TEXT = 4096  # a voice id, device name, model name or folder


@dataclass
class Settings:
    voice_enabled: bool = True  # read questions aloud
    voice_id: str = ""  # empty: the natural (Piper) voice, else espeak-ng; "piper:..." or espeak id
    speaking_rate: int = 160  # words per minute: a calm interviewer
    follow_ups: bool = True  # ask a follow-up about a key point the answer missed
    answer_mode: str = "typed"  # "typed" or "spoken"
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
        path = path or paths.settings_file()
        try:
            raw = json.loads(read_small_text(path, MAX_SETTINGS_BYTES))
        except (OSError, ValueError, RecursionError):
            # missing, unreadable or absurd (nested thousands deep): defaults; the file is
            # rewritten on save
            return cls()
        known = {f.name: f.type for f in fields(cls)}
        defaults = cls()
        values: dict[str, Any] = {}
        for key, value in raw.items() if isinstance(raw, dict) else ():
            if (
                key in known
                and type(value) is type(getattr(defaults, key))
                and _allowed(key, value)
            ):
                values[key] = value
        loaded = cls(**values)
        # A cloud engine in the file is not enough: it needs the consent given in Settings.
        loaded.speech_engine = allowed_engine(loaded.speech_engine)
        return loaded

    def save(self, path: Path | None = None) -> None:
        replace_private(path or paths.settings_file(), json.dumps(asdict(self), indent=2))


def _allowed(key: str, value: Any) -> bool:
    if key in RANGES:
        low, high = RANGES[key]
        return bool(low <= value <= high)  # False for NaN
    if key in CHOICES:
        return value in CHOICES[key]
    return not isinstance(value, str) or (len(value) <= MAX_TEXT and "\x00" not in value)
