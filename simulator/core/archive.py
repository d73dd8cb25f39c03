"""All your data as one archive, for a new machine: export, validate, import (Qt-free).

An archive is a zip: ``manifest.json`` (what it is and how much it holds), ``data.json`` (every
session with its answers, scores, transcripts, notes and self-ratings) and ``recordings/`` (the
audio of spoken answers). Importing checks everything before changing anything: the format, each
session and answer field, that every recording named is in the zip. It never overwrites: into an
empty history it restores the sessions with their ids (a round trip gives an identical history);
into a non-empty one it refuses unless told to replace (the app asks first), and recordings never
replace a file already there.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from simulator import __version__
from simulator.core.storage import Storage

FORMAT = "ml-interview-archive"
VERSION = 1
MAX_DATA_BYTES = 512 * 1024 * 1024  # data.json larger than this is not one of ours


class ArchiveError(Exception):
    """The archive cannot be written or read; the message says what and where, in one line."""


@dataclass(frozen=True)
class ArchiveSummary:
    sessions: int
    answers: int
    recordings: int
    created: str


def export_archive(storage: Storage, target: Path) -> ArchiveSummary:
    """Write every session, answer, note, rating and recording to ``target`` (a zip)."""
    data = storage.export_rows()
    recordings: dict[str, Path] = {}
    for answer in data["answers"]:
        audio = answer.get("audio_path")
        if audio and Path(audio).is_file():
            name = f"recordings/{answer['id']}-{Path(audio).name}"
            recordings[name] = Path(audio)
            answer["audio_path"] = name
            answer["audio_file"] = Path(audio).name  # restored under its own name
        elif audio:
            answer["audio_path"] = None  # already gone: nothing to carry over
            answer["audio_missing"] = audio
    created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "created": created,
        "sessions": len(data["sessions"]),
        "answers": len(data["answers"]),
        "recordings": len(recordings),
    }
    partial = target.with_name(f".{target.name}.part")
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("manifest.json", json.dumps(manifest, indent=2))
            z.writestr("data.json", json.dumps(data, ensure_ascii=False))
            for name, path in recordings.items():
                z.write(path, name, compress_type=zipfile.ZIP_STORED)  # WAV barely compresses
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ArchiveError(f"cannot write the archive {target}: {exc.strerror or exc}") from None
    return ArchiveSummary(len(data["sessions"]), len(data["answers"]), len(recordings), created)


def read_archive(source: Path) -> tuple[ArchiveSummary, dict[str, Any]]:
    """Open and validate an archive; nothing is changed. Raises ``ArchiveError`` naming the problem."""
    try:
        z = zipfile.ZipFile(source)
    except (OSError, zipfile.BadZipFile) as exc:
        raise ArchiveError(f"{source} is not an archive of this app: {exc}") from None
    with z:
        names = set(z.namelist())
        for required in ("manifest.json", "data.json"):
            if required not in names:
                raise ArchiveError(f"{source}: {required} is missing (not an archive of this app)")
        try:
            manifest = json.loads(z.read("manifest.json"))
            if z.getinfo("data.json").file_size > MAX_DATA_BYTES:
                raise ArchiveError(f"{source}: data.json is too large")
            data = json.loads(z.read("data.json"))
        except (ValueError, zipfile.BadZipFile) as exc:
            raise ArchiveError(f"{source}: damaged: {exc}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ArchiveError(f"{source}: manifest.json does not describe an archive of this app")
    if manifest.get("version") != VERSION:
        raise ArchiveError(
            f"{source}: archive version {manifest.get('version')!r}, this app reads {VERSION}"
        )
    _validate(data, names, source)
    recordings = sum(1 for a in data["answers"] if a.get("audio_path"))
    summary = ArchiveSummary(
        len(data["sessions"]), len(data["answers"]), recordings, str(manifest.get("created", ""))
    )
    return summary, data


def import_archive(
    storage: Storage, source: Path, recordings_dir: Path, replace: bool = False
) -> ArchiveSummary:
    """Restore an archive. Refuses (``ArchiveError``) when there are sessions already, unless
    ``replace``: then they are deleted first (their recordings stay on disk)."""
    summary, data = read_archive(source)
    existing = storage.session_count()
    if existing and not replace:
        raise ArchiveError(
            f"there are {existing} session(s) here already: importing would replace them "
            "(confirm to replace, or import into an empty data folder)"
        )
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    with zipfile.ZipFile(source) as z:
        for answer in data["answers"]:
            name = answer.get("audio_path")
            if not name:
                answer["audio_path"] = answer.pop("audio_missing", None)
                continue
            own = Path(str(answer.pop("audio_file", "") or Path(name).name)).name
            target = recordings_dir / own
            if target.exists():  # never replace a file that is already there
                target = recordings_dir / f"imported-{stamp}-{own}"
            target.parent.mkdir(parents=True, exist_ok=True)
            with z.open(name) as src, open(target, "xb") as dst:
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
            answer["audio_path"] = str(target)
    storage.import_rows(data, replace=replace)
    return summary


SESSION_FIELDS = {"id": int, "started_at": (int, float), "status": str, "plan_json": str}
ANSWER_FIELDS = {
    "id": int,
    "session_id": int,
    "question_id": str,
    "position": int,
    "mode": str,
    "text": str,
    "created_at": (int, float),
}

HISTORY_FIELDS = {
    "id": int, "answer_id": int, "replaced_at": (int, float), "text": str, "why": str,
}  # fmt: skip


def _validate(data: Any, names: set[str], source: Path) -> None:
    if not isinstance(data, dict):
        raise ArchiveError(f"{source}: data.json is not an object")
    for key in ("sessions", "answers", "notes", "ratings"):
        if not isinstance(data.get(key), list):
            raise ArchiveError(f"{source}: data.json has no list '{key}'")
    session_ids = set()
    for i, s in enumerate(data["sessions"]):
        _fields(s, SESSION_FIELDS, f"{source}: session #{i + 1}")
        if s["status"] not in ("active", "finished", "aborted"):
            raise ArchiveError(f"{source}: session #{i + 1}: status {s['status']!r} is unknown")
        session_ids.add(s["id"])
    answer_ids = set()
    for i, a in enumerate(data["answers"]):
        where = f"{source}: answer #{i + 1} ({a.get('question_id', '?') if isinstance(a, dict) else '?'})"
        _fields(a, ANSWER_FIELDS, where)
        if a["session_id"] not in session_ids:
            raise ArchiveError(f"{where}: its session {a['session_id']} is not in the archive")
        if a["mode"] not in ("typed", "spoken", "skipped"):
            raise ArchiveError(f"{where}: mode {a['mode']!r} is unknown")
        audio = a.get("audio_path")
        if audio is not None and (not isinstance(audio, str) or audio not in names):
            raise ArchiveError(f"{where}: its recording {audio} is missing from the archive")
        for key in ("transcript_json", "score_json"):
            if a.get(key) is not None and not isinstance(a[key], str):
                raise ArchiveError(f"{where}: {key} is not text")
        answer_ids.add(a["id"])
    for kind, key in (("notes", "note"), ("ratings", "rating")):
        for row in data[kind]:
            if not isinstance(row, dict) or row.get("answer_id") not in answer_ids:
                raise ArchiveError(f"{source}: a {key} belongs to no answer in the archive")
    if any(
        not (isinstance(r.get("rating"), int) and 1 <= r["rating"] <= 4) for r in data["ratings"]
    ):
        raise ArchiveError(f"{source}: a self-rating is not 1 to 4")
    history = data.get("transcript_history", [])  # absent from archives of older versions
    if not isinstance(history, list):
        raise ArchiveError(f"{source}: data.json's 'transcript_history' is not a list")
    for i, row in enumerate(history):
        _fields(row, HISTORY_FIELDS, f"{source}: replaced transcript #{i + 1}")
        if row["answer_id"] not in answer_ids:
            raise ArchiveError(f"{source}: replaced transcript #{i + 1} belongs to no answer")


def _fields(row: Any, fields: dict[str, Any], where: str) -> None:
    if not isinstance(row, dict):
        raise ArchiveError(f"{where}: not an object")
    for key, kind in fields.items():
        if not isinstance(row.get(key), kind) or isinstance(row.get(key), bool):
            raise ArchiveError(f"{where}: field '{key}' is missing or of the wrong type")
