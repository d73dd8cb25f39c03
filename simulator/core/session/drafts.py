"""A typed answer not sent yet, kept on disk while it is written.

Every answer is saved the moment it is given; until then the text lived only in the answer box,
and a crash lost it. The page hands the text over a moment after each pause in typing; it is
written here (one small file per session, replaced atomically, readable by its owner only),
offered back when the session is resumed at that question, and removed once the answer is in.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from simulator.core.small_files import read_small_text, replace_private
from simulator.core.storage_errors import plain_reason

if TYPE_CHECKING:
    from simulator.core.interview import AnswerClock
    from simulator.core.star import StarTimer

MAX_DRAFT_BYTES = 4 * 1024 * 1024  # an answer typed for an hour is ~100 KB
MAX_SECONDS = 24 * 3600.0  # more time than that on one answer is a damaged file


@dataclass(frozen=True)
class Draft:
    position: int
    follow_up: str | None
    text: str
    # The time already used on the answer, and on each STAR part (in order, with the part being
    # told): a resumed answer goes on from there rather than from 0:00.
    elapsed_s: float = 0.0
    star: tuple[tuple[str, float], ...] = ()
    star_current: str | None = None


class DraftNotKept(OSError):
    """The answer being typed could not be written; the message says what, where and why, and
    that nothing is lost yet (the text is in the box, and is saved as any answer once sent)."""

    def __init__(self, folder: Path | None, exc: OSError) -> None:
        # no folder: the data folder itself cannot be made, and the reason names it
        where = f"in {folder}" if folder is not None else "on the disk"
        super().__init__(
            exc.errno,
            f"Your answer so far could not be kept {where}: {plain_reason(exc)}. It is still "
            "in the answer box and is saved once you submit it, but would be lost if the app "
            "closed now.",
        )

    def __str__(self) -> str:
        return str(self.strerror)


class Drafts:
    def __init__(self, folder: Callable[[], Path]) -> None:
        self._folder = folder

    @classmethod
    def beside(cls, recordings: Callable[[], Path]) -> Drafts:
        """The drafts of the data folder that holds ``recordings()``: the one place both the
        session (which writes them) and Home's banner (which says one comes back) look."""
        return cls(lambda: recordings().parent / "drafts")

    @classmethod
    def of_data_folder(cls) -> Drafts:
        """The app's drafts: ``drafts`` in the data folder, found without making the recordings
        folder beside it. ``beside(paths.recordings_dir)`` made it first, so a file named
        ``recordings`` (or a recordings folder that cannot be made) stopped every draft of a
        typed answer from being kept, and Home from finding one (attack60b)."""
        from simulator import paths

        return cls(lambda: paths.data_dir() / "drafts")

    def _file(self, session_id: int) -> Path:
        return self._folder() / f"session-{session_id}.json"

    def write(self, session_id: int, draft: Draft) -> None:
        """Raises ``DraftNotKept`` when the disk refuses it (full, read-only, folder gone)."""
        try:
            self._write(session_id, draft)
        except DraftNotKept:
            raise
        except OSError as exc:
            raise DraftNotKept(self._folder_named(), exc) from exc

    def _folder_named(self) -> Path | None:
        try:
            return self._folder()
        except OSError:  # the data folder itself cannot be made
            return None

    def _write(self, session_id: int, draft: Draft) -> None:
        folder = self._folder()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        data = {
            "position": draft.position,
            "follow_up": draft.follow_up,
            "text": draft.text,
            "elapsed_s": round(draft.elapsed_s, 1),
            "star": [[phase, round(seconds, 1)] for phase, seconds in draft.star],
            "star_current": draft.star_current,
        }
        replace_private(self._file(session_id), json.dumps(data, ensure_ascii=False))

    def read(self, session_id: int) -> Draft | None:
        try:
            data = json.loads(read_small_text(self._file(session_id), MAX_DRAFT_BYTES))
            position, follow_up, text = data["position"], data.get("follow_up"), data["text"]
        except (OSError, ValueError, KeyError, TypeError, RecursionError):
            return None
        # as the app writes them: a damaged or hand-edited file is not offered back as an answer
        # (a list came back as the text "['a', 'b']"; 1e999 as the position raised out of here)
        if type(position) is not int or position < 0 or not isinstance(text, str):
            return None
        if follow_up is not None and not isinstance(follow_up, str):
            return None
        draft = Draft(position, follow_up, text)
        try:  # written by an older version, or damaged: the text alone is still worth having
            star = tuple((str(p), _seconds(t)) for p, t in data.get("star") or ())
            current = data.get("star_current")
            draft = replace(
                draft,
                elapsed_s=_seconds(data.get("elapsed_s", 0.0)),
                star=star,
                star_current=current if isinstance(current, str) else None,
            )
        except (ValueError, TypeError):
            pass
        # no text but time used: an answer thought about for a while goes on from there
        return draft if draft.text.strip() or draft.elapsed_s > 0 else None

    def clear(self, session_id: int) -> None:
        self._file(session_id).unlink(missing_ok=True)


def _seconds(value: object) -> float:
    try:
        seconds = float(value)  # type: ignore[arg-type]  # ValueError/TypeError: not a number
    except OverflowError:  # a whole number past any float (10**400): it raised out of resume,
        raise ValueError(f"not a time: {value!r:.40}") from None  # which left a blank page
    if not math.isfinite(seconds) or not 0 <= seconds <= MAX_SECONDS:
        raise ValueError(f"not a time: {value!r}")
    return seconds


def with_time_used(draft: Draft, clock: AnswerClock, star: StarTimer | None) -> Draft:
    """``draft`` with the time used so far on its answer and on each STAR part."""
    phases = tuple((p.phase, p.elapsed_s) for p in star.phases()) if star else ()
    current = star.current if star else None
    return replace(draft, elapsed_s=clock.elapsed(), star=phases, star_current=current)


def carry_time_used(draft: Draft, clock: AnswerClock, star: StarTimer | None) -> None:
    """The answer starting again after a resume goes on from the time ``draft`` had used."""
    clock.carry(draft.elapsed_s)
    if star is not None and draft.star:
        star.carry(dict(draft.star), draft.star_current)
