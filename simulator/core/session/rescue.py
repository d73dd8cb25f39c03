"""Answers that could not be saved, written to a file elsewhere (a recovery file).

When the data folder cannot be written (a full disk) and the person quits, what they said
would be lost with the process. This writes every answer of the affected sessions, with the
question it answered, as one JSON document wherever they choose: readable, and enough to
paste an answer back or score it later with ``ml-interview score``."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from simulator.core.session.ledger import Entry
from simulator.core.small_files import replace_private
from simulator.core.target_files import refuse_unsafe_target

FORMAT = "ml-interview-simulator/unsaved-answers"


def rescue_document(sessions: list[tuple[int | None, dict[int, Entry]]]) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": 1,
        "written_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "sessions": [
            {"session_id": session_id, "answers": _answers(ledger)}
            for session_id, ledger in sessions
        ],
    }


def _answers(ledger: dict[int, Entry]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for position in sorted(ledger):
        entry = ledger[position]
        for part in entry.parts:
            if part.transcript is None and part.audio is None:
                continue
            out.append(
                {
                    "position": position,
                    "question_id": entry.question.id,
                    "prompt": entry.question.prompt,
                    "follow_up": part.follow_up,
                    "mode": part.mode,
                    "text": part.transcript.text if part.transcript else "",
                    "audio_path": str(part.audio) if part.audio else None,
                    "duration_s": part.transcript.duration_s if part.transcript else None,
                    "overall": entry.score.overall if entry.score and part.index == 0 else None,
                }
            )
    return out


def write_rescue(path: Path, sessions: list[tuple[int | None, dict[int, Entry]]]) -> Path:
    """Write the document to ``path`` (0600, whole or not at all); raises OSError."""
    path = Path(path).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    refuse_unsafe_target(path)
    data = json.dumps(rescue_document(sessions), ensure_ascii=False, indent=2) + "\n"
    replace_private(path, data, fsync=True)
    return path
