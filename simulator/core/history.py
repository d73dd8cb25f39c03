"""Past sessions as rows to sort and filter, and deleting a session with its recordings (Qt-free).

``history`` turns ``Storage.history_rows()`` (one query) into ``HistoryRow`` objects that know
their categories and topics through the bank, so the History page filters without touching the
database again. Searching the transcripts is one query (``Storage.search_answers``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from simulator.core.storage import Storage
from simulator.core.tables import CATEGORIES, NO_SCORE, all_off_question, verdict_color


@dataclass(frozen=True)
class HistoryRow:
    session_id: int
    started_at: float
    plan: str
    status: str
    overall: int | None
    answered: int
    spoken: int
    categories: frozenset[str]
    topics: frozenset[str]
    # in the order sessions happened: the Date column sorts on it (``storage_schema.happened``)
    place: float = 0.0
    # the overall's colour, the scorecard's verdict (``tables.verdict_color``): a session whose
    # every answer is a story off the question asked is at best amber, whatever its number
    color: str = NO_SCORE
    # every answer counted is a story off the question asked, so the overall is amber, not
    # green (known only where it changes the colour)
    off_question: bool = False


def history(
    storage: Storage, category_of: Mapping[str, str], topic_of: Mapping[str, str]
) -> list[HistoryRow]:
    """Every ended session, newest first."""
    out = []
    for r in storage.history_rows():
        categories = {category_of[q] for q in r.question_ids if q in category_of}
        if any(q not in category_of for q in r.question_ids):
            # a question no longer in the packs: its category as the session's score counted
            # it (the cell was empty, and the Category filter hid the session: walkthrough 51)
            categories.update(c for c in r.scored_categories if c in CATEGORIES)
        out.append(
            HistoryRow(
                session_id=r.id,
                started_at=r.started_at,
                plan=r.plan_name,
                status=r.status,
                overall=r.overall,
                answered=r.answered,
                spoken=r.spoken,
                categories=frozenset(categories),
                topics=frozenset(topic_of[q] for q in r.question_ids if q in topic_of),
                place=r.place,
                color=verdict_color(r.overall, r.scored, r.off_question),
                off_question=all_off_question(r.scored, r.off_question),
            )
        )
    return out


def delete_session(storage: Storage, session_id: int, recordings: Path) -> int:
    """Delete a session and its recordings (only files inside ``recordings``); returns how many
    recordings were removed. The rows go first: a crash in between leaves stray files, never a
    session pointing at missing audio."""
    removed = 0
    root = recordings.resolve()
    for audio in storage.delete_session(session_id):
        path = Path(audio).resolve()
        if path.is_relative_to(root) and path.is_file():
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
    return removed


class HeldDeletion:
    """A deleted session kept until its undo is past: the person who deleted it can take it
    back (Ctrl+Z) while they stay on History, and it is deleted for real when they go elsewhere,
    delete another or close the app. A crash in between keeps it: nothing recorded is lost by
    a key pressed by mistake, which a delete done at once lost for good (walk66, left; ui67)."""

    def __init__(self) -> None:
        self.session_id: int | None = None
        self.described = ""  # the session as its row read ("6 Dec 14:05 · Full loop · ...")

    def hold(self, session_id: int, described: str = "") -> int | None:
        """Hold ``session_id``; returns the one held before, to delete now (None: none)."""
        before = self.take()
        self.session_id, self.described = session_id, described
        return before

    def undo(self) -> int | None:
        """The session held, kept after all (None: nothing to undo)."""
        return self.take()

    def take(self) -> int | None:
        """The session held, no longer held (to delete now, or kept by an undo)."""
        held, self.session_id, self.described = self.session_id, None, ""
        return held

    def shown(self, rows: list[HistoryRow]) -> list[HistoryRow]:
        """``rows`` without the session held."""
        held = self.session_id
        return rows if held is None else [r for r in rows if r.session_id != held]

    @property
    def said(self) -> str:
        """What the page says while a session is held."""
        which = f" ({self.described})" if self.described else ""
        return f"Session deleted{which}. Undo (Ctrl+Z) brings it back until you leave History."
