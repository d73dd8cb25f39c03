"""Consent to a cloud speech engine: given in the app's own dialog, stored as a record the app
itself checks before any audio may leave the computer.

A cloud engine sends answer audio to a third party. It runs only with a valid consent record in
``cloud-consent.json``: one that names the engine, the version and SHA-256 of the privacy notice
the person read, when they agreed, and a signature (HMAC-SHA256) over all of that and the data
folder, made with a random key kept in its own private file (``.consent-key``) that only the
app writes. So a record typed by hand, changed afterwards, copied from another folder or
machine, written by an older version, or given to another wording of the notice is not
consent; neither is a ``"speech_engine": "google"`` put into settings.json. Anything unreadable
or malformed counts as no consent, the app falls back to the offline engine and asks again, and
the log says which file was refused and why.

(A person who reads this code and the key file can still forge a record for themselves: the
check guards against files written by hand, by scripts or by other programs, not against the
computer's own owner.)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from simulator import paths
from simulator.core.small_files import create_private, read_small, read_small_text, replace_private
from simulator.speech.engines import (
    CLOUD_ENGINES,
    DEFAULT_ENGINE,
    PRIVACY_NOTICE,
    PRIVACY_NOTICE_VERSION,
)

__all__ = [
    "CLOUD_ENGINES",
    "NOTICE",
    "ConsentCheck",
    "allowed_engine",
    "check_consent",
    "consent_given_at",
    "pending_cloud_engine",
    "record_consent",
]

log = logging.getLogger(__name__)

# The words the person agreed to, from the table of engines (a leaf: reading settings never
# imports the speech stack).
NOTICE = PRIVACY_NOTICE
FORMAT = "ml-interview-cloud-consent"
VERSION = 2  # 1 kept unsigned records keyed by engine at the top level
MAX_FILE_BYTES = 64 * 1024  # a consent file is a few hundred bytes
RECORD_KEYS = frozenset({"engine", "notice_version", "notice_sha256", "given_at", "signature"})
EARLIEST = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)  # no consent of this app is older
CLOCK_SLACK = dt.timedelta(minutes=5)


def consent_file() -> Path:
    return paths.data_dir() / "cloud-consent.json"


def key_file() -> Path:
    return paths.data_dir() / ".consent-key"


@dataclass(frozen=True)
class ConsentCheck:
    """What the consent file says about ``engine``: ``given_at`` when the consent is valid,
    else ``problem`` says why not (for the log)."""

    engine: str
    given_at: str | None
    problem: str = ""


def _notice_hash(engine: str) -> str:
    return hashlib.sha256(NOTICE.format(engine=engine).encode("utf-8")).hexdigest()


def _signature(key: bytes, record: dict[str, Any]) -> str:
    signed = {k: v for k, v in record.items() if k != "signature"}
    signed["data_folder"] = str(paths.data_dir())  # a record copied elsewhere does not count
    text = json.dumps(signed, sort_keys=True, separators=(",", ":"))
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def _key(create: bool) -> bytes | None:
    """The signing key (32 random bytes, hex in a private file); made on the first consent."""
    path = key_file()
    try:
        text = read_small_text(path, 1024, encoding="ascii").strip()
        key = bytes.fromhex(text)
        return key if len(key) == 32 else None
    except FileNotFoundError:
        if not create:
            return None
    except (OSError, ValueError):
        if not create:
            return None
        path.unlink(missing_ok=True)  # damaged: a new key (older records stop counting)
    fd = create_private(path)
    key = secrets.token_bytes(32)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(key.hex())
    return key


def record_consent(engine: str, when: dt.datetime | None = None) -> None:
    """Store that the person agreed, in the app's dialog, to send audio to ``engine``.
    Only the Settings dialog and the start-up consent dialog call this."""
    if engine not in CLOUD_ENGINES:
        raise ValueError(f"{engine!r} is not a cloud speech engine")
    key = _key(create=True)
    assert key is not None
    records = _records()[0] or {}
    given = (when or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat(timespec="seconds")
    record: dict[str, Any] = {
        "engine": engine,
        "notice_version": PRIVACY_NOTICE_VERSION,
        "notice_sha256": _notice_hash(engine),
        "given_at": given,
    }
    record["signature"] = _signature(key, record)
    records[engine] = record
    document = {"format": FORMAT, "version": VERSION, "records": records}
    replace_private(consent_file(), json.dumps(document, indent=2))


def check_consent(engine: str) -> ConsentCheck:
    """Whether a valid consent to ``engine`` is stored, and if not, why not."""
    records, problem = _records()
    if records is None:
        return ConsentCheck(engine, None, problem)
    record = records.get(engine)
    if record is None:
        return ConsentCheck(engine, None, f"it holds no consent to {engine}")
    problem = _record_problem(engine, record)
    if problem:
        return ConsentCheck(engine, None, problem)
    return ConsentCheck(engine, str(record["given_at"]))


def _record_problem(engine: str, record: Any) -> str:
    if not isinstance(record, dict) or set(record) != RECORD_KEYS:
        return f"its record for {engine} is malformed"
    if record["engine"] != engine:
        return f"its record for {engine} names another engine ({record['engine']!r})"
    version = record["notice_version"]
    if version != PRIVACY_NOTICE_VERSION or isinstance(version, bool):
        return (
            f"it was given to version {version!r} of the privacy notice; the notice shown now "
            f"is version {PRIVACY_NOTICE_VERSION}"
        )
    if record["notice_sha256"] != _notice_hash(engine):
        return "it was given to another wording of the privacy notice"
    given = record["given_at"]
    try:
        when = dt.datetime.fromisoformat(given) if isinstance(given, str) else None
    except ValueError:
        when = None
    if when is None or when.tzinfo is None:
        return f"its date {given!r} is not a time with a time zone"
    if not EARLIEST <= when <= dt.datetime.now(dt.UTC) + CLOCK_SLACK:
        return f"its date {given} is impossible"
    key = _key(create=False)
    if key is None:
        return f"the key that signs consents ({key_file()}) is missing or damaged"
    signature = record["signature"]
    if not isinstance(signature, str) or not hmac.compare_digest(
        signature, _signature(key, record)
    ):
        return "its signature does not match: it was written or changed outside the app"
    return ""


def _records() -> tuple[dict[str, Any] | None, str]:
    """The file's records by engine, or (None, why it cannot be used)."""
    path = consent_file()
    try:
        raw = read_small(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        return None, "there is no consent file"
    except OSError as exc:
        return None, f"it cannot be read ({exc.strerror or type(exc).__name__})"
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        return None, "it is not valid JSON"
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None, "it is not a consent record of this app"
    if data.get("version") != VERSION or not isinstance(data.get("records"), dict):
        return None, f"it was written by another version of the app ({data.get('version')!r})"
    return data["records"], ""


_logged: set[tuple[str, str]] = set()


def consent_given_at(engine: str) -> str | None:
    """When the person agreed to ``engine`` (ISO date), or None without a valid record (the
    reason is logged once, naming the file)."""
    check = check_consent(engine)
    if check.given_at is None and engine in CLOUD_ENGINES:
        seen = (str(consent_file()), check.problem)
        if seen not in _logged:
            _logged.add(seen)
            log.warning(
                "no valid consent to the %s speech engine in %s: %s; the offline engine is "
                "used and consent is asked again",
                engine, consent_file(), check.problem,
            )  # fmt: skip
    return check.given_at


def allowed_engine(engine: str) -> str:
    """``engine`` if it may run; the offline default for a cloud engine without consent."""
    if engine in CLOUD_ENGINES and consent_given_at(engine) is None:
        return DEFAULT_ENGINE
    return engine


def pending_cloud_engine(settings_path: Path | None = None) -> str | None:
    """The cloud engine settings.json asks for when no valid consent to it is stored: the app
    shows the privacy notice and asks again (None when there is nothing to ask)."""
    path = settings_path or paths.settings_file()
    try:
        data = json.loads(read_small(path, MAX_FILE_BYTES).decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    engine = data.get("speech_engine") if isinstance(data, dict) else None
    if isinstance(engine, str) and engine in CLOUD_ENGINES and consent_given_at(engine) is None:
        return engine
    return None
