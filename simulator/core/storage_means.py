"""Schema 6: session summaries stored before session means rounded a half up (5bc53919) are
re-rounded from their own answers, so History, Home and Progress show the figure the Scorecard
and every export compute (answers of 14 and 15 read 14 in the lists, 15 on the card).

Only a figure that is exactly the old rounding (Python's ``round``, a half to the even number)
of the answers now stored is re-rounded: a summary that counted other answers (a question gone
from the bank, say) is not a rounding matter and is left alone. A summary that does not read is
kept as it was and said; nothing is dropped.

The work is done after the file has opened, a batch of sessions per transaction (``Storage.
upkeep``), never as it opens: all at once it took 6.6 s at 18,000 sessions, on the thread that
opened the file, before the window could show."""

from __future__ import annotations

import dataclasses
import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from simulator.core import storage_codec as codec
from simulator.core.rounding import mean_score

if TYPE_CHECKING:
    from simulator.core.scoring.results import SessionScore

# "technical: mean of 2, behavioral: mean of 1": how many answers each category mean counted
_COUNTED = re.compile(r"\s*([^,:]+):\s*mean of (\d+)")

Mean = Callable[[Sequence[int]], int]


# The upkeep step (``storage_schema.LATER``) this module's work is recorded under.
STEP = "session means"


def reround_batch(db: sqlite3.Connection, after: int, limit: int) -> tuple[int | None, list[int]]:
    """Re-round the stored summaries of up to ``limit`` sessions whose id is above ``after``,
    in the caller's transaction: (the last session id done, None when the last one is done;
    the ids of summaries that could not be read, kept as they were). Running it again on a summary it
    re-rounded changes nothing: a crash between batches loses nothing."""
    rows = db.execute(
        "SELECT id, score_json FROM sessions WHERE score_json IS NOT NULL AND id > ? "
        "ORDER BY id LIMIT ?",
        (after, limit),
    ).fetchall()
    if not rows:
        return None, []
    ids = [int(r[0]) for r in rows]
    # main answers only, as the summary counts them; a skip counts 0
    scored: dict[int, list[tuple[int, int]]] = defaultdict(list)  # session -> (answer, overall)
    skipped: dict[int, int] = defaultdict(int)
    marks = ",".join("?" * len(ids))
    for answer_id, session_id, mode, overall in db.execute(
        "SELECT id, session_id, mode, overall FROM answers "
        f"WHERE follow_up IS NULL AND session_id IN ({marks})",
        ids,
    ):
        if mode == "skipped":
            skipped[session_id] += 1
        elif (value := codec.overall(overall)) is not None:
            scored[session_id].append((answer_id, value))
    unread: list[int] = []
    for session_id, text in rows:
        summary = codec.session_score(text)
        if summary is None:
            unread.append(int(session_id))
            continue
        values, skips = scored.get(session_id, []), skipped.get(session_id, 0)
        changed = _rerounded(db, summary, values, skips, mean_score)
        if changed != summary:
            db.execute(
                "UPDATE sessions SET score_json = ? WHERE id = ?",
                (codec.dump_score(changed), session_id),
            )
    return (ids[-1] if len(ids) == limit else None), unread


def unread_up_to(db: sqlite3.Connection, upto: int) -> list[int]:
    """The sessions up to id ``upto`` whose stored summary cannot be read: those earlier batches
    kept as stored. Found again when the step ends, since earlier batches may have run before
    a quit (only their position is stored), and a quit mid-upkeep never told them (fix46)."""
    return [
        int(session_id)
        for session_id, text in db.execute(
            "SELECT id, score_json FROM sessions WHERE score_json IS NOT NULL AND id <= ? "
            "ORDER BY id",
            (upto,),
        )
        if codec.session_score(text) is None
    ]


def unread_notice(unread: list[int]) -> str:
    """What is told of summaries ``reround_batch`` could not read (kept as stored)."""
    one = len(unread) == 1
    shown = ", ".join(str(i) for i in unread[:10]) + (" …" if len(unread) > 10 else "")
    return (
        f"{len(unread)} stored session score{'' if one else 's'} could not be read to round "
        f"{'its' if one else 'their'} mean the current way (a half goes up) and "
        f"{'was' if one else 'were'} kept as stored (session{'' if one else 's'} {shown}); "
        f"{'its' if one else 'their'} scorecard computes the score from the answers"
    )


def _rerounded(
    db: sqlite3.Connection,
    summary: SessionScore,
    values: list[tuple[int, int]],
    skips: int,
    mean: Mean,
) -> SessionScore:
    from simulator.core.scoring.results import NO_ANSWERS

    counted = summary.answers
    if not counted and summary.basis.get("overall") != NO_ANSWERS:
        counted = len(values) + skips  # (a summary stored before it said how many it counted)
    overall = summary.overall
    if counted and counted == len(values) + skips:
        everything = [v for _, v in values] + [0] * skips
        if round(sum(everything) / counted) == overall:
            overall = mean(everything)
    per = dict(summary.per_category)
    said = {c.strip(): int(n) for c, n in _COUNTED.findall(summary.basis.get("per_category", ""))}
    if len(per) == 1 and not said and not skips:  # (no count said: every answer is in it)
        said = {next(iter(per)): len(values)}
    # a mean of whole scores can only be a half over an even count: only then are the answers'
    # categories read (from their scores, the one place that says them)
    halves = [c for c in per if said.get(c, 0) % 2 == 0 and said.get(c, 0)]
    categories = (
        codec.answer_categories(db, [a for a, _ in values]) if len(per) > 1 and halves else {}
    )
    for category in halves:
        n = said[category]
        if len(per) == 1:
            in_it = [v for _, v in values]
        else:
            in_it = [v for a, v in values if categories.get(a) == category]
        if len(in_it) > n or n - len(in_it) > skips:
            continue
        with_skips = in_it + [0] * (n - len(in_it))
        if round(sum(with_skips) / n) == per[category]:
            per[category] = mean(with_skips)
    return dataclasses.replace(summary, overall=overall, per_category=per)
