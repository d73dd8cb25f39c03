"""Consent to a cloud speech engine: given in the Settings dialog, stored with its date.

A cloud engine sends answer audio to a third party. It runs only when a consent record exists
for that engine *and* for the privacy notice as it reads today (its hash is stored with the
consent); a ``"speech_engine": "google"`` written into settings.json by hand, by a script or by
another program is not consent, and the app falls back to the offline engine."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path

from simulator import paths
from simulator.speech.engines import CLOUD_ENGINES, DEFAULT_ENGINE, PRIVACY_NOTICE

__all__ = ["CLOUD_ENGINES", "NOTICE", "allowed_engine", "consent_given_at", "record_consent"]

# The words the person agreed to, from the table of engines (a leaf: reading settings never
# imports the speech stack).
NOTICE = PRIVACY_NOTICE


def consent_file() -> Path:
    return paths.data_dir() / "cloud-consent.json"


def _notice_hash(engine: str) -> str:
    return hashlib.sha256(NOTICE.format(engine=engine).encode("utf-8")).hexdigest()


def record_consent(engine: str, when: dt.datetime | None = None) -> None:
    """Store that the person agreed, in the dialog, to send audio to ``engine``."""
    records = _records()
    given = (when or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
    records[engine] = {"given_at": given, "notice_sha256": _notice_hash(engine)}
    path = consent_file()
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, paths.PRIVATE_FILE)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(records, out, indent=2)
    os.replace(tmp, path)


def consent_given_at(engine: str) -> str | None:
    """When the person agreed to ``engine`` (ISO date), or None without a valid record."""
    record = _records().get(engine)
    if not isinstance(record, dict) or record.get("notice_sha256") != _notice_hash(engine):
        return None
    given = record.get("given_at")
    try:
        dt.datetime.fromisoformat(str(given))
    except ValueError:
        return None
    return str(given)


def allowed_engine(engine: str) -> str:
    """``engine`` if it may run; the offline default for a cloud engine without consent."""
    if engine in CLOUD_ENGINES and consent_given_at(engine) is None:
        return DEFAULT_ENGINE
    return engine


def _records() -> dict[str, object]:
    try:
        data = json.loads(consent_file().read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}
